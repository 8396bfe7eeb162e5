import type { Prisma } from "../generated/prisma/client";
import type { Tx } from "../scope";

export interface AuditEntry {
  /** userId null: a step the system took on its own (a scheduled job, an auto-approval). */
  actor: { tenantId: string; userId: string | null };
  action: string;
  entityType: string;
  entityId: string;
  /** The row as it was (omit for creations) and as it is now (omit for deletions), secrets removed. */
  before?: unknown;
  after?: unknown;
}

const json = (value: unknown) =>
  value === undefined || value === null
    ? undefined
    : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

const auditRow = (entry: AuditEntry) => ({
  tenantId: entry.actor.tenantId,
  actorId: entry.actor.userId,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  before: json(entry.before),
  after: json(entry.after),
});

/** One audit-log row: who changed what, with the before/after images. */
export function recordAudit(tx: Tx, entry: AuditEntry) {
  return tx.auditLog.create({ data: auditRow(entry) });
}

/** Many audit-log rows in one statement, for bulk changes such as a catalogue import. */
export function recordAudits(tx: Tx, entries: readonly AuditEntry[]) {
  return tx.auditLog.createMany({ data: entries.map(auditRow) });
}
