import { formatPercent, formatQuantity } from "./format";
import { floorUnits, requireRate, requireUnits } from "./guards";

/** The worst state a received batch reached before it sold out (or now, if still on hand). */
export type ReachedTier = "none" | "yellow" | "red" | "expired";

export interface ReceiptOutcome {
  readonly units: number;
  readonly reachedTier: ReachedTier;
}

export interface PurchasingAdviceInput {
  readonly shelfLifeDays: number;
  /** A batch turns yellow when its days left ≤ this. */
  readonly yellowThresholdDays: number;
  /** Receipts of the lookback window (normally the last 90 days) and how far each one slid. */
  readonly receipts: readonly ReceiptOutcome[];
  /** Average units sold per day. */
  readonly velocity: number;
  /** Units in a usual delivery of this product. */
  readonly typicalDeliveryUnits: number;
  /** Average days of shelf life already gone when stock arrives; 0 (fresh) when omitted. */
  readonly daysElapsedAtReceipt?: number;
  /** Length of the receipts window, for the sentence only; 90 when omitted. */
  readonly lookbackDays?: number;
}

export type PurchasingVerdict = "reduce" | "ok" | "no-sales";

export interface PurchasingAdvice {
  readonly receivedUnits: number;
  /**
   * Shares of received units, cumulative: a batch that expired also passed yellow and red, so
   * reachedYellowShare ≥ reachedRedShare ≥ expiredShare. null when nothing was received.
   */
  readonly reachedYellowShare: number | null;
  readonly reachedRedShare: number | null;
  readonly expiredShare: number | null;
  /** Days from receipt until the stock turns yellow: shelf life − yellow threshold − days elapsed. */
  readonly sellableWindowDays: number;
  /** floor(velocity × sellable window): what sells before it turns yellow; 0 if either is ≤ 0. */
  readonly suggestedMaxUnits: number;
  readonly verdict: PurchasingVerdict;
  /** One Chinese sentence explaining the numbers, for the product's advice card. */
  readonly reason: string;
}

const REACHED: Record<ReachedTier, { yellow: boolean; red: boolean; expired: boolean }> = {
  none: { yellow: false, red: false, expired: false },
  yellow: { yellow: true, red: false, expired: false },
  red: { yellow: true, red: true, expired: false },
  expired: { yellow: true, red: true, expired: true },
};

/**
 * Per-product purchasing advice: never receive more per delivery than sells before the stock turns
 * yellow. Flooring the suggestion errs on the side of ordering one unit too few, not one too many.
 */
export function purchasingAdvice(input: PurchasingAdviceInput): PurchasingAdvice {
  const shelfLife = requireUnits(input.shelfLifeDays, "保质期天数");
  const threshold = requireUnits(input.yellowThresholdDays, "黄色阈值天数");
  const velocity = requireRate(input.velocity, "日均销量");
  const typical = requireUnits(input.typicalDeliveryUnits, "常规进货量");
  const elapsed = requireRate(input.daysElapsedAtReceipt ?? 0, "到货时已过天数");
  const lookback = input.lookbackDays ?? 90;

  let received = 0;
  let yellow = 0;
  let red = 0;
  let expired = 0;
  for (const receipt of input.receipts) {
    const units = requireUnits(receipt.units, "到货数量");
    const reached = REACHED[receipt.reachedTier];
    received += units;
    if (reached.yellow) yellow += units;
    if (reached.red) red += units;
    if (reached.expired) expired += units;
  }
  const share = (units: number) => (received === 0 ? null : units / received);

  const window = shelfLife - threshold - elapsed;
  const suggestedMaxUnits = window > 0 && velocity > 0 ? floorUnits(velocity * window) : 0;
  const verdict: PurchasingVerdict =
    velocity === 0 ? "no-sales" : typical > suggestedMaxUnits ? "reduce" : "ok";

  const reachedYellowShare = share(yellow);
  const reachedRedShare = share(red);
  const expiredShare = share(expired);
  let history = `近${lookback}天无到货记录`;
  if (reachedYellowShare !== null) {
    history = `近${lookback}天到货 ${received} 件中 ${formatPercent(reachedYellowShare)} 进入黄色预警`;
    const worse = [
      red > 0 && reachedRedShare !== null ? `${formatPercent(reachedRedShare)} 进入红色预警` : "",
      expired > 0 && expiredShare !== null ? `${formatPercent(expiredShare)} 过期` : "",
    ].filter(Boolean);
    if (worse.length > 0) history += `，其中 ${worse.join("、")}`;
  }
  const shelf = `保质期 ${shelfLife} 天、黄色阈值 ${threshold} 天${
    elapsed > 0 ? `、到货时平均已过 ${formatQuantity(elapsed)} 天` : ""
  }`;
  let advice: string;
  if (verdict === "no-sales") {
    advice = "日均销量为 0，无法按销量估算可售量，建议暂停进货、先消化现有库存";
  } else if (window <= 0) {
    advice = `日均销量 ${formatQuantity(velocity)} 件，${shelf}，到货即进入黄色预警，建议暂停常规进货`;
  } else {
    const current =
      verdict === "reduce" ? `，当前常规进货 ${typical} 件偏多` : `，当前常规进货 ${typical} 件合适`;
    advice = `日均销量 ${formatQuantity(velocity)} 件，${shelf}，黄色前约 ${formatQuantity(window)} 天可售 ${suggestedMaxUnits} 件，建议每次进货不超过 ${suggestedMaxUnits} 件${current}`;
  }

  return {
    receivedUnits: received,
    reachedYellowShare,
    reachedRedShare,
    expiredShare,
    sellableWindowDays: window,
    suggestedMaxUnits,
    verdict,
    reason: `${history}；${advice}`,
  };
}
