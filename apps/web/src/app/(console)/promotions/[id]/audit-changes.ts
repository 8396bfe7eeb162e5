import { describePromotionTerms, type PromotionTerms } from "@shelfloop/core";
import { formatDateTime, messages } from "~/i18n";

export interface AuditChange {
  label: string;
  before: string;
  after: string;
}

/** What turns stored values into the merchant's words: the tenant's clock and tier names. */
export interface AuditContext {
  timeZone: string;
  tierNames: Record<string, string>;
}

const statusNames: Record<string, string> = messages.promotionStatuses;
const fieldLabels: Record<string, string> = messages.promotion.auditFields;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
// Instants reach the audit log as JSON, i.e. ISO strings.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const MAX_TEXT = 40;
// Ids (decidedById, supersededById…) say nothing to a merchant; the actor column names who decided.
const shown = (field: string) => !field.endsWith("Id");

function valueText(field: string, value: unknown, context: AuditContext): string {
  if (value === null || value === undefined || value === "") return "—";
  if (field === "status" && typeof value === "string") return statusNames[value] ?? value;
  if (field === "tier" && typeof value === "string") return context.tierNames[value] ?? value;
  if (field === "terms" && isRecord(value) && typeof value.type === "string")
    return describePromotionTerms(value as unknown as PromotionTerms);
  if (field === "rule" && isRecord(value) && typeof value.name === "string")
    return `${value.name} · v${String(value.version)}`;
  if (typeof value === "string" && ISO_INSTANT.test(value))
    return formatDateTime(new Date(value), context.timeZone);
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/**
 * What an audit entry changed, field by field as the merchant reads it ("状态：待审批 → 进行中"):
 * only fields whose value differs (absent and null alike), instants on the tenant's clock, statuses,
 * tiers, terms and the rule by name, anything else cut short.
 */
export function auditChanges(before: unknown, after: unknown, context: AuditContext): AuditChange[] {
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  const same = (field: string) => JSON.stringify(from[field] ?? null) === JSON.stringify(to[field] ?? null);
  return [...new Set([...Object.keys(from), ...Object.keys(to)])]
    .filter((field) => shown(field) && !same(field))
    .map((field) => ({
      label: fieldLabels[field] ?? field,
      before: valueText(field, from[field], context),
      after: valueText(field, to[field], context),
    }));
}
