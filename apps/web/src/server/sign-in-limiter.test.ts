import { describe, expect, it } from "vitest";
import {
  clientIp,
  createSignInLimiter,
  retryAfterMinutes,
  type SignInAttempt,
  type SignInLimits,
  tooManyAttemptsError,
} from "./sign-in-limiter";

const MINUTE = 60_000;
const limits: SignInLimits = { windowMs: 15 * MINUTE, maxPerAccount: 5, maxPerIp: 20, maxKeys: 1_000 };

function setup(overrides: Partial<SignInLimits> = {}) {
  let time = Date.parse("2026-11-26T08:00:00Z");
  const limiter = createSignInLimiter({ ...limits, ...overrides }, () => time);
  return {
    limiter,
    advance: (ms: number) => {
      time += ms;
    },
    /** `count` attempts that fail (the password was wrong); each must have been allowed. */
    fail(count: number, account: string, ip: string | null) {
      for (let i = 0; i < count; i++) expect(limiter.attempt(account, ip).allowed).toBe(true);
    },
  };
}

const refusedFor = (attempt: SignInAttempt) => (attempt.allowed ? null : attempt.retryAfterMs);

describe("sign-in limiter", () => {
  it("refuses an account after 5 failures in 15 minutes, even with the right password", () => {
    const { limiter, fail, advance } = setup();
    fail(4, "boss@shop.cn", "1.1.1.1");
    advance(MINUTE);
    fail(1, "boss@shop.cn", "1.1.1.1");
    const attempt = limiter.attempt("boss@shop.cn", "1.1.1.1");
    // Refused before any password is checked: nothing to call succeeded() on.
    expect(attempt.allowed).toBe(false);
    expect(refusedFor(attempt)).toBe(14 * MINUTE);
    // From another IP too: the lock is on the account.
    expect(refusedFor(limiter.attempt("boss@shop.cn", "2.2.2.2"))).toBe(14 * MINUTE);
    // The login is normalised like sign-in does.
    expect(limiter.attempt("  BOSS@shop.cn ", "3.3.3.3").allowed).toBe(false);
    // Other accounts from the same IP go ahead.
    expect(limiter.attempt("staff@shop.cn", "1.1.1.1").allowed).toBe(true);
  });

  it("opens again as failures leave the sliding window, and refusals do not extend it", () => {
    const { limiter, fail, advance } = setup();
    fail(5, "a@b.cn", null);
    advance(10 * MINUTE);
    expect(refusedFor(limiter.attempt("a@b.cn", null))).toBe(5 * MINUTE);
    advance(5 * MINUTE - 1);
    expect(refusedFor(limiter.attempt("a@b.cn", null))).toBe(1);
    advance(1);
    // All five have left the window (refused attempts were not counted): five new tries.
    fail(5, "a@b.cn", null);
    expect(limiter.attempt("a@b.cn", null).allowed).toBe(false);
  });

  it("a successful sign-in clears the account's failures", () => {
    const { limiter, fail } = setup();
    fail(4, "a@b.cn", "1.1.1.1");
    const attempt = limiter.attempt("a@b.cn", "1.1.1.1");
    if (!attempt.allowed) throw new Error("expected to be allowed");
    attempt.succeeded();
    fail(4, "a@b.cn", "1.1.1.1");
    expect(limiter.attempt("a@b.cn", "1.1.1.1").allowed).toBe(true);
    expect(limiter.attempt("a@b.cn", "1.1.1.1").allowed).toBe(false);
  });

  it("refuses an IP after 20 failures across accounts; its successes are not counted", () => {
    const { limiter, fail, advance } = setup();
    for (let i = 0; i < 20; i++) {
      const ok = limiter.attempt("me@b.cn", "9.9.9.9");
      if (!ok.allowed) throw new Error("a success must not count against the IP");
      ok.succeeded();
      fail(1, `user${i}@b.cn`, "9.9.9.9");
      advance(1_000);
    }
    const refused = limiter.attempt("someone-new@b.cn", "9.9.9.9");
    expect(refusedFor(refused)).toBe(15 * MINUTE - 20_000);
    // A successful sign-in elsewhere does not lift the IP's block.
    expect(limiter.attempt("me@b.cn", "9.9.9.9").allowed).toBe(false);
    // Another IP is not affected.
    expect(limiter.attempt("someone-new@b.cn", "8.8.8.8").allowed).toBe(true);
  });

  it("counts an attempt before its password is checked, so concurrent guesses cannot pass the limit", () => {
    const { limiter } = setup();
    const inFlight = Array.from({ length: 8 }, () => limiter.attempt("a@b.cn", "1.1.1.1"));
    expect(inFlight.filter((attempt) => attempt.allowed)).toHaveLength(5);
  });

  it("forgets the least recent keys beyond maxKeys", () => {
    const { limiter, fail } = setup({ maxKeys: 4 });
    fail(5, "victim@b.cn", null);
    expect(limiter.attempt("victim@b.cn", null).allowed).toBe(false);
    for (let i = 0; i < 4; i++) fail(1, `other${i}@b.cn`, null);
    expect(limiter.attempt("victim@b.cn", null).allowed).toBe(true);
  });
});

describe("client IP", () => {
  it("takes the first hop of X-Forwarded-For, then X-Real-IP", () => {
    expect(clientIp({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "x-real-ip": "10.0.0.2" })).toBe(
      "203.0.113.7",
    );
    expect(clientIp({ "x-real-ip": " 10.0.0.2 " })).toBe("10.0.0.2");
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.1" }))).toBe("198.51.100.1");
    expect(clientIp({ "x-forwarded-for": ["192.0.2.1"] })).toBe("192.0.2.1");
    expect(clientIp({})).toBeNull();
    expect(clientIp(undefined)).toBeNull();
  });
});

describe("the refusal's error code", () => {
  it("carries the minutes to wait, rounded up", () => {
    expect(retryAfterMinutes(tooManyAttemptsError(14 * MINUTE + 1))).toBe(15);
    expect(retryAfterMinutes(tooManyAttemptsError(1))).toBe(1);
    expect(retryAfterMinutes("CredentialsSignin")).toBeNull();
    expect(retryAfterMinutes(undefined)).toBeNull();
  });
});
