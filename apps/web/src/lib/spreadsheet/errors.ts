/** A file the user uploaded cannot be read; `message` is Chinese and meant to be shown as is. */
export class SpreadsheetError extends Error {
  override name = "SpreadsheetError";
}
