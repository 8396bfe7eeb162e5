import { describe, expect, it } from "vitest";
import { parseCellDate, RECEIPT_TEMPLATE_HEADER, validateReceiptRows } from "../src";

const HEADER = ["SKU", "条码", "批号", "生产日期", "到期日期", "数量"];

describe("validateReceiptRows: columns", () => {
  it("reads Chinese and English headers in any order, ignoring unknown ones", () => {
    const result = validateReceiptRows(
      ["Quantity", "Lot Number", "Expiry Date", "barcode", "备注"],
      [["24", "L-01", "2026-12-31", "6901234567892", "随便"]],
    );
    expect(result.fileErrors).toEqual([]);
    expect(result.warnings).toEqual(["未识别的列「备注」，已忽略"]);
    expect(result.valid).toEqual([
      { row: 2, draft: { gtin: "6901234567892", lotCode: "L-01", expiryDate: "2026-12-31", quantity: 24 } },
    ]);
  });

  it("needs a product column, the lot, a date column and the quantity", () => {
    expect(validateReceiptRows(["名称", "生产日期"], [["牛奶", "2026-01-01"]]).fileErrors).toEqual([
      "缺少必填列：SKU 或 条码、批号、数量（第 1 行应为表头）",
    ]);
    expect(validateReceiptRows(["SKU", "批号", "数量"], []).fileErrors).toEqual([
      "缺少必填列：生产日期 或 到期日期（第 1 行应为表头）",
    ]);
  });

  it("has the template header as its column labels", () => {
    expect(RECEIPT_TEMPLATE_HEADER).toEqual(HEADER);
    expect(validateReceiptRows(HEADER, []).fileErrors).toEqual(["文件中没有收货数据"]);
  });

  it("refuses files larger than one receipt transaction takes", () => {
    const rows = Array.from({ length: 1001 }, (_, i) => ["A", "", `L${i}`, "", "2027-01-01", "1"]);
    expect(validateReceiptRows(HEADER, rows).fileErrors[0]).toContain("超过单次收货上限 1000 行");
  });
});

describe("validateReceiptRows: rows", () => {
  it("reports each problem with the spreadsheet row and the file's own column title", () => {
    const result = validateReceiptRows(
      ["商品编码", "条形码", "批次号", "生产日期", "有效期至", "入库数量"],
      [
        ["SKU-1", "", "A1", "2026/5/1", "", "12"],
        ["", "", "", "", "", ""],
        ["", "6901234567890", "", "2026-02-30", "", "3箱"],
        ["SKU-3", "", "A3", "", "", "0"],
      ],
    );
    expect(result.valid).toEqual([
      { row: 2, draft: { sku: "SKU-1", lotCode: "A1", productionDate: "2026-05-01", quantity: 12 } },
    ]);
    expect(result.errors).toEqual([
      { row: 4, column: "条形码", message: "条码校验位错误：6901234567890 的最后一位应为 2" },
      { row: 4, column: "生产日期", message: "日期不存在：「2026-02-30」" },
      { row: 4, column: "入库数量", message: "数量应为正整数（只填数字，按商品的单位计）：「3箱」" },
      { row: 4, column: "批次号", message: "批号不能为空" },
      { row: 5, column: "入库数量", message: "数量应为正整数（只填数字，按商品的单位计）：「0」" },
      { row: 5, column: "有效期至", message: "请填写生产日期或到期日期（至少一个）" },
    ]);
  });

  it("asks for SKU or barcode against the column the file has", () => {
    const result = validateReceiptRows(["条码", "批号", "到期日期", "数量"], [["", "A", "2027-01-01", "1"]]);
    expect(result.errors).toEqual([{ row: 2, column: "条码", message: "请填写 SKU 或条码（至少一个）" }]);
  });

  it("reads back cells the CSV export protected against formulas", () => {
    const result = validateReceiptRows(HEADER, [["'-SKU", "", "'=L1", "", "2027-01-01", "5"]]);
    expect(result.valid[0]?.draft).toMatchObject({ sku: "-SKU", lotCode: "=L1" });
  });
});

describe("parseCellDate", () => {
  it.each([
    ["2026-05-01", "2026-05-01"],
    ["2026/5/1", "2026-05-01"],
    ["2026.05.01", "2026-05-01"],
    ["2026年5月1日", "2026-05-01"],
    ["20260501", "2026-05-01"],
    ["２０２６-０５-０１", "2026-05-01"],
    ["2026-05-01 13:30", "2026-05-01"],
    ["2024-02-29", "2024-02-29"],
  ])("reads %s", (cell, date) => {
    expect(parseCellDate(cell)).toEqual({ value: date });
  });

  it("refuses impossible dates, two-digit years and Excel serial numbers", () => {
    expect(parseCellDate("2025-02-29")).toEqual({ error: "日期不存在：「2025-02-29」" });
    expect(parseCellDate("26-05-01")).toEqual({ error: "日期格式不正确：「26-05-01」，请填写如 2026-05-01" });
    expect(parseCellDate("46143")).toEqual({
      error:
        "日期格式不正确：「46143」（像是 Excel 的日期序号，请把该列设为日期或文本格式），请填写如 2026-05-01",
    });
  });
});
