import { BusinessError, type BusinessErrorKind } from "@shelfloop/db";

const STATUS: Record<BusinessErrorKind, number> = {
  BAD_REQUEST: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });

/** Every refusal has one shape: a stable `code` for the till's program and a Chinese `message` for the cashier. */
export const refusal = (status: number, code: string, message: string, field?: string | null) =>
  json(status, { code, message, ...(field ? { field } : {}) });

/** Business refusals become 4xx with their message; anything else is logged and a bare 500. */
export function errorResponse(error: unknown): Response {
  if (error instanceof BusinessError)
    return refusal(STATUS[error.kind], error.kind, error.message, error.field);
  console.error("POS open API failed:", error);
  return refusal(500, "INTERNAL", "服务器内部错误，请稍后重试");
}
