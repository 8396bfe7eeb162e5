/** One clearance (临期特惠) shelf label. Prices are integer fen like every price in Shelfloop. */
export interface ClearanceLabel {
  productName: string;
  /** 批号 as printed on the pack. */
  lotCode: string;
  /** YYYY-MM-DD. GB 7718 wants the date itself on the label, not "3 天后到期". */
  expiryDate: string;
  originalPriceFen: number;
  clearancePriceFen: number;
  /** Short promotion text, e.g. "第二件半价" or "临期特价 ¥6.00". */
  badge: string;
  storeName: string;
  /** Mini-program / H5 link of the item, encoded in the QR code. */
  url: string;
}
