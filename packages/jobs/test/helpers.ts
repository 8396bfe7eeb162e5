import type { TierChange } from "@shelfloop/db";
import { vi } from "vitest";
import type { AlertDeps, PromotionDeps, TieringDeps } from "../src/deps";

/** 2026-11-26 16:30 UTC = 2026-11-27 00:30 in Shanghai. */
export const FIXED_NOW = new Date("2026-11-26T16:30:00.000Z");

export function stubDeps(
  tenants: { id: string; timezone: string }[] = [],
  changes: TierChange[] = [],
  now: Date = FIXED_NOW,
) {
  return {
    listTenants: vi.fn<TieringDeps["listTenants"]>(async () => tenants),
    retierTenant: vi.fn<TieringDeps["retierTenant"]>(async () => changes),
    now: vi.fn<TieringDeps["now"]>(() => now),
  } satisfies TieringDeps;
}

export function makeChanges(count: number): TierChange[] {
  return Array.from({ length: count }, (_, i) => ({
    batchId: `batch-${i}`,
    fromTier: "NORMAL",
    toTier: "WARNING",
    remainingDays: 10 + (i % 5),
  }));
}

/** sendEvent is not mocked by @inngest/test: answer each step id as the Inngest API would. */
export const sentOk = (...ids: string[]) => ids.map((id) => ({ id, handler: () => ({ ids: [] }) }));

/** Alert services as stubs: nothing planned, every send succeeds. */
export function alertDeps() {
  return {
    planTierAlerts: vi.fn<AlertDeps["planTierAlerts"]>(async () => []),
    planPendingDigests: vi.fn<AlertDeps["planPendingDigests"]>(async () => []),
    listTenants: vi.fn<AlertDeps["listTenants"]>(async () => []),
    sendEndpointMessage: vi.fn<AlertDeps["sendEndpointMessage"]>(async () => ({ ok: true })),
    recordEndpointFailure: vi.fn<AlertDeps["recordEndpointFailure"]>(async () => ({
      failureCount: 1,
      paused: false,
    })),
    now: vi.fn<AlertDeps["now"]>(() => FIXED_NOW),
  } satisfies AlertDeps;
}

/** Promotion services as stubs: nothing matched, every step finds the promotion as asked. */
export function promotionDeps() {
  return {
    listTenants: vi.fn<PromotionDeps["listTenants"]>(async () => []),
    matchBatches: vi.fn<PromotionDeps["matchBatches"]>(async () => ({
      created: 0,
      closed: 0,
      approved: [],
      skipped: [],
    })),
    activatePromotion: vi.fn<PromotionDeps["activatePromotion"]>(async () => "ACTIVE"),
    endPromotion: vi.fn<PromotionDeps["endPromotion"]>(async () => "ENDED"),
    sweepPromotions: vi.fn<PromotionDeps["sweepPromotions"]>(async () => ({ ended: 0, activated: 0 })),
    now: vi.fn<PromotionDeps["now"]>(() => FIXED_NOW),
  } satisfies PromotionDeps;
}
