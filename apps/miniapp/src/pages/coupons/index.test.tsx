import { fireEvent, render, screen } from "@testing-library/react";
import { beforeEach, expect, it, vi } from "vitest";
import { getToken } from "../../api/client";
import { ok, request, resetTaro, routes } from "../../test/taro";
import CouponsPage from "./index";

vi.mock("@tarojs/taro", () => import("../../test/taro"));

beforeEach(resetTaro);

const session = { token: "dev-token", expiresAt: new Date(Date.now() + 86_400_000).toISOString() };
const campaign = {
  promotionId: "promo-1",
  productName: "蒙牛纯牛奶 250ml",
  description: "满 20 元减 3 元",
  perCustomerLimit: 1,
  validTo: "2999-12-31",
  remaining: 42,
};
const claimed = {
  code: "ABCD2345EFGH",
  promotionId: "promo-1",
  description: "满 20 元减 3 元",
  validFrom: "2000-01-01",
  validTo: "2999-12-31",
  redeemed: false,
};

it("signs in on H5 with the dev sign-in, claims a coupon and lists it with its validity and state", async () => {
  routes.handler = ({ url, method }) => {
    if (url.endsWith("/coupons/available")) return ok({ campaigns: [campaign] });
    if (url.endsWith("/session/dev") && method === "POST") return ok(session);
    if (url.endsWith("/coupons/claim")) return ok({ coupon: claimed }, 201);
    if (url.endsWith("/coupons/mine")) return ok({ coupons: [] });
    return ok(null, 404);
  };
  render(<CouponsPage />);
  expect(await screen.findByText("登录后查看和领取优惠券")).toBeTruthy();
  expect((await screen.findByTestId("campaign")).textContent).toContain(
    "剩 42 张 · 2999年12月31日 前有效 · 每人限领 1 张",
  );

  fireEvent.click(await screen.findByText("领取"));
  const card = await screen.findByTestId("my-coupon");
  expect(card.textContent).toContain("满 20 元减 3 元");
  expect(card.textContent).toContain("2000年1月1日 至 2999年12月31日");
  expect(card.textContent).toContain("可使用");
  expect(getToken()).toBe("dev-token");
  const claim = request.mock.calls.find(([c]) => c.url.endsWith("/coupons/claim"))?.[0];
  expect(claim?.data).toEqual({ promotionId: "promo-1" });
  expect(claim?.header.authorization).toBe("Bearer dev-token");
});
