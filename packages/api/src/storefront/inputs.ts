import { z } from "zod";

/** Postgres text cannot hold U+0000: such a string is malformed input (400), not a database failure. */
const text = () => z.string().refine((value) => !value.includes("\u0000"), "包含无效字符（U+0000）");

export const clearanceQuery = z.object({
  sort: z.enum(["discount", "expiry"]).default("discount"),
  store: z.uuid().optional(),
  category: text().trim().min(1).max(100).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});

export const quoteBody = z.object({
  lines: z
    .array(z.object({ productId: z.uuid(), quantity: z.number().int().min(1).max(999) }))
    .min(1)
    .max(100),
  coupons: z.array(text().trim().min(1).max(64)).max(10).default([]),
  /** Redemption happens at checkout (the POS or order path); a quote only validates. */
  redeem: z.literal(false).optional(),
});

export const sessionBody = z.object({ code: text().trim().min(1).max(256) });
export const devSessionBody = z.object({ openid: text().trim().min(1).max(128) });
export const claimBody = z.object({ promotionId: z.uuid() });
export const batchId = z.uuid();
export const dealAlertBody = z.object({
  /** Null or absent: any product of the store going on clearance. */
  productId: z.uuid().nullish(),
  templateId: z.string().trim().min(1).max(128),
});
