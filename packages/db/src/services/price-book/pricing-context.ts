import {
  type ActivePromotion,
  type CalendarDate,
  calendarDateOf,
  type PricingProduct,
  type StockBatch,
} from "@shelfloop/core";
import type { Tx } from "../../scope";
import { dbDate } from "../promotions/json";
import { partnerIdOf } from "../promotions/rows";
import { toActivePromotion } from "./active-promotion";

export interface PricingContext {
  products: PricingProduct[];
  stock: StockBatch[];
  promotions: ActivePromotion[];
}

interface Request {
  channel: string;
  today: CalendarDate;
  timezone: string;
}

/**
 * The products of `productIds` with their sellable batches (soonest expiry first) and the promotions
 * active on the channel for those batches. A batch offers its unreserved units plus the units its own
 * active promotion still holds on this channel; units held for a promotion elsewhere are not sold here.
 */
async function load(tx: Tx, request: Request, productIds: readonly string[]): Promise<PricingContext> {
  const [products, batches] = await Promise.all([
    tx.product.findMany({
      where: { id: { in: [...productIds] } },
      select: { id: true, name: true, listPriceFen: true, costFen: true },
    }),
    tx.batch.findMany({
      where: {
        productId: { in: [...productIds] },
        status: "ACTIVE",
        qtyOnHand: { gt: 0 },
        expiryDate: { gte: dbDate(request.today) },
      },
      include: { promotions: { where: { status: "ACTIVE", channels: { has: request.channel } } } },
      orderBy: [{ expiryDate: "asc" }, { id: "asc" }],
    }),
  ]);
  const promotions: ActivePromotion[] = [];
  const stock: StockBatch[] = [];
  for (const batch of batches) {
    const [promotion] = batch.promotions;
    const own = promotion ? toActivePromotion(promotion, batch.productId, request.timezone) : null;
    if (own) promotions.push(own);
    const available = batch.qtyOnHand - Math.max(0, batch.qtyReserved - (own?.reservedQty ?? 0));
    if (available > 0) {
      const expiryDate = calendarDateOf(batch.expiryDate);
      stock.push({ batchId: batch.id, productId: batch.productId, expiryDate, available });
    }
  }
  return { products, stock, promotions };
}

/**
 * What the pricing engine needs to price a cart of `productIds` on `channel` on the scoped tenant's
 * calendar date `today`: the cart's products and those their deals draw on (bundle partners, gifts),
 * with stock, and the ACTIVE promotions of the cart's products on the channel.
 */
export async function loadPricingContext(
  tx: Tx,
  input: { channel: string; productIds: readonly string[]; today: CalendarDate },
): Promise<PricingContext> {
  const { timezone } = await tx.tenant.findFirstOrThrow({ select: { timezone: true } });
  const request = { channel: input.channel, today: input.today, timezone };
  const wanted = new Set(input.productIds);
  const cart = await load(tx, request, [...wanted]);
  const extra = [...new Set(cart.promotions.flatMap((p) => partnerIdOf(p, p.productId) ?? []))].filter(
    (id) => !wanted.has(id),
  );
  if (extra.length === 0) return cart;
  // Deal products are only drawn from: their own promotions do not apply to this cart.
  const deal = await load(tx, request, extra);
  return { ...cart, products: [...cart.products, ...deal.products], stock: [...cart.stock, ...deal.stock] };
}
