import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../src/services/auth/password";

describe("password hashing", () => {
  it("is scrypt (N=2^15, r=8, p=1) with a fresh 16-byte salt and a 32-byte key", async () => {
    const [a, b] = await Promise.all([hashPassword("correct horse"), hashPassword("correct horse")]);
    const [scheme, n, r, p, salt, key] = a.split("$");
    expect([scheme, n, r, p]).toEqual(["scrypt", "32768", "8", "1"]);
    expect(Buffer.from(salt ?? "", "base64")).toHaveLength(16);
    expect(Buffer.from(key ?? "", "base64")).toHaveLength(32);
    expect(a).not.toContain("correct horse");
    expect(a).not.toBe(b); // salted: the same password never hashes alike
  });

  it("verifies the right password only", async () => {
    const stored = await hashPassword("correct horse");
    expect(await verifyPassword("correct horse", stored)).toBe(true);
    expect(await verifyPassword("correct horsf", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
    // NFKC: the full-width spelling of the same password is the same password.
    expect(await verifyPassword("ｃｏｒｒｅｃｔ　ｈｏｒｓｅ", stored)).toBe(true);
  });

  it("refuses malformed, tampered or foreign hashes instead of throwing", async () => {
    const stored = await hashPassword("pw-123456");
    const parts = stored.split("$");
    const key = Buffer.from(parts[5] ?? "", "base64");
    key[0] = (key[0] ?? 0) ^ 1;
    const tampered = [...parts.slice(0, 5), key.toString("base64")].join("$");
    expect(await verifyPassword("pw-123456", tampered)).toBe(false);
    expect(await verifyPassword("pw-123456", [...parts.slice(0, 5), "AAAA"].join("$"))).toBe(false);
    expect(await verifyPassword("pw-123456", "")).toBe(false);
    expect(await verifyPassword("pw-123456", ["scrypt", "abc", ...parts.slice(2)].join("$"))).toBe(false);
    expect(await verifyPassword("pw-123456", ["scrypt", 2 ** 30, ...parts.slice(2)].join("$"))).toBe(false);
    expect(await verifyPassword("pw-123456", `bcrypt$${parts.slice(1).join("$")}`)).toBe(false);
  });
});
