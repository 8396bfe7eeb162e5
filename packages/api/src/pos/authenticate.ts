import { authenticatePosRequest, type Database, type PosCaller } from "@shelfloop/db";
import { refusal } from "./respond";

/** A sale of 200 lines is a few kilobytes; anything near this is not a till talking. */
const MAX_BODY_BYTES = 256 * 1024;

export interface PosHandlerDeps {
  db: Database;
  now?: () => Date;
}

/**
 * Reads the body once and checks the signature over the path and query exactly as requested: the
 * caller, and the body text the handler must parse (never a re-serialization), or the 401 to answer.
 */
export async function authenticate(
  request: Request,
  deps: PosHandlerDeps,
): Promise<{ caller: PosCaller; body: string; url: URL } | { refused: Response }> {
  const url = new URL(request.url);
  const tooLarge = { refused: refusal(413, "BODY_TOO_LARGE", "请求体过大（上限 256 KB）") };
  // The declared length refuses early; the read length catches a client that declared none.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return tooLarge;
  const body = await request.text();
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) return tooLarge;
  const result = await authenticatePosRequest(deps.db, {
    method: request.method,
    path: `${url.pathname}${url.search}`,
    headers: request.headers,
    body,
    now: deps.now?.() ?? new Date(),
  });
  if (!result.ok) return { refused: refusal(result.status, result.code, result.message) };
  return { caller: result.caller, body, url };
}
