import type { GetStepTools } from "inngest";
import type { inngest } from "../client";
import type { TieringDeps } from "../deps";
import { type RetierReason, retierRequested } from "../events";
import { hourIn } from "../hour";

type Step = GetStepTools<typeof inngest>;

/**
 * The body of both tiering crons: list the tenants, then ask for each to be re-tiered, with the hour
 * of the run on the tenant's own wall clock. The hour is fixed inside the memoized step, so a replay of
 * the function sends the same events. Returns how many requests were sent.
 */
export async function fanOutRetier(
  step: Step,
  deps: Pick<TieringDeps, "listTenants" | "now">,
  reason: RetierReason,
): Promise<{ tenants: number }> {
  const requests = await step.run("list-tenants", async () => {
    const at = deps.now();
    const tenants = await deps.listTenants();
    return tenants.map((tenant) => ({ tenantId: tenant.id, hour: hourIn(tenant.timezone, at) }));
  });
  if (requests.length === 0) return { tenants: 0 };
  await step.sendEvent(
    "fan-out",
    requests.map(({ tenantId, hour }) => retierRequested.create({ tenantId, hour, reason })),
  );
  return { tenants: requests.length };
}

/** One event for one tenant, as step.sendEvent takes it. */
type TenantEvent = Extract<Parameters<Step["sendEvent"]>[1], readonly unknown[]>[number];

/**
 * The body of the per-tenant crons: list the tenants in a memoized step, then send each one event,
 * so one tenant's failure never holds up another's. Returns how many were sent.
 */
export async function fanOutToTenants(
  step: Step,
  listTenants: () => Promise<{ id: string }[]>,
  eventFor: (tenantId: string) => TenantEvent,
): Promise<{ tenants: number }> {
  const tenantIds = await step.run("list-tenants", async () =>
    (await listTenants()).map((tenant) => tenant.id),
  );
  if (tenantIds.length > 0) await step.sendEvent("fan-out", tenantIds.map(eventFor));
  return { tenants: tenantIds.length };
}
