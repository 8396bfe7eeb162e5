const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timezone: string): Intl.DateTimeFormat {
  let format = formats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      hourCycle: "h23",
    });
    formats.set(timezone, format);
  }
  return format;
}

/** The hour `at` falls in, as "YYYY-MM-DDTHH" on the wall clock of `timezone` (an IANA name). */
export function hourIn(timezone: string, at: Date): string {
  const parts: Record<string, string> = {};
  for (const part of formatFor(timezone).formatToParts(at)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}`;
}
