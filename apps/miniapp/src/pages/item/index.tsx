import { Button, Text, View } from "@tarojs/components";
import Taro, { useRouter } from "@tarojs/taro";
import { useCallback, useEffect, useState } from "react";
import { errorText } from "../../api/client";
import { getItem } from "../../api/storefront";
import type { ClearanceDetail } from "../../api/types";
import { DealAlertButton } from "../../components/deal-alert-button";
import { StateView } from "../../components/state-view";
import { rememberBadges } from "../../lib/badges";
import { addToCart } from "../../lib/cart";
import { dateText, daysLeftText } from "../../lib/days";
import { formatFen } from "../../lib/money";
import "./index.css";

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className="item__row">
      <Text className="item__label">{label}</Text>
      <Text className="item__value">{value}</Text>
    </View>
  );
}

/** One deal: its dates, the terms in words, the bundle partner and the promoted units left. */
export default function ItemPage() {
  const { params } = useRouter();
  const id = params.id ?? "";
  const [item, setItem] = useState<ClearanceDetail | null>(null);
  const [error, setError] = useState("");

  const load = useCallback(async () => {
    setError("");
    setItem(null);
    try {
      const found = await getItem(id);
      rememberBadges([found]);
      setItem(found);
    } catch (caught) {
      setError(errorText(caught));
    }
  }, [id]);

  useEffect(() => {
    load();
  }, [load]);

  if (error) return <StateView state="error" message={error} onRetry={load} />;
  if (!item) return <StateView state="loading" />;

  const soldOut = item.promotedUnitsLeft <= 0;
  const add = () => {
    addToCart(item);
    Taro.showToast({ title: "已加入购物车", icon: "success" });
  };

  return (
    <View className="item">
      <View className="item__head">
        <Text className="item__name">{item.productName}</Text>
        <View className="item__prices">
          <Text className="item__price">{formatFen(item.priceFen)}</Text>
          {item.originalPriceFen > item.priceFen ? (
            <Text className="item__original">{formatFen(item.originalPriceFen)}</Text>
          ) : null}
          {item.badge ? <Text className="item__badge">{item.badge}</Text> : null}
        </View>
        <DealAlertButton productId={item.productId} label="该商品再有特惠时提醒我" className="item__alert" />
      </View>
      <View className="item__section">
        <Text className="item__title">活动规则</Text>
        <Text className="item__terms">{item.terms}</Text>
        {item.bundlePartner ? (
          <Text className="item__terms">
            搭配「{item.bundlePartner.name}」（原价 {formatFen(item.bundlePartner.listPriceFen)}
            ）一起买，组合价 {formatFen(item.bundlePartner.bundlePriceFen)}
          </Text>
        ) : null}
        <Text className="item__note">
          {item.stacksWithCoupon ? "可与优惠券同时使用" : "不可与优惠券同时使用"}
        </Text>
        <Text className="item__note">活动截止 {dateText(item.validTo)}</Text>
      </View>
      <View className="item__section">
        <Row label="生产日期" value={dateText(item.productionDate)} />
        <Row label="到期日期" value={dateText(item.expiryDate)} />
        <Row label="剩余保质期" value={daysLeftText(item.daysLeft)} />
        <Row label="活动库存" value={soldOut ? "已售罄" : `剩 ${item.promotedUnitsLeft} ${item.unit}`} />
        <Row label="门店" value={item.store.name} />
      </View>
      <View className="item__bar">
        <Button className="item__cart" onClick={() => Taro.switchTab({ url: "/pages/cart/index" })}>
          购物车
        </Button>
        <Button
          className={soldOut ? "item__add item__add--off" : "item__add"}
          disabled={soldOut || undefined}
          onClick={add}
        >
          {soldOut ? "活动库存已售罄" : "加入购物车"}
        </Button>
      </View>
    </View>
  );
}
