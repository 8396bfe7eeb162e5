const ELLIPSIS = "…";

/**
 * Wraps `text` into at most `maxLines` lines no wider than `width` at the document's current font and
 * size, ending the last line with "…" if text is left over. Breaks between any two code points: Chinese
 * has no spaces to break at, and a label has no room for hyphenation niceties.
 */
export function wrapWithEllipsis(
  doc: PDFKit.PDFDocument,
  text: string,
  width: number,
  maxLines: number,
): string[] {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  const lines: string[] = [];
  let i = 0;
  while (i < chars.length && lines.length < maxLines) {
    let line = "";
    while (i < chars.length && doc.widthOfString(line + chars[i]) <= width) line += chars[i++];
    if (line === "") line = chars[i++] ?? ""; // a glyph wider than the box still has to go somewhere
    lines.push(line.trimStart());
  }
  if (i < chars.length && lines.length > 0) {
    const last = Array.from(lines.pop() ?? "");
    while (last.length > 0 && doc.widthOfString(last.join("") + ELLIPSIS) > width) last.pop();
    lines.push(last.join("").trimEnd() + ELLIPSIS);
  }
  return lines;
}

/** One line, cut with "…" if it does not fit. */
export const fitOneLine = (doc: PDFKit.PDFDocument, text: string, width: number): string =>
  wrapWithEllipsis(doc, text, width, 1)[0] ?? "";

/**
 * The largest size from `max` down to `min` (0.5 pt steps) at which `text` fits `width` in `font`; `min`
 * if none does. Prices shrink rather than get cut: "¥1288.00" must never print as "¥128…".
 */
export function fitFontSize(
  doc: PDFKit.PDFDocument,
  font: string,
  text: string,
  width: number,
  max: number,
  min: number,
): number {
  doc.font(font);
  for (let size = max; size > min; size -= 0.5) {
    if (doc.fontSize(size).widthOfString(text) <= width) return size;
  }
  return min;
}
