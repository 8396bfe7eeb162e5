import { randomBytes } from "node:crypto";
import { parseJsonObject } from "../http/request";
import { fieldType } from "../wechat/subscribe-message";
import type { FakeReply, FakeRequest } from "./fake-http";
import type { FakeWeChatOptions, WeChatSentMessage } from "./fake-wechat";

const LIMITS: Record<string, (value: string) => boolean> = {
  thing: (v) => [...v].length <= 20,
  phrase: (v) => [...v].length <= 5 && /^\p{Script=Han}+$/u.test(v),
  amount: (v) => /^[¥￥]?\d{1,10}(\.\d{1,2})?元?$/.test(v),
  date: (v) => /^\d{4}年\d{1,2}月\d{1,2}日( \d{1,2}:\d{2})?$|^\d{4}-\d{2}-\d{2}$/.test(v),
  character_string: (v) => v.length <= 32,
  number: (v) => v.length <= 32,
};

const STATES = ["formal", "trial", "developer"];

/**
 * WeChat's stable_token and subscribe/send: tokens last 7200 s; one accepted subscription allows one message
 * (else 43101); 40037 unknown template; 47003 data that breaks a keyword's rule or misses one; 40003 unknown
 * openid shape; 40001 a revoked token.
 */
export function fakeSubscribeMessaging(options: Pick<FakeWeChatOptions, "appId" | "secret" | "templates">) {
  const tokens = new Set<string>();
  const allowances = new Map<string, number>();
  const messages: WeChatSentMessage[] = [];
  const answers: number[] = [];
  const allowanceKey = (openid: string, templateId: string) => `${openid}\u0000${templateId}`;
  const err = (errcode: number, errmsg: string): FakeReply => {
    answers.push(errcode);
    return { status: 200, json: { errcode, errmsg: `${errmsg} rid: ${randomBytes(6).toString("hex")}` } };
  };

  function token(body: Record<string, unknown>): FakeReply {
    if (body.grant_type !== "client_credential")
      return { status: 200, json: { errcode: 40002, errmsg: "invalid grant_type" } };
    if (body.appid !== options.appId)
      return { status: 200, json: { errcode: 40013, errmsg: "invalid appid" } };
    if (body.secret !== options.secret)
      return { status: 200, json: { errcode: 40125, errmsg: "invalid appsecret" } };
    const accessToken = randomBytes(24).toString("hex");
    tokens.add(accessToken);
    return { status: 200, json: { access_token: accessToken, expires_in: 7200 } };
  }

  function send(accessToken: string | null, body: Record<string, unknown>): FakeReply {
    if (!accessToken || !tokens.has(accessToken))
      return err(40001, "invalid credential, access_token is invalid or not latest");
    const { touser, template_id: templateId, page, miniprogram_state: state = "formal" } = body;
    if (typeof touser !== "string" || !/^[\w-]{6,64}$/.test(touser)) return err(40003, "invalid openid");
    const keys = typeof templateId === "string" ? options.templates?.[templateId] : undefined;
    if (!keys || typeof templateId !== "string") return err(40037, "invalid template_id");
    if (typeof page !== "string" || !page.startsWith("pages/")) return err(41030, "invalid page");
    if (typeof state !== "string" || !STATES.includes(state))
      return err(47003, "argument invalid! miniprogram_state");
    const data = (body.data ?? {}) as Record<string, { value?: unknown }>;
    const values: Record<string, string> = {};
    for (const key of keys) {
      const value = data[key]?.value;
      const rule = LIMITS[fieldType(key)];
      if (typeof value !== "string" || value === "" || (rule && !rule(value))) {
        return err(47003, `argument invalid! data.${key}.value invalid`);
      }
      values[key] = value;
    }
    const allowance = allowances.get(allowanceKey(touser, templateId)) ?? 0;
    if (allowance < 1) return err(43101, "user refuse to accept the msg");
    allowances.set(allowanceKey(touser, templateId), allowance - 1);
    messages.push({ touser, templateId, page, state, data: values });
    answers.push(0);
    return { status: 200, json: { errcode: 0, errmsg: "ok" } };
  }

  return {
    messages,
    answers,
    handle({ url, body }: FakeRequest): FakeReply | null {
      const json = parseJsonObject(body.toString("utf8")) ?? {};
      if (url.pathname === "/cgi-bin/stable_token") return token(json);
      if (url.pathname === "/cgi-bin/message/subscribe/send")
        return send(url.searchParams.get("access_token"), json);
      return null;
    },
    subscribe(openid: string, templateId: string) {
      const key = allowanceKey(openid, templateId);
      allowances.set(key, (allowances.get(key) ?? 0) + 1);
    },
    expireTokens() {
      tokens.clear();
    },
    reset() {
      tokens.clear();
      allowances.clear();
      messages.length = 0;
      answers.length = 0;
    },
  };
}
