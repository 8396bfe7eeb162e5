import QRCode from "qrcode";

/** Light modules required around the symbol by ISO/IEC 18004; scanners miss codes without it. */
export const QR_QUIET_ZONE_MODULES = 4;

/**
 * Largest symbol we print: version 10 (57 modules). With the quiet zone that is 65 modules in a ~22 mm
 * box, ≈0.34 mm a module, about the smallest a phone camera reads reliably off a shelf.
 */
export const QR_MAX_MODULES = 57;

export interface QrMatrix {
  size: number;
  isDark: (row: number, col: number) => boolean;
}

/** Error correction M (15 %) survives a scuffed sticker while keeping modules large. */
export function qrMatrix(url: string): QrMatrix {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
  return { size: modules.size, isDark: (row, col) => modules.get(row, col) === 1 };
}

/**
 * Draws the QR code, quiet zone included, as a `side`×`side` square at (x, y), in PDF points.
 * Vector squares stay crisp at any printer resolution. Each row's run of dark modules is one rectangle,
 * and the whole symbol one fill, so no hairline seams appear between neighbouring modules.
 */
export function drawQr(doc: PDFKit.PDFDocument, qr: QrMatrix, x: number, y: number, side: number): void {
  const module = side / (qr.size + 2 * QR_QUIET_ZONE_MODULES);
  const left = x + QR_QUIET_ZONE_MODULES * module;
  const top = y + QR_QUIET_ZONE_MODULES * module;
  for (let row = 0; row < qr.size; row++) {
    let col = 0;
    while (col < qr.size) {
      if (!qr.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < qr.size && qr.isDark(row, col)) col++;
      doc.rect(left + start * module, top + row * module, (col - start) * module, module);
    }
  }
  doc.fillColor("black").fill();
}
