import { Picker, ScrollView, Text, View } from "@tarojs/components";
import Taro, { usePullDownRefresh, useReachBottom } from "@tarojs/taro";
import { useCallback, useEffect, useRef, useState } from "react";
import { errorText } from "../../api/client";
import { listItems } from "../../api/storefront";
import type { ClearanceItem, Sort } from "../../api/types";
import { DealAlertButton } from "../../components/deal-alert-button";
import { DealCard } from "../../components/deal-card";
import { StateView } from "../../components/state-view";
import { rememberBadges } from "../../lib/badges";
import "./index.css";

const PAGE_SIZE = 20;
const SORTS: { key: Sort; label: string }[] = [
  { key: "discount", label: "折扣最大" },
  { key: "expiry", label: "临期优先" },
];

interface Facets {
  stores: { id: string; name: string }[];
  categories: string[];
}

/** Stores and categories to filter by, from the deals on offer (the API has no list of its own). */
async function loadFacets(): Promise<Facets> {
  const stores = new Map<string, string>();
  const categories = new Set<string>();
  for (let page = 1; page <= 4; page++) {
    const result = await listItems({ sort: "discount", page, pageSize: 50 });
    for (const item of result.items) {
      stores.set(item.store.id, item.store.name);
      categories.add(item.category);
    }
    if (page * 50 >= result.total) break;
  }
  return {
    stores: [...stores]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, "zh-CN")),
    categories: [...categories].sort((a, b) => a.localeCompare(b, "zh-CN")),
  };
}

/** 临期特惠: the clearance deals, filtered by store and category, sorted, paged as the shopper scrolls. */
export default function Index() {
  const [sort, setSort] = useState<Sort>("discount");
  const [store, setStore] = useState<string | undefined>();
  const [category, setCategory] = useState<string | undefined>();
  const [facets, setFacets] = useState<Facets>({ stores: [], categories: [] });
  const [items, setItems] = useState<ClearanceItem[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(0);
  const [status, setStatus] = useState<"loading" | "ready" | "error">("loading");
  const [error, setError] = useState("");
  const [loadingMore, setLoadingMore] = useState(false);
  // Answers to an earlier filter that arrive late are dropped.
  const generation = useRef(0);

  const loadFirst = useCallback(async () => {
    const mine = ++generation.current;
    setStatus("loading");
    try {
      const result = await listItems({ sort, store, category, page: 1, pageSize: PAGE_SIZE });
      if (mine !== generation.current) return;
      rememberBadges(result.items);
      setItems(result.items);
      setTotal(result.total);
      setPage(1);
      setStatus("ready");
    } catch (caught) {
      if (mine !== generation.current) return;
      setError(errorText(caught));
      setStatus("error");
    }
  }, [sort, store, category]);

  const refreshFacets = useCallback(() => {
    loadFacets().then(setFacets, () => undefined);
  }, []);

  useEffect(() => {
    loadFirst();
  }, [loadFirst]);
  useEffect(refreshFacets, [refreshFacets]);

  usePullDownRefresh(async () => {
    refreshFacets();
    await loadFirst();
    Taro.stopPullDownRefresh();
  });

  const loadMore = async () => {
    if (status !== "ready" || loadingMore || items.length >= total) return;
    const mine = generation.current;
    setLoadingMore(true);
    try {
      const result = await listItems({ sort, store, category, page: page + 1, pageSize: PAGE_SIZE });
      if (mine !== generation.current) return;
      rememberBadges(result.items);
      const seen = new Set(items.map((item) => item.batchId));
      setItems([...items, ...result.items.filter((item) => !seen.has(item.batchId))]);
      setTotal(result.total);
      setPage(page + 1);
    } catch (caught) {
      Taro.showToast({ title: errorText(caught), icon: "none" });
    } finally {
      setLoadingMore(false);
    }
  };
  useReachBottom(loadMore);

  const storeNames = ["全部门店", ...facets.stores.map((s) => s.name)];
  const storeIndex = store ? facets.stores.findIndex((s) => s.id === store) + 1 : 0;
  const open = (item: ClearanceItem) => Taro.navigateTo({ url: `/pages/item/index?id=${item.batchId}` });

  return (
    <View className="index">
      <View className="index__filters">
        <Picker
          mode="selector"
          range={storeNames}
          value={storeIndex}
          onChange={(event) => setStore(facets.stores[Number(event.detail.value) - 1]?.id)}
        >
          <View className="index__store" data-testid="store-picker">
            <Text>{storeNames[storeIndex] ?? "全部门店"}</Text>
            <Text className="index__caret">▾</Text>
          </View>
        </Picker>
        <View className="index__sorts">
          {SORTS.map((option) => (
            <Text
              key={option.key}
              className={option.key === sort ? "index__sort index__sort--on" : "index__sort"}
              onClick={() => setSort(option.key)}
            >
              {option.label}
            </Text>
          ))}
        </View>
      </View>
      <ScrollView className="index__tabs" scrollX>
        {[undefined, ...facets.categories].map((name) => (
          <Text
            key={name ?? ""}
            className={name === category ? "index__tab index__tab--on" : "index__tab"}
            onClick={() => setCategory(name)}
          >
            {name ?? "全部"}
          </Text>
        ))}
      </ScrollView>
      {status === "loading" ? <StateView state="loading" /> : null}
      {status === "error" ? <StateView state="error" message={error} onRetry={loadFirst} /> : null}
      {status === "ready" && items.length === 0 ? (
        <View className="index__empty">
          <StateView state="empty" message="暂无临期特惠，换个门店或分类看看" />
          <DealAlertButton productId={null} label="有新特惠时提醒我" />
        </View>
      ) : null}
      {status === "ready" && items.length > 0 ? (
        <View className="index__list">
          <View className="index__head">
            <Text className="index__count">共 {total} 件特惠</Text>
            <DealAlertButton productId={null} label="上新提醒" className="index__alert" />
          </View>
          {items.map((item) => (
            <DealCard key={item.batchId} item={item} onOpen={open} />
          ))}
          <Text className="index__more">
            {loadingMore ? "加载中…" : items.length < total ? "上拉加载更多" : "没有更多了"}
          </Text>
        </View>
      ) : null}
    </View>
  );
}
