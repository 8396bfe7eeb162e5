import {
  badResponseFailure as badResponse,
  type ChannelFailure,
  channelFailure as fail,
  httpStatusFailure,
  networkFailure as network,
  timeoutFailure as timeout,
} from "../http/failure";
import { describeError } from "../http/request";

export type RobotKind = "WECOM" | "DINGTALK";

export type RobotFailure = ChannelFailure;

/**
 * `mentionFailure` is set only by WeCom when the alert itself went out but the follow-up @mention
 * message did not: the caller must not retry the whole send, or the group would see the alert twice.
 */
export type RobotResult = { ok: true; mentionFailure?: RobotFailure } | RobotFailure;

const PLATFORM_NAME: Record<RobotKind, string> = { WECOM: "企业微信", DINGTALK: "钉钉" };

const RATE_LIMITED: Record<RobotKind, string> = {
  WECOM: "发送太频繁（每个机器人每分钟最多 20 条），稍后自动重试",
  DINGTALK: "发送太频繁（每个机器人每分钟最多 20 条，超出后限流 10 分钟），稍后自动重试",
};

/** WeCom errcodes (doc 91770 and the global code table). */
export function classifyWeComError(errcode: number, errmsg: string): RobotFailure {
  switch (errcode) {
    case 93000:
      return fail(false, errcode, errmsg, "Webhook 地址无效或机器人已被移除");
    case 45009:
      return fail(true, errcode, errmsg, RATE_LIMITED.WECOM);
    case 40058:
      return fail(false, errcode, errmsg, "消息过长或参数不合法，企业微信拒收");
    case -1:
      return fail(true, errcode, errmsg, "企业微信系统繁忙，稍后自动重试");
    default:
      return unknownError("WECOM", errcode, errmsg);
  }
}

/**
 * DingTalk errcodes. 310000 covers every security-setting failure; only the errmsg tells which one,
 * and each needs a different fix by the admin, so we tell them apart.
 */
export function classifyDingTalkError(errcode: number, errmsg: string): RobotFailure {
  switch (errcode) {
    case 310000:
      return fail(false, errcode, errmsg, securityMessage(errmsg));
    case 460101:
      return fail(false, errcode, errmsg, "消息过长（超过钉钉 20000 字节上限）");
    case 130101:
      return fail(true, errcode, errmsg, RATE_LIMITED.DINGTALK);
    case 300001:
      return fail(false, errcode, errmsg, "Webhook 地址无效或机器人已被移除");
    case 400102:
      return fail(false, errcode, errmsg, "机器人已被停用，请在群设置中重新启用");
    case -1:
      return fail(true, errcode, errmsg, "钉钉系统繁忙，稍后自动重试");
    default:
      return unknownError("DINGTALK", errcode, errmsg);
  }
}

function securityMessage(errmsg: string): string {
  const m = errmsg.toLowerCase();
  if (m.includes("sign")) return "签名不匹配，请检查加签密钥";
  if (m.includes("keyword")) return "消息未包含机器人设置的关键词";
  if (m.includes("ip") && m.includes("whitelist")) return "服务器 IP 不在机器人白名单中";
  if (m.includes("timestamp")) return "时间戳无效，请检查服务器时间";
  return `钉钉安全设置校验失败：${errmsg}`;
}

/** Unknown codes are permanent: retrying a request the platform rejected for a reason we cannot name rarely helps. */
function unknownError(kind: RobotKind, errcode: number, errmsg: string): RobotFailure {
  return fail(false, errcode, errmsg, `${PLATFORM_NAME[kind]}返回错误 ${errcode}：${errmsg}`);
}

export function classifyPlatformError(kind: RobotKind, errcode: number, errmsg: string): RobotFailure {
  return kind === "WECOM" ? classifyWeComError(errcode, errmsg) : classifyDingTalkError(errcode, errmsg);
}

/**
 * Non-200 answers. 5xx (and 429, a rate limit in HTTP's own words) are retryable; other 4xx mean the
 * request or the address is wrong and will stay wrong.
 */
export function httpFailure(kind: RobotKind, status: number, body: string): RobotFailure {
  const name = PLATFORM_NAME[kind];
  return httpStatusFailure(name, status, body, {
    rateLimited: RATE_LIMITED[kind],
    rejected: `${name}拒绝了请求（HTTP ${status}），请检查 Webhook 地址`,
  });
}

export const timeoutFailure = (kind: RobotKind, timeoutMs: number): RobotFailure =>
  timeout(PLATFORM_NAME[kind], timeoutMs);

export const networkFailure = (kind: RobotKind, error: unknown): RobotFailure =>
  network(PLATFORM_NAME[kind], describeError(error));

/** 200 without an errcode: a proxy or captive page answered, not the platform, so it may pass later. */
export const badResponseFailure = (kind: RobotKind, body: string): RobotFailure =>
  badResponse(PLATFORM_NAME[kind], body);
