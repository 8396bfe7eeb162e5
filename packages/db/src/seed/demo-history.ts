import { randomUUID } from "node:crypto";
import { addDays, type CalendarDate, DEFAULT_TIER_POLICY, daysBetween, tierOf } from "@shelfloop/core";
import type { Prisma } from "../generated/prisma/client";

const at = (date: CalendarDate, time: string) => new Date(`${date}T${time}+08:00`);

/** The demo's past clearance deal: 紧急 batches went 7 折 until they expired. */
export const DEMO_PAST_DISCOUNT_PERCENT = 30;

export interface PastBatch {
  id: string;
  tenantId: string;
  shelfLifeDays: number;
  receivedOn: CalendarDate;
  expiryDate: CalendarDate;
  listPriceFen: number;
}

export interface BatchHistory {
  tierChanges: Prisma.BatchTierChangeCreateManyInput[];
  /** The tier the batch was last placed in (the batch row's `tier`). */
  tier: string;
  promotion:
    | (Prisma.PromotionCreateManyInput & { id: string; fromDay: CalendarDate; unitPriceFen: number })
    | null;
}

/**
 * An expired batch's past, as the default policy would have recorded it: the days it entered 关注, 紧急
 * and 过期, and (for some) a 7 折 clearance promotion from the day it turned 紧急 to its expiry, whose
 * sales the caller prices at the deal.
 */
export function expiredBatchHistory(batch: PastBatch, withPromotion: boolean): BatchHistory {
  const tierChanges: Prisma.BatchTierChangeCreateManyInput[] = [];
  let tier = "NORMAL";
  let redDay: CalendarDate | null = null;
  for (let day = batch.receivedOn; day <= addDays(batch.expiryDate, 1); day = addDays(day, 1)) {
    const remainingDays = daysBetween(day, batch.expiryDate);
    const next = tierOf(DEFAULT_TIER_POLICY, { remainingDays, shelfLifeDays: batch.shelfLifeDays });
    if (next === tier) continue;
    tierChanges.push({
      tenantId: batch.tenantId,
      batchId: batch.id,
      fromTier: tier,
      toTier: next,
      remainingDays,
      changedAt: at(day, "01:00:00"),
    });
    if (next === "RED") redDay = day;
    tier = next;
  }
  if (!withPromotion || !redDay || redDay >= batch.expiryDate) return { tierChanges, tier, promotion: null };
  const unitPriceFen = Math.round((batch.listPriceFen * (100 - DEMO_PAST_DISCOUNT_PERCENT)) / 1000) * 10;
  return {
    tierChanges,
    tier,
    promotion: {
      id: randomUUID(),
      tenantId: batch.tenantId,
      batchId: batch.id,
      ruleVersion: 1,
      rule: { name: "紧急：临期特价 7 折（历史）" },
      tier: "RED",
      terms: { type: "SPECIAL_PRICE", params: { unitPriceFen } },
      channels: ["POS", "MINIAPP"],
      stacksWithCoupon: false,
      marginFloorPercent: 0,
      allowBelowCost: false,
      status: "ENDED",
      reservedQty: 0,
      // A batch that arrives already 紧急 goes on the deal once received (receipts are at 09:30).
      startsAt: at(redDay, redDay === batch.receivedOn ? "09:45:00" : "02:00:00"),
      endsAt: at(batch.expiryDate, "23:59:59"),
      endedReason: "批次到期",
      fromDay: redDay,
      unitPriceFen,
    },
  };
}
