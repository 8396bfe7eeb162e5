import type { DailySales } from "../advisor/velocity";
import { weekdayIndex } from "../advisor/weekday";
import { grossMargin } from "../metrics/gross-margin";
import { type MarkdownLine, markdownLossFen } from "../metrics/markdown-loss";
import { salesVelocity } from "../metrics/sales-velocity";
import { sellThrough } from "../metrics/sell-through";
import { type Product, TRUE_WEEKDAY_FACTORS } from "./catalog";
import { poissonQuantile } from "./poisson";
import type { World } from "./world";

export interface SimBatch {
  readonly id: number;
  /** Day index of the expiry date: sellable through that day, written off at its close. */
  readonly expiryDay: number;
  qty: number;
}

/** What a policy sees when it prices one batch in the morning. */
export interface PriceContext {
  readonly world: World;
  readonly day: number;
  readonly product: Product;
  readonly batch: Readonly<SimBatch>;
  /** expiryDay − day: 0 on the last selling day. */
  readonly remainingDays: number;
  /** Units of the product expiring earlier (sold first under FEFO). */
  readonly unitsAhead: number;
  /** The product's last 28 days on sale (days out of stock are left out), oldest first. */
  readonly history: readonly DailySales[];
  /** Mean raw units/day over the category's products with history; null if none has any. */
  readonly categoryVelocity: () => number | null;
}

export interface Policy {
  readonly key: string;
  readonly label: string;
  /** Unit price in fen for the batch today, 1 ≤ price ≤ list. */
  priceFen(context: PriceContext): number;
}

export interface ProductLedger {
  /** Whole run, from empty shelves: received = sold + writtenOff + onHandEnd. */
  received: number;
  sold: number;
  writtenOff: number;
  onHandEnd: number;
  /** Measured window: opening + windowReceived = windowSold + windowWrittenOff + onHandEnd. */
  opening: number;
  windowReceived: number;
  windowSold: number;
  windowWrittenOff: number;
}

export interface PolicyTotals {
  readonly soldUnits: number;
  readonly writeOffUnits: number;
  /** At cost. */
  readonly writeOffValueFen: number;
  readonly revenueFen: number;
  readonly costOfSalesFen: number;
  /** Revenue − cost of units sold − write-offs at cost. */
  readonly grossMarginFen: number;
  /** Σ (list − price) × units. */
  readonly markdownFen: number;
  readonly openingUnits: number;
  readonly receivedUnits: number;
  readonly closingUnits: number;
  readonly sellThrough: number | null;
}

export interface PolicyResult {
  readonly key: string;
  readonly label: string;
  readonly totals: PolicyTotals;
  readonly ledgers: readonly ProductLedger[];
}

/** Optional record of a run, for the invariant tests. */
export interface SimTrace {
  readonly sales: {
    product: number;
    day: number;
    expiryDay: number;
    /** The earliest expiry among the product's batches with stock at the moment of the sale. */
    earliestOnHandExpiryDay: number;
    units: number;
  }[];
  /** [product × totalDays + day]: units the day's shoppers would buy at list price. */
  readonly listPriceDemand: number[];
}

interface Order {
  readonly arrivalDay: number;
  readonly qty: number;
  readonly ageDays: number;
}

const HISTORY_DAYS = 28;

/** Age of a delivery from its uniform: uniform over the category's range. */
function ageOf(product: Product, u: number, maxAge = product.category.ageAtReceiptDays[1]): number {
  const min = product.category.ageAtReceiptDays[0];
  return min + Math.floor(u * (Math.max(min, maxAge) - min + 1));
}

/** Demand multiplier at a price under the product's true elasticity. */
function multiplier(product: Product, priceFen: number): number {
  return (priceFen / product.listPriceFen) ** -product.elasticity;
}

/**
 * One policy over the whole run. Each day, per product: deliveries arrive; the policy prices each
 * batch (list price during the warm-up); the day's shoppers (one pre-drawn uniform) buy FEFO;
 * batches on their expiry date are written off at close; on review days an order-up-to order goes
 * out. Demand is set by the price of the batch at the front of the shelf; if that batch runs out,
 * the unmet part is rescaled to the next batch's price.
 */
export function simulatePolicy(world: World, policy: Policy, trace?: SimTrace): PolicyResult {
  const { products, draws, totalDays, dates } = world;
  const warmUp = world.config.warmUpDays;
  const batches: SimBatch[][] = products.map(() => []);
  const orders: Order[][] = products.map(() => []);
  const history: DailySales[][] = products.map(() => []);
  const ledgers: ProductLedger[] = products.map(() => ({
    received: 0,
    sold: 0,
    writtenOff: 0,
    onHandEnd: 0,
    opening: 0,
    windowReceived: 0,
    windowSold: 0,
    windowWrittenOff: 0,
  }));
  const lines: MarkdownLine[] = [];
  let nextBatchId = 1;
  let costOfSales = 0;
  let writeOffUnits = 0;
  let writeOffValue = 0;

  // Opening stock: one order-up-to delivery on day 0, up to half its shelf life old.
  products.forEach((product, p) => {
    const qty = Math.ceil(product.orderUpTo / product.casePack) * product.casePack;
    const age = ageOf(product, draws.openingAge[p] ?? 0, Math.floor(product.shelfLifeDays / 2));
    orders[p]?.push({ arrivalDay: 0, qty, ageDays: age });
  });

  for (let day = 0; day < totalDays; day++) {
    const inWindow = day >= warmUp;
    const weekday = weekdayIndex(dates[day] ?? "");
    const categoryCache = new Map<string, number | null>();
    const categoryVelocity = (category: string) => {
      if (!categoryCache.has(category)) {
        const paces = products
          .filter((product) => product.category.name === category)
          .map((product) => salesVelocity((history[product.index] ?? []).map((d) => d.units)))
          .filter((pace): pace is number => pace !== null);
        categoryCache.set(
          category,
          paces.length === 0 ? null : paces.reduce((a, v) => a + v, 0) / paces.length,
        );
      }
      return categoryCache.get(category) ?? null;
    };

    for (const product of products) {
      const p = product.index;
      const onShelf = batches[p] as SimBatch[];
      const ledger = ledgers[p] as ProductLedger;
      if (day === warmUp) ledger.opening = onShelf.reduce((a, b) => a + b.qty, 0);

      // 1. Deliveries.
      const pending = orders[p] as Order[];
      for (const order of pending.filter((o) => o.arrivalDay === day)) {
        onShelf.push({
          id: nextBatchId++,
          expiryDay: day - order.ageDays + product.shelfLifeDays,
          qty: order.qty,
        });
        ledger.received += order.qty;
        if (inWindow) ledger.windowReceived += order.qty;
      }
      orders[p] = pending.filter((o) => o.arrivalDay !== day);
      onShelf.sort((a, b) => a.expiryDay - b.expiryDay || a.id - b.id);

      // 2. Prices.
      const recent = (history[p] as DailySales[]).slice(-HISTORY_DAYS);
      let ahead = 0;
      const prices = onShelf.map((batch) => {
        const price = inWindow
          ? policy.priceFen({
              world,
              day,
              product,
              batch,
              remainingDays: batch.expiryDay - day,
              unitsAhead: ahead,
              history: recent,
              categoryVelocity: () => categoryVelocity(product.category.name),
            })
          : product.listPriceFen;
        if (!Number.isSafeInteger(price) || price < 1 || price > product.listPriceFen) {
          throw new RangeError(`${policy.key} 给 ${product.id} 定价无效: ${price}`);
        }
        ahead += batch.qty;
        return price;
      });

      // 3. Shoppers, FEFO.
      const u = draws.demand[p]?.[day] ?? 0;
      const dayBase = product.baseDemand * (TRUE_WEEKDAY_FACTORS[weekday] ?? 1);
      trace?.listPriceDemand.push(poissonQuantile(u, dayBase));
      const front = prices[0];
      if (front !== undefined) {
        let pace = multiplier(product, front);
        let wanted = poissonQuantile(u, dayBase * pace);
        let soldToday = 0;
        for (let i = 0; i < onShelf.length && wanted > 0; i++) {
          const batch = onShelf[i] as SimBatch;
          const price = prices[i] as number;
          if (i > 0) {
            const next = multiplier(product, price);
            wanted = Math.round((wanted * next) / pace);
            pace = next;
          }
          const units = Math.min(wanted, batch.qty);
          if (units === 0) continue;
          if (trace) {
            const earliest = Math.min(...onShelf.filter((b) => b.qty > 0).map((b) => b.expiryDay));
            trace.sales.push({
              product: p,
              day,
              expiryDay: batch.expiryDay,
              earliestOnHandExpiryDay: earliest,
              units,
            });
          }
          batch.qty -= units;
          wanted -= units;
          soldToday += units;
          ledger.sold += units;
          if (inWindow) {
            ledger.windowSold += units;
            costOfSales += units * product.costFen;
            lines.push({ listPriceFen: product.listPriceFen, sellingPriceFen: price, units });
          }
        }
        const discountPercent = ((product.listPriceFen - front) * 100) / product.listPriceFen;
        (history[p] as DailySales[]).push({ date: dates[day] ?? "", units: soldToday, discountPercent });
      }

      // 4. Close: what expires today and is left is written off at cost.
      for (const batch of onShelf) {
        if (batch.expiryDay > day || batch.qty === 0) continue;
        ledger.writtenOff += batch.qty;
        if (inWindow) {
          ledger.windowWrittenOff += batch.qty;
          writeOffUnits += batch.qty;
          writeOffValue += batch.qty * product.costFen;
        }
        batch.qty = 0;
      }
      batches[p] = onShelf.filter((batch) => batch.qty > 0);

      // 5. Review: order whole cases up to the order-up-to level.
      const { reviewDays, leadDays } = product.category;
      if (day % reviewDays === product.reviewOffset) {
        const position =
          (batches[p] as SimBatch[]).reduce((a, b) => a + b.qty, 0) +
          (orders[p] as Order[]).reduce((a, o) => a + o.qty, 0);
        if (position < product.orderUpTo) {
          const qty = Math.ceil((product.orderUpTo - position) / product.casePack) * product.casePack;
          const ageDays = ageOf(product, draws.receiptAge[p]?.[day] ?? 0);
          (orders[p] as Order[]).push({ arrivalDay: day + leadDays, qty, ageDays });
        }
      }
    }
  }

  products.forEach((product) => {
    const ledger = ledgers[product.index] as ProductLedger;
    ledger.onHandEnd = (batches[product.index] as SimBatch[]).reduce((a, b) => a + b.qty, 0);
  });
  const sum = (pick: (ledger: ProductLedger) => number) => ledgers.reduce((a, l) => a + pick(l), 0);
  const markdownFen = markdownLossFen(lines);
  const revenueFen = lines.reduce((a, line) => a + line.sellingPriceFen * line.units, 0);
  const soldUnits = sum((l) => l.windowSold);
  const openingUnits = sum((l) => l.opening);
  const receivedUnits = sum((l) => l.windowReceived);
  return {
    key: policy.key,
    label: policy.label,
    ledgers,
    totals: {
      soldUnits,
      writeOffUnits,
      writeOffValueFen: writeOffValue,
      revenueFen,
      costOfSalesFen: costOfSales,
      grossMarginFen: grossMargin(revenueFen, costOfSales + writeOffValue).grossMarginFen,
      markdownFen,
      openingUnits,
      receivedUnits,
      closingUnits: sum((l) => l.onHandEnd),
      sellThrough: sellThrough({ unitsSold: soldUnits, openingUnits, receivedUnits }),
    },
  };
}
