import { InngestTestEngine } from "@inngest/test";
import { describe, expect, test, vi } from "vitest";
import type { OutboxDeps } from "../src/deps";
import { createOutboxRelay, OUTBOX_RELAY_CRON } from "../src/functions/outbox-relay";

describe("outbox-relay", () => {
  test("relays every tenant's outbox each minute in one step", async () => {
    const deps = { relayOutbox: vi.fn<OutboxDeps["relayOutbox"]>(async () => 3) };
    const fn = createOutboxRelay(deps);
    expect(fn.opts.triggers).toEqual([{ cron: OUTBOX_RELAY_CRON }]);
    expect(OUTBOX_RELAY_CRON).toBe("* * * * *");
    const { result } = await new InngestTestEngine({ function: fn }).execute();
    expect(result).toEqual({ relayed: 3 });
    expect(deps.relayOutbox).toHaveBeenCalledOnce();
  });
});
