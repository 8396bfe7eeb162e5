import { channelFailure } from "../http/failure";
import { parseJsonObject, type RequestOptions, readCode, sendRequest } from "../http/request";
import { AccessTokenCache, type FetchedToken } from "../http/token-cache";
import { youzanTransportFailure } from "./result";

export interface YouzanCredentials {
  clientId: string;
  clientSecret: string;
  /** The shop's kdt_id, sent as `grant_id`. */
  kdtId: string | number;
}

/**
 * The 自用型 (silent grant) access token for one shop. `refresh: false` returns Youzan's current token
 * rather than minting a new one, so several server instances do not invalidate each other's tokens.
 */
async function fetchYouzanToken(
  url: string,
  { clientId, clientSecret, kdtId }: YouzanCredentials,
  options: RequestOptions,
): Promise<FetchedToken> {
  const body = JSON.stringify({
    client_id: clientId,
    client_secret: clientSecret,
    authorize_type: "silent",
    grant_id: String(kdtId),
    refresh: false,
  });
  const headers = { "content-type": "application/json; charset=utf-8" };
  const outcome = await sendRequest(url, { method: "POST", headers, body }, options);
  if (outcome.kind !== "response" || outcome.status !== 200) return youzanTransportFailure(outcome);
  const reply = parseJsonObject(outcome.text);
  const data = reply?.data as Record<string, unknown> | null | undefined;
  const accessToken = data?.access_token;
  // `expires` is the expiry instant in unix ms (as client libraries for /auth/token read it), not a duration.
  const expiresAt = readCode(data?.expires);
  if (reply?.success === true && typeof accessToken === "string" && accessToken && expiresAt !== undefined) {
    return { ok: true, accessToken, expiresAt };
  }
  const code = readCode(reply?.code) ?? "BAD_RESPONSE";
  const said = typeof reply?.message === "string" ? reply.message : outcome.text.slice(0, 500);
  // Token errors (1000 wrong secret, 1103 unknown client or grant…) need the merchant or us to fix config.
  return channelFailure(
    false,
    code,
    said,
    `有赞授权失败（${code}：${said}），请检查有赞云应用的 client_id、client_secret 和店铺授权`,
  );
}

export const youzanTokenCache = (
  url: string,
  credentials: YouzanCredentials,
  options: RequestOptions & { now: () => number },
) => new AccessTokenCache(() => fetchYouzanToken(url, credentials, options), options.now);
