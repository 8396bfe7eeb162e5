import type { Database } from "../../client";
import type { PromotionStatus } from "../../generated/prisma/enums";
import { type Tx, withTenant } from "../../scope";
import { activateDuePromotions, endPromotions } from "./lifecycle";
import { matchBatches } from "./match";

async function timezoneOf(tx: Tx, tenantId: string): Promise<string> {
  const { timezone } = await tx.tenant.findUniqueOrThrow({
    where: { id: tenantId },
    select: { timezone: true },
  });
  return timezone;
}

async function statusOf(tx: Tx, promotionId: string): Promise<PromotionStatus | null> {
  const promotion = await tx.promotion.findUnique({ where: { id: promotionId }, select: { status: true } });
  return promotion?.status ?? null;
}

/** One tenant's promotions brought up to `now`: those due to end are ended, then those due to start activated. */
export function sweepPromotions(
  db: Database,
  tenantId: string,
  now: Date,
): Promise<{ ended: number; activated: number }> {
  return withTenant(db, { tenantId }, async (tx) => {
    const ended = await endPromotions(tx, await timezoneOf(tx, tenantId), now);
    const activated = await activateDuePromotions(tx, now);
    return { ended: ended.length, activated: activated.length };
  });
}

/** An approved promotion's start step: active once its start has come. Returns its status (null: gone). */
export function activatePromotionById(db: Database, tenantId: string, promotionId: string, now: Date) {
  return withTenant(db, { tenantId }, async (tx) => {
    await activateDuePromotions(tx, now, promotionId);
    return statusOf(tx, promotionId);
  });
}

/** An approved promotion's end step: ended if it is due. Returns its status (null: gone). */
export function endPromotionById(db: Database, tenantId: string, promotionId: string, now: Date) {
  return withTenant(db, { tenantId }, async (tx) => {
    await endPromotions(tx, await timezoneOf(tx, tenantId), now, promotionId);
    return statusOf(tx, promotionId);
  });
}

/**
 * Promotions in this process, for when no Inngest server runs them ("re-tier now" and receiving
 * without Inngest, startup): promotions due to end or start are swept, then the batches that changed
 * tier are matched. Run after the tier changes have committed.
 */
export async function runPromotionsNow(
  db: Database,
  tenantId: string,
  changes: readonly { batchId: string }[],
  now: Date,
) {
  const swept = await sweepPromotions(db, tenantId, now);
  const matched = await matchBatches(
    db,
    tenantId,
    changes.map((change) => change.batchId),
    now,
  );
  return { ...swept, created: matched.created, closed: matched.closed };
}
