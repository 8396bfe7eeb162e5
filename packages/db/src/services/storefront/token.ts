import { createHmac, timingSafeEqual } from "node:crypto";

/** A storefront session lasts a week; the mini-program signs in again after. */
export const SESSION_TTL_MS = 7 * 86_400_000;

export interface ConsumerSession {
  consumerId: string;
  tenantId: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

function signingKey(): Buffer {
  const key = process.env.SHELFLOOP_SECRET_KEY;
  if (!key) throw new Error("SHELFLOOP_SECRET_KEY is not set: storefront sessions cannot be signed.");
  // A key of its own, derived, so a session MAC can never be mistaken for anything else keyed by it.
  return createHmac("sha256", Buffer.from(key, "base64")).update("shelfloop storefront session v1").digest();
}

const mac = (body: string) => createHmac("sha256", signingKey()).update(body).digest();

/** An opaque bearer token: the session as base64url JSON, then its HMAC. */
export function signSessionToken(session: ConsumerSession): string {
  const body = Buffer.from(JSON.stringify(session)).toString("base64url");
  return `${body}.${mac(body).toString("base64url")}`;
}

/** The session in a token if its MAC holds, it is for `tenantId` and it has not expired; else null. */
export function verifySessionToken(token: string, tenantId: string, now: Date): ConsumerSession | null {
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = mac(body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const session = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as ConsumerSession;
  return session.tenantId === tenantId && session.expiresAt > now.getTime() ? session : null;
}
