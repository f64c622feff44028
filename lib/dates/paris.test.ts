import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import {
  endOfParisDay,
  formatDate,
  formatDateTime,
  formatShortDateTime,
  formatSpreadsheetDateTime,
  instantToParisLocal,
  parisDay,
  parisDayRange,
  parisLocalToInstant,
  parisWallClock,
  startOfParisWeek,
} from "./paris";

const iso = (date: Date | null | undefined) => date?.toISOString();

describe("Paris clock times in forms", () => {
  it("reads winter and summer times", () => {
    expect(iso(parisLocalToInstant("2026-12-01T09:30"))).toBe("2026-12-01T08:30:00.000Z");
    expect(iso(parisLocalToInstant("2026-07-01T09:30"))).toBe("2026-07-01T07:30:00.000Z");
  });

  it("refuses malformed or impossible dates", () => {
    expect(parisLocalToInstant("2026-02-30T10:00")).toBeNull();
    expect(parisLocalToInstant("demain")).toBeNull();
  });

  it("moves a time the clocks skip to the hour after", () => {
    // 29 March 2026: 02:00 in Paris does not exist, clocks go from 01:59 to 03:00.
    expect(iso(parisLocalToInstant("2026-03-29T02:30"))).toBe("2026-03-29T01:30:00.000Z");
  });

  it("writes back what it read", () => {
    expect(instantToParisLocal(parisLocalToInstant("2026-03-29T12:00"))).toBe("2026-03-29T12:00");
    expect(instantToParisLocal(new Date("2026-10-25T23:05:00Z"))).toBe("2026-10-26T00:05");
    expect(instantToParisLocal(null)).toBe("");
  });
});

describe("start of the week in Paris", () => {
  it("is Monday midnight on a Paris clock, in winter and in summer", () => {
    // Sunday 22 November 2026, 23:30 in Paris: the week began Monday 16 at 00:00 (UTC+1).
    expect(iso(startOfParisWeek(new Date("2026-11-22T22:30:00Z")))).toBe("2026-11-15T23:00:00.000Z");
    // Sunday 23:30 UTC is already Monday 00:30 in Paris: a new week.
    expect(iso(startOfParisWeek(new Date("2026-11-22T23:30:00Z")))).toBe("2026-11-22T23:00:00.000Z");
    // Wednesday 1 July 2026 (UTC+2): Monday 29 June at 00:00.
    expect(iso(startOfParisWeek(new Date("2026-07-01T12:00:00Z")))).toBe("2026-06-28T22:00:00.000Z");
  });

  it("starts at the Monday's own offset when the week holds a change of time", () => {
    // Sunday 25 October 2026, evening (UTC+1): the week began Monday 19 at 00:00, UTC+2.
    expect(iso(startOfParisWeek(new Date("2026-10-25T20:00:00Z")))).toBe("2026-10-18T22:00:00.000Z");
  });
});

describe("days in Paris", () => {
  it.each([
    ["2026-01-15", "2026-01-15T22:59:59.999Z"],
    ["2026-07-07", "2026-07-07T21:59:59.999Z"],
    // The night the clocks go forward (29 March 2026): the next day starts at UTC+2.
    ["2026-03-28", "2026-03-28T22:59:59.999Z"],
    ["2026-03-29", "2026-03-29T21:59:59.999Z"],
    // And back (25 October 2026).
    ["2026-10-24", "2026-10-24T21:59:59.999Z"],
    ["2026-10-25", "2026-10-25T22:59:59.999Z"],
  ])("the last instant of %s in Paris is %s", (dayText, expected) => {
    expect(iso(endOfParisDay(new Date(`${dayText}T00:00:00Z`)))).toBe(expected);
  });

  it("gives the calendar day in Paris", () => {
    expect(parisDay(new Date("2026-07-07T21:59:59.999Z"))).toBe("2026-07-07");
    expect(parisDay(new Date("2026-07-07T22:00:00Z"))).toBe("2026-07-08");
    expect(parisDay(new Date("2026-12-31T23:00:00Z"))).toBe("2027-01-01");
  });

  // A period of days (the journal's "Du … au …", the inbox's filters) ends at the next
  // midnight: 23 hours after the start on the last Sunday of March, 25 on the last of October.
  it("ends the last Sunday of March at midnight, 23 hours after it began", () => {
    const { from, until } = parisDayRange("2026-03-29", "2026-03-29");
    expect([iso(from), iso(until)]).toEqual(["2026-03-28T23:00:00.000Z", "2026-03-29T22:00:00.000Z"]);
  });

  it("ends the last Sunday of October at midnight, 25 hours after it began", () => {
    const { from, until } = parisDayRange("2026-10-25", "2026-10-25");
    expect([iso(from), iso(until)]).toEqual(["2026-10-24T22:00:00.000Z", "2026-10-25T23:00:00.000Z"]);
  });

  it("leaves a bound open when it is empty or not a day", () => {
    expect(parisDayRange("", "2026-02-30")).toEqual({});
    expect(parisDayRange("2026-12-31", undefined)).toEqual({ from: new Date("2026-12-30T23:00:00Z") });
  });
});

describe("dates as French readers see them", () => {
  it.each([
    ["2026-11-03T00:00:00Z", "3 novembre 2026"],
    ["2027-03-01T00:00:00Z", "1er mars 2027"],
    ["2026-12-11T00:00:00Z", "11 décembre 2026"],
    // 23:30 UTC on 31 January is already 1 February in Paris.
    ["2026-01-31T23:30:00Z", "1er février 2026"],
  ])("formats %s as « %s »", (instant, expected) => {
    expect(formatDate(new Date(instant))).toBe(expected);
  });

  it("shows times on a Paris clock", () => {
    expect(formatDateTime(new Date("2026-11-22T13:05:00Z"))).toBe("22 novembre 2026 à 14:05");
    expect(formatShortDateTime(new Date("2026-07-01T07:30:09Z"))).toBe("01/07/2026 09:30:09");
    expect(formatSpreadsheetDateTime(new Date("2026-03-04T13:05:59Z"))).toBe("04/03/2026 14:05");
    expect(iso(parisWallClock(new Date("2026-07-01T07:30:09Z")))).toBe("2026-07-01T09:30:00.000Z");
  });

  it("reads the clock right around each change of time, as the time zone database says", () => {
    // Every 7 minutes from the day before to the day after each change of 2026 and 2027.
    const days = ["2026-03-28", "2026-10-24", "2027-03-27", "2027-10-30"];
    for (const day of days) {
      const start = new Date(`${day}T00:00:00Z`).getTime();
      for (let t = start; t < start + 3 * 86_400_000; t += 7 * 60_000 + 13_000) {
        const local = new TZDate(t, "Europe/Paris");
        const expected = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes());
        expect(parisWallClock(new Date(t)).getTime()).toBe(expected);
      }
    }
    // 00:59 and 01:00 UTC on 29 March 2026: 01:59 in winter, then 03:00 in summer.
    expect(instantToParisLocal(new Date("2026-03-29T00:59:30Z"))).toBe("2026-03-29T01:59");
    expect(instantToParisLocal(new Date("2026-03-29T01:00:00Z"))).toBe("2026-03-29T03:00");
    expect(formatSpreadsheetDateTime(new Date("2026-10-25T00:30:00Z"))).toBe("25/10/2026 02:30");
    expect(formatSpreadsheetDateTime(new Date("2026-10-25T01:30:00Z"))).toBe("25/10/2026 02:30");
  });
});
