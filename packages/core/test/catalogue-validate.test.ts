import { describe, expect, it } from "vitest";
import { mapCatalogueHeader, validateProductRows } from "../src";

const HEADER = ["SKU", "条码", "名称", "品类", "保质期(天)", "单位", "成本价(元)", "零售价(元)", "状态"];
const row = (overrides: Record<number, string> = {}) => {
  const cells = ["A001", "6901234567892", "纯牛奶 250ml", "乳品", "180", "盒", "2.30", "3.50", "启用"];
  for (const [index, text] of Object.entries(overrides)) cells[Number(index)] = text;
  return cells;
};

describe("mapCatalogueHeader", () => {
  it("accepts Chinese and English names regardless of case, spacing and full-width brackets", () => {
    const mapping = mapCatalogueHeader([
      " sku ",
      "GTIN",
      "商品名称",
      "Category",
      "保质期（天）",
      "UNIT",
      "Cost",
      "售价",
      "Active",
    ]);
    expect(mapping.missing).toEqual([]);
    expect(mapping.warnings).toEqual([]);
    expect(mapping.indexes).toEqual({
      sku: 0,
      gtin: 1,
      name: 2,
      category: 3,
      shelfLifeDays: 4,
      unit: 5,
      costFen: 6,
      listPriceFen: 7,
      active: 8,
    });
    expect(mapping.titles.shelfLifeDays).toBe("保质期（天）");
    expect(
      mapCatalogueHeader(["商品编码", "name", "分类", "shelf_life_days", "成本价(元)", "list_price"]).missing,
    ).toEqual([]);
  });

  it("warns about unknown and duplicate columns and keeps the first", () => {
    const mapping = mapCatalogueHeader([...HEADER, "备注", "售价", ""]);
    expect(mapping.warnings).toEqual([
      "未识别的列「备注」，已忽略",
      "列「售价」与「零售价(元)」重复，已使用「零售价(元)」",
    ]);
    expect(mapping.indexes.listPriceFen).toBe(7);
  });
});

describe("validateProductRows", () => {
  it("turns a complete row into a draft in fen", () => {
    const result = validateProductRows(HEADER, [row()]);
    expect(result.fileErrors).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.valid).toEqual([
      {
        row: 2,
        draft: {
          sku: "A001",
          gtin: "6901234567892",
          name: "纯牛奶 250ml",
          category: "乳品",
          shelfLifeDays: 180,
          unit: "盒",
          costFen: 230,
          listPriceFen: 350,
          active: true,
        },
      },
    ]);
  });

  it("reports all missing required columns in one file-level error and checks no row", () => {
    const result = validateProductRows(["SKU", "名称", "单位"], [["A001", "牛奶", "盒"]]);
    expect(result.fileErrors).toEqual([
      "缺少必填列：品类、保质期(天)、成本价(元)、零售价(元)（第 1 行应为表头）",
    ]);
    expect(result.valid).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it("reports each bad cell with the spreadsheet row number and the file's column header", () => {
    const header = ["商品编码", "条码", "名称", "品类", "保质期", "单位", "成本", "售价", "状态"];
    const result = validateProductRows(header, [
      row(),
      row({ 0: "A002", 1: "6901234567893", 4: "18个月" }),
      row({ 0: "A003", 1: "", 2: " ", 6: "12.345", 7: "abc", 8: "也许" }),
    ]);
    expect(result.valid.map((valid) => valid.row)).toEqual([2]);
    expect(result.errors.map(({ row, column }) => [row, column])).toEqual([
      [3, "条码"],
      [3, "保质期"],
      [4, "名称"],
      [4, "成本"],
      [4, "售价"],
      [4, "状态"],
    ]);
    expect(result.errors[2]?.message).toBe("名称不能为空");
  });

  it("skips blank rows but keeps counting them, and trims cells", () => {
    const result = validateProductRows(HEADER, [[], ["", "  "], row({ 0: "  A001  ", 2: " 牛奶 " })]);
    expect(result.valid).toHaveLength(1);
    expect(result.valid[0]?.row).toBe(4);
    expect(result.valid[0]?.draft.sku).toBe("A001");
    expect(result.valid[0]?.draft.name).toBe("牛奶");
  });

  it("leaves blank or absent optional columns undefined", () => {
    const blanks = validateProductRows(HEADER, [row({ 1: "", 5: "", 8: "" })]);
    expect(blanks.valid[0]?.draft).not.toHaveProperty("gtin");
    expect(blanks.valid[0]?.draft).not.toHaveProperty("unit");
    expect(blanks.valid[0]?.draft).not.toHaveProperty("active");
    const absent = validateProductRows(HEADER.slice(0, 5).concat("成本价(元)", "零售价(元)"), [
      ["A001", "", "牛奶", "乳品", "7", "1", "2"],
    ]);
    expect(absent.valid[0]?.draft).toEqual({
      sku: "A001",
      name: "牛奶",
      category: "乳品",
      shelfLifeDays: 7,
      costFen: 100,
      listPriceFen: 200,
    });
  });

  it("rejects repeated SKUs and GTINs on the later rows only", () => {
    const result = validateProductRows(HEADER, [
      row(),
      row({ 1: "" }),
      row({ 0: "A002", 1: "06901234567892" }),
      row({ 0: "A003", 1: "96385074" }),
    ]);
    expect(result.valid.map((valid) => valid.row)).toEqual([2, 5]);
    expect(result.errors).toEqual([
      { row: 3, column: "SKU", message: "SKU「A001」与第 2 行重复" },
      { row: 4, column: "条码", message: "条码 06901234567892 与第 2 行重复" },
    ]);
  });

  it("counts an invalid row's SKU as taken", () => {
    const result = validateProductRows(HEADER, [row({ 7: "" }), row({ 1: "" })]);
    expect(result.errors.map(({ row, column }) => [row, column])).toEqual([
      [2, "零售价(元)"],
      [3, "SKU"],
    ]);
  });

  it("undoes the export's formula neutralisation", () => {
    const result = validateProductRows(HEADER, [row({ 2: "'-18℃ 速冻水饺" })]);
    expect(result.valid[0]?.draft.name).toBe("-18℃ 速冻水饺");
  });

  it("reports a file with a header but no data", () => {
    expect(validateProductRows(HEADER, [[""]]).fileErrors).toEqual(["文件中没有商品数据"]);
  });
});
