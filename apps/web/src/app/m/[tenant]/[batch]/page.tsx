import { daysBetween, formatFen, todayIn } from "@shelfloop/core";
import { BusinessError, clearanceItem, database, resolveStorefrontTenant } from "@shelfloop/db";
import { notFound } from "next/navigation";

// A shelf label's QR code lands here (public). WeChat opens the mini-program for this address once the
// merchant registers the prefix; any other scanner sees the same deal as the mini-program would.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ tenant: string; batch: string }> };

async function dealOf(tenantKey: string, batchId: string) {
  const tenant = await resolveStorefrontTenant(database(), tenantKey);
  if (!tenant || !/^[0-9a-f-]{36}$/i.test(batchId)) return null;
  try {
    return { tenant, item: await clearanceItem(database(), tenant, batchId, new Date()) };
  } catch (error) {
    if (error instanceof BusinessError) return { tenant, item: null };
    throw error;
  }
}

export default async function LabelLinkPage({ params }: Props) {
  const { tenant: key, batch } = await params;
  const deal = await dealOf(decodeURIComponent(key), batch);
  if (!deal) notFound();
  const { tenant, item } = deal;
  return (
    <main className="mx-auto max-w-md space-y-4 p-6">
      <p className="text-sm text-tremor-content">{tenant.name}</p>
      {item ? (
        <>
          <h1 className="text-xl font-semibold text-tremor-content-strong">{item.productName}</h1>
          <p>
            <span className="text-3xl font-bold text-rose-600">{formatFen(item.priceFen)}</span>
            {item.originalPriceFen > item.priceFen && (
              <span className="ml-2 text-tremor-content line-through">
                {formatFen(item.originalPriceFen)}
              </span>
            )}
            {item.badge && (
              <span className="ml-2 rounded bg-rose-50 px-2 py-0.5 text-sm text-rose-700">{item.badge}</span>
            )}
          </p>
          <p className="text-sm">{item.terms}</p>
          <p className="text-sm text-tremor-content">
            到期 {item.expiryDate}（还剩 {daysBetween(todayIn(tenant.timezone), item.expiryDate)} 天）·{" "}
            {item.store.name}
          </p>
          <p className="text-xs text-tremor-content">在微信中扫码可直接打开小程序购买。</p>
        </>
      ) : (
        <p className="text-tremor-content-strong">该商品的临期特惠已结束，请以门店价签为准。</p>
      )}
    </main>
  );
}
