import type { Tx } from "../../scope";
import { recordAudit, recordAudits } from "../audit";
import { BusinessError } from "../errors";
import { listRules, type RuleRow, ruleImage, ruleRow } from "./rule-rows";

type Actor = { tenantId: string; userId: string };

async function requireRule(tx: Tx, id: string) {
  const rule = await tx.promotionRule.findUnique({ where: { id } });
  if (!rule) throw new BusinessError("NOT_FOUND", "该规则不存在");
  return rule;
}

/** Turns a rule on or off; its content (and so its version) does not change. */
export async function setRuleEnabled(tx: Tx, actor: Actor, id: string, enabled: boolean): Promise<RuleRow> {
  const before = await requireRule(tx, id);
  if (before.enabled !== enabled) {
    const after = await tx.promotionRule.update({ where: { id }, data: { enabled } });
    await recordAudit(tx, {
      actor,
      action: enabled ? "promotion_rule.enabled" : "promotion_rule.disabled",
      entityType: "PromotionRule",
      entityId: id,
      before: ruleImage(before),
      after: ruleImage(after),
    });
  }
  return ruleRow(tx, id);
}

/** Puts the rules in the given order (all of them): priorities become 10, 20, 30 … */
export async function reorderRules(tx: Tx, actor: Actor, ids: readonly string[]): Promise<RuleRow[]> {
  const rules = await tx.promotionRule.findMany({ select: { id: true, priority: true } });
  const known = new Set(rules.map((rule) => rule.id));
  if (new Set(ids).size !== ids.length || ids.length !== known.size || !ids.every((id) => known.has(id))) {
    throw new BusinessError("BAD_REQUEST", "规则列表已变化，请刷新后重试", "ids");
  }
  const before = new Map(rules.map((rule) => [rule.id, rule.priority]));
  const moved = ids
    .map((id, index) => ({ id, from: before.get(id), to: (index + 1) * 10 }))
    .filter(({ from, to }) => from !== to);
  for (const { id, to } of moved) await tx.promotionRule.update({ where: { id }, data: { priority: to } });
  await recordAudits(
    tx,
    moved.map(({ id, from, to }) => ({
      actor,
      action: "promotion_rule.reordered",
      entityType: "PromotionRule",
      entityId: id,
      before: { priority: from },
      after: { priority: to },
    })),
  );
  return listRules(tx);
}

/** Deletes a rule that never made a promotion; one that did can only be disabled (promotions cite it). */
export async function deleteRule(tx: Tx, actor: Actor, id: string): Promise<void> {
  const rule = await requireRule(tx, id);
  if ((await tx.promotion.count({ where: { ruleId: id } })) > 0) {
    throw new BusinessError("BAD_REQUEST", "该规则已生成促销单，只能停用");
  }
  await tx.promotionRule.delete({ where: { id } });
  await recordAudit(tx, {
    actor,
    action: "promotion_rule.deleted",
    entityType: "PromotionRule",
    entityId: id,
    before: ruleImage(rule),
  });
}
