/** What we want on Youzan: one SKU's price, in fen like every price in Shelfloop. */
export interface YouzanSkuPrice {
  /** Youzan's numeric item id (商品 id). */
  itemId: number;
  /** Youzan's numeric SKU id. */
  skuId: number;
  priceFen: number;
}

export const YOUZAN_SKU_UPDATE = { api: "youzan.item.sku.update", version: "3.0.0" } as const;

/**
 * The body of youzan.item.sku.update 3.0.0, the one place that knows its field names and units.
 *
 * From Youzan's own SDK model (YouzanItemSkuUpdateParams, gen v3_0_0: item_id Long, sku_id Long, price,
 * quantity, item_no) and notes taken from doc.youzanyun.com: `price` is in yuan with two decimals (a
 * number), unlike the fen of the newer item APIs, and this API serves 微商城 shops, not 零售. Not checked
 * against a live shop. If Youzan steers us to youzan.item.price.update 1.0.0, change only this function
 * and YOUZAN_SKU_UPDATE.
 */
export function skuPriceUpdateParams({ itemId, skuId, priceFen }: YouzanSkuPrice): Record<string, number> {
  // An integer number of fen divided by 100 prints as its exact decimal (1290 → 12.9) in JSON.
  return { item_id: itemId, sku_id: skuId, price: priceFen / 100 };
}

/** Ids must be positive integers and the price at least 1 fen: anything else is our bug, not Youzan's. */
export const validSkuPrice = ({ itemId, skuId, priceFen }: YouzanSkuPrice) =>
  [itemId, skuId, priceFen].every((n) => Number.isSafeInteger(n) && n > 0);
