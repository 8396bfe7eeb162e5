import { randomBytes } from "node:crypto";
import {
  type FakeReply,
  type FakeRequest,
  type FakeServer,
  notFound,
  parseJson,
  startFakeHttp,
} from "./fake-http";

export interface FakeYouzanOptions {
  clientId: string;
  clientSecret: string;
  /** kdt_ids (the `grant_id`) the app is authorized for. */
  shops: Array<string | number>;
  /** Token lifetime; Youzan's silent tokens last 7 days. */
  tokenTtlMs?: number;
  /** SKUs that exist; when given, any other answers 123004002. */
  skus?: Array<{ itemId: number; skuId: number }>;
  now?: () => number;
  port?: number;
}

export interface YouzanPriceUpdate {
  kdtId: string;
  itemId: number;
  skuId: number;
  /** As sent: yuan. */
  price: number;
  priceFen: number;
}

/** An error to answer the next API call with: a gateway one (`gw_err_resp`) or a business one. */
export type FakeYouzanError = { gateway: number; message: string } | { code: number; message: string };

export interface FakeYouzan extends FakeServer<YouzanPriceUpdate, { path: string; code: number }> {
  /** Bodies of the token requests, in order. */
  tokenRequests: Record<string, unknown>[];
  /** Expire every token issued so far, as Youzan may before the client expects: the next call gets 4202. */
  expireTokens(): void;
  /** Answer the next API calls (after the token check) with these errors, one each, in order. */
  failNext(...errors: FakeYouzanError[]): void;
}

const API_PATH = /^\/api\/([a-z][a-z0-9._]*)\/(\d+\.\d+\.\d+)$/;
const SEVEN_DAYS_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * A fake open.youzanyun.com: `POST /auth/token` (silent grant: 1103 unknown client or shop, 1000 wrong
 * secret or parameters) and `POST /api/youzan.item.sku.update/3.0.0?access_token=` with the gateway's
 * `gw_err_resp` (4001 path, 4005 API, 4004 body, 4201 no token, 4203 unknown token, 4202 expired, 5001
 * wrong parameter types) and business answers (123004002 unknown SKU). Everything is HTTP 200, as on Youzan.
 */
export async function startFakeYouzan(options: FakeYouzanOptions): Promise<FakeYouzan> {
  const now = options.now ?? Date.now;
  const shops = options.shops.map(String);
  const tokens = new Map<string, { kdtId: string; expiresAt: number }>();
  const received: YouzanPriceUpdate[] = [];
  const answers: FakeYouzan["answers"] = [];
  const tokenRequests: Record<string, unknown>[] = [];
  const queued: FakeYouzanError[] = [];

  function issueToken(body: Record<string, unknown> | undefined): FakeReply {
    tokenRequests.push(body ?? {});
    const refuse = (code: number, message: string) => {
      answers.push({ path: "/auth/token", code });
      return { status: 200, json: { success: false, code, data: null, message } };
    };
    if (!body) return refuse(1000, "参数错误");
    if (body.client_id !== options.clientId) return refuse(1103, "Client 不存在");
    if (body.client_secret !== options.clientSecret) return refuse(1000, "client_secret 不正确");
    if (body.authorize_type !== "silent") return refuse(1000, "authorize_type 不支持");
    const kdtId = String(body.grant_id ?? "");
    if (!shops.includes(kdtId)) return refuse(1103, "授权关系不存在");
    const accessToken = `yz-${randomBytes(12).toString("hex")}`;
    const expires = now() + (options.tokenTtlMs ?? SEVEN_DAYS_MS);
    tokens.set(accessToken, { kdtId, expiresAt: expires });
    answers.push({ path: "/auth/token", code: 200 });
    return {
      status: 200,
      json: {
        success: true,
        code: 200,
        message: "success",
        data: { access_token: accessToken, expires, scope: "", authority_id: kdtId },
      },
    };
  }

  function api({ url, body }: FakeRequest): FakeReply {
    const path = url.pathname;
    const gateway = (errCode: number, errMsg: string): FakeReply => {
      answers.push({ path, code: errCode });
      return {
        status: 200,
        json: { gw_err_resp: { trace_id: traceId(), err_msg: errMsg, err_code: errCode } },
      };
    };
    const business = (code: number, message: string): FakeReply => {
      answers.push({ path, code });
      return { status: 200, json: { trace_id: traceId(), code, data: null, success: false, message } };
    };
    const match = API_PATH.exec(path);
    if (!match) return gateway(4001, "非法请求地址");
    if (`${match[1]}/${match[2]}` !== "youzan.item.sku.update/3.0.0") return gateway(4005, "非法的API");
    const accessToken = url.searchParams.get("access_token");
    if (!accessToken) return gateway(4201, "非法的请求凭证");
    const token = tokens.get(accessToken);
    if (!token) return gateway(4203, "Token 不存在");
    if (token.expiresAt <= now()) return gateway(4202, "请求凭证过期");
    const injected = queued.shift();
    if (injected) {
      return "gateway" in injected
        ? gateway(injected.gateway, injected.message)
        : business(injected.code, injected.message);
    }
    const params = parseJson(body);
    if (!params) return gateway(4004, "非法的Content");
    const { item_id: itemId, sku_id: skuId, price } = params;
    if (!Number.isSafeInteger(itemId) || !Number.isSafeInteger(skuId) || typeof price !== "number")
      return gateway(5001, "系统异常");
    if (options.skus && !options.skus.some((s) => s.itemId === itemId && s.skuId === skuId))
      return business(123004002, "SKU 不存在");
    received.push({
      kdtId: token.kdtId,
      itemId: itemId as number,
      skuId: skuId as number,
      price,
      priceFen: Math.round(price * 100),
    });
    answers.push({ path, code: 200 });
    return {
      status: 200,
      json: {
        trace_id: traceId(),
        code: 200,
        success: true,
        message: "successful",
        data: { is_success: true },
      },
    };
  }

  function handle(request: FakeRequest): FakeReply {
    if (request.method !== "POST") return notFound;
    if (request.url.pathname === "/auth/token") return issueToken(parseJson(request.body));
    return api(request);
  }

  const http = await startFakeHttp(handle, options.port);
  return {
    url: http.url,
    received,
    answers,
    tokenRequests,
    expireTokens() {
      for (const token of tokens.values()) token.expiresAt = Math.min(token.expiresAt, now());
    },
    failNext(...errors) {
      queued.push(...errors);
    },
    reset() {
      received.length = 0;
      answers.length = 0;
      tokenRequests.length = 0;
      queued.length = 0;
      tokens.clear();
      http.setFault(null);
    },
    setFault: http.setFault,
    close: http.close,
  };
}

const traceId = () => `yz7-fake-${randomBytes(6).toString("hex")}`;
