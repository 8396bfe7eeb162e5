import { randomUUID } from "node:crypto";
import { sha256Hex } from "@shelfloop/channels";
import { type PricedCart, type PricedLine, priceCart, todayIn } from "@shelfloop/core";
import type { Database } from "../../client";
import type { Prisma } from "../../generated/prisma/client";
import { type Tx, withTenant } from "../../scope";
import { BusinessError } from "../errors";
import { moveStockOut, sellReservedStock } from "../stock";
import { insufficientStock } from "../stock/errors";
import type { PosCaller } from "./caller";
import { recordCustomerPurchase } from "./customer-purchase";
import { type PosSaleRequest, presentedCoupons, resolveLines } from "./sale-input";
import { POS_CHANNEL, storePricingContext } from "./store-context";

export interface PosReceipt extends Omit<PricedCart, "warnings"> {
  saleId: string;
  idempotencyKey: string;
  warehouseId: string;
  soldAt: string;
}

export type PosSaleOutcome =
  | { kind: "recorded"; receipt: PosReceipt }
  /** The key was used before with the same body: the first answer, unchanged. */
  | { kind: "replayed"; receipt: PosReceipt }
  /** The key was used before with another body. */
  | { kind: "mismatch" };

export interface PosSaleInput {
  idempotencyKey: string;
  /** The raw body as received: its hash tells a retry from a different sale under the same key. */
  rawBody: string;
  sale: PosSaleRequest;
  now: Date;
}

/** Units of a line the pricing could not supply: the till must not sell what the store does not have. */
function refuseShortLines(
  lines: readonly PricedLine[],
  names: ReadonlyMap<string, { name: string; unit: string }>,
) {
  const short = lines.find((line) => line.shortQty > 0);
  if (!short) return;
  const product = names.get(short.productId);
  const error = insufficientStock(short.quantity, short.quantity + short.shortQty, product?.unit ?? "件");
  throw new BusinessError("CONFLICT", `${product?.name ?? short.productId}：${error.message}`, "lines");
}

/**
 * The ledger side of a priced cart: units drawn on a promotion's terms from its own batch leave the
 * reservation (sellReservedStock); everything else leaves by FEFO per product, as any sale does.
 */
async function moveSoldStock(tx: Tx, caller: PosCaller, priced: PricedCart, saleId: string, now: Date) {
  const reference = { type: "POS_SALE", id: saleId };
  const promotionIds = [...priced.lines, ...priced.gifts].flatMap((line) => line.promotionId ?? []);
  const promotions = await tx.promotion.findMany({
    where: { id: { in: promotionIds } },
    select: { id: true, batchId: true },
  });
  const regular = new Map<string, { quantity: number; revenueFen: number; listValueFen: number }>();
  for (const line of [...priced.lines, ...priced.gifts]) {
    const promotion = promotions.find((candidate) => candidate.id === line.promotionId);
    for (const allocation of line.allocations) {
      if (allocation.promoted && promotion?.batchId === allocation.batchId) {
        await sellReservedStock(tx, {
          promotionId: promotion.id,
          quantity: allocation.quantity,
          reference,
          now,
          sale: {
            channel: POS_CHANNEL,
            revenueFen: allocation.totalFen,
            listValueFen: allocation.subtotalFen,
          },
        });
      } else {
        const sum = regular.get(line.productId) ?? { quantity: 0, revenueFen: 0, listValueFen: 0 };
        regular.set(line.productId, {
          quantity: sum.quantity + allocation.quantity,
          revenueFen: sum.revenueFen + allocation.totalFen,
          listValueFen: sum.listValueFen + allocation.subtotalFen,
        });
      }
    }
  }
  for (const [productId, { quantity, revenueFen, listValueFen }] of regular) {
    await moveStockOut(tx, {
      type: "SALE",
      productId,
      warehouseId: caller.warehouseId,
      quantity,
      reason: "POS 销售",
      reference,
      actorId: null,
      now,
      sale: { channel: POS_CHANNEL, revenueFen, listValueFen },
    });
  }
}

async function redeemCoupon(tx: Tx, code: string, now: Date) {
  const { count } = await tx.coupon.updateMany({
    where: { code, redeemedAt: null },
    data: { redeemedAt: now },
  });
  if (count === 0) throw new BusinessError("CONFLICT", `优惠券 ${code} 已使用`, "coupons");
}

/**
 * Records one till sale, all or nothing: prices the cart on the POS channel with the store's stock,
 * moves the stock, redeems the applied coupon and stores the receipt under the Idempotency-Key. The key
 * is locked for the transaction, so a retry racing the first request waits for it and then replays it.
 */
export function recordPosSale(db: Database, caller: PosCaller, input: PosSaleInput): Promise<PosSaleOutcome> {
  const requestHash = sha256Hex(input.rawBody);
  return withTenant(db, { tenantId: caller.tenantId }, async (tx): Promise<PosSaleOutcome> => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`pos-sale:${caller.tenantId}:${input.idempotencyKey}`}, 0))`;
    const previous = await tx.posSale.findUnique({
      where: { tenantId_idempotencyKey: { tenantId: caller.tenantId, idempotencyKey: input.idempotencyKey } },
    });
    if (previous) {
      return previous.requestHash === requestHash
        ? { kind: "replayed", receipt: previous.response as unknown as PosReceipt }
        : { kind: "mismatch" };
    }

    const lines = await resolveLines(tx, input.sale.lines);
    const coupons = await presentedCoupons(tx, input.sale.coupons ?? [], input.sale.customer);
    const { timezone } = await tx.tenant.findFirstOrThrow({ select: { timezone: true } });
    const today = todayIn(timezone, input.now);
    const productIds = lines.map((line) => line.productId);
    const context = await storePricingContext(tx, { warehouseId: caller.warehouseId, productIds, today });
    const priced = priceCart({
      cart: { channel: POS_CHANNEL, customerId: input.sale.customer, lines },
      ...context,
      coupons,
      today,
    });
    const products = await tx.product.findMany({
      where: { id: { in: productIds } },
      select: { id: true, name: true, unit: true },
    });
    refuseShortLines(priced.lines, new Map(products.map((product) => [product.id, product])));

    const saleId = randomUUID();
    await moveSoldStock(tx, caller, priced, saleId, input.now);
    if (priced.coupon) await redeemCoupon(tx, priced.coupon.code, input.now);
    const { warnings: _console, ...cart } = priced;
    const receipt: PosReceipt = {
      saleId,
      idempotencyKey: input.idempotencyKey,
      warehouseId: caller.warehouseId,
      soldAt: input.now.toISOString(),
      ...cart,
    };
    await tx.posSale.create({
      data: {
        id: saleId,
        tenantId: caller.tenantId,
        warehouseId: caller.warehouseId,
        idempotencyKey: input.idempotencyKey,
        requestHash,
        response: receipt as unknown as Prisma.InputJsonValue,
      },
    });
    const { customer } = input.sale;
    if (customer)
      await recordCustomerPurchase(tx, { tenantId: caller.tenantId, saleId, customer, now: input.now }, cart);
    return { kind: "recorded", receipt };
  });
}
