import { Text, View } from "@tarojs/components";
import type { ClearanceItem } from "../api/types";
import { dateText, daysLeftText } from "../lib/days";
import { formatFen } from "../lib/money";
import "./deal-card.css";

interface Props {
  item: ClearanceItem;
  onOpen: (item: ClearanceItem) => void;
}

/** One clearance deal in the list: price, struck list price, badge, days left and expiry date. */
export function DealCard({ item, onOpen }: Props) {
  const urgent = item.daysLeft <= 3;
  return (
    <View className="deal" data-testid="deal" data-batch={item.batchId} onClick={() => onOpen(item)}>
      <View className="deal__top">
        <Text className="deal__name">{item.productName}</Text>
        {item.badge ? <Text className="deal__badge">{item.badge}</Text> : null}
      </View>
      <View className="deal__prices">
        <Text className="deal__price" data-testid="price">
          {formatFen(item.priceFen)}
        </Text>
        {item.originalPriceFen > item.priceFen ? (
          <Text className="deal__original" data-testid="original-price">
            {formatFen(item.originalPriceFen)}
          </Text>
        ) : null}
        <Text className="deal__unit">/{item.unit}</Text>
      </View>
      <View className="deal__meta">
        <Text className={urgent ? "deal__days deal__days--urgent" : "deal__days"}>
          {daysLeftText(item.daysLeft)}
        </Text>
        <Text className="deal__expiry">到期 {dateText(item.expiryDate)}</Text>
        <Text className="deal__store">{item.store.name}</Text>
      </View>
    </View>
  );
}
