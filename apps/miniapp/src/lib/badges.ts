import Taro from "@tarojs/taro";

const BADGES_KEY = "shelfloop.badges";
const KEEP = 300;

/**
 * The badges of the promotions the shopper has seen, by promotion id. A quote names the promotion
 * the engine applied — possibly another batch's deal than the one the item was added from — and
 * the cart shows that promotion's badge.
 */
export function rememberBadges(items: readonly { promotionId: string; badge: string }[]) {
  const saved = (Taro.getStorageSync(BADGES_KEY) || {}) as Record<string, string>;
  let changed = false;
  for (const { promotionId, badge } of items) {
    if (badge && saved[promotionId] !== badge) {
      delete saved[promotionId];
      saved[promotionId] = badge;
      changed = true;
    }
  }
  if (!changed) return;
  const entries = Object.entries(saved);
  Taro.setStorageSync(BADGES_KEY, Object.fromEntries(entries.slice(Math.max(0, entries.length - KEEP))));
}

export function badgeOf(promotionId: string): string | undefined {
  return ((Taro.getStorageSync(BADGES_KEY) || {}) as Record<string, string>)[promotionId];
}
