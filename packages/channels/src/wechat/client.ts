import {
  badResponseFailure,
  type ChannelFailure,
  httpStatusFailure,
  TRY_AGAIN,
  transportFailure,
} from "../http/failure";
import { parseJsonObject, readCode, sendRequest, trimBaseUrl } from "../http/request";
import { classifyWeChatLoginError } from "./result";

export const WECHAT_BASE_URL = "https://api.weixin.qq.com";
const WECHAT = "微信";
/** A consumer is waiting on the login screen: fail fast rather than after the robots' 10 s. */
const DEFAULT_LOGIN_TIMEOUT_MS = 5_000;

export interface WeChatClientConfig {
  appId: string;
  /** The mini-program's AppSecret. It travels in the query string, as WeChat requires, so never log URLs. */
  secret: string;
  baseUrl?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * A logged-in mini-program user. `sessionKey` decrypts the user's encrypted data (phone number, etc.) and
 * signs it: keep it server-side with the session and never send it to the mini-program or any browser.
 */
export interface WeChatSession {
  ok: true;
  openid: string;
  /** Only when the mini-program is bound to a WeChat Open Platform account. */
  unionid?: string;
  sessionKey: string;
}

export type Code2SessionResult = WeChatSession | ChannelFailure;

export interface WeChatClient {
  /**
   * Exchanges a `wx.login()` code (single use, valid 5 minutes) for the user's openid. Never throws:
   * 45011, -1, HTTP 5xx, timeouts and network errors are retryable; the rest is permanent.
   */
  code2Session(jsCode: string): Promise<Code2SessionResult>;
}

export function createWeChatClient(config: WeChatClientConfig): WeChatClient {
  const base = trimBaseUrl(config.baseUrl ?? WECHAT_BASE_URL);
  const options = {
    timeoutMs: config.timeoutMs ?? DEFAULT_LOGIN_TIMEOUT_MS,
    fetch: config.fetch ?? globalThis.fetch,
  };

  return {
    async code2Session(jsCode) {
      const query = new URLSearchParams({
        appid: config.appId,
        secret: config.secret,
        js_code: jsCode,
        grant_type: "authorization_code",
      });
      const outcome = await sendRequest(`${base}/sns/jscode2session?${query}`, { method: "GET" }, options);
      if (outcome.kind !== "response") return transportFailure(WECHAT, outcome, TRY_AGAIN);
      if (outcome.status !== 200) {
        return httpStatusFailure(WECHAT, outcome.status, outcome.text, {
          rateLimited: "登录请求太频繁，请稍后再试",
          rejected: `微信拒绝了登录请求（HTTP ${outcome.status}），请联系商家`,
          retryHint: TRY_AGAIN,
        });
      }
      return readSession(outcome.text);
    },
  };
}

/** Success carries no errcode (or errcode 0); a failure carries a non-zero errcode and no openid. */
function readSession(text: string): Code2SessionResult {
  const reply = parseJsonObject(text);
  const errcode = readCode(reply?.errcode);
  if (reply && errcode !== undefined && errcode !== 0) {
    return classifyWeChatLoginError(errcode, typeof reply.errmsg === "string" ? reply.errmsg : "");
  }
  const { openid, unionid, session_key: sessionKey } = reply ?? {};
  if (typeof openid !== "string" || openid === "" || typeof sessionKey !== "string" || sessionKey === "") {
    // The body goes to logs: keep a stray session_key out of them.
    const redacted = text.replace(/("session_key"\s*:\s*)"[^"]*"/, '$1"***"');
    return badResponseFailure(WECHAT, redacted, TRY_AGAIN);
  }
  return typeof unionid === "string" && unionid !== ""
    ? { ok: true, openid, unionid, sessionKey }
    : { ok: true, openid, sessionKey };
}
