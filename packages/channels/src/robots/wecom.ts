import { trimBaseUrl } from "../http/request";
import { postRobot } from "./http";
import type { RobotResult } from "./result";
import { truncateWithLink } from "./truncate";
import { DEFAULT_TIMEOUT_MS, type GroupRobot, type RobotMessage, type RobotOptions } from "./types";

export const WECOM_BASE_URL = "https://qyapi.weixin.qq.com";
export const WECOM_TEXT_MAX_BYTES = 2048;
export const WECOM_MARKDOWN_MAX_BYTES = 4096;

export interface WeComRobotConfig {
  /** The `key` from the webhook URL. */
  key: string;
  baseUrl?: string;
}

export interface WeComTextMessage {
  content: string;
  /** userids; "@all" mentions everyone. */
  mentionedList?: string[];
  /** mobiles; "@all" mentions everyone. */
  mentionedMobileList?: string[];
  link?: string;
}

/** WeCom group robot (企业微信群机器人), doc 91770. */
export class WeComRobot implements GroupRobot {
  readonly kind = "WECOM" as const;
  private readonly url: string;
  private readonly timeoutMs: number;
  private readonly fetch: typeof fetch;

  constructor(config: WeComRobotConfig, options: RobotOptions = {}) {
    const base = trimBaseUrl(config.baseUrl ?? WECOM_BASE_URL);
    this.url = `${base}/cgi-bin/webhook/send?key=${encodeURIComponent(config.key)}`;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  /** Content over 2048 bytes is cut and ends with "…查看全部 <link>". */
  sendText({ content, mentionedList, mentionedMobileList, link }: WeComTextMessage): Promise<RobotResult> {
    const text: Record<string, unknown> = {
      content: truncateWithLink(content, WECOM_TEXT_MAX_BYTES, { link, style: "text" }),
    };
    if (mentionedList?.length) text.mentioned_list = mentionedList;
    if (mentionedMobileList?.length) text.mentioned_mobile_list = mentionedMobileList;
    return this.post({ msgtype: "text", text });
  }

  /** Content over 4096 bytes is cut and ends with "…[查看全部](link)". */
  sendMarkdown({ content, link }: { content: string; link?: string }): Promise<RobotResult> {
    const markdown = {
      content: truncateWithLink(content, WECOM_MARKDOWN_MAX_BYTES, { link, style: "markdown" }),
    };
    return this.post({ msgtype: "markdown", markdown });
  }

  /**
   * Sends the markdown. WeCom markdown cannot @mention by mobile (only `<@userid>`, and we hold mobiles),
   * so when mentions are asked for, a short text message with `mentioned_mobile_list` follows. That is two
   * messages against the 20-per-minute limit. If only the second fails, the result is ok with
   * `mentionFailure`, so callers do not resend the alert.
   */
  async send(message: RobotMessage): Promise<RobotResult> {
    const sent = await this.sendMarkdown({ content: message.markdown, link: message.link });
    const mobiles = [...(message.mentionMobiles ?? []), ...(message.mentionAll ? ["@all"] : [])];
    if (!sent.ok || mobiles.length === 0) return sent;
    const mention = await this.sendText({
      content: message.text ?? message.title,
      mentionedMobileList: mobiles,
      link: message.link,
    });
    return mention.ok ? sent : { ok: true, mentionFailure: mention };
  }

  private post(body: unknown): Promise<RobotResult> {
    return postRobot("WECOM", this.url, JSON.stringify(body), {
      timeoutMs: this.timeoutMs,
      fetch: this.fetch,
    });
  }
}
