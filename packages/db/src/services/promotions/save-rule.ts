import { type RuleCondition, type RuleSpec, validateRuleSpec } from "@shelfloop/core";
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../scope";
import { recordAudit } from "../audit";
import { BusinessError } from "../errors";
import { toJson } from "./json";
import { type RuleRow, ruleImage, ruleRow } from "./rule-rows";
import { tenantTierKeys } from "./tier-names";

type Actor = { tenantId: string; userId: string };

/** A rule as the console submits it; without id a new rule is added at the end of the list. */
export interface RuleInput extends RuleSpec {
  id?: string | undefined;
}

/** validateRuleSpec's first problem as a BusinessError naming its field. */
export function requireValidSpec(spec: RuleSpec): void {
  const result = validateRuleSpec(spec);
  if (result.ok) return;
  const [first] = result.errors;
  throw new BusinessError("BAD_REQUEST", first?.message ?? "规则无效", first?.field);
}

/** The tiers, products and warehouses a condition names must exist in the tenant. */
async function requireKnownTargets(tx: Tx, condition: RuleCondition): Promise<void> {
  const tierKeys = await tenantTierKeys(tx);
  const unknownTier = condition.tiers.find((tier) => !tierKeys.has(tier));
  if (unknownTier !== undefined) {
    throw new BusinessError("BAD_REQUEST", `预警级别 ${unknownTier} 不在当前的阈值策略中`, "condition.tiers");
  }
  const [products, warehouses] = await Promise.all([
    tx.product.count({ where: { id: { in: [...condition.productIds] } } }),
    tx.warehouse.count({ where: { id: { in: [...condition.warehouseIds] } } }),
  ]);
  if (products !== new Set(condition.productIds).size)
    throw new BusinessError("BAD_REQUEST", "所选商品有的已不存在", "condition.productIds");
  if (warehouses !== new Set(condition.warehouseIds).size)
    throw new BusinessError("BAD_REQUEST", "所选仓库有的已不存在", "condition.warehouseIds");
}

const nameTaken = () => new BusinessError("CONFLICT", "已有同名的规则，请换一个名称", "name");

/**
 * Adds or changes a rule after validating it (the first problem is refused with its field). Every
 * change bumps the version, which promotions record, and is audited with the rule before and after.
 */
export async function saveRule(tx: Tx, actor: Actor, input: RuleInput): Promise<RuleRow> {
  const spec: RuleSpec = { name: input.name.trim(), condition: input.condition, template: input.template };
  requireValidSpec(spec);
  await requireKnownTargets(tx, spec.condition);
  const before = input.id ? await tx.promotionRule.findUnique({ where: { id: input.id } }) : null;
  if (input.id && !before) throw new BusinessError("NOT_FOUND", "该规则不存在");
  const clash = await tx.promotionRule.findFirst({
    where: { name: spec.name, ...(before ? { id: { not: before.id } } : {}) },
    select: { id: true },
  });
  if (clash) throw nameTaken();

  const data = { name: spec.name, condition: toJson(spec.condition), template: toJson(spec.template) };
  try {
    const saved = before
      ? await tx.promotionRule.update({
          where: { id: before.id },
          data: { ...data, version: { increment: 1 } },
        })
      : await tx.promotionRule.create({
          data: { tenantId: actor.tenantId, ...data, priority: await nextPriority(tx) },
        });
    await recordAudit(tx, {
      actor,
      action: before ? "promotion_rule.updated" : "promotion_rule.created",
      entityType: "PromotionRule",
      entityId: saved.id,
      before: before && ruleImage(before),
      after: ruleImage(saved),
    });
    return ruleRow(tx, saved.id);
  } catch (error) {
    // Another admin saved the same name in between.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw nameTaken();
    throw error;
  }
}

/** New rules go last: 10 after the highest priority. */
async function nextPriority(tx: Tx): Promise<number> {
  const { _max } = await tx.promotionRule.aggregate({ _max: { priority: true } });
  return (_max.priority ?? 0) + 10;
}
