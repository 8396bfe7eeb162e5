/**
 * Sign-in throttling: a sliding window of failed attempts per account (the normalised login) and per
 * client IP. Once an account has `maxPerAccount` failures in the window, or an IP `maxPerIp`, further
 * attempts are refused before the password is even checked (so a locked account is refused with the
 * right password too) until the oldest counted failure leaves the window. A successful sign-in clears
 * the account's failures, not the IP's (signing into one's own account must not buy more guesses at
 * others).
 *
 * Per process and in memory: each server instance counts on its own, so with N instances an attacker
 * gets up to N times the budget, and a restart forgets the counts. Good enough for one instance;
 * behind several, move the counts to a shared store (a table or Redis) keeping this interface.
 *
 * Pure: no I/O, the clock is injected, so it is unit-tested with a fake one.
 */

export interface SignInLimits {
  windowMs: number;
  maxPerAccount: number;
  maxPerIp: number;
  /** Bound on remembered keys, so a flood of distinct logins or IPs cannot exhaust memory. */
  maxKeys: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  windowMs: 15 * 60 * 1000,
  maxPerAccount: 5,
  maxPerIp: 20,
  maxKeys: 50_000,
};

export type SignInAttempt =
  | { allowed: false; retryAfterMs: number }
  /** Call `succeeded()` once the password proved right; otherwise the attempt stays a failure. */
  | { allowed: true; succeeded: () => void };

export interface SignInLimiter {
  /**
   * Asks whether an attempt may go ahead. An allowed attempt is counted as a failure at once (so
   * concurrent guesses cannot slip past the limit while the password is being checked) until
   * `succeeded()` takes it back. Refused attempts are not counted.
   */
  attempt(account: string, ip: string | null): SignInAttempt;
}

export function createSignInLimiter(
  limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
  now: () => number = Date.now,
): SignInLimiter {
  // Failure times per key, oldest first; keys are "a:<login>" and "i:<ip>". Map order is insertion
  // order, which the eviction below relies on (the least recently failing keys go first).
  const failures = new Map<string, number[]>();

  const recent = (key: string, at: number): number[] => {
    const times = failures.get(key);
    if (!times) return [];
    const kept = times.filter((time) => time > at - limits.windowMs);
    if (kept.length === 0) failures.delete(key);
    else if (kept.length !== times.length) failures.set(key, kept);
    return kept;
  };

  /** How long until fewer than `max` failures remain in the window; 0 when already fewer. */
  const waitFor = (key: string, max: number, at: number): number => {
    const times = recent(key, at);
    if (times.length < max) return 0;
    const oldestThatMustExpire = times[times.length - max] as number;
    return oldestThatMustExpire + limits.windowMs - at;
  };

  const record = (key: string, at: number) => {
    const times = recent(key, at);
    failures.delete(key); // re-insert at the end: the most recently failing key
    failures.set(key, [...times, at]);
    if (failures.size > limits.maxKeys) {
      const oldest = failures.keys().next().value;
      if (oldest !== undefined) failures.delete(oldest);
    }
  };

  const takeBack = (key: string, at: number) => {
    const times = failures.get(key);
    if (!times) return;
    const index = times.lastIndexOf(at);
    if (index >= 0) times.splice(index, 1);
    if (times.length === 0) failures.delete(key);
  };

  return {
    attempt(account, ip) {
      const at = now();
      const accountKey = `a:${account.trim().toLowerCase()}`;
      const ipKey = ip ? `i:${ip}` : null;
      const retryAfterMs = Math.max(
        waitFor(accountKey, limits.maxPerAccount, at),
        ipKey ? waitFor(ipKey, limits.maxPerIp, at) : 0,
      );
      if (retryAfterMs > 0) return { allowed: false, retryAfterMs };
      record(accountKey, at);
      if (ipKey) record(ipKey, at);
      return {
        allowed: true,
        succeeded: () => {
          failures.delete(accountKey);
          if (ipKey) takeBack(ipKey, at);
        },
      };
    },
  };
}

/**
 * The client's IP from the request headers next-auth hands to `authorize`: the first hop of
 * X-Forwarded-For, else X-Real-IP; null when neither is present (then only the account is limited).
 * Trust it only behind a proxy that sets these headers itself (it is a client-supplied value
 * otherwise).
 */
export function clientIp(headers: unknown): string | null {
  const get = (name: string): string | undefined => {
    if (!headers || typeof headers !== "object") return undefined;
    if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
    const value = (headers as Record<string, unknown>)[name];
    if (Array.isArray(value)) return typeof value[0] === "string" ? value[0] : undefined;
    return typeof value === "string" ? value : undefined;
  };
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || get("x-real-ip")?.trim();
  return ip ? ip.slice(0, 64) : null;
}

/** The error `authorize` throws when refusing; the sign-in form turns it into a message. */
export const TOO_MANY_ATTEMPTS = "TooManyAttempts";

export const tooManyAttemptsError = (retryAfterMs: number) =>
  `${TOO_MANY_ATTEMPTS}:${Math.max(1, Math.ceil(retryAfterMs / 60_000))}`;

/** The minutes to wait from a sign-in error code, or null when it is not a throttling refusal. */
export function retryAfterMinutes(error: string | null | undefined): number | null {
  const match = /^TooManyAttempts:(\d+)$/.exec(error ?? "");
  return match ? Number(match[1]) : null;
}
