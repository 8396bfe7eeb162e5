import { type CellValue, InvalidInputError, readSheet } from "read-excel-file/universal";
import { SpreadsheetError } from "./errors";

/** A numeric cell's raw text, kept by a custom parseNumber so it is never a float in between. */
type NumberCell = { numberText: string };

/** The first sheet's cells as the text the user sees, row for row (leading blank rows are kept). */
export async function readXlsx(bytes: ArrayBuffer): Promise<string[][]> {
  try {
    const sheet = await readSheet(bytes, { trim: false, parseNumber: (numberText) => ({ numberText }) });
    return sheet.map((row) => row.map(cellText));
  } catch (error) {
    throw new SpreadsheetError(xlsxErrorMessage(error), { cause: error });
  }
}

function xlsxErrorMessage(error: unknown): string {
  if (error instanceof InvalidInputError && error.code === "NO_DATA") return "无法读取文件：文件是空的";
  // Old .xls and password-protected workbooks are both OLE containers rather than zip files.
  if (error instanceof InvalidInputError && error.code === "XLS_FILE_NOT_SUPPORTED") {
    return "无法读取文件：这是旧版 .xls 或已加密的工作簿，请在 Excel 中另存为 .xlsx（不设密码）后再上传";
  }
  return "无法读取文件：不是有效的 XLSX";
}

function cellText(cell: CellValue<NumberCell> | null): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if ("numberText" in cell) return numberText(cell.numberText);
  // The library's types say `typeof Date`, but date cells arrive as Date instances.
  return dateText(cell as unknown as Date);
}

/**
 * Excel keeps doubles and shows at most 15 significant digits, so a computed 0.30000000000000004
 * reads "0.3" on screen; rounding the same way gives the user's text. Downstream parsing is exact.
 */
function numberText(raw: string): string {
  const value = Number(raw);
  return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : raw;
}

/** Dates come as UTC midnight plus the time of day; show "2026-01-31" or "2026-01-31 13:30". */
function dateText(date: Date): string {
  // Serial day fractions land a millisecond off; round to the second the user typed.
  const [day, time] = new Date(Math.round(date.getTime() / 1000) * 1000).toISOString().split(/[T.]/);
  if (time === "00:00:00") return `${day}`;
  return `${day} ${time?.endsWith(":00") ? time.slice(0, 5) : time}`;
}
