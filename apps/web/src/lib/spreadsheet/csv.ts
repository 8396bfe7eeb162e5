import Papa from "papaparse";
import { SpreadsheetError } from "./errors";

/**
 * Text of a CSV file. UTF-8 (its BOM is dropped by TextDecoder) is tried strictly first; a file that
 * is not valid UTF-8 is read as GB18030, the superset of GBK that Chinese Excel saves CSV in.
 */
export function decodeCsv(bytes: ArrayBuffer): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("gb18030").decode(bytes);
  }
  // Text files have no NUL characters; binaries (an .xlsx renamed to .csv, UTF-16 text) do.
  if (text.includes("\u0000")) throw new SpreadsheetError("无法读取文件：不是有效的 CSV 文本文件");
  return text;
}

export function readCsv(bytes: ArrayBuffer): string[][] {
  // Comma only: guessing the delimiter can pick "；" or "|" out of product names.
  const { data, errors } = Papa.parse<string[]>(decodeCsv(bytes), { delimiter: ",", skipEmptyLines: false });
  const quoteError = errors.find((error) => error.type === "Quotes");
  if (quoteError) {
    const where = quoteError.row === undefined ? "" : `第 ${quoteError.row + 1} 行`;
    throw new SpreadsheetError(`无法读取文件：${where}引号不成对`);
  }
  return data;
}
