import { inngest } from "../client";
import type { OutboxDeps } from "../deps";

/** Every minute: the safety net behind the relay each promotion change triggers after its commit. */
export const OUTBOX_RELAY_CRON = "* * * * *";

/** Relays every tenant's unpublished outbox rows (price-book versions) as Inngest events. */
export function createOutboxRelay(deps: OutboxDeps) {
  return inngest.createFunction(
    {
      id: "outbox-relay",
      name: "Outbox: relay published price-book versions",
      triggers: [{ cron: OUTBOX_RELAY_CRON }],
      concurrency: { limit: 1 },
    },
    async ({ step }) => ({ relayed: await step.run("relay", () => deps.relayOutbox()) }),
  );
}
