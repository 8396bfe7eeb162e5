import { beforeEach, expect, it, vi } from "vitest";
import Taro, { ok, request, resetTaro, routes } from "../test/taro";
import { requestDealAlert } from "./deal-alert";

vi.mock("@tarojs/taro", () => import("../test/taro"));

beforeEach(resetTaro);

const TEMPLATE = "deal-template-0001";
const session = { token: "wx-token", expiresAt: new Date(Date.now() + 86_400_000).toISOString() };

function serve() {
  routes.handler = ({ url, method }) => {
    // signIn follows the build (H5 here: the dev sign-in); WeChat login has its own test.
    if (url.includes("/session") && method === "POST") return ok(session);
    if (url.endsWith("/deal-alerts") && method === "POST") return ok({ dealAlert: { pending: 1 } }, 201);
    return ok(null, 404);
  };
}

it("in WeChat asks first (before any request, as WeChat requires a tap), then signs in and records it", async () => {
  serve();
  vi.mocked(Taro.requestSubscribeMessage).mockImplementation(async () => {
    expect(request).not.toHaveBeenCalled();
    return { [TEMPLATE]: "accept" };
  });
  expect(await requestDealAlert(TEMPLATE, "product-1", "weapp")).toBe("有特惠时会通知您");
  expect(Taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: [TEMPLATE], entityIds: [] });
  const recorded = request.mock.calls.find(([c]) => c.url.endsWith("/deal-alerts"))?.[0];
  expect(recorded?.data).toEqual({ productId: "product-1", templateId: TEMPLATE });
  expect(recorded?.header.authorization).toBe("Bearer wx-token");
});

it("records nothing when the consumer declines or has turned subscribe messages off", async () => {
  serve();
  vi.mocked(Taro.requestSubscribeMessage).mockResolvedValueOnce({ [TEMPLATE]: "reject" });
  expect(await requestDealAlert(TEMPLATE, null, "weapp")).toBe("未订阅提醒");
  vi.mocked(Taro.requestSubscribeMessage).mockRejectedValueOnce({ errCode: 20004 });
  expect(await requestDealAlert(TEMPLATE, null, "weapp")).toBe("请在小程序设置中允许订阅消息");
  expect(request).not.toHaveBeenCalled();
});

it("shows the server's refusal", async () => {
  routes.handler = ({ url }) =>
    url.endsWith("/deal-alerts")
      ? ok({ error: { message: "商家尚未开通特惠提醒" } }, 409)
      : ok({ token: "t", expiresAt: session.expiresAt });
  expect(await requestDealAlert(TEMPLATE, null, "h5")).toBe("商家尚未开通特惠提醒");
});
