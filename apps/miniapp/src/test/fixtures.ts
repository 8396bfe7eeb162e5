import type { ClearanceDetail, ClearanceItem } from "../api/types";

export const deal = (overrides: Partial<ClearanceItem> = {}): ClearanceItem => ({
  batchId: "b1",
  productId: "p1",
  promotionId: "promo-1",
  productName: "鲜牛奶 950ml",
  category: "乳品",
  unit: "盒",
  priceFen: 1290,
  originalPriceFen: 1990,
  badge: "第二件半价",
  productionDate: "2026-11-20",
  expiryDate: "2026-11-30",
  daysLeft: 4,
  store: { id: "s1", name: "人民路店" },
  ...overrides,
});

export const detail = (overrides: Partial<ClearanceDetail> = {}): ClearanceDetail => ({
  ...deal(),
  terms: "第二件半价：同一商品买两件，第二件按半价计",
  stacksWithCoupon: true,
  promotedUnitsLeft: 12,
  validTo: "2026-11-29",
  bundlePartner: null,
  ...overrides,
});
