import type { ClearanceLabel } from "@shelfloop/channels";
import { calendarDateOf } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { BusinessError } from "../errors";
import { POS_CHANNEL } from "../pos/store-context";

/** The shelf shows the store's till price: labels follow the POS channel's price book. */
export const LABEL_CHANNEL = POS_CHANNEL;

export type LabelScope = "ALL" | "CHANGED";

export interface LabelSheet {
  warehouseId: string;
  storeName: string;
  /** The price-book version the labels are read at. */
  version: number;
  /** The version of the store's last print (0: never printed). */
  lastPrintedVersion: number;
  labels: ClearanceLabel[];
  /** Labels printed before whose deal has ended since: take them off the shelf. */
  removedSinceLastPrint: number;
}

interface EntryRow {
  batchId: string;
  productName: string;
  lotCode: string;
  expiryDate: Date;
  priceFen: number;
  originalPriceFen: number;
  badge: string;
}

/**
 * The clearance labels of one store at the current price-book version: every current entry (ALL), or
 * only those published since the store's last print (CHANGED: what to reprint after price changes).
 * Each label's QR opens the item at `itemUrl(batchId)`.
 */
export async function labelSheet(
  tx: Tx,
  input: { warehouseId: string; scope: LabelScope; itemUrl: (batchId: string) => string },
): Promise<LabelSheet> {
  const store = await tx.warehouse.findUnique({
    where: { id: input.warehouseId },
    select: { id: true, name: true },
  });
  if (!store) throw new BusinessError("NOT_FOUND", "门店不存在", "warehouseId");
  const { priceBookVersion: version } = await tx.tenant.findFirstOrThrow({
    select: { priceBookVersion: true },
  });
  const last = await tx.labelPrint.findFirst({
    where: { warehouseId: store.id },
    orderBy: { printedAt: "desc" },
    select: { version: true },
  });
  const lastPrintedVersion = last?.version ?? 0;
  const since = input.scope === "CHANGED" ? lastPrintedVersion : 0;
  const rows = await tx.$queryRaw<EntryRow[]>`
    SELECT e.batch_id::text AS "batchId", p.name AS "productName", b.lot_code AS "lotCode",
           b.expiry_date AS "expiryDate", e.price_fen AS "priceFen", e.original_price_fen AS "originalPriceFen", e.badge
      FROM price_book_entries e
      JOIN batches b ON b.id = e.batch_id
      JOIN products p ON p.id = e.product_id
     WHERE e.channel = ${LABEL_CHANNEL} AND b.warehouse_id = ${store.id}::uuid
       AND e.added_version > ${since} AND e.added_version <= ${version}
       AND (e.removed_version IS NULL OR e.removed_version > ${version})
     ORDER BY p.category, p.name, b.expiry_date, e.batch_id`;
  const [removed] = await tx.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM price_book_entries e JOIN batches b ON b.id = e.batch_id
     WHERE e.channel = ${LABEL_CHANNEL} AND b.warehouse_id = ${store.id}::uuid
       AND e.added_version <= ${lastPrintedVersion}
       AND e.removed_version > ${lastPrintedVersion} AND e.removed_version <= ${version}`;
  return {
    warehouseId: store.id,
    storeName: store.name,
    version,
    lastPrintedVersion,
    removedSinceLastPrint: Number(removed?.count ?? 0),
    labels: rows.map((row) => ({
      productName: row.productName,
      lotCode: row.lotCode,
      expiryDate: calendarDateOf(row.expiryDate),
      originalPriceFen: row.originalPriceFen,
      clearancePriceFen: row.priceFen,
      badge: row.badge,
      storeName: store.name,
      url: input.itemUrl(row.batchId),
    })),
  };
}

/** Records that a store's labels were printed at `version` (what the next CHANGED sheet starts from). */
export function recordLabelPrint(
  tx: Tx,
  actor: { tenantId: string; userId: string },
  print: { warehouseId: string; version: number; layout: string; labels: number; scope: LabelScope },
) {
  return tx.labelPrint.create({ data: { tenantId: actor.tenantId, printedById: actor.userId, ...print } });
}

export interface StoreLabelStatus {
  warehouseId: string;
  storeName: string;
  current: number;
  /** Labels published since the last print (all of them when never printed). */
  toReprint: number;
  toRemove: number;
  lastPrintedAt: Date | null;
}

/** Per store: how many labels are current, how many changed since its last print, when it last printed. */
export async function labelStatus(tx: Tx): Promise<StoreLabelStatus[]> {
  const stores = await tx.warehouse.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true },
  });
  const statuses: StoreLabelStatus[] = [];
  for (const store of stores) {
    const itemUrl = () => "";
    const [all, changed, last] = await Promise.all([
      labelSheet(tx, { warehouseId: store.id, scope: "ALL", itemUrl }),
      labelSheet(tx, { warehouseId: store.id, scope: "CHANGED", itemUrl }),
      tx.labelPrint.findFirst({ where: { warehouseId: store.id }, orderBy: { printedAt: "desc" } }),
    ]);
    statuses.push({
      warehouseId: store.id,
      storeName: all.storeName,
      current: all.labels.length,
      toReprint: changed.labels.length,
      toRemove: changed.removedSinceLastPrint,
      lastPrintedAt: last?.printedAt ?? null,
    });
  }
  return statuses;
}
