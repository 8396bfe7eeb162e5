import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { beforeEach, expect, it, vi } from "vitest";
import { deal } from "../../test/fixtures";
import { ok, request, resetTaro, routes, useReachBottom } from "../../test/taro";
import Index from "./index";

vi.mock("@tarojs/taro", () => import("../../test/taro"));

beforeEach(resetTaro);

const page = (items: ReturnType<typeof deal>[], total = items.length) =>
  ok({ priceBookVersion: 3, items, total, page: 1, pageSize: 20 });

it("lists deals with the price, the struck list price, the badge, days left and the expiry date", async () => {
  routes.handler = () =>
    page([deal(), deal({ batchId: "b2", productName: "吐司", badge: "买一赠一", daysLeft: 1 })]);
  render(<Index />);

  const cards = await screen.findAllByTestId("deal");
  expect(cards).toHaveLength(2);
  expect(cards[0]?.textContent).toContain("¥12.90");
  expect(screen.getAllByTestId("original-price")[0]?.textContent).toBe("¥19.90");
  expect(cards[0]?.textContent).toContain("第二件半价");
  expect(cards[0]?.textContent).toContain("还剩 4 天");
  expect(cards[0]?.textContent).toContain("到期 2026年11月30日");
  expect(cards[1]?.textContent).toContain("买一赠一");
  expect(cards[1]?.textContent).toContain("明天到期");
  // The category tab comes from the deals on offer.
  expect(await screen.findByText("乳品")).toBeTruthy();
});

it("re-sorts and filters by category on the server", async () => {
  routes.handler = () => page([deal()]);
  render(<Index />);
  await screen.findAllByTestId("deal");

  fireEvent.click(screen.getByText("临期优先"));
  await waitFor(() => expect(request.mock.calls.some(([c]) => c.url.includes("sort=expiry"))).toBe(true));
  fireEvent.click(await screen.findByText("乳品"));
  await waitFor(() =>
    expect(request.mock.calls.some(([c]) => c.url.includes(`category=${encodeURIComponent("乳品")}`))).toBe(
      true,
    ),
  );
});

it("loads the next page when the shopper reaches the bottom", async () => {
  routes.handler = ({ url }) =>
    url.includes("page=2")
      ? page([deal({ batchId: "b21", productName: "第二页的面包" })], 21)
      : page([deal()], 21);
  render(<Index />);
  await screen.findAllByTestId("deal");
  expect(screen.getByText("上拉加载更多")).toBeTruthy();

  const onReachBottom = useReachBottom.mock.lastCall?.[0] as () => Promise<void>;
  await onReachBottom();
  expect(await screen.findByText("第二页的面包")).toBeTruthy();
});

it("shows an empty state, and an error with a retry", async () => {
  routes.handler = () => page([]);
  const { unmount } = render(<Index />);
  expect(await screen.findByText("暂无临期特惠，换个门店或分类看看")).toBeTruthy();
  unmount();

  routes.handler = () => ok({ error: { message: "店铺不存在" } }, 404);
  render(<Index />);
  expect(await screen.findByText("店铺不存在")).toBeTruthy();
  routes.handler = () => page([deal()]);
  fireEvent.click(screen.getByText("重试"));
  expect(await screen.findAllByTestId("deal")).toHaveLength(1);
});
