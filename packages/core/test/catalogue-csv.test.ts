import { describe, expect, it } from "vitest";
import { catalogueCsv, neutraliseFormula, type ProductValues, toCsv } from "../src";

describe("neutraliseFormula", () => {
  it("prefixes an apostrophe to anything a spreadsheet would run as a formula", () => {
    for (const attack of [
      '=HYPERLINK("http://evil.example","点我")',
      "@SUM(A1:A9)",
      "+1",
      "-1+1",
      "\t=1",
      "\r=1",
    ]) {
      expect(neutraliseFormula(attack)).toBe(`'${attack}`);
    }
  });

  it("leaves ordinary text and plain (also negative) numbers alone", () => {
    for (const safe of ["牛奶", "-12.50", "-1", "12", "a=b", " =1", ""])
      expect(neutraliseFormula(safe)).toBe(safe);
  });
});

describe("toCsv", () => {
  it("writes a UTF-8 BOM, CRLF line ends and RFC 4180 quoting", () => {
    expect(
      toCsv([
        ["名称", "备注"],
        ['他说"好"', "a,b"],
        ["两\n行", null],
        [-12.5, 0],
      ]),
    ).toBe('\uFEFF名称,备注\r\n"他说""好""","a,b"\r\n"两\n行",\r\n-12.5,0\r\n');
  });

  it("neutralises text cells, quoting them when needed", () => {
    expect(toCsv([["=1+1", '=HYPERLINK("x","y")', "-12.50"]])).toBe(
      `\uFEFF'=1+1,"'=HYPERLINK(""x"",""y"")",-12.50\r\n`,
    );
  });

  it("refuses numbers a spreadsheet cannot hold", () => {
    expect(() => toCsv([[Number.NaN]])).toThrow(RangeError);
  });
});

describe("catalogueCsv", () => {
  const products: ProductValues[] = [
    {
      sku: "A001",
      gtin: "6901234567892",
      name: '=HYPERLINK("http://evil.example")',
      category: "乳品, 冷藏",
      shelfLifeDays: 180,
      unit: "盒",
      costFen: 123456,
      listPriceFen: 7,
      active: false,
    },
    {
      sku: "-B2",
      gtin: null,
      name: "-18℃ 速冻水饺",
      category: "冻品",
      shelfLifeDays: 7,
      unit: "件",
      costFen: 0,
      listPriceFen: 100,
      active: true,
    },
  ];

  it("writes the import layout with prices in yuan", () => {
    expect(catalogueCsv([])).toBe("\uFEFFSKU,条码,名称,品类,保质期(天),单位,成本价(元),零售价(元),状态\r\n");
    expect(catalogueCsv(products).split("\r\n")[1]).toBe(
      `A001,6901234567892,"'=HYPERLINK(""http://evil.example"")","乳品, 冷藏",180,盒,1234.56,0.07,停用`,
    );
  });
});
