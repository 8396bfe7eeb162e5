import { describe, expect, it } from "vitest";
import { formTextOf, parseProductForm, safeReturnTo, serverErrors } from "./product-form-values";

const filled = {
  ...formTextOf(null, "6901234567892"),
  sku: "SKU-9",
  name: "豆浆",
  category: "饮料",
  shelfLifeDays: "180",
  costFen: "0.1",
  listPriceFen: "¥1,234.50",
};

describe("the product form", () => {
  it("parses yuan into integer fen by string arithmetic", () => {
    expect(parseProductForm(filled, true)).toEqual({
      values: {
        sku: "SKU-9",
        gtin: "6901234567892",
        name: "豆浆",
        category: "饮料",
        shelfLifeDays: 180,
        unit: "件",
        costFen: 10,
        listPriceFen: 123450,
        active: true,
      },
    });
  });

  it("names every invalid field, treating a blank barcode as none", () => {
    const parsed = parseProductForm({ ...filled, gtin: " ", name: "", listPriceFen: "12.345" }, false);
    expect(parsed).toEqual({
      errors: { name: "请填写名称", listPriceFen: expect.stringContaining("两位小数") },
    });
    expect(parseProductForm({ ...filled, gtin: "" }, false)).toMatchObject({ values: { gtin: null } });
  });

  it("shows a product as its export writes it, and round-trips it", () => {
    const parsed = parseProductForm(filled, false);
    if (!("values" in parsed)) throw new Error("the filled form is valid");
    const text = formTextOf(parsed.values);
    expect(text).toMatchObject({ gtin: "6901234567892", costFen: "0.10", listPriceFen: "1234.50" });
    expect(parseProductForm(text, false)).toEqual(parsed);
  });

  it("puts server refusals next to their fields", () => {
    expect(serverErrors({ message: "条码已被使用", data: { zodError: null, field: "gtin" } })).toEqual({
      fields: { gtin: "条码已被使用" },
      form: null,
    });
    expect(
      serverErrors({ message: "[…]", data: { zodError: { fieldErrors: { sku: ["请填写 SKU"] } } } }),
    ).toEqual({ fields: { sku: "请填写 SKU" }, form: null });
    expect(serverErrors({ message: "网络错误" })).toEqual({ fields: {}, form: "网络错误" });
  });

  it("returns only to paths on this site", () => {
    expect(safeReturnTo("/receiving?step=2")).toBe("/receiving?step=2");
    expect(safeReturnTo("//evil.example")).toBeNull();
    expect(safeReturnTo("/\\evil.example")).toBeNull();
    expect(safeReturnTo("https://evil.example")).toBeNull();
    expect(safeReturnTo(null)).toBeNull();
  });
});
