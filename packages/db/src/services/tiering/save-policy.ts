import type { TierPolicy } from "@shelfloop/core";
import type { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../scope";
import { recordAudit } from "../audit";
import type { PolicyScope } from "./preview";

const targetOf = (scope: PolicyScope) =>
  scope.scope === "TENANT" ? "" : scope.scope === "CATEGORY" ? scope.category : scope.productId;

const whereOf = (tenantId: string, scope: PolicyScope) => ({
  tenantId_scope_target: { tenantId, scope: scope.scope, target: targetOf(scope) },
});

/** Writes (or replaces) the policy of a scope, with the change in the audit log. `policy` is validated. */
export async function saveTierPolicy(
  tx: Tx,
  actor: { tenantId: string; userId: string },
  scope: PolicyScope,
  policy: TierPolicy,
) {
  const where = whereOf(actor.tenantId, scope);
  const before = await tx.tierPolicy.findUnique({ where });
  const tiers = policy as unknown as Prisma.InputJsonValue;
  const saved = await tx.tierPolicy.upsert({
    where,
    create: {
      tenantId: actor.tenantId,
      scope: scope.scope,
      target: targetOf(scope),
      productId: scope.scope === "PRODUCT" ? scope.productId : null,
      tiers,
      updatedById: actor.userId,
    },
    update: { tiers, updatedById: actor.userId },
  });
  await recordAudit(tx, {
    actor,
    action: before ? "tier_policy.updated" : "tier_policy.created",
    entityType: "TierPolicy",
    entityId: saved.id,
    before: before && { scope: before.scope, target: before.target, tiers: before.tiers },
    after: { scope: saved.scope, target: saved.target, tiers },
  });
  return saved;
}

/** Removes a category or product override, so the next level's policy applies again. */
export async function deleteTierPolicy(
  tx: Tx,
  actor: { tenantId: string; userId: string },
  scope: PolicyScope,
) {
  const existing = await tx.tierPolicy.findUnique({ where: whereOf(actor.tenantId, scope) });
  if (!existing) return false;
  await tx.tierPolicy.delete({ where: { id: existing.id } });
  await recordAudit(tx, {
    actor,
    action: "tier_policy.deleted",
    entityType: "TierPolicy",
    entityId: existing.id,
    before: { scope: existing.scope, target: existing.target, tiers: existing.tiers },
  });
  return true;
}
