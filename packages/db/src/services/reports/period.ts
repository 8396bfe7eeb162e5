import { addDays, type CalendarDate, daysBetween } from "@shelfloop/core";

export interface ReportPeriod {
  from: CalendarDate;
  to: CalendarDate;
  /** Days in the period, both ends included. */
  days: number;
}

/** The period and the one of equal length just before it (for the KPI cards' change). */
export function periodAndPrevious(
  from: CalendarDate,
  to: CalendarDate,
): { current: ReportPeriod; previous: ReportPeriod } {
  const days = daysBetween(from, to) + 1;
  return {
    current: { from, to, days },
    previous: { from: addDays(from, -days), to: addDays(from, -1), days },
  };
}
