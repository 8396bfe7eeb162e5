import { recordPosSale } from "@shelfloop/db";
import { z } from "zod";
import { authenticate, type PosHandlerDeps } from "./authenticate";
import { errorResponse, json, refusal } from "./respond";

export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;

const quantity = z.number().int().positive().max(100_000);
const saleBody = z.object({
  lines: z
    .array(
      z.union([
        z.object({ productId: z.uuid(), quantity }).strict(),
        z.object({ gtin: z.string().regex(/^\d{8,14}$/), quantity }).strict(),
      ]),
    )
    .min(1)
    .max(200),
  coupons: z.array(z.string().min(1).max(64)).max(10).optional(),
  customer: z.string().min(1).max(128).optional(),
});

function parseBody(text: string) {
  try {
    return saleBody.safeParse(JSON.parse(text));
  } catch {
    return null;
  }
}

/**
 * POST /api/pos/v1/sales with an Idempotency-Key: records the sale and answers the priced receipt. The
 * same key with the same body answers the stored receipt again (Idempotent-Replayed: true); with
 * another body, 422.
 */
export async function handlePosSale(request: Request, deps: PosHandlerDeps): Promise<Response> {
  const auth = await authenticate(request, deps);
  if ("refused" in auth) return auth.refused;
  const idempotencyKey = request.headers.get(IDEMPOTENCY_KEY_HEADER);
  if (!idempotencyKey || !IDEMPOTENCY_KEY.test(idempotencyKey))
    return refusal(
      400,
      "IDEMPOTENCY_KEY_REQUIRED",
      "请求头 Idempotency-Key 必填：8–128 位字母、数字、- 或 _",
    );
  const parsed = parseBody(auth.body);
  if (!parsed?.success) {
    const issue = parsed?.error.issues[0];
    return refusal(
      400,
      "BAD_REQUEST",
      `请求体格式错误${issue ? `：${issue.path.join(".")} ${issue.message}` : "（不是 JSON）"}`,
    );
  }
  try {
    const outcome = await recordPosSale(deps.db, auth.caller, {
      idempotencyKey,
      rawBody: auth.body,
      sale: parsed.data,
      now: deps.now?.() ?? new Date(),
    });
    if (outcome.kind === "mismatch")
      return refusal(
        422,
        "IDEMPOTENCY_KEY_REUSED",
        "该 Idempotency-Key 已用于另一笔内容不同的销售，请为新销售生成新的 Key",
      );
    return outcome.kind === "replayed"
      ? json(200, outcome.receipt, { "idempotent-replayed": "true" })
      : json(201, outcome.receipt);
  } catch (error) {
    return errorResponse(error);
  }
}
