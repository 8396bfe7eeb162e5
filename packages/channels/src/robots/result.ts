export type RobotKind = "WECOM" | "DINGTALK";

export interface RobotFailure {
  ok: false;
  /** True when the same message may succeed later unchanged (rate limit, platform busy, network). */
  retryable: boolean;
  /** The platform's errcode, or `HTTP_<status>`, `TIMEOUT`, `NETWORK`, `BAD_RESPONSE`. */
  code: number | string;
  /** What the platform (or the network stack) said, verbatim, for logs and support. */
  platformMessage: string;
  /** Plain Chinese for a tenant admin. */
  message: string;
}

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

const fail = (
  retryable: boolean,
  code: number | string,
  platformMessage: string,
  message: string,
): RobotFailure => ({ ok: false, retryable, code, platformMessage, message });

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
  const code = `HTTP_${status}`;
  const platformMessage = body.slice(0, 500);
  if (status >= 500)
    return fail(true, code, platformMessage, `${name}服务器暂时不可用（HTTP ${status}），稍后自动重试`);
  if (status === 429) return fail(true, code, platformMessage, RATE_LIMITED[kind]);
  return fail(false, code, platformMessage, `${name}拒绝了请求（HTTP ${status}），请检查 Webhook 地址`);
}

export function timeoutFailure(kind: RobotKind, timeoutMs: number): RobotFailure {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return fail(
    true,
    "TIMEOUT",
    `no response within ${timeoutMs} ms`,
    `${PLATFORM_NAME[kind]}在 ${seconds} 秒内没有响应，稍后自动重试`,
  );
}

export function networkFailure(kind: RobotKind, error: unknown): RobotFailure {
  return fail(true, "NETWORK", describeError(error), `无法连接${PLATFORM_NAME[kind]}服务器，稍后自动重试`);
}

/** 200 without an errcode: a proxy or captive page answered, not the platform, so it may pass later. */
export function badResponseFailure(kind: RobotKind, body: string): RobotFailure {
  return fail(
    true,
    "BAD_RESPONSE",
    body.slice(0, 500),
    `${PLATFORM_NAME[kind]}返回了无法识别的内容，稍后自动重试`,
  );
}

/** fetch's "fetch failed" hides the useful part (ECONNREFUSED, ENOTFOUND…) in `cause`. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}
