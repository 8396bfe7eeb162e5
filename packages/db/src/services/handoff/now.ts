import type { Database } from "../../client";
import { withTenant } from "../../scope";
import { recordEndpointFailure, sendEndpointMessage } from "../alerts/deliver";
import { PROMOTION_LIFECYCLE, type PromotionEventPayload } from "./events";
import { planPromotionHandoffs } from "./plan";

/**
 * Hands off a tenant's unannounced promotion events in this process, for when no Inngest server does
 * (the embedded default, startup): claims the outbox rows, writes the in-app notices, sends each robot
 * message once (a failure counts on the endpoint as final) and marks the rows published.
 */
export async function handOffPromotionsNow(
  db: Database,
  tenantId: string,
): Promise<{ events: number; sent: number }> {
  const payloads = await withTenant(db, { tenantId }, async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; payload: PromotionEventPayload }[]>`
      SELECT id::text AS id, payload FROM outbox_events
       WHERE published_at IS NULL AND topic = ${PROMOTION_LIFECYCLE}
       ORDER BY created_at, id LIMIT 1000 FOR UPDATE SKIP LOCKED`;
    await tx.outboxEvent.updateMany({
      where: { id: { in: rows.map((row) => row.id) } },
      data: { publishedAt: new Date() },
    });
    return rows.map((row) => row.payload);
  });
  if (payloads.length === 0) return { events: 0, sent: 0 };
  let sent = 0;
  for (const { endpointId, message } of await planPromotionHandoffs(db, tenantId, payloads)) {
    const result = await sendEndpointMessage(db, tenantId, endpointId, message);
    if ("skipped" in result) continue;
    if (result.ok) sent++;
    else await recordEndpointFailure(db, tenantId, endpointId, { message: result.message });
  }
  return { events: payloads.length, sent };
}
