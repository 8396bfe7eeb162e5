import { describe, expect, test } from "vitest";
import { hourIn } from "../src/hour";

describe("hourIn", () => {
  test("formats the hour on the wall clock of the timezone", () => {
    const at = new Date("2026-11-26T16:30:00.000Z");
    expect(hourIn("Asia/Shanghai", at)).toBe("2026-11-27T00");
    expect(hourIn("UTC", at)).toBe("2026-11-26T16");
    expect(hourIn("America/Los_Angeles", at)).toBe("2026-11-26T08");
  });

  test("midnight is hour 00, not 24", () => {
    expect(hourIn("UTC", new Date("2026-01-01T00:00:00.000Z"))).toBe("2026-01-01T00");
    expect(hourIn("Asia/Shanghai", new Date("2025-12-31T16:00:00.000Z"))).toBe("2026-01-01T00");
  });
});
