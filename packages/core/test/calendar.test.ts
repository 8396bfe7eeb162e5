import { describe, expect, it } from "vitest";
import {
  addDays,
  calendarDateOf,
  daysBetween,
  isCalendarDate,
  isValidTimeZone,
  todayIn,
  wallClockIn,
} from "../src";

describe("calendar dates", () => {
  it("validates real calendar dates only", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2023-02-29")).toBe(false);
    expect(isCalendarDate("2024-13-01")).toBe(false);
    expect(isCalendarDate("2024-1-01")).toBe(false);
  });

  it("counts days across month, year and leap-day boundaries", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2025-12-31", "2026-01-01")).toBe(1);
    expect(daysBetween("2026-01-10", "2026-01-01")).toBe(-9);
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("refuses malformed dates instead of guessing", () => {
    expect(() => daysBetween("2026-02-30", "2026-03-01")).toThrow(/不是有效日期/);
  });

  it("takes today's date in the tenant's timezone, not the server's", () => {
    // 2026-11-25 17:30 UTC is already 2026-11-26 01:30 in Shanghai.
    const instant = new Date("2026-11-25T17:30:00Z");
    expect(todayIn("Asia/Shanghai", instant)).toBe("2026-11-26");
    expect(todayIn("UTC", instant)).toBe("2026-11-25");
    expect(todayIn("America/Los_Angeles", instant)).toBe("2026-11-25");
  });

  it("knows valid IANA timezones", () => {
    expect(isValidTimeZone("Asia/Shanghai")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });

  it("reads a @db.Date back as its calendar date", () => {
    expect(calendarDateOf(new Date("2026-11-26T00:00:00Z"))).toBe("2026-11-26");
  });
});

describe("wallClockIn", () => {
  it("reads date, hour and minute on the tenant's wall clock", () => {
    expect(wallClockIn("Asia/Shanghai", new Date("2026-11-25T16:05:00Z"))).toEqual({
      date: "2026-11-26",
      hour: "00",
      minute: "05",
    });
    expect(wallClockIn("Asia/Kolkata", new Date("2026-11-25T16:05:00Z"))).toEqual({
      date: "2026-11-25",
      hour: "21",
      minute: "35",
    });
  });
});
