import Taro from "@tarojs/taro";
import type { ClearanceItem } from "../api/types";
import { rememberBadges } from "./badges";

/** A cart line as kept on the device; prices are never trusted from here (the server quotes them). */
export interface CartItem {
  productId: string;
  productName: string;
  unit: string;
  /** The deal the shopper picked it from, to name it until the quote says what applied. */
  promotionId: string;
  badge: string;
  quantity: number;
}

const CART_KEY = "shelfloop.cart";

export function readCart(): CartItem[] {
  const saved = Taro.getStorageSync(CART_KEY) as CartItem[] | "";
  return Array.isArray(saved) ? saved : [];
}

function writeCart(items: CartItem[]) {
  Taro.setStorageSync(CART_KEY, items);
}

/** Adds units of a product; the same product twice is one line (the server picks the batches). */
export function addToCart(
  item: Pick<ClearanceItem, "productId" | "productName" | "unit" | "promotionId" | "badge">,
  quantity = 1,
) {
  rememberBadges([item]);
  const items = readCart();
  const line = items.find((existing) => existing.productId === item.productId);
  if (line) line.quantity = Math.min(999, line.quantity + quantity);
  else
    items.push({
      productId: item.productId,
      productName: item.productName,
      unit: item.unit,
      promotionId: item.promotionId,
      badge: item.badge,
      quantity,
    });
  writeCart(items);
  return items;
}

/** Sets a line's quantity; zero removes it. */
export function setQuantity(productId: string, quantity: number) {
  const items = readCart()
    .map((item) => (item.productId === productId ? { ...item, quantity: Math.min(999, quantity) } : item))
    .filter((item) => item.quantity > 0);
  writeCart(items);
  return items;
}

export function clearCart() {
  writeCart([]);
}
