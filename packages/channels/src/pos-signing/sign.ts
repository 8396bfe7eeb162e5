import { createHash, createHmac, randomBytes } from "node:crypto";

export const POS_HEADERS = {
  key: "X-Shelfloop-Key",
  timestamp: "X-Shelfloop-Timestamp",
  nonce: "X-Shelfloop-Nonce",
  signature: "X-Shelfloop-Signature",
} as const;

export type PosSignatureHeaders = Record<(typeof POS_HEADERS)[keyof typeof POS_HEADERS], string>;

/** A request is accepted within 5 minutes of its timestamp, in either direction (clock skew). */
export const POS_SIGNATURE_WINDOW_MS = 5 * 60 * 1000;

/** Letters, digits, `-` and `_`: a UUID or 32 hex characters fit, and no newline can shift the canonical string. */
export const POS_NONCE_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/** The exact bytes as sent: a string is hashed as UTF-8. */
export type SignedBody = string | Uint8Array;

export interface PosCanonicalInput {
  method: string;
  /** Path and query exactly as in the request line, e.g. `/open/pos/v1/prices?store=S001`. */
  path: string;
  /** Unix milliseconds. */
  timestamp: number;
  nonce: string;
  /** Omit (or pass "") for a request without a body. */
  body?: SignedBody;
}

export const sha256Hex = (body: SignedBody) => createHash("sha256").update(body).digest("hex");

/** METHOD \n path-with-query \n timestamp \n nonce \n hex(sha256(body)) */
export function posCanonicalString({ method, path, timestamp, nonce, body = "" }: PosCanonicalInput): string {
  return [method.toUpperCase(), path, String(timestamp), nonce, sha256Hex(body)].join("\n");
}

/** base64(HMAC-SHA256(secret, canonical string)). */
export const posSignature = (secret: string, canonical: string) =>
  createHmac("sha256", secret).update(canonical, "utf8").digest("base64");

export interface PosSignInput extends Omit<PosCanonicalInput, "timestamp" | "nonce"> {
  keyId: string;
  secret: string;
  /** Defaults to now. */
  timestamp?: number;
  /** Defaults to 32 random hex characters. Never reuse one: the server refuses a nonce it has seen. */
  nonce?: string;
}

/**
 * The four headers that authenticate one POS open-API request. Throws on a malformed timestamp or nonce:
 * that is a bug in the caller, and the server would refuse the request anyway.
 */
export function signPosRequest({
  keyId,
  secret,
  timestamp = Date.now(),
  nonce = randomBytes(16).toString("hex"),
  ...request
}: PosSignInput): PosSignatureHeaders {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0)
    throw new RangeError("timestamp must be unix milliseconds");
  if (!POS_NONCE_PATTERN.test(nonce)) throw new RangeError("nonce must be 16–64 of [A-Za-z0-9_-]");
  const canonical = posCanonicalString({ ...request, timestamp, nonce });
  return {
    [POS_HEADERS.key]: keyId,
    [POS_HEADERS.timestamp]: String(timestamp),
    [POS_HEADERS.nonce]: nonce,
    [POS_HEADERS.signature]: posSignature(secret, canonical),
  };
}
