import { FONT_BOLD, FONT_REGULAR } from "./fonts";
import { PT_PER_MM } from "./layout";
import { formatFen } from "./money";
import { drawQr, type QrMatrix } from "./qr";
import { fitFontSize, fitOneLine, wrapWithEllipsis } from "./text-fit";
import type { ClearanceLabel } from "./types";

/** A label's printable area in PDF points, padding already taken off. */
export interface ContentBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const mm = (v: number) => v * PT_PER_MM;

/** Draws one line with its alphabetic baseline at `baseline`, so layout math is in baselines, not boxes. */
function line(
  doc: PDFKit.PDFDocument,
  font: string,
  size: number,
  text: string,
  x: number,
  baseline: number,
  options: PDFKit.Mixins.TextOptions = {},
): number {
  doc
    .font(font)
    .fontSize(size)
    .text(text, x, baseline, { ...options, lineBreak: false, baseline: "alphabetic" });
  return doc.widthOfString(text);
}

/**
 * One clearance label: on the left the 临期特惠 band, product name, expiry date, lot, struck-through
 * original price and the big clearance price; on the right the QR code with the badge and store name
 * under it. Sizes are in points and tuned for 70×37 and 60×40 mm; text that is too long is cut with "…"
 * and prices shrink instead, so nothing ever spills into the neighbouring sticker.
 */
export function drawLabel(
  doc: PDFKit.PDFDocument,
  label: ClearanceLabel,
  qr: QrMatrix,
  box: ContentBox,
): void {
  const { x, y, width, height } = box;
  const qrSide = Math.min(height - mm(9), width * 0.4);
  const gap = mm(1.5);
  const leftWidth = width - qrSide - gap;
  const rightX = x + width - qrSide;

  // Header band: white on black reads as "sale" from a metre away and prints on a black-only thermal head.
  const bandHeight = mm(5);
  doc.rect(x, y, leftWidth, bandHeight).fillColor("black").fill();
  doc.fillColor("white");
  line(doc, FONT_BOLD, 10, "临期特惠", x + mm(1.2), y + bandHeight - mm(1.3), { characterSpacing: 1 });
  doc.fillColor("black");

  let baseline = y + bandHeight + mm(3.6);
  doc.font(FONT_BOLD).fontSize(8);
  for (const text of wrapWithEllipsis(doc, label.productName, leftWidth, 2)) {
    line(doc, FONT_BOLD, 8, text, x, baseline);
    baseline += mm(3.3);
  }
  baseline += mm(0.2);
  doc.font(FONT_REGULAR).fontSize(7);
  line(doc, FONT_REGULAR, 7, fitOneLine(doc, `到期 ${label.expiryDate}`, leftWidth), x, baseline);
  baseline += mm(2.9);
  doc.font(FONT_REGULAR).fontSize(7);
  line(doc, FONT_REGULAR, 7, fitOneLine(doc, `批号 ${label.lotCode}`, leftWidth), x, baseline);

  // Prices are laid out from the bottom up so the big one always has its room.
  const price = formatFen(label.clearancePriceFen);
  const priceSize = fitFontSize(doc, FONT_BOLD, price, leftWidth, 24, 10);
  const priceBaseline = y + height - mm(0.3);
  line(doc, FONT_BOLD, priceSize, price, x, priceBaseline);

  const wasBaseline = priceBaseline - priceSize * 0.86 - mm(1);
  const labelWidth = line(doc, FONT_REGULAR, 7, "原价 ", x, wasBaseline);
  const wasWidth = line(doc, FONT_REGULAR, 7, formatFen(label.originalPriceFen), x + labelWidth, wasBaseline);
  // Our own strike line: pdfkit's `strike` is placed from the line box, not the digits.
  doc
    .moveTo(x + labelWidth - mm(0.3), wasBaseline - 7 * 0.3)
    .lineTo(x + labelWidth + wasWidth + mm(0.3), wasBaseline - 7 * 0.3)
    .lineWidth(0.7)
    .strokeColor("black")
    .stroke();

  drawQr(doc, qr, rightX, y, qrSide);

  let rightBaseline = y + qrSide + mm(0.5);
  const badge = label.badge.trim();
  if (badge) {
    const badgeHeight = mm(4);
    const inner = qrSide - mm(1.6);
    const size = fitFontSize(doc, FONT_BOLD, badge, inner, 8, 6);
    doc.roundedRect(rightX, rightBaseline, qrSide, badgeHeight, mm(0.8)).lineWidth(0.8).stroke();
    doc.font(FONT_BOLD).fontSize(size);
    const text = fitOneLine(doc, badge, inner);
    const textX = rightX + (qrSide - doc.widthOfString(text)) / 2;
    line(doc, FONT_BOLD, size, text, textX, rightBaseline + badgeHeight / 2 + size * 0.33);
    rightBaseline += badgeHeight;
  }
  // Branch names run long ("好邻居便利店（望京店）"): shrink a little before cutting.
  const storeSize = fitFontSize(doc, FONT_REGULAR, label.storeName, qrSide, 6, 5);
  const store = fitOneLine(doc, label.storeName, qrSide);
  const storeX = rightX + (qrSide - doc.widthOfString(store)) / 2;
  line(doc, FONT_REGULAR, storeSize, store, storeX, Math.max(rightBaseline + mm(2.6), y + height - mm(0.3)));
}
