import { describe, expect, it } from "vitest";
import { instantToParisLocal, parisLocalToInstant } from "./paris-time";

describe("Paris clock times in forms", () => {
  it("reads winter and summer times", () => {
    expect(parisLocalToInstant("2026-12-01T09:30")?.toISOString()).toBe("2026-12-01T08:30:00.000Z");
    expect(parisLocalToInstant("2026-07-01T09:30")?.toISOString()).toBe("2026-07-01T07:30:00.000Z");
  });

  it("refuses malformed or impossible dates", () => {
    expect(parisLocalToInstant("2026-02-30T10:00")).toBeNull();
    expect(parisLocalToInstant("demain")).toBeNull();
  });

  it("writes back what it read", () => {
    expect(instantToParisLocal(parisLocalToInstant("2026-03-29T12:00"))).toBe("2026-03-29T12:00");
    expect(instantToParisLocal(null)).toBe("");
  });
});
