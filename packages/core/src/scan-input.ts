import type { CalendarDate } from "./calendar";
import { type Gs1ScanResult, parseGs1Scan } from "./gs1-scan";
import { gtinCheckDigit } from "./gtin";

/** FNC1 as scanners transmit it: ASCII 29, group separator. */
const GS = "\u001d";
/**
 * FNC1 as people type it when testing without a scanner, or as some scanner drivers spell it
 * out: "<GS>", "\x1d", "\u001d" (any case).
 */
const TYPED_GS = /<GS>|\\x1d|\\u001d/gi;
/**
 * A bare trade-item barcode (EAN-13, EAN-8, UPC-A, ITF-14), optionally with its AIM identifier
 * (]E0 EAN/UPC, ]E4 EAN-8, ]I1 ITF). No GS1 element string is this short and all digits: the
 * smallest valid one, (01) and its 14 digits, is 16 characters long.
 */
const PLAIN_GTIN = /^(?:\][EI][0-4])?(\d{8}|\d{12,14})$/;

/**
 * What receiving reads from the scan field: a GS1 element string (see parseGs1Scan), with typed
 * separators turned into FNC1, or a plain product barcode, which most Chinese packaging carries
 * alone — its lot and dates are then typed in.
 */
export function readScan(input: string, today: CalendarDate): Gs1ScanResult {
  const text = input
    .trim()
    .replace(TYPED_GS, GS)
    // The printed "(01)…(10)…" form needs no separators; one typed before "(" is dropped.
    .replaceAll(`${GS}(`, "(");
  const plain = PLAIN_GTIN.exec(text)?.[1];
  if (plain === undefined) return parseGs1Scan(text, today);
  const expected = gtinCheckDigit(plain.slice(0, -1));
  if (Number(plain.at(-1)) !== expected) {
    return { ok: false, error: `条码校验位错误：${plain}（末位应为 ${expected}）` };
  }
  return { ok: true, gtin: plain.padStart(14, "0"), raw: {} };
}
