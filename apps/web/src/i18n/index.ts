import { type Messages, zhCN } from "./zh-CN";

export type { Messages };
export const locale = "zh-CN";

// One locale today; adding English means adding an `en.ts` of type Messages and choosing here.
export const messages: Messages = zhCN;

/** Fills `{name}` placeholders: format("共 {total} 个", { total: 3 }). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    key in values ? String(values[key]) : match,
  );
}

/** An instant as a short date and time on the tenant's clock (not the browser's). */
export function formatDateTime(value: Date, timeZone: string): string {
  return value.toLocaleString(locale, { timeZone, dateStyle: "short", timeStyle: "short" });
}
