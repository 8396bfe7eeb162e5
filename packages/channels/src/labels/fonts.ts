export const FONT_REGULAR = "NotoSansSC-Regular";
export const FONT_BOLD = "NotoSansSC-Bold";

/**
 * The Chinese fonts labels are set in (Noto Sans SC regular and bold TTF bytes). The caller loads them:
 * `loadLabelFonts` from `@shelfloop/channels/label-fonts` in Node, or the app from its own files, since a
 * bundler cannot follow a font file resolved like a module.
 */
export interface LabelFonts {
  regular: Buffer;
  bold: Buffer;
}

export function registerLabelFonts(doc: PDFKit.PDFDocument, fonts: LabelFonts): void {
  doc.registerFont(FONT_REGULAR, fonts.regular);
  doc.registerFont(FONT_BOLD, fonts.bold);
}
