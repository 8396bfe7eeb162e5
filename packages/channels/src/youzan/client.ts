import { channelFailure } from "../http/failure";
import { sendRequest, trimBaseUrl } from "../http/request";
import {
  readYouzanReply,
  YOUZAN_TOKEN_ERRORS,
  type YouzanCallResult,
  youzanTransportFailure,
} from "./result";
import { skuPriceUpdateParams, validSkuPrice, YOUZAN_SKU_UPDATE, type YouzanSkuPrice } from "./sku-price";
import { type YouzanCredentials, youzanTokenCache } from "./token";

export const YOUZAN_BASE_URL = "https://open.youzanyun.com";
const DEFAULT_TIMEOUT_MS = 10_000;

export interface YouzanClientConfig extends YouzanCredentials {
  baseUrl?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Clock for the token's expiry. */
  now?: () => number;
}

export interface YouzanClient {
  /**
   * `POST /api/{api}/{version}?access_token=…` with a JSON body. Never throws. If Youzan refuses the
   * token (4201/4202/4203), fetches a fresh one and tries once more.
   */
  invoke(api: string, version: string, params: unknown): Promise<YouzanCallResult>;
  /** Sets one SKU's price (see skuPriceUpdateParams for the field mapping). */
  updateSkuPrice(price: YouzanSkuPrice): Promise<YouzanCallResult>;
}

/** A Youzan client for one shop (one kdt_id): the token is per shop. */
export function createYouzanClient(config: YouzanClientConfig): YouzanClient {
  const base = trimBaseUrl(config.baseUrl ?? YOUZAN_BASE_URL);
  const options = {
    timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    fetch: config.fetch ?? globalThis.fetch,
  };
  const tokens = youzanTokenCache(`${base}/auth/token`, config, {
    ...options,
    now: config.now ?? Date.now,
  });

  async function callOnce(accessToken: string, api: string, version: string, body: string) {
    const url = `${base}/api/${api}/${version}?access_token=${encodeURIComponent(accessToken)}`;
    const headers = { "content-type": "application/json; charset=utf-8" };
    const outcome = await sendRequest(url, { method: "POST", headers, body }, options);
    if (outcome.kind !== "response" || outcome.status !== 200) return youzanTransportFailure(outcome);
    return readYouzanReply(outcome.text);
  }

  const client: YouzanClient = {
    async invoke(api, version, params) {
      const body = JSON.stringify(params);
      const first = await tokens.get();
      if (!first.ok) return first;
      const result = await callOnce(first.accessToken, api, version, body);
      if (result.ok || !YOUZAN_TOKEN_ERRORS.has(result.code)) return result;
      tokens.invalidate(first.accessToken);
      const second = await tokens.get();
      return second.ok ? callOnce(second.accessToken, api, version, body) : second;
    },

    updateSkuPrice(price) {
      if (!validSkuPrice(price)) {
        return Promise.resolve(
          channelFailure(false, "INVALID_INPUT", JSON.stringify(price), "价格或商品编号无效，未提交到有赞"),
        );
      }
      return client.invoke(YOUZAN_SKU_UPDATE.api, YOUZAN_SKU_UPDATE.version, skuPriceUpdateParams(price));
    },
  };
  return client;
}
