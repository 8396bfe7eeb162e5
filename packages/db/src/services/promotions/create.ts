import type { PromotionMargin, PromotionTerms } from "@shelfloop/core";
import type { Promotion } from "../../generated/prisma/client";
import type { Tx } from "../../scope";
import { recordAudit } from "../audit";
import { recordPromotionEvents } from "../handoff/events";
import { issueCoupons } from "./coupons";
import { autoApproval } from "./deal";
import { toJson } from "./json";
import { reserveStock } from "./reservation";
import type { StoredRule } from "./rule-rows";
import { approvedStatus, promotionImage, transition } from "./transition";

const DAY_MS = 86_400_000;

export interface NewPromotion {
  /** Chosen by the caller, so the promotion this one supersedes can name it. */
  id: string;
  tenant: { tenantId: string; timezone: string };
  /** Locked by the caller, with the tier it is in now. */
  batchId: string;
  tier: string;
  rule: StoredRule;
  terms: PromotionTerms;
  margin: PromotionMargin;
  reserveQty: number;
  now: Date;
}

/**
 * Makes a batch's promotion order from a rule: reserves the units, records the rule as it is (and its
 * version), runs from now for the rule's days, issues the coupons, and is audited. Under the
 * auto-approval policy it is approved at once (audited as a system step); otherwise it waits for a
 * manager. The open-promotion unique index refuses a second one for the batch.
 */
export async function createPromotion(tx: Tx, input: NewPromotion): Promise<Promotion> {
  const { tenant, rule, now } = input;
  const { template } = rule;
  const created = await tx.promotion.create({
    data: {
      id: input.id,
      tenantId: tenant.tenantId,
      batchId: input.batchId,
      ruleId: rule.id,
      ruleVersion: rule.version,
      rule: toJson({ name: rule.name, condition: rule.condition, template }),
      tier: input.tier,
      terms: toJson(input.terms),
      channels: [...template.channels],
      stacksWithCoupon: template.stacksWithCoupon,
      marginFloorPercent: template.marginFloorPercent,
      allowBelowCost: template.allowBelowCost,
      status: "PENDING_APPROVAL",
      reservedQty: input.reserveQty,
      startsAt: now,
      endsAt: new Date(now.getTime() + template.durationDays * DAY_MS),
    },
  });
  await reserveStock(tx, input.batchId, input.reserveQty);
  const coupons = template.coupon ? await issueCoupons(tx, created, template.coupon, tenant.timezone) : 0;
  await recordAudit(tx, {
    actor: { tenantId: tenant.tenantId, userId: null },
    action: "promotion.created",
    entityType: "Promotion",
    entityId: created.id,
    after: {
      ...promotionImage(created),
      tier: created.tier,
      rule: { id: rule.id, name: rule.name, version: rule.version },
      terms: input.terms,
      coupons,
    },
  });
  const note = autoApproval(template, input.margin, input.reserveQty);
  if (!note) {
    await recordPromotionEvents(tx, created, ["AWAITING_APPROVAL"]);
    return created;
  }
  const approved = await transition(tx, created, {
    to: approvedStatus(created, now),
    action: "promotion.auto_approved",
    actorId: null,
    data: { decidedAt: now, decisionComment: note },
  });
  return approved ?? created;
}
