import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "../src/services/secrets";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});
const newKey = () => randomBytes(32).toString("base64");

describe("secrets at rest", () => {
  it("round-trips, never stores the plaintext, and uses a fresh IV each time", () => {
    process.env.SHELFLOOP_SECRET_KEY = newKey();
    const a = encryptSecret("SEC-robot-secret");
    expect(a).not.toContain("SEC-robot-secret");
    expect(encryptSecret("SEC-robot-secret")).not.toBe(a);
    expect(decryptSecret(a)).toBe("SEC-robot-secret");
  });

  it("detects tampering", () => {
    process.env.SHELFLOOP_SECRET_KEY = newKey();
    const parts = encryptSecret("token").split(".");
    parts[4] = Buffer.from("tampered").toString("base64url");
    expect(() => decryptSecret(parts.join("."))).toThrow();
  });

  it("reads values written with the previous key during a rotation", () => {
    const old = newKey();
    process.env.SHELFLOOP_SECRET_KEY = old;
    const written = encryptSecret("token");
    process.env.SHELFLOOP_SECRET_KEY = newKey();
    expect(() => decryptSecret(written)).toThrow(/no longer configured/);
    process.env.SHELFLOOP_SECRET_KEY_PREVIOUS = old;
    expect(decryptSecret(written)).toBe("token");
  });

  it("refuses a missing or malformed key", () => {
    delete process.env.SHELFLOOP_SECRET_KEY;
    expect(() => encryptSecret("x")).toThrow(/SHELFLOOP_SECRET_KEY is not set/);
    process.env.SHELFLOOP_SECRET_KEY = Buffer.from("short").toString("base64");
    expect(() => encryptSecret("x")).toThrow(/32 bytes/);
  });
});
