import { format, messages } from "~/i18n";

type SkuMap = Record<string, { itemId: number; skuId: number }>;

/** "商品 ID,有赞商品 ID,SKU ID" per line → the mapping, or the first bad line's message. */
export function parseSkuLines(text: string): { skus: SkuMap } | { error: string } {
  const skus: SkuMap = {};
  for (const [index, line] of text.split("\n").entries()) {
    if (!line.trim()) continue;
    const [productId, itemId, skuId] = line.split(/[,，\s]+/).filter(Boolean);
    if (!productId || !/^\d+$/.test(itemId ?? "") || !/^\d+$/.test(skuId ?? ""))
      return { error: format(messages.webhooks.skusInvalid, { line: index + 1 }) };
    skus[productId] = { itemId: Number(itemId), skuId: Number(skuId) };
  }
  return { skus };
}
