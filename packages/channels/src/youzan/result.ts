import {
  badResponseFailure,
  type ChannelFailure,
  channelFailure as fail,
  httpStatusFailure,
  transportFailure,
} from "../http/failure";
import { type HttpOutcome, parseJsonObject, readCode } from "../http/request";

const YOUZAN = "有赞";

/**
 * Gateway codes that mean "this access_token is no good": 4201 invalid (also: the shop revoked the
 * authorization), 4202 expired, 4203 unknown. Worth one fresh token before giving up.
 */
export const YOUZAN_TOKEN_ERRORS: ReadonlySet<number | string> = new Set([4201, 4202, 4203]);

/** The gateway's 4101 and the business layer's two rate-limit codes. */
const RATE_LIMITED = new Set([4101, 500100004, 123000042]);

const TOO_FAST = "有赞接口调用太频繁，稍后自动重试";

export type YouzanCallResult = { ok: true; data: unknown } | ChannelFailure;

/**
 * Youzan answers HTTP 200 in three shapes: the gateway's `{ gw_err_resp: { err_code, err_msg } }`, the
 * business layer's `{ success, code, message, data }` (code 200 on success) and, on some 3.0.0 APIs, the
 * old `{ response }` / `{ error_response: { code, msg } }`. A success may still carry
 * `data.is_success: false`.
 */
export function readYouzanReply(text: string): YouzanCallResult {
  const reply = parseJsonObject(text);
  if (!reply) return badResponseFailure(YOUZAN, text);
  const gateway = asObject(reply.gw_err_resp);
  if (gateway) return classifyYouzanError(readCode(gateway.err_code), gateway.err_msg);
  const old = asObject(reply.error_response);
  if (old) return classifyYouzanError(readCode(old.code), old.msg);
  const code = readCode(reply.code);
  const succeeded = reply.success === true || code === 200 || "response" in reply;
  if (!succeeded) {
    return reply.success === false || code !== undefined
      ? classifyYouzanError(code, reply.message)
      : badResponseFailure(YOUZAN, text);
  }
  const data = reply.data ?? reply.response ?? null;
  if (asObject(data)?.is_success === false)
    return fail(
      false,
      "NOT_SUCCESS",
      text.slice(0, 500),
      "有赞未确认本次修改（is_success=false），请在有赞后台核对",
    );
  return { ok: true, data };
}

/**
 * Anything but an HTTP 200. Youzan answers 200 even for gateway errors, so this only sees timeouts,
 * network errors, proxies and outages.
 */
export function youzanTransportFailure(outcome: HttpOutcome): ChannelFailure {
  if (outcome.kind !== "response") return transportFailure(YOUZAN, outcome);
  return httpStatusFailure(YOUZAN, outcome.status, outcome.text, {
    rateLimited: TOO_FAST,
    rejected: `有赞拒绝了请求（HTTP ${outcome.status}），请检查有赞接口地址`,
  });
}

export function classifyYouzanError(code: number | undefined, said: unknown): ChannelFailure {
  const message = typeof said === "string" ? said : "";
  const c = code ?? "UNKNOWN";
  if (code !== undefined && RATE_LIMITED.has(code)) return fail(true, code, message, TOO_FAST);
  switch (code) {
    case 4201:
    case 4203:
      return fail(false, code, message, "有赞授权无效，店铺可能已取消授权，请在有赞云重新授权");
    case 4202:
      return fail(true, code, message, "有赞授权已过期，稍后自动重试");
    case 4204:
      return fail(false, code, message, "有赞云应用没有调用该接口的权限，请在有赞云控制台开通对应能力");
    case 4007:
      return fail(false, code, message, `有赞拒绝了请求（可能是服务器 IP 不在有赞云白名单中）：${message}`);
    case 5001:
      return fail(false, code, message, "有赞认为参数类型不对（系统异常 5001），请联系技术支持");
    case 122001001:
    case 123005001:
      return fail(false, code, message, "有赞商品不存在，请检查商品对应关系");
    case 123004002:
      return fail(false, code, message, "有赞 SKU 不存在，请检查规格对应关系");
    default:
      return fail(false, c, message, `有赞返回错误 ${c}：${message}`);
  }
}

const asObject = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
