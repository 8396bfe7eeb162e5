import type { PromotionTemplate, RuleCondition } from "@shelfloop/core";
import type { PromotionRule } from "../../generated/prisma/client";
import type { Tx } from "../../scope";
import { OPEN_STATUSES } from "./status";

/** A rule as the console lists it. */
export interface RuleRow {
  id: string;
  name: string;
  priority: number;
  enabled: boolean;
  version: number;
  condition: RuleCondition;
  template: PromotionTemplate;
  updatedAt: Date;
  /** Promotions this rule made that are still open (pending, scheduled or active). */
  openPromotions: number;
}

export type StoredRule = Omit<RuleRow, "openPromotions">;

/** Condition and template are validated before they are written, so the stored JSON is trusted. */
export function parseRule(row: PromotionRule): StoredRule {
  return {
    id: row.id,
    name: row.name,
    priority: row.priority,
    enabled: row.enabled,
    version: row.version,
    condition: row.condition as unknown as RuleCondition,
    template: row.template as unknown as PromotionTemplate,
    updatedAt: row.updatedAt,
  };
}

/** What the audit log keeps of a rule. */
export const ruleImage = ({ name, priority, enabled, version, condition, template }: PromotionRule) => ({
  name,
  priority,
  enabled,
  version,
  condition,
  template,
});

/** The tenant's rules (or those of `ids`) in the order they are tried: priority, then id. */
export async function listRules(tx: Tx, ids?: readonly string[]): Promise<RuleRow[]> {
  const where = ids ? { id: { in: [...ids] } } : {};
  const [rules, open] = await Promise.all([
    tx.promotionRule.findMany({ where, orderBy: [{ priority: "asc" }, { id: "asc" }] }),
    tx.promotion.groupBy({
      by: ["ruleId"],
      where: { status: { in: [...OPEN_STATUSES] }, ...(ids ? { ruleId: { in: [...ids] } } : {}) },
      _count: { _all: true },
    }),
  ]);
  const openByRule = new Map(open.map((group) => [group.ruleId, group._count._all]));
  return rules.map((rule) => ({ ...parseRule(rule), openPromotions: openByRule.get(rule.id) ?? 0 }));
}

export async function ruleRow(tx: Tx, id: string): Promise<RuleRow> {
  const [row] = await listRules(tx, [id]);
  if (!row) throw new Error(`rule ${id} vanished inside its own transaction`);
  return row;
}
