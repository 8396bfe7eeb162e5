import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, daysInMonth, expiryFromProduction, shareOfShelfLifeRemaining } from "../src";

describe("expiryFromProduction", () => {
  it("adds a shelf life in days", () => {
    expect(expiryFromProduction("2026-11-26", { days: 7 })).toBe("2026-12-03");
    expect(expiryFromProduction("2026-12-30", { days: 3 })).toBe("2027-01-02");
    expect(expiryFromProduction("2024-02-28", { days: 1 })).toBe("2024-02-29");
  });

  it("keeps the day of the month for a shelf life in months", () => {
    expect(expiryFromProduction("2026-03-15", { months: 12 })).toBe("2027-03-15");
    expect(expiryFromProduction("2026-11-26", { months: 3 })).toBe("2027-02-26");
    expect(expiryFromProduction("2026-05-31", { months: 18 })).toBe("2027-11-30");
  });

  it("clamps to the last day of a shorter month instead of spilling into the next", () => {
    expect(expiryFromProduction("2026-01-31", { months: 1 })).toBe("2026-02-28");
    expect(expiryFromProduction("2024-01-31", { months: 1 })).toBe("2024-02-29");
    expect(expiryFromProduction("2026-03-31", { months: 1 })).toBe("2026-04-30");
    expect(expiryFromProduction("2024-02-29", { months: 12 })).toBe("2025-02-28");
    expect(expiryFromProduction("2024-02-29", { months: 48 })).toBe("2028-02-29");
    expect(expiryFromProduction("2099-12-31", { months: 2 })).toBe("2100-02-28");
    expect(expiryFromProduction("2026-08-31", { months: 6 })).toBe("2027-02-28");
  });

  it("never lands on a later day of the month than production, and lands exactly N months on", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 80 }),
        fc.integer({ min: 1, max: 120 }),
        (offset, months) => {
          const production = addDays("1990-01-01", offset);
          const expiry = expiryFromProduction(production, { months });
          const [py, pm, pd] = production.split("-").map(Number) as [number, number, number];
          const [ey, em, ed] = expiry.split("-").map(Number) as [number, number, number];
          expect(ey * 12 + em - (py * 12 + pm)).toBe(months);
          expect(ed).toBe(Math.min(pd, daysInMonth(ey, em)));
        },
      ),
    );
  });

  it("agrees with adding days for a shelf life in days", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 80 }),
        fc.integer({ min: 1, max: 3650 }),
        (offset, days) => {
          const production = addDays("1990-01-01", offset);
          expect(daysBetween(production, expiryFromProduction(production, { days }))).toBe(days);
        },
      ),
    );
  });

  it("refuses shelf lives that are not positive integers, and invalid dates", () => {
    expect(() => expiryFromProduction("2026-11-26", { days: 0 })).toThrow(/保质期天数必须是正整数/);
    expect(() => expiryFromProduction("2026-11-26", { days: -3 })).toThrow(RangeError);
    expect(() => expiryFromProduction("2026-11-26", { days: 1.5 })).toThrow(/保质期天数必须是正整数/);
    expect(() => expiryFromProduction("2026-11-26", { months: 0 })).toThrow(/保质期月数必须是正整数/);
    expect(() => expiryFromProduction("2026-11-26", { months: 2.5 })).toThrow(/保质期月数必须是正整数/);
    expect(() => expiryFromProduction("2026-11-26", { months: Number.NaN })).toThrow(RangeError);
    expect(() => expiryFromProduction("2026-02-30", { months: 1 })).toThrow(/不是有效日期/);
    expect(() => expiryFromProduction("9999-12-01", { months: 1 })).toThrow(/超出可表示的日期范围/);
  });
});

describe("daysInMonth", () => {
  it("follows the Gregorian leap rules", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});

describe("shareOfShelfLifeRemaining", () => {
  it("is the floor of remaining over total, as a whole percent", () => {
    // 30-day shelf life.
    expect(shareOfShelfLifeRemaining("2026-11-01", "2026-12-01", "2026-11-01")).toBe(100);
    expect(shareOfShelfLifeRemaining("2026-11-01", "2026-12-01", "2026-11-02")).toBe(96); // 29/30 = 96.7
    expect(shareOfShelfLifeRemaining("2026-11-01", "2026-12-01", "2026-11-21")).toBe(33); // 10/30 = 33.3
    expect(shareOfShelfLifeRemaining("2026-11-01", "2026-12-01", "2026-11-30")).toBe(3); // 1/30 = 3.3
    // 3-day shelf life with 2 days left: 66.67 floors to 66.
    expect(shareOfShelfLifeRemaining("2026-11-01", "2026-11-04", "2026-11-02")).toBe(66);
  });

  it("is 0 on the last sellable day and once expired, 100 before production", () => {
    expect(shareOfShelfLifeRemaining("2026-11-01", "2026-12-01", "2026-12-01")).toBe(0);
    expect(shareOfShelfLifeRemaining("2026-11-01", "2026-12-01", "2027-01-01")).toBe(0);
    expect(shareOfShelfLifeRemaining("2026-11-01", "2026-12-01", "2026-10-15")).toBe(100);
    // Produced and expiring the same day (the database allows it).
    expect(shareOfShelfLifeRemaining("2026-11-01", "2026-11-01", "2026-11-01")).toBe(0);
    expect(shareOfShelfLifeRemaining("2026-11-01", "2026-11-01", "2026-10-31")).toBe(100);
  });

  it("refuses an expiry date before the production date", () => {
    expect(() => shareOfShelfLifeRemaining("2026-12-01", "2026-11-01", "2026-11-15")).toThrow(
      /到期日不能早于生产日期/,
    );
  });

  it("stays an integer in 0–100 and never grows as time passes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: -4000, max: 4000 }),
        fc.integer({ min: 1, max: 30 }),
        (total, elapsed, step) => {
          const production = "2026-01-01";
          const expiry = addDays(production, total);
          const now = shareOfShelfLifeRemaining(production, expiry, addDays(production, elapsed));
          const later = shareOfShelfLifeRemaining(production, expiry, addDays(production, elapsed + step));
          expect(Number.isInteger(now) && now >= 0 && now <= 100).toBe(true);
          expect(later).toBeLessThanOrEqual(now);
        },
      ),
    );
  });
});
