import { DEFAULT_RULES } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { toJson } from "./json";

/** Gives a tenant the default rule library (sign-up, demo seed); rules it already has by name are kept. */
export async function seedDefaultRules(tx: Tx, tenantId: string): Promise<void> {
  await tx.promotionRule.createMany({
    data: DEFAULT_RULES.map(({ name, priority, condition, template }) => ({
      tenantId,
      name,
      priority,
      condition: toJson(condition),
      template: toJson(template),
    })),
    skipDuplicates: true,
  });
}
