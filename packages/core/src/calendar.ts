// Calendar dates are plain "YYYY-MM-DD" strings: a batch expires on a date in the tenant's
// timezone, not at an instant, so no Date object (and no UTC shift) ever decides a day count.

export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isCalendarDate(value: string): value is CalendarDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

function toEpochDay(date: CalendarDate): number {
  if (!isCalendarDate(date)) throw new RangeError(`不是有效日期: ${date}`);
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Days in `month` (1–12) of `year` by the Gregorian rules: 2024 has a 29 February, 2023 and 2100 do not. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return new Date((toEpochDay(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * `date` moved by `months` (negative: back), keeping the day of the month, clamped to the target
 * month's last day: 2026-01-31 + 1 month is 2026-02-28, never a date in the month after.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  // Count months from year 0 so the year carry is one integer division.
  const target = year * 12 + (month - 1) + months;
  const targetMonth = (target % 12) + 1;
  const targetYear = (target - (targetMonth - 1)) / 12;
  const clampedDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${String(targetYear).padStart(4, "0")}-${pad(targetMonth)}-${pad(clampedDay)}`;
}

/** The calendar date it is right now in `timeZone` (an IANA name such as Asia/Shanghai). */
export function todayIn(timeZone: string, now: Date = new Date()): CalendarDate {
  // en-CA formats as YYYY-MM-DD; Intl applies the zone's offset and DST rules.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** A @db.Date value as read by Prisma (midnight UTC) back to its calendar date. */
export function calendarDateOf(value: Date): CalendarDate {
  return value.toISOString().slice(0, 10);
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading of `at` in `timeZone`: date "YYYY-MM-DD", hour "HH" (00–23), minute "MM". */
export function wallClockIn(
  timeZone: string,
  at: Date,
): { date: CalendarDate; hour: string; minute: string } {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    wallClockFormats.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(at)) parts[part.type] = part.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: parts.hour ?? "00",
    minute: parts.minute ?? "00",
  };
}
