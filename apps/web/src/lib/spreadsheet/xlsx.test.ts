import { validateProductRows } from "@shelfloop/core";
import { describe, expect, it } from "vitest";
import writeXlsxFile, { type SheetData } from "write-excel-file/node";
import { readSpreadsheet } from "./index";

async function xlsx(sheet: SheetData): Promise<ArrayBuffer> {
  const buffer = await writeXlsxFile(sheet).toBuffer();
  return new Uint8Array(buffer).buffer;
}

describe("readSpreadsheet (.xlsx)", () => {
  it("reads the first sheet as the text the user sees", async () => {
    const file = await xlsx([
      ["SKU", "条码", "名称", "品类", "保质期(天)", "成本价(元)", "零售价(元)", "状态", "生产日期", "到货"],
      [
        "A001",
        6901234567892,
        "纯牛奶",
        "乳品",
        180,
        0.1 + 0.2,
        { value: 12.5, format: "0.00" },
        true,
        { value: new Date(Date.UTC(2026, 0, 31)), format: "yyyy-mm-dd" },
        { value: new Date(Date.UTC(2026, 0, 31, 13, 30)), format: "yyyy-mm-dd hh:mm" },
      ],
      [],
      ["A002", null, "酸奶", "乳品", 21, 1.15, 3, false, null, null],
    ]);
    const { header, rows } = await readSpreadsheet(file, "catalogue.xlsx");
    expect(header[0]).toBe("SKU");
    expect(rows[0]).toEqual([
      "A001",
      "6901234567892",
      "纯牛奶",
      "乳品",
      "180",
      "0.3",
      "12.5",
      "TRUE",
      "2026-01-31",
      "2026-01-31 13:30",
    ]);
    expect(rows[1]?.every((cell) => cell === "")).toBe(true);

    const result = validateProductRows(header, rows);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual(["未识别的列「生产日期」，已忽略", "未识别的列「到货」，已忽略"]);
    expect(
      result.valid.map(({ row, draft }) => [row, draft.costFen, draft.listPriceFen, draft.active]),
    ).toEqual([
      [2, 30, 1250, true],
      [4, 115, 300, false],
    ]);
  });

  it("refuses corrupt and empty files with a Chinese message", async () => {
    const valid = new Uint8Array(await xlsx([["SKU"], ["A"]]));
    await expect(readSpreadsheet(valid.slice(0, 200).buffer, "a.xlsx")).rejects.toThrow(
      "无法读取文件：不是有效的 XLSX",
    );
    await expect(readSpreadsheet(new TextEncoder().encode("SKU,名称").buffer, "a.xlsx")).rejects.toThrow(
      "无法读取文件：不是有效的 XLSX",
    );
    await expect(readSpreadsheet(new ArrayBuffer(0), "a.xlsx")).rejects.toThrow("无法读取文件：文件是空的");
    await expect(readSpreadsheet(await xlsx([[null]]), "a.xlsx")).rejects.toThrow("无法读取文件：文件是空的");
  });

  it("points old .xls content at Save As .xlsx", async () => {
    // The OLE compound-file signature that starts every .xls (and every encrypted workbook).
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    await expect(readSpreadsheet(ole.buffer, "a.xlsx")).rejects.toThrow("另存为 .xlsx");
  });
});
