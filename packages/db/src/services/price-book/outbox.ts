import type { Database } from "../../client";
import { withScope, withTenant } from "../../scope";

export interface OutboxMessage {
  id: string;
  tenantId: string;
  topic: string;
  payload: unknown;
}

/**
 * Sends each tenant's unpublished outbox rows, oldest first, and marks them published. Rows are
 * claimed FOR UPDATE SKIP LOCKED, so concurrent relays never send the same row twice, and marked in
 * the transaction that sent them: a failed send rolls the marks back and the rows go out next time
 * (at least once; consumers dedupe by tenant and version).
 */
export async function relayOutbox(
  db: Database,
  options: { limit: number; send: (messages: OutboxMessage[]) => Promise<unknown>; tenantId?: string },
): Promise<number> {
  const tenantIds = options.tenantId
    ? [options.tenantId]
    : await withScope(db, {}, async (tx) =>
        (await tx.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM app_tenants_for_jobs()`).map(
          (t) => t.id,
        ),
      );
  let relayed = 0;
  for (const tenantId of tenantIds) {
    relayed += await withTenant(db, { tenantId }, async (tx) => {
      const rows = await tx.$queryRaw<OutboxMessage[]>`
        SELECT id::text AS id, tenant_id::text AS "tenantId", topic, payload FROM outbox_events
         WHERE published_at IS NULL ORDER BY created_at, id LIMIT ${options.limit}
         FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return 0;
      await options.send(rows);
      await tx.outboxEvent.updateMany({
        where: { id: { in: rows.map((row) => row.id) } },
        data: { publishedAt: new Date() },
      });
      return rows.length;
    });
  }
  return relayed;
}
