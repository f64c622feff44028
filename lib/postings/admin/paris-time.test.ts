import { describe, expect, it } from "vitest";
import { instantToParisLocal, parisLocalToInstant, startOfParisWeek } from "./paris-time";

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

describe("start of the week in Paris", () => {
  it("is Monday midnight on a Paris clock, in winter and in summer", () => {
    // Sunday 22 November 2026, 23:30 in Paris: the week began Monday 16 at 00:00 (UTC+1).
    expect(startOfParisWeek(new Date("2026-11-22T22:30:00Z")).toISOString()).toBe("2026-11-15T23:00:00.000Z");
    // Sunday 23:30 UTC is already Monday 00:30 in Paris: a new week.
    expect(startOfParisWeek(new Date("2026-11-22T23:30:00Z")).toISOString()).toBe("2026-11-22T23:00:00.000Z");
    // Wednesday 1 July 2026 (UTC+2): Monday 29 June at 00:00.
    expect(startOfParisWeek(new Date("2026-07-01T12:00:00Z")).toISOString()).toBe("2026-06-28T22:00:00.000Z");
  });
});
