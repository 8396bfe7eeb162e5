import { catalogueCsv, type ProductValues, toCsv, validateProductRows } from "@shelfloop/core";
import { describe, expect, it } from "vitest";
import { MAX_DATA_ROWS, readSpreadsheet, SpreadsheetError } from "./index";

const bytes = (text: string) => new TextEncoder().encode(text).buffer;
const readCsv = (file: ArrayBuffer) => readSpreadsheet(file, "商品.CSV");

describe("readSpreadsheet (.csv)", () => {
  it("reads UTF-8 with and without a byte order mark", async () => {
    const expected = { header: ["SKU", "名称"], rows: [["A001", "牛奶"]] };
    await expect(readCsv(bytes("SKU,名称\r\nA001,牛奶\r\n"))).resolves.toEqual(expected);
    await expect(readCsv(bytes("\uFEFFSKU,名称\nA001,牛奶"))).resolves.toEqual(expected);
  });

  it("reads the GBK/GB18030 that Chinese Excel saves", async () => {
    // "名称,品类\r\n牛奶,乳品\r\n" in GBK, as written by Excel's "CSV (逗号分隔)".
    const gbk = Uint8Array.from([
      0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xc6, 0xb7, 0xc0, 0xe0, 0x0d, 0x0a, 0xc5, 0xa3, 0xc4, 0xcc, 0x2c, 0xc8,
      0xe9, 0xc6, 0xb7, 0x0d, 0x0a,
    ]);
    await expect(readCsv(gbk.buffer)).resolves.toEqual({
      header: ["名称", "品类"],
      rows: [["牛奶", "乳品"]],
    });
  });

  it("keeps blank rows in place so row numbers match the file, dropping only trailing ones", async () => {
    const { rows } = await readCsv(bytes("SKU\r\nA\r\n\r\nB\r\n\r\n,\r\n"));
    expect(rows).toEqual([["A"], [""], ["B"]]);
  });

  it("round-trips toCsv quoting", async () => {
    const cells = ['他说"好"', "a,b", "两\r\n行", "  空格  ", "-12.50", "'单引号"];
    const { header } = await readCsv(bytes(toCsv([cells])));
    expect(header).toEqual(cells);
  });

  it("imports an exported catalogue back to the same products", async () => {
    const products: ProductValues[] = [
      {
        sku: "A001",
        gtin: "6901234567892",
        name: '=HYPERLINK("http://evil.example","点我")',
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
        name: "-18℃ 速冻水饺\n（家庭装）",
        category: "冻品",
        shelfLifeDays: 7,
        unit: "件",
        costFen: 0,
        listPriceFen: 100,
        active: true,
      },
    ];
    const { header, rows } = await readCsv(bytes(catalogueCsv(products)));
    const result = validateProductRows(header, rows);
    expect(result.errors).toEqual([]);
    expect(result.valid.map(({ draft }) => ({ gtin: null, ...draft }))).toEqual(products);
  });

  it("reports an unbalanced quote with its row", async () => {
    await expect(readCsv(bytes('SKU,名称\r\nA,"牛奶\r\n'))).rejects.toThrow(
      "无法读取文件：第 2 行引号不成对",
    );
  });

  it("refuses empty, binary and oversized files with a Chinese message", async () => {
    await expect(readCsv(new ArrayBuffer(0))).rejects.toThrow("无法读取文件：文件是空的");
    await expect(readCsv(bytes("\uFEFF\r\n , \r\n"))).rejects.toThrow("无法读取文件：文件是空的");
    await expect(readCsv(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff]).buffer)).rejects.toThrow(
      "无法读取文件：不是有效的 CSV 文本文件",
    );
    const file = (dataRows: number) => bytes(`SKU\r\n${"A\r\n".repeat(dataRows)}`);
    await expect(readCsv(file(MAX_DATA_ROWS))).resolves.toMatchObject({ header: ["SKU"] });
    await expect(readCsv(file(MAX_DATA_ROWS + 1))).rejects.toThrow(SpreadsheetError);
    await expect(readCsv(file(MAX_DATA_ROWS + 1))).rejects.toThrow("超过单次导入上限 20000 行");
  });

  it("refuses other file types", async () => {
    await expect(readSpreadsheet(bytes("x"), "商品.xls")).rejects.toThrow("不支持旧版 .xls");
    await expect(readSpreadsheet(bytes("x"), "商品.numbers")).rejects.toThrow("只支持 .xlsx 和 .csv 文件");
    await expect(readSpreadsheet(bytes("x"), "商品")).rejects.toThrow("只支持 .xlsx 和 .csv 文件");
  });
});
