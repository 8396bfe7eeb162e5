import type { RobotMessage } from "@shelfloop/channels";
import type { TierPolicy } from "@shelfloop/core";
import type { AlertEndpoint, Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../scope";
import { tierNamesOf } from "../tiering/describe";
import { loadTierPolicies, policyForProduct } from "../tiering/policies";
import { buildTierDigest, type DigestBatch, type TierDigest } from "./digest";

/** One robot message to send through one endpoint. */
export interface PlannedAlert {
  endpointId: string;
  message: RobotMessage;
}

/** A batch in an alert, with the first (normal) tier of its policy: moving there is not an alert. */
export interface AlertBatch extends DigestBatch {
  normalTier: string;
}

/** The console's base URL for links in alerts. */
export function consoleBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.SHELFLOOP_CONSOLE_URL ?? env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

/** What alert planning reads about a batch. */
export const ALERT_BATCH_SELECT = {
  id: true,
  lotCode: true,
  qtyOnHand: true,
  warehouseId: true,
  tier: true,
  tierChangedAt: true,
  expiryDate: true,
  product: { select: { id: true, name: true, category: true, costFen: true } },
  warehouse: { select: { name: true } },
  location: { select: { code: true } },
} satisfies Prisma.BatchSelect;

export type AlertBatchRow = Prisma.BatchGetPayload<{ select: typeof ALERT_BATCH_SELECT }>;

/**
 * Turns batch rows into alert batches (with the tier they moved to and their days left, which the
 * caller knows) and returns a digest builder over the tier names of the policies involved.
 */
export async function alertBatchesOf(
  tx: Tx,
  tenantId: string,
  rows: { row: AlertBatchRow; toTier: string; remainingDays: number }[],
  now: Date,
) {
  const [tenant, policies] = await Promise.all([
    tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { name: true, timezone: true } }),
    loadTierPolicies(tx),
  ]);
  const used: TierPolicy[] = [];
  const batches: AlertBatch[] = rows.map(({ row, toTier, remainingDays }) => {
    const policy = policyForProduct(policies, row.product);
    if (!used.includes(policy)) used.push(policy);
    return {
      batchId: row.id,
      productName: row.product.name,
      lotCode: row.lotCode,
      warehouseId: row.warehouseId,
      warehouseName: row.warehouse.name,
      locationCode: row.location?.code ?? null,
      toTier,
      changedAt: row.tierChangedAt ?? now,
      remainingDays,
      qtyOnHand: row.qtyOnHand,
      costFen: row.product.costFen,
      normalTier: policy.tiers[0]?.key ?? "",
    };
  });
  const tierNames = tierNamesOf(used);
  const consoleUrl = consoleBaseUrl();
  const digest = (selected: DigestBatch[]): TierDigest =>
    buildTierDigest({ tenantName: tenant.name, tierNames, consoleUrl, batches: selected });
  return { tenant, batches, digest };
}

/** Batches that entered an alerting tier (not those back to normal). */
export const alerting = (batches: AlertBatch[]) =>
  batches.filter((batch) => batch.toTier !== batch.normalTier);

/**
 * The batches an endpoint alerts about: its tiers (empty meaning every tier but the normal one) and
 * its warehouses (empty meaning all).
 */
export function batchesFor(endpoint: Pick<AlertEndpoint, "tiers" | "warehouseIds">, batches: AlertBatch[]) {
  return batches.filter(
    (batch) =>
      (endpoint.tiers.length === 0
        ? batch.toTier !== batch.normalTier
        : endpoint.tiers.includes(batch.toTier)) &&
      (endpoint.warehouseIds.length === 0 || endpoint.warehouseIds.includes(batch.warehouseId)),
  );
}

/** The robot message for a digest, with the endpoint's mentions. */
export function messageFor(
  endpoint: Pick<AlertEndpoint, "id" | "mentionMobiles" | "mentionAll">,
  { title, markdown, link }: TierDigest,
): PlannedAlert {
  return {
    endpointId: endpoint.id,
    message: {
      title,
      markdown,
      link,
      ...(endpoint.mentionMobiles.length > 0 ? { mentionMobiles: endpoint.mentionMobiles } : {}),
      ...(endpoint.mentionAll ? { mentionAll: true } : {}),
    },
  };
}
