import { wallClockIn } from "@shelfloop/core";

/** The hour `at` falls in, as "YYYY-MM-DDTHH" on the wall clock of `timezone` (an IANA name). */
export function hourIn(timezone: string, at: Date): string {
  const { date, hour } = wallClockIn(timezone, at);
  return `${date}T${hour}`;
}
