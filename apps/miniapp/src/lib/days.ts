/** "还剩 N 天" for a clearance item; the last day and the day after read as words. */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft <= 0) return "今天到期";
  if (daysLeft === 1) return "明天到期";
  return `还剩 ${daysLeft} 天`;
}

/** A calendar date "2026-11-30" as 2026年11月30日. */
export function dateText(date: string): string {
  const [y, m, d] = date.split("-");
  return y && m && d ? `${y}年${Number(m)}月${Number(d)}日` : date;
}
