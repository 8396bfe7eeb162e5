import { describe, expect, it } from "vitest";
import {
  classifyDingTalkError,
  classifyWeComError,
  httpFailure,
  networkFailure,
  timeoutFailure,
} from "../src";

describe("classifyWeComError", () => {
  it.each([
    [93000, "invalid webhook url, hint: [x]", false, "Webhook 地址无效或机器人已被移除"],
    [45009, "api freq out of limit", true, "发送太频繁（每个机器人每分钟最多 20 条），稍后自动重试"],
    [40058, "markdown.content exceed max length 4096", false, "消息过长或参数不合法，企业微信拒收"],
    [-1, "system busy", true, "企业微信系统繁忙，稍后自动重试"],
    [40008, "invalid message type", false, "企业微信返回错误 40008：invalid message type"],
  ])("%i → retryable %s", (code, errmsg, retryable, message) => {
    expect(classifyWeComError(code, errmsg)).toEqual({
      ok: false,
      retryable,
      code,
      platformMessage: errmsg,
      message,
    });
  });
});

describe("classifyDingTalkError", () => {
  it.each([
    [310000, "sign not match, more: [https://…]", false, "签名不匹配，请检查加签密钥"],
    [310000, "keywords not in content, more: [https://…]", false, "消息未包含机器人设置的关键词"],
    [310000, "ip 1.2.3.4 not in whitelist", false, "服务器 IP 不在机器人白名单中"],
    [310000, "invalid timestamp", false, "时间戳无效，请检查服务器时间"],
    [310000, "something new", false, "钉钉安全设置校验失败：something new"],
    [460101, "message too long, exceed 20000 bytes", false, "消息过长（超过钉钉 20000 字节上限）"],
    [
      130101,
      "send too fast, exceed 20 times per minute",
      true,
      "发送太频繁（每个机器人每分钟最多 20 条，超出后限流 10 分钟），稍后自动重试",
    ],
    [-1, "系统繁忙", true, "钉钉系统繁忙，稍后自动重试"],
    [300001, "token is not exist", false, "Webhook 地址无效或机器人已被移除"],
    [400102, "robot deactivated", false, "机器人已被停用，请在群设置中重新启用"],
    [42, "who knows", false, "钉钉返回错误 42：who knows"],
  ])("%i %s → retryable %s", (code, errmsg, retryable, message) => {
    expect(classifyDingTalkError(code, errmsg)).toEqual({
      ok: false,
      retryable,
      code,
      platformMessage: errmsg,
      message,
    });
  });
});

describe("transport failures", () => {
  it.each([
    [502, true],
    [503, true],
    [500, true],
    [429, true],
    [404, false],
    [400, false],
    [403, false],
  ])("HTTP %i → retryable %s", (status, retryable) => {
    const failure = httpFailure("WECOM", status, "<html>…</html>");
    expect(failure).toMatchObject({
      ok: false,
      retryable,
      code: `HTTP_${status}`,
      platformMessage: "<html>…</html>",
    });
    expect(failure.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("timeouts and network errors are retryable", () => {
    expect(timeoutFailure("DINGTALK", 10_000)).toMatchObject({
      retryable: true,
      code: "TIMEOUT",
      message: "钉钉在 10 秒内没有响应，稍后自动重试",
    });
    const error = new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:9") });
    expect(networkFailure("WECOM", error)).toEqual({
      ok: false,
      retryable: true,
      code: "NETWORK",
      platformMessage: "fetch failed: connect ECONNREFUSED 127.0.0.1:9",
      message: "无法连接企业微信服务器，稍后自动重试",
    });
  });
});
