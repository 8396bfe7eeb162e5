import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import jsQR from "jsqr";
import { pdfToPng } from "pdf-to-png-converter";
import { describe, expect, it } from "vitest";
import {
  A4_SHEET_LAYOUT,
  type ClearanceLabel,
  formatFen,
  LABEL_LAYOUTS,
  type LabelLayout,
  labelCellMm,
  MAX_LABELS_PER_RENDER,
  PT_PER_MM,
  renderClearanceLabels,
} from "../src";
import { loadLabelFonts } from "../src/labels/node-fonts";

const fonts = loadLabelFonts();

// pdfjs-dist and @napi-rs/canvas come with pdf-to-png-converter; reach them through it rather than
// adding dependencies just for the test.
const require = createRequire(import.meta.url);
const viaConverter = createRequire(require.resolve("pdf-to-png-converter"));

// pdfjs-dist 6 calls ArrayBuffer#transferToFixedLength (Node 22+) when it parses fonts; on Node 20 every
// page would silently stop rendering at its first glyph. A copying stand-in is enough for a test.
const arrayBufferProto = ArrayBuffer.prototype as unknown as Record<string, unknown>;
for (const name of ["transfer", "transferToFixedLength"]) {
  arrayBufferProto[name] ??= function (this: ArrayBuffer, length = this.byteLength) {
    const copy = new ArrayBuffer(length);
    new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
    return copy;
  };
}

interface Canvas {
  getContext(kind: "2d"): {
    drawImage(image: unknown, dx: number, dy: number): void;
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  };
}
const { createCanvas, loadImage } = viaConverter("@napi-rs/canvas") as {
  createCanvas(width: number, height: number): Canvas;
  loadImage(source: Buffer): Promise<unknown>;
};

interface PdfJs {
  getDocument(src: { data: Uint8Array }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{
        view: number[];
        getTextContent(): Promise<{ items: Array<{ str?: string }> }>;
      }>;
    }>;
    destroy(): Promise<void>;
  };
}

/** Every page's text as pdf.js extracts it from the PDF (through the embedded fonts' ToUnicode maps). */
async function pdfText(pdf: Buffer): Promise<{ pages: string[]; sizesPt: number[][] }> {
  const pdfjs = (await import(
    pathToFileURL(viaConverter.resolve("pdfjs-dist/legacy/build/pdf.mjs")).href
  )) as PdfJs;
  const task = pdfjs.getDocument({ data: new Uint8Array(pdf) });
  const doc = await task.promise;
  const pages: string[] = [];
  const sizesPt: number[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const { items } = await page.getTextContent();
    pages.push(items.map((item) => item.str ?? "").join("\n"));
    sizesPt.push(page.view);
  }
  await task.destroy();
  return { pages, sizesPt };
}

const SCALE = 3;

/** Rasterises the PDF; pdf.js draws the embedded Noto Sans SC glyphs as paths (disableFontFace default). */
const toPng = (pdf: Buffer) => pdfToPng(new Uint8Array(pdf).buffer, { viewportScale: SCALE });

const RENDER_TIMEOUT_MS = 30_000;

/** Decodes the QR code inside one label cell of a rendered page, cropping with the layout constants. */
async function qrInCell(png: Buffer, layout: LabelLayout, slot: number): Promise<string | undefined> {
  const cell = labelCellMm(LABEL_LAYOUTS[layout], slot);
  const px = (valueMm: number) => Math.round(valueMm * PT_PER_MM * SCALE);
  const [w, h] = [px(cell.width), px(cell.height)];
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext("2d");
  ctx.drawImage(await loadImage(png), -px(cell.x), -px(cell.y));
  return jsQR(ctx.getImageData(0, 0, w, h).data, w, h)?.data;
}

const label = (i: number, overrides: Partial<ClearanceLabel> = {}): ClearanceLabel => ({
  productName:
    [
      "蒙牛纯牛奶 250ml×12 盒",
      "三只松鼠每日坚果 750g 礼盒装（30 袋）混合口味限定款 新年特别版",
      "农夫山泉 550ml",
    ][i % 3] ?? "",
  lotCode: `L2026112${i % 10}-0${i % 7}`,
  expiryDate: `2026-12-${String((i % 28) + 1).padStart(2, "0")}`,
  originalPriceFen: 4990 + i * 100,
  clearancePriceFen: 1990 + i * 5,
  badge: ["第二件半价", "临期特价 ¥6.00", "买一送一"][i % 3] ?? "",
  storeName: "好邻居便利店（望京店）",
  url: `https://m.shelfloop.cn/i/${1000 + i}?s=bj-wj-01`,
  ...overrides,
});

describe("formatFen", () => {
  it("formats integer fen with two decimals, without floats", () => {
    expect(formatFen(0)).toBe("¥0.00");
    expect(formatFen(5)).toBe("¥0.05");
    expect(formatFen(90)).toBe("¥0.90");
    expect(formatFen(100)).toBe("¥1.00");
    expect(formatFen(1290)).toBe("¥12.90");
    expect(formatFen(Number.MAX_SAFE_INTEGER)).toBe("¥90071992547409.91");
    expect(() => formatFen(12.5)).toThrow(RangeError);
    expect(() => formatFen(-1)).toThrow(RangeError);
  });
});

describe("renderClearanceLabels", () => {
  it("renders an A4 sheet: one page of 24 cells, each QR decodes to its label's url", {
    timeout: RENDER_TIMEOUT_MS,
  }, async () => {
    const labels = Array.from({ length: 5 }, (_, i) => label(i));
    const pdf = await renderClearanceLabels(labels, "a4-sheet", fonts);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

    const { pages, sizesPt } = await pdfText(pdf);
    expect(pages).toHaveLength(1);
    expect(sizesPt[0]?.[2]).toBeCloseTo(210 * PT_PER_MM, 1);
    expect(sizesPt[0]?.[3]).toBeCloseTo(297 * PT_PER_MM, 1);
    const text = pages[0] ?? "";
    for (const l of labels) {
      expect(text).toContain(formatFen(l.clearancePriceFen));
      expect(text).toContain(formatFen(l.originalPriceFen));
      expect(text).toContain(`批号 ${l.lotCode}`);
      expect(text).toContain(`到期 ${l.expiryDate}`);
      expect(text).toContain(l.badge);
    }
    expect(text).toContain("临期特惠");
    expect(text).toContain("蒙牛纯牛奶 250ml×12 盒");
    expect(text).toMatch(/三只松鼠每日坚果[^\n]*\n[^\n]*…/); // the long name is cut on line 2, not spilled
    expect(text).not.toContain("新年特别版");

    const [page] = await toPng(pdf);
    if (!page?.content) throw new Error("no PNG");
    writeFileSync("/tmp/labels-sheet.png", page.content);
    for (const [slot, l] of labels.entries()) {
      expect(await qrInCell(page.content, "a4-sheet", slot)).toBe(l.url);
    }
    // Empty cells stay empty: nothing to decode in the 6th cell.
    expect(await qrInCell(page.content, "a4-sheet", 5)).toBeUndefined();
  });

  it("starts a new A4 page every 24 labels and keeps the 25th label's QR on page 2", {
    timeout: RENDER_TIMEOUT_MS,
  }, async () => {
    const labels = Array.from({ length: 25 }, (_, i) => label(i));
    const pdf = await renderClearanceLabels(labels, "a4-sheet", fonts);
    const { pages } = await pdfText(pdf);
    expect(pages).toHaveLength(Math.ceil(25 / A4_SHEET_LAYOUT.columns / A4_SHEET_LAYOUT.rows));
    expect(pages[1]).toContain(formatFen(labels[24]?.clearancePriceFen ?? -1));
    const [, page2] = await toPng(pdf);
    if (!page2?.content) throw new Error("no PNG");
    expect(await qrInCell(page2.content, "a4-sheet", 0)).toBe(labels[24]?.url);
  });

  it("keeps 24 labels (one full sheet) small thanks to font subsetting", {
    timeout: RENDER_TIMEOUT_MS,
  }, async () => {
    const pdf = await renderClearanceLabels(
      Array.from({ length: 24 }, (_, i) => label(i)),
      "a4-sheet",
      fonts,
    );
    console.info(`24-label A4 sheet: ${pdf.length} bytes`);
    expect(pdf.length).toBeLessThan(200_000);
  });

  it("renders single 60×40 mm labels, one per page, each QR decodable", {
    timeout: RENDER_TIMEOUT_MS,
  }, async () => {
    const labels = [label(1), label(2, { clearancePriceFen: 128800, originalPriceFen: 199900 })];
    const pdf = await renderClearanceLabels(labels, "single", fonts);
    const { pages, sizesPt } = await pdfText(pdf);
    expect(pages).toHaveLength(2);
    expect(sizesPt[0]?.[2]).toBeCloseTo(60 * PT_PER_MM, 1);
    expect(sizesPt[0]?.[3]).toBeCloseTo(40 * PT_PER_MM, 1);
    expect(pages[1]).toContain("¥1288.00");
    expect(pages[1]).toContain("¥1999.00");
    expect(pages[0]).toContain(`批号 ${labels[0]?.lotCode}`);
    console.info(`2 single labels: ${pdf.length} bytes`);

    const pngs = await toPng(pdf);
    if (!pngs[0]?.content) throw new Error("no PNG");
    writeFileSync("/tmp/labels-single.png", pngs[0].content);
    for (const [i, l] of labels.entries()) {
      const png = pngs[i]?.content;
      if (!png) throw new Error(`no PNG for page ${i + 1}`);
      expect(await qrInCell(png, "single", 0)).toBe(l.url);
    }
  });

  it("rejects bad input with a RangeError before drawing", async () => {
    await expect(renderClearanceLabels([], "a4-sheet", fonts)).rejects.toThrow(/价签列表为空/);
    const tooMany = Array.from({ length: MAX_LABELS_PER_RENDER + 1 }, () => label(0));
    await expect(renderClearanceLabels(tooMany, "single", fonts)).rejects.toThrow(RangeError);
    await expect(
      renderClearanceLabels([label(0, { clearancePriceFen: 19.9 })], "single", fonts),
    ).rejects.toThrow(/第 1 张价签的特惠价必须是非负整数/);
    await expect(
      renderClearanceLabels([label(0), label(1, { originalPriceFen: Number.NaN })], "single", fonts),
    ).rejects.toThrow(/第 2 张价签的原价/);
    await expect(
      renderClearanceLabels([label(0, { originalPriceFen: 100 })], "single", fonts),
    ).rejects.toThrow(/高于原价/);
    await expect(
      renderClearanceLabels([label(0, { expiryDate: "2026-02-30" })], "single", fonts),
    ).rejects.toThrow(/到期日期无效/);
    await expect(renderClearanceLabels([label(0, { lotCode: " " })], "single", fonts)).rejects.toThrow(
      /缺少批号/,
    );
    await expect(
      renderClearanceLabels(
        [label(0, { url: `https://m.shelfloop.cn/${"x".repeat(400)}` })],
        "single",
        fonts,
      ),
    ).rejects.toThrow(/链接过长/);
    await expect(renderClearanceLabels([label(0)], "a5" as LabelLayout, fonts)).rejects.toThrow(RangeError);
  });
});
