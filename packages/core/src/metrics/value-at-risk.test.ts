import { describe, expect, it } from "vitest";
import { valueAtRiskByTier } from "./value-at-risk";

describe("valueAtRiskByTier", () => {
  it("sums units and cost value per tier, in first-seen order", () => {
    // Worked example:
    //   YELLOW 10 × 450 = 4500, RED 4 × 1200 = 4800, YELLOW 6 × 500 = 3000
    //   YELLOW: 16 units, 4500 + 3000 = 7500 fen; RED: 4 units, 4800 fen
    const result = valueAtRiskByTier([
      { tierKey: "YELLOW", unitsOnHand: 10, unitCostFen: 450 },
      { tierKey: "RED", unitsOnHand: 4, unitCostFen: 1200 },
      { tierKey: "YELLOW", unitsOnHand: 6, unitCostFen: 500 },
    ]);
    expect([...result]).toEqual([
      ["YELLOW", { units: 16, valueFen: 7500 }],
      ["RED", { units: 4, valueFen: 4800 }],
    ]);
  });

  it("is empty for no batches and keeps empty batches at 0", () => {
    expect(valueAtRiskByTier([]).size).toBe(0);
    expect(
      valueAtRiskByTier([{ tierKey: "EXPIRED", unitsOnHand: 0, unitCostFen: 300 }]).get("EXPIRED"),
    ).toEqual({
      units: 0,
      valueFen: 0,
    });
  });

  it("rejects fractional cost", () => {
    expect(() => valueAtRiskByTier([{ tierKey: "RED", unitsOnHand: 1, unitCostFen: 1.5 }])).toThrow(
      RangeError,
    );
  });
});
