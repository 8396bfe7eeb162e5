import { type ChannelFailure, channelFailure } from "../http/failure";
import { parseJsonObject, type RequestOptions, readCode, sendRequest } from "../http/request";
import { youzanTransportFailure } from "./result";

/** Fetch a new token this long before Youzan's expiry, so no call goes out with one about to lapse. */
export const YOUZAN_TOKEN_MARGIN_MS = 5 * 60 * 1000;

export interface YouzanCredentials {
  clientId: string;
  clientSecret: string;
  /** The shop's kdt_id, sent as `grant_id`. */
  kdtId: string | number;
}

export type TokenResult = { ok: true; accessToken: string } | ChannelFailure;

/**
 * The 自用型 (silent grant) access token for one shop, cached until shortly before `expires`. Concurrent
 * callers share one request. `refresh: false` returns Youzan's current token rather than minting a new one,
 * so several server instances do not invalidate each other's tokens.
 */
export class YouzanTokenCache {
  private cached: { accessToken: string; refreshAt: number } | undefined;
  private pending: Promise<TokenResult> | undefined;

  constructor(
    private readonly url: string,
    private readonly credentials: YouzanCredentials,
    private readonly options: RequestOptions & { now: () => number },
  ) {}

  get(): Promise<TokenResult> {
    if (this.cached && this.options.now() < this.cached.refreshAt) {
      return Promise.resolve({ ok: true, accessToken: this.cached.accessToken });
    }
    this.pending ??= this.fetchToken().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** Drops `accessToken` after Youzan refused it, unless a newer one has already replaced it. */
  invalidate(accessToken: string): void {
    if (this.cached?.accessToken === accessToken) this.cached = undefined;
  }

  private async fetchToken(): Promise<TokenResult> {
    const { clientId, clientSecret, kdtId } = this.credentials;
    const body = JSON.stringify({
      client_id: clientId,
      client_secret: clientSecret,
      authorize_type: "silent",
      grant_id: String(kdtId),
      refresh: false,
    });
    const headers = { "content-type": "application/json; charset=utf-8" };
    const outcome = await sendRequest(this.url, { method: "POST", headers, body }, this.options);
    if (outcome.kind !== "response" || outcome.status !== 200) return youzanTransportFailure(outcome);
    const reply = parseJsonObject(outcome.text);
    const data = reply?.data as Record<string, unknown> | null | undefined;
    const accessToken = data?.access_token;
    // `expires` is the expiry instant in unix ms (as client libraries for /auth/token read it), not a duration.
    const expires = readCode(data?.expires);
    if (reply?.success === true && typeof accessToken === "string" && accessToken && expires !== undefined) {
      this.cached = { accessToken, refreshAt: expires - YOUZAN_TOKEN_MARGIN_MS };
      return { ok: true, accessToken };
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
}
