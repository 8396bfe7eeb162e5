import {
  badResponseFailure,
  type ChannelFailure,
  channelFailure as fail,
  httpStatusFailure,
  transportFailure,
} from "../http/failure";
import { parseJsonObject, readCode, sendRequest, trimBaseUrl } from "../http/request";
import { AccessTokenCache, type FetchedToken } from "../http/token-cache";
import { WECHAT_BASE_URL, type WeChatClientConfig } from "./client";

const WECHAT = "微信";
const DEFAULT_TIMEOUT_MS = 10_000;

/** WeChat's limits per template keyword type (the keyword's name says its type: thing1, amount2…). */
const FIELD_LIMITS: Record<string, number> = {
  thing: 20,
  phrase: 5,
  character_string: 32,
  number: 32,
  letter: 32,
  name: 10,
};

/** Names a template keyword may have: a type and its position, e.g. `thing1`, `amount2`, `date3`. */
export const SUBSCRIBE_FIELD_KEY =
  /^(thing|amount|date|time|phrase|character_string|number|letter|name)\d{1,2}$/;

/** The keyword's type: `thing` for `thing1`. */
export const fieldType = (key: string) => key.replace(/\d+$/, "");

/** A value cut to its keyword's limit in characters (code points), ending "…" when it was cut. */
export function fitField(key: string, value: string): string {
  const limit = FIELD_LIMITS[fieldType(key)];
  const chars = [...value.trim()];
  if (limit === undefined || chars.length <= limit) return chars.join("");
  // A phrase is 5 Chinese characters at most: no room for an ellipsis.
  return fieldType(key) === "phrase"
    ? chars.slice(0, limit).join("")
    : `${chars.slice(0, limit - 1).join("")}…`;
}

/** `miniprogram_state`: which version of the mini-program the message opens. */
export type MiniprogramState = "formal" | "trial" | "developer";

export interface SubscribeMessage {
  /** The consumer's openid. */
  touser: string;
  templateId: string;
  /** The mini-program page the message opens, with its query, e.g. `pages/item/index?id=…`. */
  page: string;
  /** Keyword → value; values are fitted to their keyword's limit here. */
  data: Record<string, string>;
  state?: MiniprogramState;
}

export type SubscribeSendResult = { ok: true } | ChannelFailure;

export interface WeChatMessenger {
  /**
   * `POST /cgi-bin/message/subscribe/send`. Never throws. A refused access token (40001, 42001) is
   * fetched again once; 43101 (the consumer's subscription is used up or withdrawn) is permanent.
   */
  sendSubscribeMessage(message: SubscribeMessage): Promise<SubscribeSendResult>;
}

const TOKEN_REFUSED = new Set([40001, 40014, 42001]);

/** Errcodes of the send call and of the access-token call, in plain Chinese for the merchant. */
export function classifyWeChatSendError(errcode: number, errmsg: string): ChannelFailure {
  switch (errcode) {
    case 43101:
      return fail(false, errcode, errmsg, "顾客未订阅或订阅次数已用完，未发送");
    case 40003:
      return fail(false, errcode, errmsg, "顾客的 openid 无效，未发送");
    case 40037:
      return fail(false, errcode, errmsg, "订阅消息模板 ID 无效，请在小程序设置中检查");
    case 47003:
      return fail(false, errcode, errmsg, "订阅消息内容不符合模板字段要求，请在小程序设置中检查字段");
    case 41030:
      return fail(false, errcode, errmsg, "消息跳转的小程序页面不存在（请确认小程序已发布）");
    case 40013:
    case 40125:
      return fail(false, errcode, errmsg, "小程序 AppID 或 AppSecret 有误，请检查配置");
    case 40164:
      return fail(false, errcode, errmsg, "服务器 IP 不在小程序的白名单中，请在微信后台添加");
    case 45009:
    case -1:
      return fail(true, errcode, errmsg, "微信繁忙或调用太频繁，稍后自动重试");
    default:
      return fail(false, errcode, errmsg, `微信拒绝了订阅消息（错误 ${errcode}：${errmsg}）`);
  }
}

type Reply = { ok: true; body: Record<string, unknown> } | ChannelFailure;

/** A WeChat server-API answer: HTTP 200 with `errcode` 0 (or none) on success. */
function readReply(outcome: Awaited<ReturnType<typeof sendRequest>>): Reply {
  if (outcome.kind !== "response") return transportFailure(WECHAT, outcome);
  if (outcome.status !== 200) {
    return httpStatusFailure(WECHAT, outcome.status, outcome.text, {
      rateLimited: "微信调用太频繁，稍后自动重试",
      rejected: `微信拒绝了请求（HTTP ${outcome.status}）`,
    });
  }
  const body = parseJsonObject(outcome.text);
  if (!body) return badResponseFailure(WECHAT, outcome.text);
  const errcode = readCode(body.errcode);
  if (errcode !== undefined && errcode !== 0) {
    return classifyWeChatSendError(errcode, typeof body.errmsg === "string" ? body.errmsg : "");
  }
  return { ok: true, body };
}

export function createWeChatMessenger(config: WeChatClientConfig & { now?: () => number }): WeChatMessenger {
  const base = trimBaseUrl(config.baseUrl ?? WECHAT_BASE_URL);
  const options = {
    timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    fetch: config.fetch ?? globalThis.fetch,
  };
  const now = config.now ?? Date.now;
  const postJson = (url: string, body: unknown) =>
    sendRequest(
      url,
      { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
      options,
    );

  // The stable token: several servers asking for it get the same token instead of revoking each other's.
  const tokens = new AccessTokenCache(async (): Promise<FetchedToken> => {
    const reply = readReply(
      await postJson(`${base}/cgi-bin/stable_token`, {
        grant_type: "client_credential",
        appid: config.appId,
        secret: config.secret,
        force_refresh: false,
      }),
    );
    if (!reply.ok) return reply;
    const accessToken = reply.body.access_token;
    const expiresIn = readCode(reply.body.expires_in);
    if (typeof accessToken !== "string" || !accessToken || expiresIn === undefined) {
      return badResponseFailure(WECHAT, "stable_token answer without access_token");
    }
    return { ok: true, accessToken, expiresAt: now() + expiresIn * 1000 };
  }, now);

  async function sendOnce(accessToken: string, message: SubscribeMessage): Promise<SubscribeSendResult> {
    const data = Object.fromEntries(
      Object.entries(message.data).map(([key, value]) => [key, { value: fitField(key, value) }]),
    );
    const reply = readReply(
      await postJson(
        `${base}/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(accessToken)}`,
        {
          touser: message.touser,
          template_id: message.templateId,
          page: message.page,
          miniprogram_state: message.state ?? "formal",
          lang: "zh_CN",
          data,
        },
      ),
    );
    return reply.ok ? { ok: true } : reply;
  }

  return {
    async sendSubscribeMessage(message) {
      const first = await tokens.get();
      if (!first.ok) return first;
      const result = await sendOnce(first.accessToken, message);
      if (result.ok || !TOKEN_REFUSED.has(Number(result.code))) return result;
      tokens.invalidate(first.accessToken);
      const second = await tokens.get();
      return second.ok ? sendOnce(second.accessToken, message) : second;
    },
  };
}
