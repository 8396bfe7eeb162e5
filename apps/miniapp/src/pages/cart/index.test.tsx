import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { beforeEach, expect, it, vi } from "vitest";
import { saveToken } from "../../api/client";
import type { Coupon } from "../../api/types";
import { addToCart } from "../../lib/cart";
import { deal } from "../../test/fixtures";
import { ok, request, resetTaro, routes } from "../../test/taro";
import CartPage from "./index";

vi.mock("@tarojs/taro", () => import("../../test/taro"));

beforeEach(resetTaro);

const coupon: Coupon = {
  code: "ABCD2345EFGH",
  promotionId: "promo-9",
  description: "满 20 元减 3 元",
  validFrom: "2000-01-01",
  validTo: "2999-12-31",
  redeemed: false,
};

it("quotes the cart on the server with the shopper's coupons and shows which promotion applied", async () => {
  saveToken({ token: "t", expiresAt: new Date(Date.now() + 60_000).toISOString() });
  addToCart(deal(), 2);
  routes.handler = ({ url }) => {
    if (url.endsWith("coupons/mine"))
      return ok({ coupons: [coupon, { ...coupon, code: "USED", redeemed: true }] });
    return ok({
      quote: {
        priceBookVersion: 3,
        lines: [
          {
            productId: "p1",
            quantity: 2,
            shortQty: 0,
            listUnitFen: 1990,
            subtotalFen: 3980,
            discountFen: 995,
            couponDiscountFen: 300,
            totalFen: 2685,
            promotionId: "promo-1",
          },
        ],
        gifts: [],
        coupon: { code: "ABCD2345EFGH", discountFen: 300 },
        rejectedCoupons: [],
        subtotalFen: 3980,
        discountFen: 1295,
        totalFen: 2685,
      },
    });
  };
  render(<CartPage />);

  expect((await screen.findByTestId("line-promotion")).textContent).toBe("已享「第二件半价」");
  expect(screen.getByTestId("line-total").textContent).toBe("¥26.85");
  expect(screen.getByTestId("applied-coupon").textContent).toContain("ABCD2345EFGH");
  expect(screen.getByTestId("quote-total").textContent).toBe("合计 ¥26.85");
  const quoteCall = request.mock.calls.find(([c]) => c.url.endsWith("/quote"))?.[0];
  expect(quoteCall?.data).toEqual({ lines: [{ productId: "p1", quantity: 2 }], coupons: ["ABCD2345EFGH"] });
});

it("requotes when a quantity changes and empties to a friendly state", async () => {
  addToCart(deal(), 1);
  routes.handler = () => ok({ error: { message: "购物车中有商品不存在或已下架" } }, 404);
  render(<CartPage />);
  expect(await screen.findByText("购物车中有商品不存在或已下架")).toBeTruthy();

  fireEvent.click(screen.getByText("－"));
  await waitFor(() => expect(screen.getByText("购物车是空的，去临期特惠逛逛吧")).toBeTruthy());
});
