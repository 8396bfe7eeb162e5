import { inngestConfigured, sendPromotionApproved } from "@shelfloop/jobs";
import type { AfterCommit } from "../../trpc";

/**
 * Once the approval has committed, hands the promotion to Inngest's `promotion-lifecycle` (activation
 * at its start, end at its end). Without Inngest the service already activated it if its start has
 * come, and the startup sweep ends it.
 */
export function announceApproved(
  ctx: { tenant: { tenantId: string }; afterCommit: AfterCommit },
  promotion: { id: string; startsAt: Date; endsAt: Date },
): void {
  if (!inngestConfigured()) return;
  ctx.afterCommit(() => sendPromotionApproved(ctx.tenant.tenantId, promotion));
}
