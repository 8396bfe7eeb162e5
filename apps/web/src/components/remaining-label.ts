import { format, messages } from "~/i18n";

const t = messages.batches;

/** Days of shelf life left as the merchant reads them: "12 天", "今天到期", "过期 3 天". */
export function remainingLabel(days: number): string {
  if (days < 0) return format(t.expiredDays, { days: -days });
  if (days === 0) return t.expiresToday;
  return format(t.remainingDays, { days });
}
