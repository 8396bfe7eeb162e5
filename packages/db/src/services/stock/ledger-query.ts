import type { CalendarDate } from "@shelfloop/core";
import { Prisma } from "../../generated/prisma/client";
import type { MovementType } from "../../generated/prisma/enums";
import type { Tx } from "../../scope";

export interface MovementFilter {
  batchId?: string | undefined;
  productId?: string | undefined;
  warehouseId?: string | undefined;
  type?: MovementType | undefined;
  /** First and last day to include (inclusive), in the tenant's timezone. */
  from?: CalendarDate | undefined;
  to?: CalendarDate | undefined;
}

/** One ledger row with the names a reader needs. */
export interface LedgerRow {
  id: string;
  type: MovementType;
  /** Signed: positive in, negative out. */
  quantity: number;
  reason: string | null;
  referenceType: string | null;
  referenceId: string | null;
  occurredAt: Date;
  /** "YYYY-MM-DD HH:MM:SS" in the tenant's timezone. */
  occurredAtLocal: string;
  actorId: string | null;
  /** null when there is no actor or they are no longer a member (user rows are visible to members only). */
  actorName: string | null;
  batchId: string;
  lotCode: string;
  expiryDate: CalendarDate;
  productId: string;
  sku: string;
  productName: string;
  unit: string;
  warehouseId: string;
  warehouseCode: string;
  warehouseName: string;
}

// Calendar-day bounds and local times are the tenant's; uncorrelated, so evaluated once per query.
const TENANT_TIMEZONE = Prisma.sql`(SELECT t.timezone FROM tenants t WHERE t.id = app_tenant_id())`;

const LEDGER = Prisma.sql`stock_movements m
  JOIN batches b ON b.tenant_id = m.tenant_id AND b.id = m.batch_id
  JOIN products p ON p.tenant_id = b.tenant_id AND p.id = b.product_id
  JOIN warehouses w ON w.tenant_id = b.tenant_id AND w.id = b.warehouse_id`;

function conditions(filter: MovementFilter): Prisma.Sql {
  const where = [Prisma.sql`TRUE`];
  if (filter.batchId) where.push(Prisma.sql`m.batch_id = ${filter.batchId}::uuid`);
  if (filter.productId) where.push(Prisma.sql`b.product_id = ${filter.productId}::uuid`);
  if (filter.warehouseId) where.push(Prisma.sql`b.warehouse_id = ${filter.warehouseId}::uuid`);
  if (filter.type) where.push(Prisma.sql`m.type = ${filter.type}::"MovementType"`);
  if (filter.from) {
    where.push(
      Prisma.sql`m.occurred_at >= (${filter.from}::date::timestamp AT TIME ZONE ${TENANT_TIMEZONE})`,
    );
  }
  if (filter.to) {
    where.push(
      Prisma.sql`m.occurred_at < ((${filter.to}::date + 1)::timestamp AT TIME ZONE ${TENANT_TIMEZONE})`,
    );
  }
  return Prisma.join(where, " AND ");
}

export function countLedgerRows(tx: Tx, filter: MovementFilter): Promise<number> {
  return tx.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM ${LEDGER} WHERE ${conditions(filter)}`.then(
    (rows) => rows[0]?.count ?? 0,
  );
}

/** Ledger rows matching `filter`, newest first (ties by id, so pages never overlap). */
export function ledgerRows(
  tx: Tx,
  filter: MovementFilter,
  page: { limit: number; offset: number },
): Promise<LedgerRow[]> {
  return tx.$queryRaw<LedgerRow[]>`
    SELECT m.id::text AS id, m.type::text AS type, m.quantity, m.reason,
           m.reference_type AS "referenceType", m.reference_id AS "referenceId", m.occurred_at AS "occurredAt",
           to_char(m.occurred_at AT TIME ZONE ${TENANT_TIMEZONE}, 'YYYY-MM-DD HH24:MI:SS') AS "occurredAtLocal",
           m.actor_id::text AS "actorId", u.name AS "actorName",
           b.id::text AS "batchId", b.lot_code AS "lotCode", b.expiry_date::text AS "expiryDate",
           p.id::text AS "productId", p.sku, p.name AS "productName", p.unit,
           w.id::text AS "warehouseId", w.code AS "warehouseCode", w.name AS "warehouseName"
      FROM ${LEDGER}
      LEFT JOIN users u ON u.id = m.actor_id
     WHERE ${conditions(filter)}
     ORDER BY m.occurred_at DESC, m.id DESC
     LIMIT ${page.limit} OFFSET ${page.offset}`;
}
