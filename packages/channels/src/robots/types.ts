import type { RobotKind, RobotResult } from "./result";

/** One alert, written once and rendered by each platform's client. */
export interface RobotMessage {
  /** Notification summary: DingTalk's `markdown.title`; WeCom's @mention message when `text` is absent. */
  title: string;
  /** The body. Carry your own heading: WeCom shows no title. */
  markdown: string;
  /** Plain-text line for WeCom's @mention message (WeCom markdown cannot @mention by mobile). */
  text?: string;
  /** Full view of the content (console page), linked as "…查看全部" when the content must be cut. */
  link?: string;
  mentionMobiles?: string[];
  mentionAll?: boolean;
}

export interface GroupRobot {
  readonly kind: RobotKind;
  send(message: RobotMessage): Promise<RobotResult>;
}

export interface RobotOptions {
  /** Per-request timeout. Defaults to 10 s. */
  timeoutMs?: number;
  /** Defaults to the global fetch. Tests should prefer the local fakes in `@shelfloop/channels/testing`. */
  fetch?: typeof fetch;
  /** Clock for DingTalk's signed timestamp. Defaults to Date.now. */
  now?: () => number;
}

export type RobotConfig =
  | { kind: "WECOM"; key: string; baseUrl?: string }
  | { kind: "DINGTALK"; accessToken: string; secret?: string; baseUrl?: string };

export const DEFAULT_TIMEOUT_MS = 10_000;
