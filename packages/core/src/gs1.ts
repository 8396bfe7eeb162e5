import { type CalendarDate, daysInMonth, isCalendarDate } from "./calendar";

/**
 * The date in a GS1 date element — AI (11) production, (15) best before, (17) expiry — written YYMMDD.
 *
 * Barcodes carry only two year digits. The GS1 General Specifications pick the century relative to
 * the year it is now (`today`, in the tenant's timezone): with difference = YY − the current year's
 * last two digits, 51…99 means the previous century, −99…−50 the next one, anything else this
 * century. In 2026: "77" → 1977, "76" → 2076; in 2050: "00" → 2100. A window anchored on today keeps
 * working past 2099, which a fixed "20YY" would not.
 *
 * DD = 00 means only year and month are known, and the date is the last day of that month.
 */
export function parseGs1Date(yymmdd: string, today: CalendarDate): CalendarDate {
  if (!/^\d{6}$/.test(yymmdd)) throw new RangeError(`GS1 日期必须是 6 位数字 (YYMMDD): "${yymmdd}"`);
  if (!isCalendarDate(today)) throw new RangeError(`不是有效日期: ${today}`);

  const yy = Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  if (month < 1 || month > 12) {
    throw new RangeError(`GS1 日期的月份无效: ${yymmdd.slice(2, 4)}（应为 01–12）`);
  }

  const year = gs1Year(yy, Number(today.slice(0, 4)));
  const lastDay = daysInMonth(year, month);
  if (day > lastDay) throw new RangeError(`GS1 日期的日无效: ${year} 年 ${month} 月没有 ${day} 日`);

  const dd = day === 0 ? lastDay : day;
  return `${year}-${String(month).padStart(2, "0")}-${String(dd).padStart(2, "0")}`;
}

function gs1Year(yy: number, currentYear: number): number {
  const currentYy = currentYear % 100;
  const century = currentYear - currentYy;
  const difference = yy - currentYy;
  if (difference >= 51) return century - 100 + yy;
  if (difference <= -50) return century + 100 + yy;
  return century + yy;
}
