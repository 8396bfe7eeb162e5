import { readCsv } from "./csv";
import { SpreadsheetError } from "./errors";
import { readXlsx } from "./xlsx";

export { SpreadsheetError };

/** More rows than one import should preview and write; larger catalogues are split. */
export const MAX_DATA_ROWS = 20_000;

/** Row 1 and the rows below it, every cell as text; rows may be shorter than the header. */
export type Spreadsheet = { header: string[]; rows: string[][] };

/**
 * Reads an uploaded .csv or .xlsx (its first sheet) in the browser or in Node. Throws
 * SpreadsheetError, with a Chinese message for the user, for files that cannot be imported.
 */
export async function readSpreadsheet(file: ArrayBuffer, fileName: string): Promise<Spreadsheet> {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "csv") return toSpreadsheet(readCsv(file));
  if (extension === "xlsx") return toSpreadsheet(await readXlsx(file));
  if (extension === "xls")
    throw new SpreadsheetError("无法读取文件：不支持旧版 .xls，请在 Excel 中另存为 .xlsx 后再上传");
  throw new SpreadsheetError("无法读取文件：只支持 .xlsx 和 .csv 文件");
}

function toSpreadsheet(cells: string[][]): Spreadsheet {
  // A final newline, or formatting on empty rows in Excel, leaves blank rows at the end.
  let end = cells.length;
  while (end > 0 && cells[end - 1]?.every((cell) => cell.trim() === "")) end--;
  const [header, ...rows] = cells.slice(0, end);
  if (header === undefined) throw new SpreadsheetError("无法读取文件：文件是空的");
  if (rows.length > MAX_DATA_ROWS) {
    throw new SpreadsheetError(
      `无法读取文件：共 ${rows.length} 行数据，超过单次导入上限 ${MAX_DATA_ROWS} 行，请拆分后分批导入`,
    );
  }
  return { header, rows };
}
