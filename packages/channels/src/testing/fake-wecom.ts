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

export interface FakeWeComOptions {
  /** Webhook keys that exist; any other key answers 93000. */
  keys: string[];
  /** Messages per minute per robot; WeCom's is 20. */
  limitPerMinute?: number;
  /** Clock for the rate limit, so tests can move past a minute. */
  now?: () => number;
}

export interface WeComReceived {
  key: string;
  msgtype: "text" | "markdown";
  /** The parsed request body as sent. */
  body: Record<string, unknown>;
  /** `text.content` or `markdown.content`. */
  content: string;
  mentionedMobileList: string[];
  bytes: number;
}

export type FakeWeCom = FakeServer<WeComReceived, { key: string | null; errcode: number; errmsg: string }>;

const HINT = ", hint: [fake], more info at https://open.work.weixin.qq.com/devtool/query";
const LIMITS = { text: 2048, markdown: 4096 } as const;

/**
 * A fake WeCom webhook endpoint (`POST /cgi-bin/webhook/send?key=`) with WeCom's errcodes and wording:
 * 93000 unknown key, 45009 over the per-minute limit, 40058 content over its byte limit, 40008 unknown
 * msgtype, 44004 empty content. Pass `fake.url` as the robot's `baseUrl`.
 */
export async function startFakeWeCom(options: FakeWeComOptions): Promise<FakeWeCom> {
  const now = options.now ?? Date.now;
  const rate = new RateWindow(options.limitPerMinute ?? 20, now);
  const received: WeComReceived[] = [];
  const answers: FakeWeCom["answers"] = [];

  function handle({ method, url, body }: FakeRequest): FakeReply {
    if (method !== "POST" || url.pathname !== "/cgi-bin/webhook/send") return notFound;
    const key = url.searchParams.get("key");
    const answer = (errcode: number, errmsg: string) => {
      answers.push({ key, errcode, errmsg });
      return platformReply(errcode, errcode === 0 ? errmsg : errmsg + HINT);
    };
    if (!key || !options.keys.includes(key)) return answer(93000, "invalid webhook url");
    const json = parseJson(body);
    if (!json) return answer(40035, "invalid json");
    const msgtype = json.msgtype;
    if (msgtype !== "text" && msgtype !== "markdown") return answer(40008, "invalid message type");
    const part = json[msgtype] as Record<string, unknown> | undefined;
    const content = part?.content;
    if (typeof content !== "string" || content === "") return answer(44004, "empty content");
    const bytes = Buffer.byteLength(content, "utf8");
    if (bytes > LIMITS[msgtype]) {
      return answer(40058, `${msgtype}.content exceed max length ${LIMITS[msgtype]}`);
    }
    if (rate.full(key)) return answer(45009, "api freq out of limit");
    rate.record(key);
    const mobiles = part?.mentioned_mobile_list;
    received.push({
      key,
      msgtype,
      body: json,
      content,
      mentionedMobileList: Array.isArray(mobiles) ? mobiles.map(String) : [],
      bytes,
    });
    return answer(0, "ok");
  }

  const http = await startFakeHttp(handle);
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
