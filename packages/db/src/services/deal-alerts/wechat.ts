import { createWeChatMessenger, type MiniprogramState, type WeChatMessenger } from "@shelfloop/channels";
import type { DealAlertMessage, DealAlertSendResult } from "./send";

let cached: { key: string; messenger: WeChatMessenger } | undefined;

const STATES: MiniprogramState[] = ["formal", "trial", "developer"];

/**
 * Sends deal alerts through the mini-program configured in the environment (SHELFLOOP_WECHAT_APPID,
 * _SECRET, optional _BASE_URL and _MINIPROGRAM_STATE), or null when there is none. One messenger per
 * configuration, so its access token is reused across runs.
 */
export function dealAlertSenderFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): ((message: DealAlertMessage) => Promise<DealAlertSendResult>) | null {
  const appId = env.SHELFLOOP_WECHAT_APPID;
  const secret = env.SHELFLOOP_WECHAT_SECRET;
  if (!appId || !secret) return null;
  const baseUrl = env.SHELFLOOP_WECHAT_BASE_URL || undefined;
  const key = `${appId}|${secret}|${baseUrl ?? ""}`;
  if (cached?.key !== key) cached = { key, messenger: createWeChatMessenger({ appId, secret, baseUrl }) };
  const { messenger } = cached;
  const state = STATES.find((s) => s === env.SHELFLOOP_WECHAT_MINIPROGRAM_STATE) ?? "formal";
  return (message) => messenger.sendSubscribeMessage({ ...message, state });
}
