import { describe, expect, it } from "vitest";
import { readScan } from "../src";

const TODAY = "2026-11-26";

describe("readScan", () => {
  it("reads a GS1 element string with typed separators as FNC1", () => {
    for (const separator of ["\u001d", "<GS>", "<gs>", "\\x1d", "\\u001D"]) {
      expect(readScan(`]C10106901234567892${"10"}LOT-7${separator}17261210\r\n`, TODAY)).toEqual({
        ok: true,
        gtin: "06901234567892",
        lot: "LOT-7",
        expiry: "2026-12-10",
        raw: { "01": "06901234567892", "10": "LOT-7", "17": "261210" },
      });
    }
  });

  it("ignores separators typed into the printed (01)… form", () => {
    expect(readScan("(01)06901234567892<GS>(10)AB(17)261210", TODAY)).toMatchObject({
      ok: true,
      lot: "AB",
      expiry: "2026-12-10",
    });
  });

  it("takes a plain product barcode as the GTIN alone, with or without its symbology identifier", () => {
    expect(readScan("6901234567892", TODAY)).toEqual({ ok: true, gtin: "06901234567892", raw: {} });
    expect(readScan(" ]E06901234567892 ", TODAY)).toEqual({ ok: true, gtin: "06901234567892", raw: {} });
    expect(readScan("96385074", TODAY)).toEqual({ ok: true, gtin: "00000096385074", raw: {} });
  });

  it("refuses a plain barcode with a wrong check digit, and passes GS1 errors through", () => {
    expect(readScan("6901234567890", TODAY)).toEqual({
      ok: false,
      error: "条码校验位错误：6901234567890（末位应为 2）",
    });
    expect(readScan("(17)261210", TODAY)).toEqual({ ok: false, error: "条码中没有商品编码 GTIN (01)" });
  });
});
