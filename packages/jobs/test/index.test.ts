import { describe, expect, test } from "vitest";
import { functions, inngest } from "../src";

describe("@shelfloop/jobs", () => {
  test("serves the tiering and alert functions on the shelfloop app (importing connects to nothing)", () => {
    expect(inngest.id).toBe("shelfloop");
    expect(functions.map((fn) => fn.id())).toEqual([
      "tiering-schedule",
      "tiering-tenant",
      "expiry-sweep",
      "alerts-plan",
      "alerts-send",
      "alerts-digest-schedule",
      "alerts-digest-tenant",
    ]);
  });
});
