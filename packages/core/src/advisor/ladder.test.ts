import { describe, expect, it } from "vitest";
import { DEFAULT_DISCOUNT_LADDER, requireLadder, zheText } from "./ladder";

describe("requireLadder", () => {
  it("accepts the default and any strictly ascending whole percents", () => {
    expect(requireLadder(DEFAULT_DISCOUNT_LADDER)).toEqual([10, 20, 30, 50]);
    expect(requireLadder([5, 99])).toEqual([5, 99]);
  });

  it.each([[[]], [[20, 10]], [[10, 10]], [[0, 10]], [[10, 100]], [[12.5]], [[Number.NaN]]])(
    "rejects %j",
    (ladder) => {
      expect(() => requireLadder(ladder)).toThrow(RangeError);
    },
  );
});

describe("zheText", () => {
  it("writes a percent off as 折", () => {
    expect(zheText(20)).toBe("8 折");
    expect(zheText(25)).toBe("7.5 折");
    expect(zheText(50)).toBe("5 折");
  });
});
