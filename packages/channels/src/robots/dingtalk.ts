import { createHmac } from "node:crypto";
import { trimBaseUrl } from "../http/request";
import { postRobot } from "./http";
import type { RobotResult } from "./result";
import { jsonStringCost, measure, truncateWithLink } from "./truncate";
import { DEFAULT_TIMEOUT_MS, type GroupRobot, type RobotMessage, type RobotOptions } from "./types";

export const DINGTALK_BASE_URL = "https://oapi.dingtalk.com";
/** DingTalk rejects a request body over 20000 bytes with 460101. */
export const DINGTALK_BODY_MAX_BYTES = 20_000;
/** The title only shows in the notification preview; cap it so it cannot eat the body's budget. */
const TITLE_MAX_BYTES = 256;

/**
 * The `sign` query value for a robot with 加签 enabled, already URL-encoded:
 * urlencode(base64(HMAC-SHA256(key = secret, msg = timestamp + "\n" + secret))).
 * DingTalk accepts it only within an hour of `timestampMs`.
 */
export function dingTalkSign(secret: string, timestampMs: number): string {
  const digest = createHmac("sha256", secret).update(`${timestampMs}\n${secret}`, "utf8").digest("base64");
  return encodeURIComponent(digest);
}

export interface DingTalkRobotConfig {
  accessToken: string;
  /** The 加签 secret ("SEC…"). Without it no timestamp/sign is sent. */
  secret?: string;
  baseUrl?: string;
}

export interface DingTalkMarkdownMessage {
  title: string;
  text: string;
  link?: string;
  atMobiles?: string[];
  atUserIds?: string[];
  isAtAll?: boolean;
}

/** DingTalk custom robot (自定义机器人). */
export class DingTalkRobot implements GroupRobot {
  readonly kind = "DINGTALK" as const;
  private readonly base: string;
  private readonly config: DingTalkRobotConfig;
  private readonly timeoutMs: number;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;

  constructor(config: DingTalkRobotConfig, options: RobotOptions = {}) {
    this.config = config;
    this.base = trimBaseUrl(config.baseUrl ?? DINGTALK_BASE_URL);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.fetch = options.fetch ?? globalThis.fetch;
    this.now = options.now ?? Date.now;
  }

  /**
   * The whole JSON body is kept within 20000 bytes by cutting `text` (measured as escaped JSON) and ending
   * it with "…[查看全部](link)". DingTalk only notifies @mentioned mobiles that also appear as "@mobile"
   * in the text, so missing ones are appended after the cut, where they cannot be lost.
   */
  sendMarkdown({
    title,
    text,
    link,
    atMobiles = [],
    atUserIds = [],
    isAtAll = false,
  }: DingTalkMarkdownMessage): Promise<RobotResult> {
    const shortTitle = truncateWithLink(title, TITLE_MAX_BYTES, { style: "text" });
    const missing = atMobiles.filter((m) => !text.includes(`@${m}`));
    const mentionLine = missing.length ? `\n\n${missing.map((m) => `@${m}`).join(" ")}` : "";
    const at = { atMobiles, atUserIds, isAtAll };
    const emptyBody = JSON.stringify({ msgtype: "markdown", markdown: { title: shortTitle, text: "" }, at });
    const budget =
      DINGTALK_BODY_MAX_BYTES - Buffer.byteLength(emptyBody, "utf8") - measure(mentionLine, jsonStringCost);
    const cut = truncateWithLink(text, budget, { link, style: "markdown", cost: jsonStringCost });
    const body = { msgtype: "markdown", markdown: { title: shortTitle, text: cut + mentionLine }, at };
    return postRobot("DINGTALK", this.url(), JSON.stringify(body), {
      timeoutMs: this.timeoutMs,
      fetch: this.fetch,
    });
  }

  send(message: RobotMessage): Promise<RobotResult> {
    return this.sendMarkdown({
      title: message.title,
      text: message.markdown,
      link: message.link,
      atMobiles: message.mentionMobiles ?? [],
      isAtAll: message.mentionAll ?? false,
    });
  }

  /** Signed per request: the timestamp must be fresh, so it cannot be baked into the URL once. */
  private url(): string {
    const url = `${this.base}/robot/send?access_token=${encodeURIComponent(this.config.accessToken)}`;
    if (!this.config.secret) return url;
    const timestamp = this.now();
    return `${url}&timestamp=${timestamp}&sign=${dingTalkSign(this.config.secret, timestamp)}`;
  }
}
