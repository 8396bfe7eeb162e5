import { randomUUID } from "node:crypto";
import type { PromotionTerms } from "@shelfloop/core";
import type { Database } from "../client";
import { withTenant } from "../scope";
import { toJson } from "../services/promotions/json";
import { reserveStock } from "../services/promotions/reservation";
import type { TenantFixture } from "./fixtures";

const DAY_MS = 86_400_000;

export interface PromotionFixtureInput {
  terms: PromotionTerms;
  channels?: string[];
  reservedQty?: number;
  /** Unclaimed coupon codes to issue with it (AMOUNT_OFF ¥1, no minimum, one per customer). */
  couponCodes?: string[];
  now?: Date;
}

/**
 * A promotion for the fixture's batch waiting for approval (from now for 3 days), made directly
 * rather than through a rule so tests choose the terms; its units are reserved as matching would.
 */
export async function createPromotionFixture(
  db: Database,
  fixture: Pick<TenantFixture, "tenantId" | "batchId">,
  input: PromotionFixtureInput,
): Promise<string> {
  const now = input.now ?? new Date();
  const reservedQty = input.reservedQty ?? 10;
  return withTenant(db, { tenantId: fixture.tenantId }, async (tx) => {
    const promotion = await tx.promotion.create({
      data: {
        id: randomUUID(),
        tenantId: fixture.tenantId,
        batchId: fixture.batchId,
        ruleVersion: 1,
        rule: toJson({ name: "测试" }),
        tier: "WARNING",
        terms: toJson(input.terms),
        channels: input.channels ?? ["MINIAPP", "POS"],
        stacksWithCoupon: true,
        marginFloorPercent: 100,
        allowBelowCost: false,
        status: "PENDING_APPROVAL",
        reservedQty,
        startsAt: now,
        endsAt: new Date(now.getTime() + 3 * DAY_MS),
      },
    });
    await reserveStock(tx, fixture.batchId, reservedQty);
    const validFrom = new Date(now.getTime() - DAY_MS);
    const validTo = new Date(now.getTime() + 3 * DAY_MS);
    await tx.coupon.createMany({
      data: (input.couponCodes ?? []).map((code) => ({
        tenantId: fixture.tenantId,
        promotionId: promotion.id,
        code,
        terms: toJson({ type: "AMOUNT_OFF", params: { amountFen: 100 } }),
        minSpendFen: 0,
        perCustomerLimit: 1,
        validFrom,
        validTo,
      })),
    });
    return promotion.id;
  });
}
