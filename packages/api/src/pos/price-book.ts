import { posPriceBook } from "@shelfloop/db";
import { authenticate, type PosHandlerDeps } from "./authenticate";
import { errorResponse, json, refusal } from "./respond";

/** GET /api/pos/v1/pricebook[?since=VERSION]: the whole book, or the delta after VERSION. */
export async function handlePosPriceBook(request: Request, deps: PosHandlerDeps): Promise<Response> {
  const auth = await authenticate(request, deps);
  if ("refused" in auth) return auth.refused;
  const sinceText = auth.url.searchParams.get("since");
  if (sinceText !== null && !/^\d{1,9}$/.test(sinceText))
    return refusal(400, "BAD_REQUEST", "since 应为价目表版本号（非负整数）", "since");
  try {
    return json(200, await posPriceBook(deps.db, auth.caller, sinceText === null ? null : Number(sinceText)));
  } catch (error) {
    return errorResponse(error);
  }
}
