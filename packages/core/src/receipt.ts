import { addDays, addMonths, type CalendarDate, isCalendarDate } from "./calendar";
import type { Gs1Scan } from "./gs1-scan";
import { expiryFromProduction, remainingDays, type ShelfLife } from "./shelf-life";

/** A batch being received, as the form (or a scan, see receiptDatesFromScan) gives it. */
export interface ReceiptInput {
  productionDate?: CalendarDate;
  expiryDate?: CalendarDate;
  /** The product's shelf life: used when the label gives only one of the two dates. */
  shelfLife: ShelfLife;
  quantity: number;
  /** Why a manager accepts an already expired batch; needs at least 4 non-blank characters. */
  managerOverrideReason?: string;
}

export type ReceiptField =
  | "productionDate"
  | "expiryDate"
  | "shelfLife"
  | "quantity"
  | "managerOverrideReason";

export interface ReceiptFieldError {
  field: ReceiptField;
  message: string;
}

export interface ReceiptPlan {
  ok: true;
  productionDate: CalendarDate;
  expiryDate: CalendarDate;
  remainingDays: number;
  /** Where the expiry date came from: the label (scanned or typed) or production date + shelf life. */
  derived: "barcode" | "shelf-life";
  quantity: number;
  /** Set when the batch is already expired and a manager gave a reason to receive it anyway. */
  expiredOverride?: true;
}

export type ReceiptValidation = ReceiptPlan | { ok: false; errors: ReceiptFieldError[] };

const MIN_OVERRIDE_REASON_CHARS = 4;

/** The dates of a scan as receiving wants them: the expiry is (17), or (15) best before when (17) is absent. */
export function receiptDatesFromScan(scan: Gs1Scan): Pick<ReceiptInput, "productionDate" | "expiryDate"> {
  return { productionDate: scan.productionDate, expiryDate: scan.expiry ?? scan.bestBefore };
}

/**
 * Checks a batch before it is received and resolves its dates, reporting every problem at once with
 * the field it belongs to. A date on the label always wins over one computed from the shelf life; with
 * only an expiry date, the production date (which every batch stores) is expiry − shelf life.
 */
export function planReceipt(
  input: ReceiptInput,
  today: CalendarDate,
  /**
   * previewExpired: plan an expired batch (negative remainingDays, no expiredOverride) instead of
   * refusing it, so a receiving form can show its dates and ask a manager for the reason.
   */
  options: { previewExpired?: boolean } = {},
): ReceiptValidation {
  if (!isCalendarDate(today)) throw new RangeError(`不是有效日期: ${today}`);
  const errors: ReceiptFieldError[] = [];
  if (!Number.isSafeInteger(input.quantity) || input.quantity <= 0) {
    errors.push({ field: "quantity", message: `数量必须是正整数（现在是 ${input.quantity}）` });
  }
  const dates = resolveDates(input, today, errors);
  if (!dates) return { ok: false, errors };

  const left = remainingDays(dates.expiryDate, today);
  const expired = left < 0 && !options.previewExpired;
  const reason = (input.managerOverrideReason ?? "").replace(/\s/g, "");
  if (expired && reason === "") {
    const message = `该批次已过期 ${-left} 天（到期日期 ${dates.expiryDate}）；如确需入库，请由店长填写原因`;
    errors.push({ field: "expiryDate", message });
  } else if (expired && [...reason].length < MIN_OVERRIDE_REASON_CHARS) {
    // Code points, so each Chinese character counts once.
    const message = `店长填写的原因至少需要 ${MIN_OVERRIDE_REASON_CHARS} 个字（不含空格）`;
    errors.push({ field: "managerOverrideReason", message });
  }
  if (errors.length > 0) return { ok: false, errors };
  const plan: ReceiptPlan = { ok: true, ...dates, remainingDays: left, quantity: input.quantity };
  return expired ? { ...plan, expiredOverride: true } : plan;
}

type ResolvedDates = Pick<ReceiptPlan, "productionDate" | "expiryDate" | "derived">;

function resolveDates(
  input: ReceiptInput,
  today: CalendarDate,
  errors: ReceiptFieldError[],
): ResolvedDates | undefined {
  const problems: ReceiptFieldError[] = [];
  const production = readDate(input.productionDate, "productionDate", "生产日期", problems);
  const expiry = readDate(input.expiryDate, "expiryDate", "到期日期", problems);
  if (production !== undefined && production > today) {
    problems.push({ field: "productionDate", message: `生产日期 ${production} 晚于今天 (${today})` });
  }
  if (production !== undefined && expiry !== undefined && expiry < production) {
    problems.push({ field: "expiryDate", message: `到期日期 ${expiry} 早于生产日期 ${production}` });
  }
  if (problems.length === 0 && (production === undefined) !== (expiry === undefined)) {
    const shelfLifeProblem = checkShelfLife(input.shelfLife);
    if (shelfLifeProblem) problems.push({ field: "shelfLife", message: shelfLifeProblem });
  }
  errors.push(...problems);
  if (problems.length > 0) return undefined;

  if (expiry !== undefined) {
    const productionDate = production ?? productionFromExpiry(expiry, input.shelfLife);
    return { productionDate, expiryDate: expiry, derived: "barcode" };
  }
  if (production !== undefined) {
    const expiryDate = expiryFromProduction(production, input.shelfLife);
    return { productionDate: production, expiryDate, derived: "shelf-life" };
  }
  errors.push({ field: "expiryDate", message: "请填写生产日期或到期日期（至少一个）" });
  return undefined;
}

/** A given date, undefined when left blank; an impossible one is reported. */
function readDate(
  value: string | undefined,
  field: ReceiptField,
  label: string,
  errors: ReceiptFieldError[],
): CalendarDate | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  if (isCalendarDate(value)) return value;
  errors.push({ field, message: `${label}无效：${value}（应为存在的日期，格式 YYYY-MM-DD）` });
  return undefined;
}

// A shelf life of up to 100 years keeps both directions of the date arithmetic within years 1–9999.
const MAX_SHELF_LIFE = { days: 36_500, months: 1_200 };

function checkShelfLife(shelfLife: ShelfLife): string | undefined {
  const [amount, max, unit] =
    "days" in shelfLife
      ? [shelfLife.days, MAX_SHELF_LIFE.days, "天"]
      : [shelfLife.months, MAX_SHELF_LIFE.months, "个月"];
  if (Number.isSafeInteger(amount) && amount > 0 && amount <= max) return undefined;
  return `商品保质期无效（${amount} ${unit}），无法推算缺少的日期；请填写生产日期和到期日期`;
}

/**
 * The inverse of expiryFromProduction: N days or N months back. Going back months keeps the day of
 * the month, clamped to the target month's last day, as going forward does.
 */
function productionFromExpiry(expiry: CalendarDate, shelfLife: ShelfLife): CalendarDate {
  return "days" in shelfLife ? addDays(expiry, -shelfLife.days) : addMonths(expiry, -shelfLife.months);
}
