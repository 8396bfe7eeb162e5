import type { Prisma } from "../../generated/prisma/client";

/**
 * The subscribe-message template a tenant chose in WeChat's template library for 到货/降价提醒, and which of
 * its keywords carry what: e.g. { product: "thing1", price: "amount2", expiry: "date3", note: "thing4" }.
 */
export interface DealAlertTemplate {
  templateId: string;
  fields: {
    product: string;
    price: string;
    expiry: string;
    note?: string;
  };
}

export const dealAlertTemplateOf = (value: Prisma.JsonValue | null): DealAlertTemplate | null =>
  value && typeof value === "object" && !Array.isArray(value)
    ? (value as unknown as DealAlertTemplate)
    : null;
