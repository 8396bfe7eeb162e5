import { Button, Text, View } from "@tarojs/components";
import Taro, { useDidShow, usePullDownRefresh, useRouter } from "@tarojs/taro";
import { useCallback, useEffect, useState } from "react";
import { errorText, getToken } from "../../api/client";
import { availableCoupons, claimCoupon, myCoupons, signIn } from "../../api/storefront";
import type { Coupon, CouponCampaign } from "../../api/types";
import { StateView } from "../../components/state-view";
import { COUPON_STATE_TEXT, couponState } from "../../lib/coupon-state";
import { dateText } from "../../lib/days";
import "./index.css";

/** A campaign to claim from: the API's list, or one a link or QR code names (`?promotionId=`). */
type Campaign = Pick<CouponCampaign, "promotionId"> & Partial<CouponCampaign>;

function CouponCard({ coupon }: { coupon: Coupon }) {
  const state = couponState(coupon);
  return (
    <View className={`coupon coupon--${state}`} data-testid="my-coupon">
      <View className="coupon__main">
        <Text className="coupon__description">{coupon.description}</Text>
        <Text className="coupon__validity">
          {dateText(coupon.validFrom)} 至 {dateText(coupon.validTo)}
        </Text>
        <Text className="coupon__code">券码 {coupon.code}</Text>
      </View>
      <Text className="coupon__state">{COUPON_STATE_TEXT[state]}</Text>
    </View>
  );
}

/** 领券中心: sign in, claim a campaign's coupon, and the shopper's coupons with their validity and state. */
export default function CouponsPage() {
  const { params } = useRouter();
  const [signedIn, setSignedIn] = useState(() => getToken() !== null);
  const [mine, setMine] = useState<Coupon[] | null>(null);
  const [mineError, setMineError] = useState("");
  const [campaigns, setCampaigns] = useState<Campaign[]>([]);
  const [busy, setBusy] = useState("");

  const loadMine = useCallback(async () => {
    if (!getToken()) {
      setSignedIn(false);
      return;
    }
    setMineError("");
    try {
      setMine(await myCoupons());
    } catch (caught) {
      setMineError(errorText(caught));
      setSignedIn(getToken() !== null);
    }
  }, []);

  useEffect(() => {
    availableCoupons().then(
      (found) => {
        const linked = params.promotionId;
        const fromLink =
          linked && !found.some((c) => c.promotionId === linked) ? [{ promotionId: linked }] : [];
        setCampaigns([...fromLink, ...found]);
      },
      () => setCampaigns([]),
    );
  }, [params.promotionId]);
  useDidShow(() => {
    loadMine();
  });
  usePullDownRefresh(async () => {
    await loadMine();
    Taro.stopPullDownRefresh();
  });

  const login = async () => {
    setBusy("login");
    try {
      await signIn();
      setSignedIn(true);
      await loadMine();
    } catch (caught) {
      Taro.showToast({ title: errorText(caught), icon: "none" });
    } finally {
      setBusy("");
    }
  };

  const claim = async (promotionId: string) => {
    setBusy(promotionId);
    try {
      if (!getToken()) {
        await signIn();
        setSignedIn(true);
      }
      const coupon = await claimCoupon(promotionId);
      Taro.showToast({ title: "领取成功", icon: "success" });
      setMine((current) => [coupon, ...(current ?? []).filter((c) => c.code !== coupon.code)]);
    } catch (caught) {
      Taro.showModal({ title: "领取失败", content: errorText(caught), showCancel: false });
    } finally {
      setBusy("");
    }
  };

  return (
    <View className="coupons">
      <View className="coupons__section">
        <Text className="coupons__title">我的优惠券</Text>
        {!signedIn ? (
          <View className="coupons__login">
            <Text className="coupons__hint">登录后查看和领取优惠券</Text>
            <Button type="primary" size="mini" loading={busy === "login"} onClick={login}>
              {process.env.TARO_ENV === "weapp" ? "微信登录" : "登录（开发）"}
            </Button>
          </View>
        ) : mineError ? (
          <StateView state="error" message={mineError} onRetry={loadMine} />
        ) : mine === null ? (
          <StateView state="loading" />
        ) : mine.length === 0 ? (
          <StateView state="empty" message="还没有优惠券，去下面领一张吧" />
        ) : (
          mine.map((coupon) => <CouponCard key={coupon.code} coupon={coupon} />)
        )}
      </View>
      <View className="coupons__section">
        <Text className="coupons__title">可领取</Text>
        {campaigns.length === 0 ? <StateView state="empty" message="暂无可领取的优惠券" /> : null}
        {campaigns.map((campaign) => (
          <View
            key={campaign.promotionId}
            className="campaign"
            data-testid="campaign"
            data-promotion={campaign.promotionId}
          >
            <View className="campaign__main">
              <Text className="campaign__title">{campaign.description ?? "活动优惠券"}</Text>
              {campaign.productName ? <Text className="campaign__meta">{campaign.productName}</Text> : null}
              {campaign.validTo ? (
                <Text className="campaign__meta">
                  剩 {campaign.remaining} 张 · {dateText(campaign.validTo)} 前有效
                  {campaign.perCustomerLimit ? ` · 每人限领 ${campaign.perCustomerLimit} 张` : ""}
                </Text>
              ) : null}
            </View>
            <Button
              size="mini"
              className="campaign__claim"
              loading={busy === campaign.promotionId}
              disabled={busy !== "" || undefined}
              onClick={() => claim(campaign.promotionId)}
            >
              领取
            </Button>
          </View>
        ))}
      </View>
    </View>
  );
}
