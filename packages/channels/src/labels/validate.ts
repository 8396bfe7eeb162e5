import { LABEL_LAYOUTS, type LabelLayout } from "./layout";
import { QR_MAX_MODULES, type QrMatrix, qrMatrix } from "./qr";
import type { ClearanceLabel } from "./types";

/** 2,000 labels is 84 A4 sheets: more than any store prints at once, and it bounds memory and time. */
export const MAX_LABELS_PER_RENDER = 2000;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date: "2026-02-30" matches the pattern but must not end up on a food label. */
function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const isFen = (n: unknown): n is number => typeof n === "number" && Number.isSafeInteger(n) && n >= 0;

const blank = (s: unknown) => typeof s !== "string" || s.trim() === "";

/** Throws a RangeError with a message a store manager can act on; `at` numbers labels from 1. */
function checkLabel(label: ClearanceLabel, at: number): QrMatrix {
  const fail = (why: string) => {
    throw new RangeError(`第 ${at} 张价签${why}`);
  };
  if (blank(label.productName)) fail("缺少商品名称");
  if (blank(label.lotCode)) fail("缺少批号");
  if (blank(label.storeName)) fail("缺少门店名称");
  if (blank(label.url)) fail("缺少二维码链接");
  if (typeof label.badge !== "string") fail("的促销标签不是文字");
  if (!isCalendarDate(label.expiryDate)) fail(`的到期日期无效（应为 YYYY-MM-DD）：${label.expiryDate}`);
  if (!isFen(label.originalPriceFen)) fail(`的原价必须是非负整数（分）：${label.originalPriceFen}`);
  if (!isFen(label.clearancePriceFen)) fail(`的特惠价必须是非负整数（分）：${label.clearancePriceFen}`);
  if (label.clearancePriceFen > label.originalPriceFen) fail("的特惠价高于原价");
  let qr: QrMatrix | undefined;
  try {
    qr = qrMatrix(label.url);
  } catch {
    // qrcode throws past version 40; reported below like any other oversize link
  }
  if (!qr || qr.size > QR_MAX_MODULES)
    throw new RangeError(`第 ${at} 张价签的二维码链接过长，打印后无法扫描，请使用短链接`);
  return qr;
}

/**
 * Checks everything before drawing anything, so a bad row never yields half a sheet of labels. Returns
 * each label's QR matrix, built here anyway to check the link is short enough to scan once printed.
 */
export function validateLabels(labels: readonly ClearanceLabel[], layout: LabelLayout): QrMatrix[] {
  if (!Object.hasOwn(LABEL_LAYOUTS, layout)) throw new RangeError(`未知的价签版式：${String(layout)}`);
  if (!Array.isArray(labels) || labels.length === 0) throw new RangeError("价签列表为空，没有可打印的价签");
  if (labels.length > MAX_LABELS_PER_RENDER) {
    throw new RangeError(
      `一次最多打印 ${MAX_LABELS_PER_RENDER} 张价签，当前 ${labels.length} 张，请分批打印`,
    );
  }
  return labels.map((label, i) => checkLabel(label, i + 1));
}
