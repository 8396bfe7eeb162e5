/**
 * The GS1 Application Identifiers a scan may carry, from the GS1 General Specifications (§3.2) and
 * the GS1 Barcode Syntax Dictionary. Only these are read; any other AI is refused, because reading an
 * AI we do not know means guessing its length, and a wrong guess garbles every element after it.
 *
 * Fixed-length elements have a `length`; variable-length ones a `maxLength` and end at FNC1 or at the
 * end of the data. `field` names the property of the parsed scan that the element fills.
 */
export type AiSpec = { label: string } & (
  | { kind: "key"; length: 14 | 18; field: "gtin" | "sscc" } // digits ending in a mod-10 check digit
  | { kind: "date"; length: 6; field: Gs1DateField } // YYMMDD
  | { kind: "weight"; length: 6; decimals: number; field: "netWeightKg" } // decimal point implied
  | { kind: "count"; maxLength: 8; field: "count" }
  | { kind: "text"; maxLength: 20 | 30; field?: "lot" | "serial" } // GS1 character set 82
);

export type Gs1DateField = "productionDate" | "packagingDate" | "bestBefore" | "sellBy" | "expiry";

const netWeights = Object.fromEntries(
  [0, 1, 2, 3, 4, 5].map((decimals): [string, AiSpec] => [
    `310${decimals}`,
    { label: "净重（千克）", kind: "weight", length: 6, decimals, field: "netWeightKg" },
  ]),
);

export const GS1_AIS: Readonly<Record<string, AiSpec>> = {
  "00": { label: "SSCC", kind: "key", length: 18, field: "sscc" },
  "01": { label: "GTIN", kind: "key", length: 14, field: "gtin" },
  // GTIN of the trade items inside a logistic unit; (37) then counts them.
  "02": { label: "所含商品 GTIN", kind: "key", length: 14, field: "gtin" },
  "10": { label: "批号", kind: "text", maxLength: 20, field: "lot" },
  "11": { label: "生产日期", kind: "date", length: 6, field: "productionDate" },
  "13": { label: "包装日期", kind: "date", length: 6, field: "packagingDate" },
  "15": { label: "最佳食用日期", kind: "date", length: 6, field: "bestBefore" },
  "16": { label: "最迟销售日期", kind: "date", length: 6, field: "sellBy" },
  "17": { label: "有效期至", kind: "date", length: 6, field: "expiry" },
  "21": { label: "序列号", kind: "text", maxLength: 20, field: "serial" },
  "30": { label: "数量", kind: "count", maxLength: 8, field: "count" },
  "37": { label: "所含商品数量", kind: "count", maxLength: 8, field: "count" },
  "240": { label: "附加产品标识", kind: "text", maxLength: 30 },
  "241": { label: "客户零件号", kind: "text", maxLength: 30 },
  "400": { label: "客户订单号", kind: "text", maxLength: 30 },
  ...netWeights,
};

// The first two digits of any GS1 AI fix how many digits it has (GS1 General Specifications §3.2).
// Knowing this lets an error name the whole unknown AI, e.g. (3922), rather than a fragment of it.
const THREE_DIGIT_PREFIXES = new Set(["23", "24", "25", "40", "41", "42", "71"]);
const FOUR_DIGIT_PREFIXES = new Set([
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "39",
  "43",
  "70",
  "72",
  "80",
  "81",
  "82",
]);

export function aiLength(firstTwoDigits: string): 2 | 3 | 4 {
  if (FOUR_DIGIT_PREFIXES.has(firstTwoDigits)) return 4;
  if (THREE_DIGIT_PREFIXES.has(firstTwoDigits)) return 3;
  return 2;
}

/** GS1 character set 82 (General Specifications figure 7.11-1), which lots and serials are written in. */
export const CSET_82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/;
