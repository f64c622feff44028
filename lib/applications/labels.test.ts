import { describe, expect, it } from "vitest";
import { nextStep } from "./labels";

describe("the step proposed after each one", () => {
  it("is the next of the pipeline, never an earlier one", () => {
    expect(nextStep("RECEIVED")).toBe("UNDER_REVIEW");
    expect(nextStep("UNDER_REVIEW")).toBe("INTERVIEW");
    expect(nextStep("INTERVIEW")).toBe("OFFER");
    expect(nextStep("OFFER")).toBe("HIRED");
  });

  it("is none at the end of the pipeline or once rejected: rejecting has its own page", () => {
    expect(nextStep("HIRED")).toBeNull();
    expect(nextStep("REJECTED")).toBeNull();
  });
});
