import { z } from "zod";

/** Which policy: the tenant's, a category's or one product's. */
export const policyScopeInput = z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("TENANT") }),
  z.object({ scope: z.literal("CATEGORY"), category: z.string().trim().min(1, "请选择品类").max(100) }),
  z.object({ scope: z.literal("PRODUCT"), productId: z.uuid("商品参数无效") }),
]);

/** The tiers are checked by validateTierPolicy (core), which names the offending field. */
export const policyInput = z.object({ target: policyScopeInput, policy: z.unknown() });
