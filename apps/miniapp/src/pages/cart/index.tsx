import { Text, View } from "@tarojs/components";
import Taro, { useDidShow } from "@tarojs/taro";
import { useState } from "react";
import { errorText, getToken } from "../../api/client";
import { myCoupons, quoteCart } from "../../api/storefront";
import type { Quote, QuoteLine } from "../../api/types";
import { StateView } from "../../components/state-view";
import { badgeOf } from "../../lib/badges";
import { type CartItem, readCart, setQuantity } from "../../lib/cart";
import { couponState } from "../../lib/coupon-state";
import { formatFen } from "../../lib/money";
import "./index.css";

/** The shopper's usable coupons, offered with every quote; the engine applies the best one. */
async function usableCouponCodes(): Promise<string[]> {
  if (!getToken()) return [];
  const coupons = await myCoupons().catch(() => []);
  return coupons
    .filter((coupon) => couponState(coupon) === "usable")
    .map((coupon) => coupon.code)
    .slice(0, 10);
}

/** What the quote says applied to a line, in words: the badge of the promotion the engine chose. */
function promotionText(line: QuoteLine): string {
  if (!line.promotionId || line.discountFen === 0) return "原价";
  const badge = badgeOf(line.promotionId);
  return badge ? `已享「${badge}」` : "已享活动优惠";
}

/** 购物车: lines kept on the device, priced by the server's pricing engine with the shopper's coupons. */
export default function CartPage() {
  const [items, setItems] = useState<CartItem[]>([]);
  const [quote, setQuote] = useState<Quote | null>(null);
  const [error, setError] = useState("");
  const [loading, setLoading] = useState(false);

  const requote = async (cart: CartItem[]) => {
    setItems(cart);
    setError("");
    if (cart.length === 0) {
      setQuote(null);
      return;
    }
    setLoading(true);
    try {
      const lines = cart.map(({ productId, quantity }) => ({ productId, quantity }));
      setQuote(await quoteCart(lines, await usableCouponCodes()));
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setLoading(false);
    }
  };

  useDidShow(() => {
    requote(readCart());
  });

  const change = (productId: string, quantity: number) => requote(setQuantity(productId, quantity));

  if (items.length === 0) {
    return (
      <View className="cart">
        <StateView state="empty" message="购物车是空的，去临期特惠逛逛吧" />
        <Text className="cart__go" onClick={() => Taro.switchTab({ url: "/pages/index/index" })}>
          去逛逛
        </Text>
      </View>
    );
  }

  return (
    <View className="cart">
      {items.map((item) => {
        const line = quote?.lines.find((candidate) => candidate.productId === item.productId);
        return (
          <View key={item.productId} className="line" data-testid="cart-line">
            <View className="line__top">
              <Text className="line__name">{item.productName}</Text>
              <View className="line__stepper">
                <Text className="line__step" onClick={() => change(item.productId, item.quantity - 1)}>
                  －
                </Text>
                <Text className="line__qty" data-testid="quantity">
                  {item.quantity}
                </Text>
                <Text className="line__step" onClick={() => change(item.productId, item.quantity + 1)}>
                  ＋
                </Text>
              </View>
            </View>
            {line ? (
              <View className="line__money">
                <Text className="line__promotion" data-testid="line-promotion">
                  {promotionText(line)}
                </Text>
                <Text className="line__subtotal">
                  {formatFen(line.listUnitFen)} × {line.quantity}
                </Text>
                {line.discountFen > 0 ? (
                  <Text className="line__discount">优惠 -{formatFen(line.discountFen)}</Text>
                ) : null}
                {line.couponDiscountFen > 0 ? (
                  <Text className="line__discount">用券 -{formatFen(line.couponDiscountFen)}</Text>
                ) : null}
                <Text className="line__total" data-testid="line-total">
                  {formatFen(line.totalFen)}
                </Text>
                {line.shortQty > 0 ? (
                  <Text className="line__short">库存不足，少 {line.shortQty} 件</Text>
                ) : null}
              </View>
            ) : null}
          </View>
        );
      })}
      {quote && quote.gifts.length > 0 ? (
        <View className="line">
          {quote.gifts.map((gift) => (
            <Text key={gift.productId} className="line__promotion">
              赠品 × {gift.quantity}（价值 {formatFen(gift.discountFen)}）
            </Text>
          ))}
        </View>
      ) : null}
      {error ? <StateView state="error" message={error} onRetry={() => requote(items)} /> : null}
      {loading && !quote ? <StateView state="loading" /> : null}
      {quote ? (
        <View className="summary" data-testid="summary">
          {quote.coupon ? (
            <Text className="summary__row" data-testid="applied-coupon">
              已使用优惠券 {quote.coupon.code}：-{formatFen(quote.coupon.discountFen)}
            </Text>
          ) : null}
          <Text className="summary__row">商品原价 {formatFen(quote.subtotalFen)}</Text>
          <Text className="summary__row">共优惠 -{formatFen(quote.discountFen)}</Text>
          <Text className="summary__total" data-testid="quote-total">
            合计 {formatFen(quote.totalFen)}
          </Text>
          <Text className="summary__hint">{loading ? "正在重新计算…" : "价格以门店结算为准"}</Text>
        </View>
      ) : null}
    </View>
  );
}
