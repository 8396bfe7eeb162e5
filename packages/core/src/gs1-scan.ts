/**
 * Reads a scanned GS1 barcode (GS1-128, DataBar, DataMatrix, QR) or its printed "(01)…(17)…" form.
 *
 * Why our own parser rather than one from npm: of the candidates (1.2.1 of each, November 2026),
 * bark-js reads DD=00 as "YYYY-MM-00", fixes the century at 19xx/20xx, takes a truncated element as
 * a short value and has no "(01)" form; gs1-barcode-parser-mod rolls impossible dates over (month 13
 * becomes next January, 31 April becomes 1 May), takes the century from the machine clock rather
 * than the tenant's day, refuses a leading FNC1 and never checks the length or characters of a
 * variable element. Both are CommonJS without types. A wrapper would have to recheck every value
 * they return, which leaves them only the splitting into elements: a few dozen lines here, driven
 * by the AI table in gs1-ai-table.
 */
import type { CalendarDate } from "./calendar";
import { parseGs1Date } from "./gs1";
import { type AiSpec, aiLength, CSET_82, GS1_AIS } from "./gs1-ai-table";
import { gtinCheckDigit } from "./gtin";

export interface Gs1Scan {
  ok: true;
  /** 14 digits, check digit verified: from (01), or from (02) on a logistic-unit label. */
  gtin: string;
  sscc?: string;
  lot?: string;
  serial?: string;
  productionDate?: CalendarDate;
  packagingDate?: CalendarDate;
  bestBefore?: CalendarDate;
  sellBy?: CalendarDate;
  expiry?: CalendarDate;
  /** (30), or (37): how many of the (02) items a logistic unit holds. */
  count?: number;
  netWeightKg?: number;
  /** Every element as scanned, by AI: { "17": "261100" }. */
  raw: Record<string, string>;
}

export type Gs1ScanResult = Gs1Scan | { ok: false; error: string };

interface Element {
  ai: string;
  value: string;
}

/** FNC1 as scanners transmit it: ASCII 29, group separator. */
const GS = "\u001d";
/** AIM symbology identifiers of the GS1 symbologies: GS1-128, GS1 DataBar, GS1 DataMatrix, GS1 QR. */
const AIM_PREFIXES = ["]C1", "]e0", "]d2", "]Q3"];

class ScanError extends Error {}

/**
 * Parses the scanner's output. `today` (the tenant's calendar day) picks the century of two-digit
 * years. A variable-length element runs to the next FNC1 or the end of the data, so input without
 * separators reads correctly only when the variable-length element comes last. A lot that swallowed
 * the element after it cannot be told from a longer lot, but usually breaks the 20-character limit.
 */
export function parseGs1Scan(input: string, today: CalendarDate): Gs1ScanResult {
  try {
    const data = stripSymbologyIdentifier(input.replace(/[\r\n]+$/, ""));
    const elements = data.startsWith("(") ? splitHumanReadable(data) : splitElementString(data);
    return interpret(elements, today);
  } catch (error) {
    if (error instanceof ScanError) return { ok: false, error: error.message };
    throw error;
  }
}

function stripSymbologyIdentifier(input: string): string {
  if (!input.startsWith("]")) return input;
  const prefix = input.slice(0, 3);
  if (!AIM_PREFIXES.includes(prefix)) throw new ScanError(`不是 GS1 条码（符号标识 ${prefix}）`);
  return input.slice(3);
}

/** The form a scanner sends: AIs and values back to back, FNC1 after variable-length values. */
function splitElementString(data: string): Element[] {
  const elements: Element[] = [];
  let position = 0;
  while (position < data.length) {
    // A leading FNC1, and one after a fixed-length value, are redundant but allowed.
    if (data[position] === GS) {
      position++;
      continue;
    }
    const ai = readAi(data, position);
    const spec = specOf(ai);
    position += ai.length;
    let value: string;
    if ("length" in spec) {
      value = data.slice(position, position + spec.length);
      // An FNC1 inside a fixed-length value means the value was cut short.
      if (value.includes(GS)) value = value.slice(0, value.indexOf(GS));
      checkLength(ai, spec, value);
    } else {
      const end = data.indexOf(GS, position);
      value = data.slice(position, end === -1 ? data.length : end);
      if (value.length > spec.maxLength) {
        throw new ScanError(`(${ai}) ${spec.label}超过 ${spec.maxLength} 个字符，可能缺少分隔符 (FNC1)`);
      }
    }
    position += value.length;
    elements.push({ ai, value });
  }
  return elements;
}

function readAi(data: string, position: number): string {
  const length = aiLength(data.slice(position, position + 2));
  const ai = data.slice(position, position + length);
  if (!/^\d+$/.test(ai)) throw new ScanError(`无法识别的应用标识符 (${ai})`);
  if (ai.length < length) throw new ScanError(`条码不完整：结尾的应用标识符 (${ai}) 不完整`);
  return ai;
}

/** "(01)06901234567892(17)261130(10)ABC", as printed under the barcode or typed from it. */
function splitHumanReadable(data: string): Element[] {
  // split with a capture group alternates: text before the first AI, AI, value, AI, value, …
  const parts = data.split(/\((\d{2,4})\)/);
  if (parts.length < 3 || parts[0] !== "") throw new ScanError(`无法识别的条码内容：${data}`);
  const elements: Element[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const ai = parts[i] as string;
    // Spaces between elements are layout; GS1 values never contain spaces (character set 82).
    const value = (parts[i + 1] as string).trim();
    const spec = specOf(ai);
    if ("length" in spec) checkLength(ai, spec, value);
    else if (value.length > spec.maxLength) {
      throw new ScanError(`(${ai}) ${spec.label}超过 ${spec.maxLength} 个字符`);
    }
    elements.push({ ai, value });
  }
  return elements;
}

function specOf(ai: string): AiSpec {
  const spec = GS1_AIS[ai];
  if (!spec) throw new ScanError(`无法识别的应用标识符 (${ai})`);
  return spec;
}

function checkLength(ai: string, spec: AiSpec & { length: number }, value: string): void {
  if (value.length !== spec.length) {
    throw new ScanError(`条码不完整：(${ai}) ${spec.label}应为 ${spec.length} 位，实际 ${value.length} 位`);
  }
}

function interpret(elements: Element[], today: CalendarDate): Gs1ScanResult {
  const raw: Record<string, string> = {};
  const fields: Partial<Omit<Gs1Scan, "ok" | "raw">> = {};
  const sourceOf = new Map<string, string>();
  for (const { ai, value } of elements) {
    if (raw[ai] !== undefined && raw[ai] !== value) {
      throw new ScanError(`应用标识符 (${ai}) 出现两次且内容不同`);
    }
    raw[ai] = value;
    const spec = specOf(ai);
    if (!spec.field) {
      checkText(ai, spec, value);
      continue;
    }
    // (01)/(02) both give the GTIN and (30)/(37) both the count; GS1 never pairs them in one code.
    const earlier = sourceOf.get(spec.field);
    if (earlier !== undefined && earlier !== ai) {
      throw new ScanError(`条码同时含有 (${earlier}) 和 (${ai})，无法确定以哪个为准`);
    }
    sourceOf.set(spec.field, ai);
    switch (spec.kind) {
      case "key":
        fields[spec.field] = checkKey(ai, spec, value);
        break;
      case "date":
        fields[spec.field] = readDate(ai, spec, value, today);
        break;
      case "weight":
        fields[spec.field] = Number(digits(ai, spec, value)) / 10 ** spec.decimals;
        break;
      case "count":
        fields[spec.field] = Number(digits(ai, spec, value));
        break;
      case "text":
        fields[spec.field] = checkText(ai, spec, value);
        break;
    }
  }
  const { gtin, ...rest } = fields;
  if (gtin === undefined) throw new ScanError("条码中没有商品编码 GTIN (01)");
  return { ok: true, gtin, ...rest, raw };
}

function digits(ai: string, spec: AiSpec, value: string): string {
  if (!/^\d+$/.test(value)) throw new ScanError(`(${ai}) ${spec.label}只能包含数字：${value}`);
  return value;
}

function checkKey(ai: string, spec: AiSpec, value: string): string {
  const expected = gtinCheckDigit(digits(ai, spec, value).slice(0, -1));
  if (Number(value.at(-1)) !== expected) {
    throw new ScanError(`${spec.label} 校验位错误：${value}（末位应为 ${expected}）`);
  }
  return value;
}

function readDate(ai: string, spec: AiSpec, value: string, today: CalendarDate): CalendarDate {
  try {
    return parseGs1Date(value, today);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new ScanError(`日期无效 (${ai}) ${spec.label}：${error.message}`);
  }
}

function checkText(ai: string, spec: AiSpec, value: string): string {
  if (value === "") throw new ScanError(`(${ai}) ${spec.label}为空`);
  if (!CSET_82.test(value)) {
    throw new ScanError(`(${ai}) ${spec.label}含有 GS1 条码不允许的字符：${value}`);
  }
  return value;
}
