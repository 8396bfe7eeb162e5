import { randomUUID } from "node:crypto";
import { addDays, type CalendarDate, daysBetween, gtinCheckDigit } from "@shelfloop/core";
import type { Prisma } from "../generated/prisma/client";
import { DEMO_CATALOGUE } from "./catalogue";
import { expiredBatchHistory } from "./demo-history";
import type { seededRandom } from "./random";

type Random = ReturnType<typeof seededRandom>;
type Product = Prisma.ProductCreateManyInput & { id: string; shelfLifeDays: number };

const BATCHES_PER_PRODUCT_PER_WAREHOUSE = 5;
// Target mix of remaining-days bands, so the demo shows every state a merchant meets.
const REMAINING_TARGETS = [
  { weight: 10, min: -20, max: -1 },
  { weight: 25, min: 0, max: 30 },
  { weight: 25, min: 31, max: 90 },
  { weight: 40, min: 91, max: 400 },
] as const;

const at = (date: CalendarDate, time: string) => new Date(`${date}T${time}+08:00`);
const dbDate = (date: CalendarDate) => new Date(`${date}T00:00:00Z`);
const compact = (date: CalendarDate) => date.replaceAll("-", "");

export function demoProducts(tenantId: string, random: Random): Product[] {
  return DEMO_CATALOGUE.flatMap((spec, c) =>
    spec.products.map((name, i) => {
      const listPriceFen = Math.round(random.int(...spec.listPriceFen) / 10) * 10;
      const gtinBody = `69${String(20000 + c * 100 + i).padStart(5, "0")}${random.int(10000, 99999)}`;
      return {
        id: randomUUID(),
        tenantId,
        sku: `SKU-${String(c + 1).padStart(2, "0")}${String(i + 1).padStart(3, "0")}`,
        gtin: `${gtinBody}${gtinCheckDigit(gtinBody)}`,
        name,
        category: spec.category,
        shelfLifeDays: random.int(...spec.shelfLifeDays),
        unit: spec.unit,
        listPriceFen,
        costFen: Math.round((listPriceFen * random.int(55, 75)) / 100),
      };
    }),
  );
}

/** Days of shelf life left today, drawn for a target band but possible for this product. */
function drawRemainingDays(shelfLifeDays: number, random: Random): number {
  let roll = random.int(1, 100);
  let target: (typeof REMAINING_TARGETS)[number] = REMAINING_TARGETS[0];
  for (target of REMAINING_TARGETS) {
    roll -= target.weight;
    if (roll <= 0) break;
  }
  const highest = Math.min(target.max, shelfLifeDays - 1);
  const lowest = Math.max(target.min, -Math.min(20, shelfLifeDays));
  return lowest <= highest ? random.int(lowest, highest) : random.int(-2, shelfLifeDays - 1);
}

/** Up to this many days of sales per batch, so the reports have a history to show. */
const SALE_DAYS_PER_BATCH = 8;

/** A past deal the batch's later sales were made under. */
type PastDeal = { id: string; fromDay: CalendarDate; unitPriceFen: number } | null;

/**
 * A batch's `sold` units as daily till and store sales between its receipt and its last sale day, each
 * with its channel, revenue and list value: at list price, or at the past deal's price from its first day.
 */
function demoSales(
  product: Product,
  batchId: string,
  sold: number,
  receivedOn: CalendarDate,
  lastSaleDay: CalendarDate,
  random: Random,
  deal: PastDeal,
): Prisma.StockMovementCreateManyInput[] {
  if (sold <= 0) return [];
  const span = daysBetween(receivedOn, lastSaleDay);
  const days = [...new Set(Array.from({ length: SALE_DAYS_PER_BATCH }, () => random.int(0, span)))].sort(
    (a, b) => a - b,
  );
  const count = Math.min(days.length, sold);
  return days.slice(0, count).map((offset, i) => {
    // Equal shares, the remainder on the first days.
    const units = Math.floor(sold / count) + (i < sold % count ? 1 : 0);
    const soldOn = addDays(receivedOn, offset);
    const onDeal = deal !== null && soldOn >= deal.fromDay;
    const channel = onDeal || random.int(1, 100) <= 70 ? "POS" : "STORE";
    return {
      tenantId: product.tenantId,
      batchId,
      type: "SALE" as const,
      quantity: -units,
      reason: channel === "POS" ? "演示数据：POS 销售" : "演示数据：门店销售",
      referenceType: "DEMO_SALE",
      referenceId: `${soldOn}-${i}`,
      occurredAt: at(soldOn, `${String(10 + i).padStart(2, "0")}:00:00`),
      channel,
      revenueFen: units * (onDeal ? deal.unitPriceFen : product.listPriceFen),
      listValueFen: units * product.listPriceFen,
      promotionId: onDeal ? deal.id : null,
    };
  });
}

/**
 * Batches of every product in every warehouse, each with its receipt and (aggregated) sales in the
 * ledger, so on-hand quantities always equal the sum of movements. Sales never fall after today
 * or after the batch's expiry date.
 */
export function demoStock(products: Product[], warehouseIds: string[], today: CalendarDate, random: Random) {
  const batches: Prisma.BatchCreateManyInput[] = [];
  const movements: Prisma.StockMovementCreateManyInput[] = [];
  const tierChanges: Prisma.BatchTierChangeCreateManyInput[] = [];
  const promotions: Prisma.PromotionCreateManyInput[] = [];
  for (const product of products) {
    for (const warehouseId of warehouseIds) {
      for (let n = 1; n <= BATCHES_PER_PRODUCT_PER_WAREHOUSE; n++) {
        const { tenantId, shelfLifeDays } = product;
        const expiryDate = addDays(today, drawRemainingDays(shelfLifeDays, random));
        const productionDate = addDays(expiryDate, -shelfLifeDays);
        const receivedOn = addDays(
          productionDate,
          random.int(0, Math.min(3, daysBetween(productionDate, today))),
        );
        const lastSaleDay = expiryDate < today ? expiryDate : today;
        const qtyReceived = random.int(24, 240);
        const soldOut = random.int(1, 100) <= 5;
        const shareSold =
          (Math.min(daysBetween(productionDate, today), shelfLifeDays) * random.int(30, 90)) / 100;
        const sold = soldOut
          ? qtyReceived
          : Math.min(qtyReceived - 1, Math.floor((qtyReceived * shareSold) / shelfLifeDays));
        const batchId = randomUUID();
        const expired = expiryDate < today;
        const history = expired
          ? expiredBatchHistory(
              {
                id: batchId,
                tenantId,
                shelfLifeDays,
                receivedOn,
                expiryDate,
                listPriceFen: product.listPriceFen,
              },
              random.int(1, 100) <= 60,
            )
          : null;
        const sales = demoSales(
          product,
          batchId,
          sold,
          receivedOn,
          lastSaleDay,
          random,
          history?.promotion ?? null,
        );
        // Half of the expired stock still on hand was written off the morning after expiry.
        const writtenOff = expired && sold < qtyReceived && random.int(1, 100) <= 50 ? qtyReceived - sold : 0;
        batches.push({
          id: batchId,
          tenantId,
          productId: product.id,
          warehouseId,
          lotCode: `L${compact(productionDate)}-${n}`,
          productionDate: dbDate(productionDate),
          expiryDate: dbDate(expiryDate),
          receivedAt: at(receivedOn, "09:30:00"),
          qtyReceived,
          qtyOnHand: qtyReceived - sold - writtenOff,
          status: soldOut ? "DEPLETED" : writtenOff > 0 ? "WRITTEN_OFF" : "ACTIVE",
          ...(history ? { tier: history.tier } : {}),
        });
        movements.push({
          tenantId,
          batchId,
          type: "RECEIVE",
          quantity: qtyReceived,
          reason: "演示数据：采购入库",
          referenceType: "PURCHASE_ORDER",
          referenceId: `PO-${compact(receivedOn)}`,
          occurredAt: at(receivedOn, "09:30:00"),
        });
        movements.push(...sales);
        if (writtenOff > 0) {
          movements.push({
            tenantId,
            batchId,
            type: "WRITE_OFF",
            quantity: -writtenOff,
            reason: "过期",
            referenceType: "DEMO_WRITE_OFF",
            referenceId: batchId,
            occurredAt: at(addDays(expiryDate, 1), "08:00:00"),
          });
        }
        if (history) {
          tierChanges.push(...history.tierChanges);
          if (history.promotion) {
            const { fromDay: _from, unitPriceFen: _price, ...promotion } = history.promotion;
            const soldQty = sales
              .filter((sale) => sale.promotionId === promotion.id)
              .reduce((sum, sale) => sum - sale.quantity, 0);
            // The deal offered what was on hand when it started.
            const soldBefore = sales
              .filter((sale) => sale.promotionId !== promotion.id)
              .reduce((sum, sale) => sum - sale.quantity, 0);
            promotions.push({ ...promotion, soldQty, reservedQty: qtyReceived - soldBefore });
          }
        }
      }
    }
  }
  return { batches, movements, tierChanges, promotions };
}
