import { type TierPolicy, validateTierPolicy } from "@shelfloop/core";
import { TRPCError } from "@trpc/server";

/** A tier policy from the client, or BAD_REQUEST naming the first invalid field. */
export function validatedPolicy(input: unknown): TierPolicy {
  const result = validateTierPolicy(input);
  if (result.ok) return result.policy;
  const [first] = result.errors;
  throw new TRPCError({
    code: "BAD_REQUEST",
    message: first ? `${first.path}: ${first.message}` : "阈值策略无效",
    cause: new Error(JSON.stringify(result.errors)),
  });
}
