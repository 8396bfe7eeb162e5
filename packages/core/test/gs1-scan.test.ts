import { describe, expect, it } from "vitest";
import { parseGs1Scan } from "../src";

const TODAY = "2026-11-26";
const GS = "\u001d";
/** EAN-13 6901234567892 as a GTIN-14, and the GS1 example GTIN 09501101530003. */
const GTIN = "06901234567892";
const GTIN_B = "09501101530003";
const CASE_GTIN = "16901234567899";
const SSCC = "069012340000000016";

/** Element strings written element by element for reading; the scanner sends them as one string. */
const elements = (...parts: string[]) => parts.join("");

/** The parsed fields of a scan that must succeed, without `ok`. */
function fieldsOf(input: string, today = TODAY) {
  const result = parseGs1Scan(input, today);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(input)} to parse, got: ${result.error}`);
  const { ok: _ok, ...fields } = result;
  return fields;
}

function errorOf(input: string, today = TODAY): string {
  const result = parseGs1Scan(input, today);
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return result.error;
}

describe("parseGs1Scan: accepted forms", () => {
  const basic = {
    gtin: GTIN,
    expiry: "2026-11-30",
    lot: "ABC123",
    raw: { "01": GTIN, "17": "261100", "10": "ABC123" },
  };

  it.each([
    ["plain digits, lot last without FNC1", elements(`01${GTIN}`, "17261100", "10ABC123")],
    ["GS1-128 (]C1)", elements(`]C101${GTIN}`, "17261100", "10ABC123")],
    ["GS1 DataBar (]e0)", elements(`]e001${GTIN}`, "17261100", "10ABC123")],
    ["GS1 DataMatrix (]d2)", elements(`]d201${GTIN}`, "17261100", "10ABC123")],
    ["GS1 QR (]Q3)", elements(`]Q301${GTIN}`, "17261100", "10ABC123")],
    ["a leading FNC1", elements(`${GS}01${GTIN}`, "17261100", "10ABC123")],
    ["an AIM prefix and a leading FNC1", elements(`]d2${GS}01${GTIN}`, "17261100", "10ABC123")],
    ["a redundant FNC1 after fixed-length elements", `01${GTIN}${GS}17261100${GS}10ABC123`],
    ["a trailing FNC1", elements(`01${GTIN}`, "17261100", `10ABC123${GS}`)],
    ["the Enter a keyboard-wedge scanner appends", elements(`]C101${GTIN}`, "17261100", "10ABC123\r\n")],
    ["the parentheses form", `(01)${GTIN}(17)261100(10)ABC123`],
    ["the parentheses form with spaces", `(01) ${GTIN} (17) 261100 (10) ABC123`],
    ["the parentheses form behind an AIM prefix", `]C1(01)${GTIN}(17)261100(10)ABC123`],
  ])("reads %s", (_name, input) => {
    expect(fieldsOf(input)).toEqual(basic);
  });

  it("reads a variable-length lot followed by another AI after FNC1", () => {
    expect(fieldsOf(`]d201${GTIN}10ABC123${GS}17261130`)).toEqual({
      gtin: GTIN,
      lot: "ABC123",
      expiry: "2026-11-30",
      raw: { "01": GTIN, "10": "ABC123", "17": "261130" },
    });
  });

  it("reads a DataMatrix with lot and serial, using the whole of character set 82", () => {
    const lot = "L-26/A.1_x(2)";
    expect(fieldsOf(elements(`]d201${GTIN_B}`, "17270331", `10${lot}${GS}21SN0001`))).toMatchObject({
      gtin: GTIN_B,
      expiry: "2027-03-31",
      lot,
      serial: "SN0001",
    });
  });

  it("reads DD = 00 as the last day of the month, for every date AI", () => {
    expect(fieldsOf(`01${GTIN}17240200`).expiry).toBe("2024-02-29");
    expect(fieldsOf(`01${GTIN}17230200`).expiry).toBe("2023-02-28");
    expect(fieldsOf(`01${GTIN}15270400`).bestBefore).toBe("2027-04-30");
    expect(fieldsOf(elements(`01${GTIN}`, "11260900", "13261000", "16261200"))).toMatchObject({
      productionDate: "2026-09-30",
      packagingDate: "2026-10-31",
      sellBy: "2026-12-31",
    });
  });

  it("picks the century relative to today, not a fixed 19xx/20xx cut", () => {
    expect(fieldsOf(`01${GTIN}17760101`).expiry).toBe("2076-01-01");
    expect(fieldsOf(`01${GTIN}17770101`).expiry).toBe("1977-01-01");
    expect(fieldsOf(`01${GTIN}17000101`, "2050-06-01").expiry).toBe("2100-01-01");
    expect(fieldsOf(`01${GTIN}17990101`, "2049-01-01").expiry).toBe("2099-01-01");
  });

  it("reads production date and best before together", () => {
    expect(fieldsOf(`(01)${GTIN}(11)260915(15)270300`)).toMatchObject({
      productionDate: "2026-09-15",
      bestBefore: "2027-03-31",
    });
  });

  it("reads counts, net weight with its implied decimals, and keeps 240/241/400 in raw", () => {
    expect(fieldsOf(elements(`01${GTIN}`, "3103001250", "3024")).count).toBe(24);
    expect(fieldsOf(`01${GTIN}3102000125`).netWeightKg).toBe(1.25);
    expect(fieldsOf(`01${GTIN}3100000007`).netWeightKg).toBe(7);
    expect(fieldsOf(`01${GTIN}240A-1${GS}241PART9${GS}400PO-2026-001`)).toEqual({
      gtin: GTIN,
      raw: { "01": GTIN, "240": "A-1", "241": "PART9", "400": "PO-2026-001" },
    });
  });

  it("reads a logistic-unit label: SSCC, contained GTIN (02) and its count (37)", () => {
    expect(fieldsOf(`]C100${SSCC}02${CASE_GTIN}3748${GS}10LOT1${GS}17270100`)).toEqual({
      sscc: SSCC,
      gtin: CASE_GTIN,
      count: 48,
      lot: "LOT1",
      expiry: "2027-01-31",
      raw: { "00": SSCC, "02": CASE_GTIN, "37": "48", "10": "LOT1", "17": "270100" },
    });
  });

  it("accepts the same AI twice when it carries the same value", () => {
    expect(fieldsOf(elements(`01${GTIN}`, "17261130", `01${GTIN}`)).gtin).toBe(GTIN);
  });
});

describe("parseGs1Scan: refused input", () => {
  it("refuses a wrong check digit in (01), (02) and (00)", () => {
    expect(errorOf(elements(`01${GTIN.slice(0, -1)}3`, "17261130"))).toBe(
      "GTIN 校验位错误：06901234567893（末位应为 2）",
    );
    expect(errorOf(`(01)${GTIN.slice(0, -1)}3(17)261130`)).toMatch(/^GTIN 校验位错误/);
    expect(errorOf(elements(`02${CASE_GTIN.slice(0, -1)}0`, "3748"))).toMatch(/所含商品 GTIN 校验位错误/);
    expect(errorOf(elements(`00${SSCC.slice(0, -1)}7`, `01${GTIN}`))).toMatch(/^SSCC 校验位错误/);
  });

  it("names an unknown or unsupported AI instead of guessing its length", () => {
    expect(errorOf(`01${GTIN}99ABC`)).toBe("无法识别的应用标识符 (99)");
    expect(errorOf(`01${GTIN}3922123`)).toBe("无法识别的应用标识符 (3922)");
    expect(errorOf(`01${GTIN}3106001250`)).toBe("无法识别的应用标识符 (3106)");
    expect(errorOf(`01${GTIN}14261130`)).toBe("无法识别的应用标识符 (14)");
    expect(errorOf(`(01)${GTIN}(017)250630`)).toBe("无法识别的应用标识符 (017)");
    expect(errorOf("https://example.com/p/1")).toBe("无法识别的应用标识符 (ht)");
  });

  it("refuses truncated input", () => {
    expect(errorOf("01069012345678")).toBe("条码不完整：(01) GTIN应为 14 位，实际 12 位");
    expect(errorOf(`01${GTIN}172611`)).toBe("条码不完整：(17) 有效期至应为 6 位，实际 4 位");
    expect(errorOf(`01${GTIN}1`)).toBe("条码不完整：结尾的应用标识符 (1) 不完整");
    expect(errorOf(`01${GTIN}24`)).toBe("条码不完整：结尾的应用标识符 (24) 不完整");
    // FNC1 inside a fixed-length value means the value ended early.
    expect(errorOf(`01${GTIN}1726${GS}10ABC`)).toMatch(/^条码不完整：\(17\)/);
    expect(errorOf(`(01)${GTIN}(17)2611`)).toMatch(/^条码不完整：\(17\)/);
  });

  it("refuses impossible dates, naming the element", () => {
    expect(errorOf(`01${GTIN}17271315`)).toBe("日期无效 (17) 有效期至：GS1 日期的月份无效: 13（应为 01–12）");
    expect(errorOf(`01${GTIN}11270431`)).toMatch(/^日期无效 \(11\) 生产日期：.*2027 年 4 月没有 31 日/);
    expect(errorOf(`01${GTIN}15230229`)).toMatch(/^日期无效 \(15\).*2023 年 2 月没有 29 日/);
    expect(errorOf(`01${GTIN}1726AB30`)).toMatch(/^日期无效 \(17\)/);
  });

  it("refuses lots that are too long, empty or outside character set 82", () => {
    // A lot swallowing the next element because its FNC1 was lost is usually caught by the length.
    expect(errorOf(`01${GTIN}10ABCDEFGHIJKLM17261130`)).toBe(
      "(10) 批号超过 20 个字符，可能缺少分隔符 (FNC1)",
    );
    expect(errorOf(`(01)${GTIN}(10)${"A".repeat(21)}`)).toBe("(10) 批号超过 20 个字符");
    expect(errorOf(`01${GTIN}10${GS}17261130`)).toBe("(10) 批号为空");
    expect(errorOf(`01${GTIN}10批号1`)).toBe("(10) 批号含有 GS1 条码不允许的字符：批号1");
    expect(errorOf(`01${GTIN}10AB#1`)).toMatch(/不允许的字符/);
    expect(errorOf(`01${GTIN}400PO 1`)).toMatch(/^\(400\) 客户订单号含有/);
  });

  it("refuses counts and weights that are not digits, and counts that are too long", () => {
    expect(errorOf(`01${GTIN}30A4`)).toBe("(30) 数量只能包含数字：A4");
    expect(errorOf(`01${GTIN}30123456789`)).toMatch(/^\(30\) 数量超过 8 个字符/);
    expect(errorOf(`01${GTIN}31030012X0`)).toMatch(/^\(3103\) 净重（千克）只能包含数字/);
  });

  it("refuses contradictions: an AI repeated with another value, (01) with (02), (30) with (37)", () => {
    expect(errorOf(elements(`01${GTIN}`, "17261130", "17261231"))).toBe("应用标识符 (17) 出现两次且内容不同");
    expect(errorOf(`01${GTIN}02${CASE_GTIN}`)).toBe("条码同时含有 (01) 和 (02)，无法确定以哪个为准");
    expect(errorOf(`02${CASE_GTIN}3012${GS}3712`)).toMatch(/^条码同时含有 \(30\) 和 \(37\)/);
  });

  it("requires a GTIN", () => {
    expect(errorOf("10ABC123")).toBe("条码中没有商品编码 GTIN (01)");
    expect(errorOf(`00${SSCC}`)).toBe("条码中没有商品编码 GTIN (01)");
  });

  it("refuses other symbologies and malformed parentheses", () => {
    expect(errorOf("]E06901234567892")).toBe("不是 GS1 条码（符号标识 ]E0）");
    expect(errorOf("(ab)123")).toBe("无法识别的条码内容：(ab)123");
  });
});
