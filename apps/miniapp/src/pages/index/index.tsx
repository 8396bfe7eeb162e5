import { Text, View } from "@tarojs/components";
import "./index.css";

// No deals API is wired up yet, so the page shows an honest empty state instead of sample products.
export default function Index() {
  return (
    <View className="index">
      <View className="index__header">
        <Text className="index__title">临期特惠</Text>
        <Text className="index__intro">附近门店的临期好物，保质期内低价出售，少浪费也更省钱。</Text>
      </View>
      <View className="index__empty">
        <Text>暂无临期特惠，敬请期待</Text>
      </View>
    </View>
  );
}
