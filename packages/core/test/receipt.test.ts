import { describe, expect, it } from "vitest";
import { parseGs1Scan, planReceipt, type ReceiptInput, receiptDatesFromScan } from "../src";

const TODAY = "2026-11-26";
const base: ReceiptInput = { shelfLife: { days: 180 }, quantity: 24 };

/** The field errors of a receipt that must be refused. */
function errorsOf(input: Partial<ReceiptInput>, today = TODAY) {
  const result = planReceipt({ ...base, ...input }, today);
  if (result.ok) throw new Error("expected the receipt to be refused");
  return result.errors;
}

describe("planReceipt: resolving the dates", () => {
  it("uses the label's expiry as it is when both dates are known, without recomputing it", () => {
    const input = { ...base, productionDate: "2026-11-01", expiryDate: "2027-02-28" };
    expect(planReceipt(input, TODAY)).toEqual({
      ok: true,
      productionDate: "2026-11-01",
      expiryDate: "2027-02-28", // production + 180 days would be 2027-04-30
      remainingDays: 94,
      derived: "barcode",
      quantity: 24,
    });
  });

  it("derives the expiry from the production date and the shelf life, in days or months", () => {
    expect(planReceipt({ ...base, productionDate: "2026-11-20" }, TODAY)).toMatchObject({
      ok: true,
      productionDate: "2026-11-20",
      expiryDate: "2027-05-19",
      remainingDays: 174,
      derived: "shelf-life",
    });
    const months = { ...base, productionDate: "2025-12-31", shelfLife: { months: 14 } };
    expect(planReceipt(months, TODAY)).toMatchObject({ expiryDate: "2027-02-28", derived: "shelf-life" });
  });

  it("back-calculates the production date when only the expiry is known", () => {
    expect(planReceipt({ ...base, expiryDate: "2027-05-19" }, TODAY)).toMatchObject({
      ok: true,
      productionDate: "2026-11-20",
      expiryDate: "2027-05-19",
      derived: "barcode",
    });
    const months = { ...base, expiryDate: "2027-03-31", shelfLife: { months: 13 } };
    expect(planReceipt(months, TODAY)).toMatchObject({ productionDate: "2026-02-28" });
    const yearBack = { ...base, expiryDate: "2027-01-15", shelfLife: { months: 12 } };
    expect(planReceipt(yearBack, TODAY)).toMatchObject({ productionDate: "2026-01-15" });
  });

  it("treats blank dates as not given", () => {
    expect(planReceipt({ ...base, productionDate: " ", expiryDate: "2027-05-19" }, TODAY)).toMatchObject({
      ok: true,
      productionDate: "2026-11-20",
    });
  });

  it("accepts a batch on its last sellable day and one produced today", () => {
    expect(planReceipt({ ...base, expiryDate: TODAY }, TODAY)).toMatchObject({ ok: true, remainingDays: 0 });
    expect(planReceipt({ ...base, productionDate: TODAY }, TODAY)).toMatchObject({ ok: true });
  });
});

describe("planReceipt: field errors", () => {
  it("refuses impossible dates", () => {
    expect(errorsOf({ productionDate: "2026-02-30", expiryDate: "2026-13-01" })).toEqual([
      { field: "productionDate", message: "生产日期无效：2026-02-30（应为存在的日期，格式 YYYY-MM-DD）" },
      { field: "expiryDate", message: "到期日期无效：2026-13-01（应为存在的日期，格式 YYYY-MM-DD）" },
    ]);
    // An impossible date is not silently replaced by one derived from the other.
    expect(errorsOf({ productionDate: "2026-11-01", expiryDate: "27-01-01" })).toEqual([
      { field: "expiryDate", message: expect.stringContaining("到期日期无效") },
    ]);
  });

  it("refuses an expiry before the production date", () => {
    expect(errorsOf({ productionDate: "2026-11-20", expiryDate: "2026-11-19" })).toEqual([
      { field: "expiryDate", message: "到期日期 2026-11-19 早于生产日期 2026-11-20" },
    ]);
  });

  it("refuses a production date in the future", () => {
    expect(errorsOf({ productionDate: "2026-11-27", expiryDate: "2027-05-01" })).toEqual([
      { field: "productionDate", message: "生产日期 2026-11-27 晚于今天 (2026-11-26)" },
    ]);
  });

  it("needs at least one of the two dates", () => {
    const neither = [{ field: "expiryDate", message: "请填写生产日期或到期日期（至少一个）" }];
    expect(errorsOf({})).toEqual(neither);
    expect(errorsOf({ productionDate: "", expiryDate: "  " })).toEqual(neither);
  });

  it.each([0, -3, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses quantity %s", (quantity) => {
    expect(errorsOf({ quantity, expiryDate: "2027-01-01" })).toEqual([
      { field: "quantity", message: `数量必须是正整数（现在是 ${quantity}）` },
    ]);
  });

  it("refuses a shelf life it would need but cannot use, and ignores it when both dates are given", () => {
    expect(errorsOf({ productionDate: "2026-11-01", shelfLife: { days: 0 } })).toEqual([
      { field: "shelfLife", message: "商品保质期无效（0 天），无法推算缺少的日期；请填写生产日期和到期日期" },
    ]);
    expect(errorsOf({ expiryDate: "2027-01-01", shelfLife: { months: 1.5 } })).toEqual([
      { field: "shelfLife", message: expect.stringContaining("（1.5 个月）") },
    ]);
    const both = { ...base, productionDate: "2026-11-01", expiryDate: "2027-01-01", shelfLife: { days: 0 } };
    expect(planReceipt(both, TODAY)).toMatchObject({ ok: true });
  });

  it("reports every problem at once", () => {
    expect(errorsOf({ quantity: 0, productionDate: "2026-12-01", expiryDate: "2026-11-30" })).toEqual([
      { field: "quantity", message: expect.any(String) },
      { field: "productionDate", message: expect.stringContaining("晚于今天") },
      { field: "expiryDate", message: expect.stringContaining("早于生产日期") },
    ]);
    expect(errorsOf({ quantity: -1, expiryDate: "2026-11-20" }).map((e) => e.field)).toEqual([
      "quantity",
      "expiryDate",
    ]);
  });
});

describe("planReceipt: expired batches", () => {
  const expired = { expiryDate: "2026-11-20" };

  it("refuses an expired batch without a manager's reason", () => {
    const message = "该批次已过期 6 天（到期日期 2026-11-20）；如确需入库，请由店长填写原因";
    expect(errorsOf(expired)).toEqual([{ field: "expiryDate", message }]);
    expect(errorsOf({ ...expired, managerOverrideReason: " \n " })).toEqual([
      { field: "expiryDate", message },
    ]);
    // Derived from the shelf life, the expiry counts just the same.
    expect(errorsOf({ productionDate: "2026-05-01" })).toEqual([
      { field: "expiryDate", message: expect.stringContaining("已过期 29 天（到期日期 2026-10-28）") },
    ]);
  });

  it("needs at least 4 non-blank characters of reason", () => {
    const tooShort = [
      { field: "managerOverrideReason", message: "店长填写的原因至少需要 4 个字（不含空格）" },
    ];
    expect(errorsOf({ ...expired, managerOverrideReason: "退货" })).toEqual(tooShort);
    expect(errorsOf({ ...expired, managerOverrideReason: " 退 货 退 " })).toEqual(tooShort);
  });

  it("accepts it with a reason and flags the override", () => {
    const input = { ...base, ...expired, managerOverrideReason: "供应商退货 待处理" };
    expect(planReceipt(input, TODAY)).toEqual({
      ok: true,
      productionDate: "2026-05-24",
      expiryDate: "2026-11-20",
      remainingDays: -6,
      derived: "barcode",
      quantity: 24,
      expiredOverride: true,
    });
    expect(planReceipt({ ...input, managerOverrideReason: "退 货 处 理" }, TODAY)).toMatchObject({
      expiredOverride: true,
    });
  });

  it("plans it without the override for a form's preview, still checking everything else", () => {
    expect(planReceipt({ ...base, ...expired }, TODAY, { previewExpired: true })).toEqual({
      ok: true,
      productionDate: "2026-05-24",
      expiryDate: "2026-11-20",
      remainingDays: -6,
      derived: "barcode",
      quantity: 24,
    });
    expect(planReceipt({ ...base, ...expired, quantity: 0 }, TODAY, { previewExpired: true })).toEqual({
      ok: false,
      errors: [{ field: "quantity", message: "数量必须是正整数（现在是 0）" }],
    });
  });

  it("does not flag an override on a batch that is not expired", () => {
    const input = { ...base, expiryDate: TODAY, managerOverrideReason: "供应商退货" };
    expect(planReceipt(input, TODAY)).not.toHaveProperty("expiredOverride");
  });
});

describe("receiptDatesFromScan", () => {
  it("takes the expiry from (17), falling back to (15) best before", () => {
    const scan = (input: string) => {
      const result = parseGs1Scan(input, TODAY);
      if (!result.ok) throw new Error(result.error);
      return result;
    };
    expect(receiptDatesFromScan(scan("(01)06901234567892(11)261101(15)270300(17)270200"))).toEqual({
      productionDate: "2026-11-01",
      expiryDate: "2027-02-28",
    });
    expect(receiptDatesFromScan(scan("(01)06901234567892(15)270300"))).toEqual({
      productionDate: undefined,
      expiryDate: "2027-03-31",
    });
  });

  it("feeds planReceipt from a scanned DataMatrix", () => {
    const result = parseGs1Scan("]d20106901234567892112610011726110010LOT7", TODAY);
    if (!result.ok) throw new Error(result.error);
    expect(planReceipt({ ...base, ...receiptDatesFromScan(result) }, TODAY)).toEqual({
      ok: true,
      productionDate: "2026-10-01",
      expiryDate: "2026-11-30",
      remainingDays: 4,
      derived: "barcode",
      quantity: 24,
    });
  });
});
