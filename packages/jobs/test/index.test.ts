import { describe, expect, test } from "vitest";
import { functions, inngest } from "../src";

describe("@shelfloop/jobs", () => {
  test("serves the tiering, alert and promotion functions on the shelfloop app (importing connects to nothing)", () => {
    expect(inngest.id).toBe("shelfloop");
    expect(functions.map((fn) => fn.id())).toEqual([
      "tiering-schedule",
      "tiering-tenant",
      "expiry-sweep",
      "alerts-plan",
      "alerts-send",
      "alerts-digest-schedule",
      "alerts-digest-tenant",
      "promotions-match",
      "promotion-lifecycle",
      "promotions-sweep",
      "promotions-sweep-tenant",
      "outbox-relay",
      "webhook-fan-out",
      "webhook-deliver",
      "deal-alerts-send",
      "reports-rollup-schedule",
      "reports-rollup-tenant",
      "promotion-handoff",
    ]);
  });
});
