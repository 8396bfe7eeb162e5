import { randomBytes } from "node:crypto";
import { type FakeReply, type FakeRequest, type FakeServer, notFound, startFakeHttp } from "./fake-http";
import { fakeSubscribeMessaging } from "./fake-wechat-messages";

export interface FakeWeChatOptions {
  appId: string;
  secret: string;
  /** `wx.login()` codes → openid. Each code works once; using it again answers 40029. */
  codes: Record<string, string>;
  /** openid → unionid, for a mini-program bound to an Open Platform account. */
  unionids?: Record<string, string>;
  /** Codes of users WeChat rates high-risk: 40226. */
  highRiskCodes?: string[];
  /** After this many logins have been answered, every request gets 45011 (until `reset()`). */
  rateLimitAfter?: number;
  /** Fixed port (E2E servers started before the tests); random by default. */
  port?: number;
  /** Subscribe-message templates the mini-program has: template id → its keywords (`thing1`, `amount2`…). */
  templates?: Record<string, string[]>;
}

/** One jscode2session request as it arrived, secret included, so tests can check what was sent. */
export interface WeChatLoginRequest {
  appid: string | null;
  secret: string | null;
  jsCode: string | null;
  grantType: string | null;
}

export interface WeChatLogin {
  jsCode: string;
  openid: string;
  sessionKey: string;
}

/** A subscribe message WeChat accepted (and would have shown the consumer). */
export interface WeChatSentMessage {
  touser: string;
  templateId: string;
  page: string;
  state: string;
  data: Record<string, string>;
}

export interface FakeWeChat extends FakeServer<WeChatLogin, { jsCode: string | null; errcode: number }> {
  /** Every request to /sns/jscode2session, in order, accepted or not. */
  requests: WeChatLoginRequest[];
  /** Subscribe messages accepted, in order. */
  messages: WeChatSentMessage[];
  /** Every subscribe/send answer's errcode, in order. */
  sendAnswers: number[];
  /** The consumer tapped 允许 on `wx.requestSubscribeMessage`: one more message of that template may be sent. */
  subscribe(openid: string, templateId: string): void;
  /** Revokes the access tokens handed out so far (the next send gets 40001). */
  expireTokens(): void;
}

const PARAMS = ["appid", "secret", "js_code", "grant_type"];

/**
 * A fake `GET /sns/jscode2session` with WeChat's errcodes and errmsg style (", rid: …"): 41002/40013 appid,
 * 41004/40125 secret, 40002 grant_type, 41008 missing code, 40097 unexpected parameters, 40029 unknown or
 * used code, 40226 high-risk user, 45011 rate limit. Real WeChat answers 40163 to a reused code; the
 * fake answers 40029, which the client treats the same. Pass `fake.url` as the client's `baseUrl`.
 */
export async function startFakeWeChat(options: FakeWeChatOptions): Promise<FakeWeChat> {
  const used = new Set<string>();
  const received: FakeWeChat["received"] = [];
  const answers: FakeWeChat["answers"] = [];
  const requests: WeChatLoginRequest[] = [];
  let answered = 0;

  const messaging = fakeSubscribeMessaging(options);

  function handle(request: FakeRequest): FakeReply {
    const { method, url } = request;
    if (method === "POST") return messaging.handle(request) ?? notFound;
    if (method !== "GET" || url.pathname !== "/sns/jscode2session") return notFound;
    const q = url.searchParams;
    const jsCode = q.get("js_code");
    requests.push({ appid: q.get("appid"), secret: q.get("secret"), jsCode, grantType: q.get("grant_type") });
    const fail = (errcode: number, errmsg: string): FakeReply => {
      answers.push({ jsCode, errcode });
      return { status: 200, json: { errcode, errmsg: `${errmsg}, rid: ${randomBytes(6).toString("hex")}` } };
    };
    const keys = [...q.keys()];
    if (keys.some((k) => !PARAMS.includes(k)) || new Set(keys).size !== keys.length)
      return fail(40097, "invalid args");
    if (!q.get("appid")) return fail(41002, "appid missing");
    if (q.get("appid") !== options.appId) return fail(40013, "invalid appid");
    if (!q.get("secret")) return fail(41004, "appsecret missing");
    if (q.get("secret") !== options.secret) return fail(40125, "invalid appsecret");
    if (q.get("grant_type") !== "authorization_code") return fail(40002, "invalid grant_type");
    if (!jsCode) return fail(41008, "missing code");
    if (options.rateLimitAfter !== undefined && answered >= options.rateLimitAfter)
      return fail(45011, "api minute-quota reach limit  mustslower  retry next minute");
    answered++;
    const openid = options.codes[jsCode];
    if (openid === undefined || used.has(jsCode)) return fail(40029, "invalid code");
    used.add(jsCode);
    if (options.highRiskCodes?.includes(jsCode)) return fail(40226, "high risk user");
    const sessionKey = randomBytes(16).toString("base64");
    received.push({ jsCode, openid, sessionKey });
    answers.push({ jsCode, errcode: 0 });
    const unionid = options.unionids?.[openid];
    return { status: 200, json: { session_key: sessionKey, openid, ...(unionid ? { unionid } : {}) } };
  }

  const http = await startFakeHttp(handle, options.port);
  return {
    url: http.url,
    received,
    answers,
    requests,
    messages: messaging.messages,
    sendAnswers: messaging.answers,
    subscribe: messaging.subscribe,
    expireTokens: messaging.expireTokens,
    setFault: http.setFault,
    reset() {
      messaging.reset();
      received.length = 0;
      answers.length = 0;
      requests.length = 0;
      used.clear();
      answered = 0;
      http.setFault(null);
    },
    close: http.close,
  };
}
