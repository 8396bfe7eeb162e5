import { fireEvent, render, screen } from "@testing-library/react";
import { beforeEach, expect, it, vi } from "vitest";
import { readCart } from "../../lib/cart";
import { detail } from "../../test/fixtures";
import { ok, resetTaro, router, routes } from "../../test/taro";
import ItemPage from "./index";

vi.mock("@tarojs/taro", () => import("../../test/taro"));

beforeEach(() => {
  resetTaro();
  router.params = { id: "b1" };
});

it("shows the dates, days left, the terms in words and the promoted stock, and adds to the cart", async () => {
  routes.handler = ({ url }) => (url.endsWith("/items/b1") ? ok({ item: detail() }) : ok(null, 404));
  render(<ItemPage />);

  expect(await screen.findByText("第二件半价：同一商品买两件，第二件按半价计")).toBeTruthy();
  expect(screen.getByText("2026年11月20日")).toBeTruthy();
  expect(screen.getByText("2026年11月30日")).toBeTruthy();
  expect(screen.getByText("还剩 4 天")).toBeTruthy();
  expect(screen.getByText("剩 12 盒")).toBeTruthy();
  expect(screen.getByText("可与优惠券同时使用")).toBeTruthy();

  fireEvent.click(screen.getByText("加入购物车"));
  expect(readCart()).toMatchObject([{ productId: "p1", quantity: 1, badge: "第二件半价" }]);
});

it("names the bundle partner of a bundle deal, and says when the promoted stock is gone", async () => {
  const partner = { id: "p2", name: "全麦面包", listPriceFen: 1500, bundlePriceFen: 1800 };
  routes.handler = () =>
    ok({ item: detail({ badge: "清仓组合", bundlePartner: partner, promotedUnitsLeft: 0 }) });
  render(<ItemPage />);

  expect(await screen.findByText(/搭配「全麦面包」/)).toBeTruthy();
  expect(screen.getByText(/组合价 ¥18.00/)).toBeTruthy();
  expect(screen.getByText("已售罄")).toBeTruthy();
});

it("shows the server's reason when the item is gone", async () => {
  routes.handler = () => ok({ error: { message: "该商品不在清仓活动中" } }, 404);
  render(<ItemPage />);
  expect(await screen.findByText("该商品不在清仓活动中")).toBeTruthy();
});
