import type { CredentialsConfig } from "next-auth/providers/credentials";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// authorize() is exercised with a stand-in for the database: the password check is authenticate()'s.
const authenticate = vi.fn();
vi.mock("@shelfloop/db", () => ({ authenticate, database: () => ({}) }));

const MEMBER = { userId: "u1", name: "李经理", tenantId: "t1", role: "MANAGER" };

async function loadAuth(nextAuthUrl: string) {
  vi.resetModules();
  vi.stubEnv("NEXTAUTH_URL", nextAuthUrl);
  const { authOptions } = await import("./auth");
  const provider = authOptions.providers[0] as unknown as { options: CredentialsConfig };
  const authorize = (login: string, password: string, ip = "203.0.113.9") =>
    provider.options.authorize({ login, password, tenantId: "" }, {
      headers: { "x-forwarded-for": `${ip}, 10.0.0.1` },
    } as never);
  return { authOptions, authorize };
}

beforeEach(() => {
  authenticate.mockReset();
  authenticate.mockImplementation(async (_db, _login, password: string) =>
    password === "right-password" ? MEMBER : null,
  );
});
afterEach(() => vi.unstubAllEnvs());

describe("session cookie", () => {
  it("is httpOnly and SameSite=Lax, not Secure over http", async () => {
    const { authOptions } = await loadAuth("http://localhost:3000");
    expect(authOptions.useSecureCookies).toBe(false);
    expect(authOptions.cookies?.sessionToken).toEqual({
      name: "next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false },
    });
  });

  it("is Secure (with the __Secure- name) when the console is served over https", async () => {
    const { authOptions } = await loadAuth("https://console.shelfloop.cn");
    expect(authOptions.useSecureCookies).toBe(true);
    expect(authOptions.cookies?.sessionToken).toEqual({
      name: "__Secure-next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
  });
});

describe("sign-in throttling", () => {
  it("locks an account after 5 wrong passwords, refusing the right one too, with the wait", async () => {
    const { authorize } = await loadAuth("http://localhost:3000");
    for (let i = 0; i < 5; i++) expect(await authorize("boss@shop.cn", "wrong")).toBeNull();
    await expect(authorize("boss@shop.cn", "right-password")).rejects.toThrow(/^TooManyAttempts:15$/);
    await expect(authorize("Boss@Shop.cn", "right-password", "198.51.100.2")).rejects.toThrow(
      "TooManyAttempts",
    );
    expect(authenticate).toHaveBeenCalledTimes(5);
    // Another account from the same IP still signs in.
    expect(await authorize("staff@shop.cn", "right-password")).toMatchObject({ id: "u1" });
  });

  it("a successful sign-in resets the account's count", async () => {
    const { authorize } = await loadAuth("http://localhost:3000");
    for (let i = 0; i < 4; i++) await authorize("boss@shop.cn", "wrong");
    expect(await authorize("boss@shop.cn", "right-password")).toMatchObject({ id: "u1" });
    for (let i = 0; i < 4; i++) expect(await authorize("boss@shop.cn", "wrong")).toBeNull();
    expect(await authorize("boss@shop.cn", "right-password")).toMatchObject({ id: "u1" });
  });

  it("blocks an IP after 20 failures across accounts", async () => {
    const { authorize } = await loadAuth("http://localhost:3000");
    for (let i = 0; i < 20; i++) await authorize(`user${i}@shop.cn`, "wrong", "192.0.2.50");
    await expect(authorize("new@shop.cn", "right-password", "192.0.2.50")).rejects.toThrow("TooManyAttempts");
    expect(await authorize("new@shop.cn", "right-password", "192.0.2.51")).toMatchObject({ id: "u1" });
  });
});
