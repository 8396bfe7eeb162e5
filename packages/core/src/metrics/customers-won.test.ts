import { describe, expect, it } from "vitest";
import { customersWon, type IdentifiedPurchase } from "./customers-won";

/** A purchase at `time` (Shanghai wall clock) on `day`. */
const buy = (
  customer: string,
  day: string,
  time: string,
  revenueFen: number,
  clearanceRevenueFen = 0,
  promotionIds: string[] = [],
): IdentifiedPurchase => ({
  customer,
  day,
  purchasedAt: new Date(`${day}T${time}:00+08:00`),
  revenueFen,
  clearanceRevenueFen,
  promotionIds,
});

const MARCH = { from: "2026-03-01", to: "2026-03-31" };

describe("customersWon", () => {
  it("counts new customers, those won by clearance, their repeats and the clearance revenue split", () => {
    // Worked example, March 2026 (P1, P2 are clearance promotions):
    //   A bought in February (returning); 3-05 spends 1 000 of which 300 clearance (P1).
    //   B first buys 3-02 with 400 of clearance (P1) in 1 200, comes back 3-20 (day 18) for 500 regular.
    //   C first buys 3-10 09:00 regular 800; at 15:00 the same day 600 of clearance (P2): new, not won.
    //   D first buys 3-25, 700 all clearance from P1 and P2; its 30 days run to 4-24: still in window.
    //   E first buys 3-01 at 09:00, 500 of clearance (P2) in 900, and 200 more (P2) in 300 at 18:00;
    //     the same day is no repeat, and its 30 days ended 3-31: window closed without a repeat.
    //   F first buys 3-04, 300 of clearance (P1) in 600; returns 4-02, after the period: not seen.
    const purchases = [
      buy("B", "2026-03-20", "11:00", 500),
      buy("A", "2026-02-10", "10:00", 2_000),
      buy("A", "2026-03-05", "10:00", 1_000, 300, ["P1"]),
      buy("B", "2026-03-02", "10:00", 1_200, 400, ["P1"]),
      buy("C", "2026-03-10", "09:00", 800),
      buy("C", "2026-03-10", "15:00", 600, 600, ["P2"]),
      buy("D", "2026-03-25", "20:00", 700, 700, ["P1", "P2"]),
      buy("E", "2026-03-01", "18:00", 300, 200, ["P2"]),
      buy("E", "2026-03-01", "09:00", 900, 500, ["P2"]),
      buy("F", "2026-03-04", "12:00", 600, 300, ["P1"]),
      buy("F", "2026-04-02", "12:00", 600),
    ];
    const result = customersWon({ period: MARCH, purchases });
    // Active in March: A–F = 6. New: B, C, D, E, F = 5. Won (first purchase had clearance): B, D, E, F = 4.
    // Repeats: B only = 1 → 1 ÷ 4 = 25%. Still in window: D (to 4-24), F (to 4-03; 4-02 is past the period) = 2.
    // Clearance revenue: returning A 300; new B 400 + C 600 + D 700 + E 500 + 200 + F 300 = 2 700;
    // total 3 000, new share 2 700 ÷ 3 000 = 90%.
    expect(result).toEqual({
      activeCustomers: 6,
      newCustomers: 5,
      wonByClearance: 4,
      wonShare: 0.8,
      repeatWithin30Days: 1,
      stillInWindow: 2,
      repeatRate: 0.25,
      clearanceRevenue: { totalFen: 3_000, fromNewFen: 2_700, fromReturningFen: 300, newShare: 0.9 },
      // P1 won B, D, F: B repeated; D, F waiting; they spent 1 700 + 700 + 600 = 3 000 in March.
      // P2 won D, E (not C: its first purchase had none): D waiting; 700 + 900 + 300 = 1 900.
      byPromotion: [
        { promotionId: "P1", customersWon: 3, repeatWithin30Days: 1, stillInWindow: 2, revenueFen: 3_000 },
        { promotionId: "P2", customersWon: 2, repeatWithin30Days: 0, stillInWindow: 1, revenueFen: 1_900 },
      ],
    });
  });

  it("counts a repeat on day 30 after the first purchase, not on day 31", () => {
    // G first buys 1-01 (clearance), again 1-31 (day 30): a repeat. H first buys 1-02, again 2-02 (day 31): not.
    const purchases = [
      buy("G", "2026-01-01", "10:00", 500, 500, ["P1"]),
      buy("G", "2026-01-31", "10:00", 500),
      buy("H", "2026-01-02", "10:00", 500, 500, ["P1"]),
      buy("H", "2026-02-02", "10:00", 500),
    ];
    const result = customersWon({ period: { from: "2026-01-01", to: "2026-02-28" }, purchases });
    // H's window ended 2-01, before the period end: not waiting either.
    expect(result).toMatchObject({
      wonByClearance: 2,
      repeatWithin30Days: 1,
      stillInWindow: 0,
      repeatRate: 0.5,
    });
  });

  it("takes the first purchase by instant, not by day or input order", () => {
    // Just after midnight Shanghai is still the previous UTC day; the instant decides, the day is given.
    const purchases = [
      buy("K", "2026-03-02", "00:30", 400, 400, ["P1"]),
      buy("K", "2026-03-01", "23:30", 300),
    ];
    const result = customersWon({ period: MARCH, purchases });
    expect(result).toMatchObject({ newCustomers: 1, wonByClearance: 0, repeatWithin30Days: 0 });
    expect(result.clearanceRevenue).toEqual({
      totalFen: 400,
      fromNewFen: 400,
      fromReturningFen: 0,
      newShare: 1,
    });
  });

  it("counts a customer who first bought before the period as returning, not new", () => {
    const purchases = [
      buy("A", "2026-02-28", "23:59", 100),
      buy("A", "2026-03-01", "00:01", 900, 900, ["P1"]),
    ];
    const result = customersWon({ period: MARCH, purchases });
    expect(result).toMatchObject({ activeCustomers: 1, newCustomers: 0, wonByClearance: 0, wonShare: null });
    expect(result.clearanceRevenue).toEqual({
      totalFen: 900,
      fromNewFen: 0,
      fromReturningFen: 900,
      newShare: 0,
    });
  });

  it("gives nulls, not NaN, without customers", () => {
    expect(customersWon({ period: MARCH, purchases: [] })).toEqual({
      activeCustomers: 0,
      newCustomers: 0,
      wonByClearance: 0,
      wonShare: null,
      repeatWithin30Days: 0,
      stillInWindow: 0,
      repeatRate: null,
      clearanceRevenue: { totalFen: 0, fromNewFen: 0, fromReturningFen: 0, newShare: null },
      byPromotion: [],
    });
  });

  it("rejects fractional fen, clearance above revenue and a bad day", () => {
    const run = (purchase: IdentifiedPurchase) => () =>
      customersWon({ period: MARCH, purchases: [purchase] });
    expect(run(buy("A", "2026-03-02", "10:00", 10.5))).toThrow(RangeError);
    expect(run(buy("A", "2026-03-02", "10:00", 100, 200, ["P1"]))).toThrow(RangeError);
    expect(run({ ...buy("A", "2026-03-02", "10:00", 100), day: "2026-02-30" })).toThrow(RangeError);
  });
});
