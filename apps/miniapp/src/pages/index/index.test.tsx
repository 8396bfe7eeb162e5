import { render, screen } from "@testing-library/react";
import { expect, it } from "vitest";
import Index from "./index";

it("shows the deals intro and an empty state rather than placeholder products", () => {
  render(<Index />);

  expect(screen.getByText("临期特惠")).toBeTruthy();
  expect(screen.getByText("暂无临期特惠，敬请期待")).toBeTruthy();
});
