import { describe, expect, it } from "vitest";
import { bandForRemainingDays, bandOf, isExpired, remainingDays, remainingDaysRange } from "../src";

describe("remaining shelf life", () => {
  it("is sellable through the end of the expiry date", () => {
    expect(remainingDays("2026-11-26", "2026-11-26")).toBe(0);
    expect(isExpired("2026-11-26", "2026-11-26")).toBe(false);
    expect(isExpired("2026-11-25", "2026-11-26")).toBe(true);
    expect(remainingDays("2027-01-05", "2026-11-26")).toBe(40);
  });

  it("bands by remaining days with inclusive upper bounds", () => {
    expect(bandForRemainingDays(-1)).toBe("EXPIRED");
    expect(bandForRemainingDays(0)).toBe("URGENT");
    expect(bandForRemainingDays(30)).toBe("URGENT");
    expect(bandForRemainingDays(31)).toBe("WATCH");
    expect(bandForRemainingDays(90)).toBe("WATCH");
    expect(bandForRemainingDays(91)).toBe("FRESH");
    expect(bandOf("2026-12-01", "2026-11-26")).toBe("URGENT");
  });

  it("turns a band back into the remaining-days range it covers", () => {
    expect(remainingDaysRange("EXPIRED")).toEqual({ min: null, max: -1 });
    expect(remainingDaysRange("URGENT")).toEqual({ min: 0, max: 30 });
    expect(remainingDaysRange("WATCH")).toEqual({ min: 31, max: 90 });
    expect(remainingDaysRange("FRESH")).toEqual({ min: 91, max: null });
  });
});
