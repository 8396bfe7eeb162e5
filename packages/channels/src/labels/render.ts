import PDFDocument from "pdfkit";
import { type ContentBox, drawLabel } from "./draw-label";
import { type LabelFonts, registerLabelFonts } from "./fonts";
import { LABEL_LAYOUTS, type LabelLayout, labelCellMm, labelsPerPage, PT_PER_MM } from "./layout";
import type { ClearanceLabel } from "./types";
import { validateLabels } from "./validate";

/**
 * Renders clearance labels (临期特惠价签) as a PDF: an A4 sheet of 24 stickers per page, or one 60×40 mm
 * label per page for thermal printers. Noto Sans SC is embedded and subset, so Chinese prints anywhere
 * and the file stays small. Throws a RangeError (Chinese message) on invalid input before drawing.
 */
export async function renderClearanceLabels(
  labels: readonly ClearanceLabel[],
  layout: LabelLayout,
  fonts: LabelFonts,
): Promise<Buffer> {
  const qrs = validateLabels(labels, layout);
  const spec = LABEL_LAYOUTS[layout];
  const perPage = labelsPerPage(spec);
  const doc = new PDFDocument({
    size: [spec.pageWidthMm * PT_PER_MM, spec.pageHeightMm * PT_PER_MM],
    margin: 0,
    autoFirstPage: false,
    info: { Title: "临期特惠价签", Producer: "Shelfloop", Creator: "Shelfloop" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  registerLabelFonts(doc, fonts);

  labels.forEach((label, i) => {
    const slot = i % perPage;
    if (slot === 0) doc.addPage();
    const cell = labelCellMm(spec, slot);
    const box: ContentBox = {
      x: (cell.x + spec.paddingXMm) * PT_PER_MM,
      y: (cell.y + spec.paddingYMm) * PT_PER_MM,
      width: (cell.width - 2 * spec.paddingXMm) * PT_PER_MM,
      height: (cell.height - 2 * spec.paddingYMm) * PT_PER_MM,
    };
    const qr = qrs[i];
    if (qr) drawLabel(doc, label, qr, box);
  });
  doc.end();
  return done;
}
