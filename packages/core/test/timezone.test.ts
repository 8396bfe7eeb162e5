import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { remainingDays, todayIn } from "../src";

describe("today in Asia/Shanghai", () => {
  it("flips the date, and remaining days by exactly one, at local midnight (16:00 UTC)", () => {
    const lastMoment = new Date("2026-11-25T15:59:59.999Z"); // 23:59:59.999 in Shanghai
    const midnight = new Date("2026-11-25T16:00:00Z"); // 00:00 on the 26th in Shanghai
    const before = todayIn("Asia/Shanghai", lastMoment);
    const after = todayIn("Asia/Shanghai", midnight);
    expect(before).toBe("2026-11-25");
    expect(after).toBe("2026-11-26");
    expect(remainingDays("2026-11-26", before)).toBe(1);
    expect(remainingDays("2026-11-26", after)).toBe(0);
  });

  it("is always UTC+8: China has not observed daylight saving time since 1991", () => {
    const start = Date.UTC(1992, 0, 1);
    const end = Date.UTC(2100, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), (ms) => {
        const shifted = new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
        expect(todayIn("Asia/Shanghai", new Date(ms))).toBe(shifted);
      }),
    );
  });

  it("flips at 16:00 UTC in summer as in winter, unlike a timezone with DST", () => {
    expect(todayIn("Asia/Shanghai", new Date("2026-07-01T15:59:59.999Z"))).toBe("2026-07-01");
    expect(todayIn("Asia/Shanghai", new Date("2026-07-01T16:00:00Z"))).toBe("2026-07-02");
    // Los Angeles is UTC−7 in July and UTC−8 in January.
    expect(todayIn("America/Los_Angeles", new Date("2026-07-02T06:59:59.999Z"))).toBe("2026-07-01");
    expect(todayIn("America/Los_Angeles", new Date("2026-07-02T07:00:00Z"))).toBe("2026-07-02");
  });
});
