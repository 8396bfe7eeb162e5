import { describe, expect, it } from "vitest";
import { parseGs1Date } from "../src";

const TODAY = "2026-11-26";

describe("parseGs1Date", () => {
  it("reads YYMMDD in the current century", () => {
    expect(parseGs1Date("270315", TODAY)).toBe("2027-03-15");
    expect(parseGs1Date("261126", TODAY)).toBe("2026-11-26");
    expect(parseGs1Date("000101", TODAY)).toBe("2000-01-01");
  });

  it("picks the century by the GS1 rule, relative to the current year", () => {
    // In 2026: up to 50 years ahead stays in this century, 51 or more ahead is the previous one.
    expect(parseGs1Date("760101", TODAY)).toBe("2076-01-01"); // +50
    expect(parseGs1Date("770101", TODAY)).toBe("1977-01-01"); // +51
    expect(parseGs1Date("991231", TODAY)).toBe("1999-12-31"); // +73
    // Near the end of a century, 50 or more behind is the next one.
    expect(parseGs1Date("000101", "2050-06-01")).toBe("2100-01-01"); // −50
    expect(parseGs1Date("010101", "2050-06-01")).toBe("2001-01-01"); // −49
    expect(parseGs1Date("450101", "2095-06-01")).toBe("2145-01-01"); // −50
    expect(parseGs1Date("460101", "2095-06-01")).toBe("2046-01-01"); // −49
    expect(parseGs1Date("990101", "2049-01-01")).toBe("2099-01-01"); // +50
    expect(parseGs1Date("990101", "2048-12-31")).toBe("1999-01-01"); // +51
    // Just after a century turns, last century's dates are still read as such.
    expect(parseGs1Date("981231", "2101-01-01")).toBe("2098-12-31"); // −3
    expect(parseGs1Date("510101", "2000-01-01")).toBe("1951-01-01"); // +51
  });

  it("reads DD = 00 as the last day of the month", () => {
    expect(parseGs1Date("240200", TODAY)).toBe("2024-02-29");
    expect(parseGs1Date("230200", TODAY)).toBe("2023-02-28");
    expect(parseGs1Date("000200", "2099-01-01")).toBe("2100-02-28"); // 2100 is not a leap year
    expect(parseGs1Date("000200", TODAY)).toBe("2000-02-29"); // 2000 is
    expect(parseGs1Date("270400", TODAY)).toBe("2027-04-30");
    expect(parseGs1Date("271200", TODAY)).toBe("2027-12-31");
    expect(parseGs1Date("270100", TODAY)).toBe("2027-01-31");
  });

  it("refuses malformed dates with a message naming the problem", () => {
    expect(() => parseGs1Date("27031", TODAY)).toThrow(/6 位数字/);
    expect(() => parseGs1Date("2703155", TODAY)).toThrow(/6 位数字/);
    expect(() => parseGs1Date("27-315", TODAY)).toThrow(/6 位数字/);
    expect(() => parseGs1Date("２７０３１５", TODAY)).toThrow(/6 位数字/);
    expect(() => parseGs1Date("270015", TODAY)).toThrow(/月份无效: 00/);
    expect(() => parseGs1Date("271315", TODAY)).toThrow(/月份无效: 13/);
    expect(() => parseGs1Date("270230", TODAY)).toThrow(/日无效: 2027 年 2 月没有 30 日/);
    expect(() => parseGs1Date("230229", TODAY)).toThrow(/日无效: 2023 年 2 月没有 29 日/);
    expect(() => parseGs1Date("270431", TODAY)).toThrow(RangeError);
    expect(() => parseGs1Date("270315", "2026-13-01")).toThrow(/不是有效日期/);
  });

  it("accepts 29 February only in leap years", () => {
    expect(parseGs1Date("240229", TODAY)).toBe("2024-02-29");
    expect(() => parseGs1Date("000229", "2099-01-01")).toThrow(/2100 年 2 月没有 29 日/);
  });
});
