import { randomBytes, randomUUID } from "node:crypto";
import { signPosRequest } from "@shelfloop/channels";
import { addDays, todayIn } from "@shelfloop/core";
import { createPosKey, type Database, type Tx, withTenant } from "@shelfloop/db";
import type { TenantFixture } from "@shelfloop/db/testing";

export const TODAY = todayIn("Asia/Shanghai");
process.env.SHELFLOOP_SECRET_KEY ??= randomBytes(32).toString("base64");

/** Helpers over one fixture tenant: rows as the services would leave them, and signed POS requests. */
export function posShop(db: Database, shop: TenantFixture) {
  const inTenant = <T>(work: (tx: Tx) => Promise<T>) => withTenant(db, { tenantId: shop.tenantId }, work);

  const batch = (productId: string, expiresIn: number, qty: number, warehouseId = shop.warehouseId) =>
    inTenant((tx) =>
      tx.batch.create({
        data: {
          tenantId: shop.tenantId,
          productId,
          warehouseId,
          lotCode: `L-${randomUUID().slice(0, 8)}`,
          productionDate: new Date(`${addDays(TODAY, expiresIn - 14)}T00:00:00Z`),
          expiryDate: new Date(`${addDays(TODAY, expiresIn)}T00:00:00Z`),
          qtyReceived: qty,
          qtyOnHand: qty,
        },
      }),
    );

  const product = (name: string, gtin?: string) =>
    inTenant((tx) =>
      tx.product.create({
        data: {
          tenantId: shop.tenantId,
          sku: `SKU-${randomUUID().slice(0, 8)}`,
          name,
          gtin: gtin ?? null,
          category: "乳制品",
          shelfLifeDays: 14,
          listPriceFen: 800,
          costFen: 500,
        },
      }),
    );

  /** An ACTIVE special-price promotion on the POS channel holding `reservedQty` of the batch. */
  const promotion = (batchId: string, reservedQty: number, unitPriceFen: number) =>
    inTenant(async (tx) => {
      await tx.batch.update({ where: { id: batchId }, data: { qtyReserved: reservedQty } });
      return tx.promotion.create({
        data: {
          tenantId: shop.tenantId,
          batchId,
          ruleVersion: 1,
          rule: {},
          tier: "RED",
          terms: { type: "SPECIAL_PRICE", params: { unitPriceFen } },
          channels: ["POS", "MALL"],
          stacksWithCoupon: true,
          marginFloorPercent: 100,
          allowBelowCost: false,
          status: "ACTIVE",
          reservedQty,
          startsAt: new Date(Date.now() - 86_400_000),
          endsAt: new Date(Date.now() + 3 * 86_400_000),
        },
      });
    });

  const key = (warehouseId = shop.warehouseId) =>
    inTenant((tx) => createPosKey(tx, shop, { warehouseId, name: "收银台 1" }));

  return { inTenant, batch, product, promotion, key };
}

export interface SignedCall {
  keyId: string;
  secret: string;
  method?: "GET" | "POST";
  path: string;
  body?: string;
  timestamp?: number;
  nonce?: string;
  headers?: Record<string, string>;
}

/** A Request as a till would send it, signed over exactly the path and body sent. */
export function signedRequest({
  keyId,
  secret,
  method = "GET",
  path,
  body,
  timestamp,
  nonce,
  headers,
}: SignedCall) {
  const signed = signPosRequest({ keyId, secret, method, path, body: body ?? "", timestamp, nonce });
  return new Request(`http://shelfloop.test${path}`, {
    method,
    headers: { ...signed, ...(body ? { "content-type": "application/json" } : {}), ...headers },
    body: body ?? null,
  });
}
