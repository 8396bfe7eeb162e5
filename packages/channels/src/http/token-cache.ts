import type { ChannelFailure } from "./failure";

/** Fetch a new token this long before the platform's expiry, so no call goes out with one about to lapse. */
export const TOKEN_MARGIN_MS = 5 * 60 * 1000;

export type TokenResult = { ok: true; accessToken: string } | ChannelFailure;
export type FetchedToken = { ok: true; accessToken: string; expiresAt: number } | ChannelFailure;

/**
 * A platform access token (Youzan, WeChat), cached until shortly before it expires. Concurrent callers
 * share one request; a token the platform refused is dropped with `invalidate`.
 */
export class AccessTokenCache {
  private cached: { accessToken: string; refreshAt: number } | undefined;
  private pending: Promise<TokenResult> | undefined;

  constructor(
    private readonly fetchToken: () => Promise<FetchedToken>,
    private readonly now: () => number,
  ) {}

  get(): Promise<TokenResult> {
    if (this.cached && this.now() < this.cached.refreshAt) {
      return Promise.resolve({ ok: true, accessToken: this.cached.accessToken });
    }
    this.pending ??= this.refresh().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** Drops `accessToken` after the platform refused it, unless a newer one has already replaced it. */
  invalidate(accessToken: string): void {
    if (this.cached?.accessToken === accessToken) this.cached = undefined;
  }

  private async refresh(): Promise<TokenResult> {
    const fetched = await this.fetchToken();
    if (!fetched.ok) return fetched;
    this.cached = { accessToken: fetched.accessToken, refreshAt: fetched.expiresAt - TOKEN_MARGIN_MS };
    return { ok: true, accessToken: fetched.accessToken };
  }
}
