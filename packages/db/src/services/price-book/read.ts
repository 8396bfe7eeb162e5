import { type CalendarDate, calendarDateOf } from "@shelfloop/core";
import type { PriceBookEntry as EntryRow, Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../scope";

/** One promoted price of one batch on one channel, as published at `version`. */
export interface PriceBookEntry {
  channel: string;
  productId: string;
  batchId: string;
  promotionId: string;
  priceFen: number;
  originalPriceFen: number;
  badge: string;
  validFrom: CalendarDate;
  validTo: CalendarDate;
  /** The version that added it. */
  version: number;
}

export interface PriceBookRemoval {
  batchId: string;
  productId: string;
  promotionId: string;
}

const toEntry = (row: EntryRow): PriceBookEntry => ({
  channel: row.channel,
  productId: row.productId,
  batchId: row.batchId,
  promotionId: row.promotionId,
  priceFen: row.priceFen,
  originalPriceFen: row.originalPriceFen,
  badge: row.badge,
  validFrom: calendarDateOf(row.validFrom),
  validTo: calendarDateOf(row.validTo),
  version: row.addedVersion,
});

/** The scoped tenant's latest published version (0: none yet). */
export async function priceBookVersion(tx: Tx): Promise<number> {
  const tenant = await tx.tenant.findFirstOrThrow({ select: { priceBookVersion: true } });
  return tenant.priceBookVersion;
}

/** Entries present at `version`: added by then and not yet removed. */
const presentAt = (version: number): Prisma.PriceBookEntryWhereInput => ({
  addedVersion: { lte: version },
  OR: [{ removedVersion: null }, { removedVersion: { gt: version } }],
});

const ORDER = [
  { addedVersion: "asc" },
  { id: "asc" },
] satisfies Prisma.PriceBookEntryOrderByWithRelationInput[];

/**
 * The scoped tenant's book for a channel as of its latest version. Entries are read as of that
 * version, so a publish committing between the two reads cannot mix into the answer.
 */
export async function currentPriceBook(tx: Tx, input: { channel: string }) {
  const version = await priceBookVersion(tx);
  const rows = await tx.priceBookEntry.findMany({
    where: { channel: input.channel, ...presentAt(version) },
    orderBy: ORDER,
  });
  return { version, entries: rows.map(toEntry) };
}

/**
 * What changed on a channel between version `since` and the latest: entries added after `since` and
 * still present (upserts), and entries present at `since` that have been removed (removals). Applied
 * to the book at `since`, they give the current book.
 */
export async function priceBookDelta(tx: Tx, input: { channel: string; since: number }) {
  const version = await priceBookVersion(tx);
  const [added, removed] = await Promise.all([
    tx.priceBookEntry.findMany({
      // AND, not a spread: presentAt's own addedVersion bound would replace the `gt since` one.
      where: { channel: input.channel, AND: [{ addedVersion: { gt: input.since } }, presentAt(version)] },
      orderBy: ORDER,
    }),
    tx.priceBookEntry.findMany({
      where: {
        channel: input.channel,
        addedVersion: { lte: input.since },
        removedVersion: { gt: input.since, lte: version },
      },
      orderBy: ORDER,
    }),
  ]);
  return {
    version,
    upserts: added.map(toEntry),
    removals: removed.map(
      ({ batchId, productId, promotionId }): PriceBookRemoval => ({ batchId, productId, promotionId }),
    ),
  };
}
