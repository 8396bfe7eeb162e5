import { describe, expect, it } from "vitest";
import { fenToYuanText, parseYuanToFen } from "../src";
import { parseActive, parseGtin, parseShelfLifeDays } from "../src/catalogue/cells";

const value = <T>(parsed: { value: T } | { error: string }) =>
  "value" in parsed ? parsed.value : parsed.error;

describe("parseYuanToFen", () => {
  it("converts yuan text to integer fen without floating point", () => {
    expect(value(parseYuanToFen("12"))).toBe(1200);
    expect(value(parseYuanToFen("12.5"))).toBe(1250);
    expect(value(parseYuanToFen("¥12.50"))).toBe(1250);
    expect(value(parseYuanToFen("￥ 12.50"))).toBe(1250);
    expect(value(parseYuanToFen("12元"))).toBe(1200);
    expect(value(parseYuanToFen("0.1"))).toBe(10);
    expect(value(parseYuanToFen("0.07"))).toBe(7);
    expect(value(parseYuanToFen("0"))).toBe(0);
    expect(value(parseYuanToFen("１２.３"))).toBe(1230);
    // 1.15 * 100 is 114.99999999999999 in floating point.
    expect(value(parseYuanToFen("1.15"))).toBe(115);
  });

  it("accepts correctly grouped thousands separators only", () => {
    expect(value(parseYuanToFen("1,234.50"))).toBe(123450);
    expect(value(parseYuanToFen("1,234,567"))).toBe(123456700);
    expect("error" in parseYuanToFen("1,5")).toBe(true);
    expect("error" in parseYuanToFen("12,34.00")).toBe(true);
  });

  it("accepts zeros past the fen but refuses anything that would be rounded", () => {
    expect(value(parseYuanToFen("12.300"))).toBe(1230);
    expect(value(parseYuanToFen("12.345"))).toMatch(/两位小数/);
  });

  it("refuses negative, non-numeric and out-of-range amounts", () => {
    expect(value(parseYuanToFen("-1"))).toMatch(/负数/);
    expect(value(parseYuanToFen("abc"))).toMatch(/格式不正确/);
    expect(value(parseYuanToFen("1e3"))).toMatch(/格式不正确/);
    expect(value(parseYuanToFen("21474836.47"))).toBe(2_147_483_647);
    expect(value(parseYuanToFen("21474836.48"))).toMatch(/过大/);
    expect(value(parseYuanToFen("99999999999999999999"))).toMatch(/过大/);
  });

  it("is inverted by fenToYuanText", () => {
    expect(fenToYuanText(123450)).toBe("1234.50");
    expect(fenToYuanText(7)).toBe("0.07");
    expect(fenToYuanText(-99)).toBe("-0.99");
    for (const fen of [0, 1, 10, 99, 100, 1999, 2_147_483_647]) {
      expect(value(parseYuanToFen(fenToYuanText(fen)))).toBe(fen);
    }
  });
});

describe("parseShelfLifeDays", () => {
  it("takes positive whole days with an optional unit", () => {
    expect(value(parseShelfLifeDays("180"))).toBe(180);
    expect(value(parseShelfLifeDays("7天"))).toBe(7);
    expect(value(parseShelfLifeDays("30 days"))).toBe(30);
  });

  it("refuses months and years instead of guessing their length", () => {
    expect(value(parseShelfLifeDays("18个月"))).toMatch(/请填写天数/);
    expect(value(parseShelfLifeDays("18 months"))).toMatch(/请填写天数/);
    expect(value(parseShelfLifeDays("2年"))).toMatch(/请填写天数/);
  });

  it("refuses zero, fractions and absurd values", () => {
    expect(value(parseShelfLifeDays("0"))).toMatch(/大于 0/);
    expect(value(parseShelfLifeDays("7.5"))).toMatch(/正整数/);
    expect(value(parseShelfLifeDays("20260101"))).toMatch(/过长/);
  });
});

describe("parseGtin", () => {
  it("keeps a valid GTIN as written", () => {
    expect(value(parseGtin("6901234567892"))).toBe("6901234567892");
    expect(value(parseGtin("96385074"))).toBe("96385074");
  });

  it("explains each kind of bad GTIN", () => {
    expect(value(parseGtin("6901234567893"))).toMatch(/校验位错误.*应为 2/);
    expect(value(parseGtin("36000291452"))).toMatch(/当前 11 位.*以 0 开头/);
    expect(value(parseGtin("690-1234"))).toMatch(/只能包含数字/);
    expect(value(parseGtin("6.90123E+12"))).toMatch(/科学计数法/);
  });
});

describe("parseActive", () => {
  it("reads Chinese and English yes/no words", () => {
    expect(value(parseActive("启用"))).toBe(true);
    expect(value(parseActive("TRUE"))).toBe(true);
    expect(value(parseActive("停用"))).toBe(false);
    expect(value(parseActive("否"))).toBe(false);
    expect(value(parseActive("0"))).toBe(false);
    expect(value(parseActive("maybe"))).toMatch(/启用.*停用/);
  });
});
