import { beforeEach, expect, it, vi } from "vitest";
import { request as fakeRequest, ok, resetTaro, routes, storage } from "../test/taro";
import { ApiError, getToken, query, request, saveToken } from "./client";

vi.mock("@tarojs/taro", () => import("../test/taro"));

beforeEach(resetTaro);

it("calls the tenant's storefront path with the saved bearer token", async () => {
  saveToken({ token: "t0k", expiresAt: new Date(Date.now() + 60_000).toISOString() });
  routes.handler = () => ok({ items: [] });
  await request("GET", `items${query({ sort: "expiry", page: 2, store: undefined })}`);
  const [call] = fakeRequest.mock.calls[0] ?? [];
  expect(call?.url).toBe("https://api.test/api/storefront/v1/demo/items?sort=expiry&page=2");
  expect(call?.header.authorization).toBe("Bearer t0k");
});

it("ignores an expired token", () => {
  saveToken({ token: "old", expiresAt: new Date(Date.now() - 1000).toISOString() });
  expect(getToken()).toBeNull();
});

it("turns refusals into the server's Chinese message, and a 401 signs the shopper out", async () => {
  saveToken({ token: "t0k", expiresAt: new Date(Date.now() + 60_000).toISOString() });
  routes.handler = () => ok({ error: { message: "请先登录" } }, 401);
  await expect(request("GET", "coupons/mine")).rejects.toEqual(new ApiError(401, "请先登录"));
  expect(storage.size).toBe(0);

  routes.handler = () => ok(null, 502);
  await expect(request("GET", "items")).rejects.toThrow("服务暂时不可用（502），请稍后再试");
});

it("reports a network failure in words", async () => {
  fakeRequest.mockRejectedValueOnce(new Error("request:fail"));
  await expect(request("GET", "items")).rejects.toThrow("网络不给力，请检查网络后重试");
});
