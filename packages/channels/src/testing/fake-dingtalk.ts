import { createHmac } from "node:crypto";
import {
  type FakeReply,
  type FakeRequest,
  type FakeServer,
  notFound,
  parseJson,
  platformReply,
  RateWindow,
  startFakeHttp,
} from "./fake-http";

export interface FakeDingTalkRobot {
  accessToken: string;
  /** With a secret, requests must carry a fresh `timestamp` and the matching `sign`. */
  secret?: string;
  /** With keywords, the message must contain one of them (DingTalk's 自定义关键词 security setting). */
  keywords?: string[];
}

export interface FakeDingTalkOptions {
  robots: FakeDingTalkRobot[];
  limitPerMinute?: number;
  /** Fixed port (E2E servers started before the tests); random by default. */
  port?: number;
  /** Clock for the rate limit and the timestamp check. */
  now?: () => number;
}

export interface DingTalkReceived {
  accessToken: string;
  msgtype: string;
  body: Record<string, unknown>;
  /** markdown.title (empty for text messages). */
  title: string;
  /** markdown.text or text.content. */
  text: string;
  atMobiles: string[];
  isAtAll: boolean;
  bytes: number;
}

export type FakeDingTalk = FakeServer<
  DingTalkReceived,
  { accessToken: string | null; errcode: number; errmsg: string }
>;

const MORE = ", more: [https://open.dingtalk.com/document/robots/custom-robot-access]";
const BODY_MAX_BYTES = 20_000;
const TIMESTAMP_WINDOW_MS = 60 * 60 * 1000;

/**
 * A fake DingTalk custom-robot endpoint (`POST /robot/send?access_token=`) with DingTalk's errcodes and
 * wording: 300001 unknown token, 310000 "invalid timestamp" / "sign not match" / "keywords not in
 * content", 460101 body over 20000 bytes, 130101 over the per-minute limit.
 * The sign is recomputed here on its own (not with the client's `dingTalkSign`), so the two check each other.
 */
export async function startFakeDingTalk(options: FakeDingTalkOptions): Promise<FakeDingTalk> {
  const now = options.now ?? Date.now;
  const rate = new RateWindow(options.limitPerMinute ?? 20, now);
  const received: DingTalkReceived[] = [];
  const answers: FakeDingTalk["answers"] = [];

  function handle({ method, url, body }: FakeRequest): FakeReply {
    if (method !== "POST" || url.pathname !== "/robot/send") return notFound;
    const token = url.searchParams.get("access_token");
    const answer = (errcode: number, errmsg: string) => {
      answers.push({ accessToken: token, errcode, errmsg });
      return platformReply(errcode, errmsg);
    };
    const robot = options.robots.find((r) => r.accessToken === token);
    if (!token || !robot) return answer(300001, "token is not exist");
    if (robot.secret) {
      const timestamp = url.searchParams.get("timestamp") ?? "";
      if (!/^\d+$/.test(timestamp) || Math.abs(now() - Number(timestamp)) > TIMESTAMP_WINDOW_MS) {
        return answer(310000, `invalid timestamp${MORE}`);
      }
      // searchParams has already URL-decoded the sign back to base64.
      const expected = createHmac("sha256", robot.secret)
        .update(`${timestamp}\n${robot.secret}`)
        .digest("base64");
      if (url.searchParams.get("sign") !== expected) return answer(310000, `sign not match${MORE}`);
    }
    if (body.length > BODY_MAX_BYTES)
      return answer(460101, `message too long, exceed ${BODY_MAX_BYTES} bytes`);
    const json = parseJson(body);
    if (!json) return answer(40035, "缺少参数 json");
    const message = readMessage(json);
    if (!message) return answer(40035, "缺少参数 msgtype/content");
    const { title, text } = message;
    if (robot.keywords && !robot.keywords.some((k) => title.includes(k) || text.includes(k))) {
      return answer(310000, `keywords not in content${MORE}`);
    }
    if (rate.full(token)) return answer(130101, "send too fast, exceed 20 times per minute");
    rate.record(token);
    const at = (json.at ?? {}) as Record<string, unknown>;
    received.push({
      accessToken: token,
      msgtype: String(json.msgtype),
      body: json,
      title,
      text,
      atMobiles: Array.isArray(at.atMobiles) ? at.atMobiles.map(String) : [],
      isAtAll: at.isAtAll === true,
      bytes: body.length,
    });
    return answer(0, "ok");
  }

  const http = await startFakeHttp(handle, options.port);
  return {
    url: http.url,
    received,
    answers,
    setFault: http.setFault,
    reset() {
      received.length = 0;
      answers.length = 0;
      rate.clear();
      http.setFault(null);
    },
    close: http.close,
  };
}

function readMessage(json: Record<string, unknown>): { title: string; text: string } | undefined {
  if (json.msgtype === "markdown") {
    const md = json.markdown as Record<string, unknown> | undefined;
    if (typeof md?.title !== "string" || typeof md.text !== "string" || md.text === "") return undefined;
    return { title: md.title, text: md.text };
  }
  if (json.msgtype === "text") {
    const content = (json.text as Record<string, unknown> | undefined)?.content;
    return typeof content === "string" && content !== "" ? { title: "", text: content } : undefined;
  }
  return undefined;
}
