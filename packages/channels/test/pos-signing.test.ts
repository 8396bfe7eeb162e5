import { createHash, createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  createMemoryNonceStore,
  POS_SIGNATURE_WINDOW_MS,
  type PosVerifyInput,
  posCanonicalString,
  signPosRequest,
  verifyPosSignature,
} from "../src";

/** The worked example in docs/pos-signing.md. */
const EXAMPLE = {
  keyId: "pk_demo_store001",
  secret: "sk_demo_9f2c41e7b3a84d06",
  method: "POST",
  path: "/open/pos/v1/price-changes?store=S001",
  timestamp: 1764174600000,
  nonce: "7c1e0a9b4d3f48e2a6b5c8d9e0f1a2b3",
  body: '{"barcode":"6901234567892","priceFen":1290}',
};
const EXAMPLE_SIGNATURE = "JhUTKpV8hXNfSGJDLH8PAnoQa1xxljxgopH2Ic8iTvM=";
const NOW = EXAMPLE.timestamp + 1_000;

function verifyInput(overrides: Partial<PosVerifyInput> = {}, now = NOW) {
  const store = createMemoryNonceStore({ now: () => now });
  const input: PosVerifyInput = {
    headers: signPosRequest(EXAMPLE),
    method: EXAMPLE.method,
    path: EXAMPLE.path,
    body: EXAMPLE.body,
    now,
    lookupSecret: (keyId) => (keyId === EXAMPLE.keyId ? EXAMPLE.secret : null),
    nonceSeen: store.seen,
    ...overrides,
  };
  return { input, store };
}

describe("signPosRequest", () => {
  it("reproduces the documented example, which openssl reproduces too", () => {
    expect(signPosRequest(EXAMPLE)).toEqual({
      "X-Shelfloop-Key": EXAMPLE.keyId,
      "X-Shelfloop-Timestamp": "1764174600000",
      "X-Shelfloop-Nonce": EXAMPLE.nonce,
      "X-Shelfloop-Signature": EXAMPLE_SIGNATURE,
    });
    const doc = readFileSync(new URL("../docs/pos-signing.md", import.meta.url), "utf8");
    expect(doc).toContain(`X-Shelfloop-Signature: ${EXAMPLE_SIGNATURE}`);
    expect(doc).toContain(posCanonicalString(EXAMPLE));
  });

  it("signs METHOD, path, timestamp, nonce and the body's SHA-256 joined by newlines", () => {
    const hash = createHash("sha256").update(EXAMPLE.body).digest("hex");
    const canonical = `POST\n${EXAMPLE.path}\n${EXAMPLE.timestamp}\n${EXAMPLE.nonce}\n${hash}`;
    expect(posCanonicalString({ ...EXAMPLE, method: "post" })).toBe(canonical);
    expect(createHmac("sha256", EXAMPLE.secret).update(canonical).digest("base64")).toBe(EXAMPLE_SIGNATURE);
  });

  it("hashes a Buffer body like the same string, and a missing body as empty", () => {
    expect(signPosRequest({ ...EXAMPLE, body: Buffer.from(EXAMPLE.body) })).toEqual(signPosRequest(EXAMPLE));
    expect(
      posCanonicalString({ ...EXAMPLE, body: undefined }).endsWith(createHash("sha256").digest("hex")),
    ).toBe(true);
  });

  it("defaults to a fresh timestamp and random nonce, and refuses malformed ones", () => {
    const a = signPosRequest({ ...EXAMPLE, timestamp: undefined, nonce: undefined });
    const b = signPosRequest({ ...EXAMPLE, timestamp: undefined, nonce: undefined });
    expect(a["X-Shelfloop-Nonce"]).toMatch(/^[0-9a-f]{32}$/);
    expect(a["X-Shelfloop-Nonce"]).not.toBe(b["X-Shelfloop-Nonce"]);
    expect(Math.abs(Number(a["X-Shelfloop-Timestamp"]) - Date.now())).toBeLessThan(5_000);
    expect(() => signPosRequest({ ...EXAMPLE, nonce: "short" })).toThrow(RangeError);
    expect(() => signPosRequest({ ...EXAMPLE, nonce: "has\nnewline-1234567890" })).toThrow(RangeError);
    expect(() => signPosRequest({ ...EXAMPLE, timestamp: 1.5 })).toThrow(RangeError);
  });
});

describe("verifyPosSignature", () => {
  it("accepts a good request, from Headers or Node's lower-cased headers", async () => {
    const { input, store } = verifyInput();
    expect(await verifyPosSignature(input)).toEqual({ ok: true, keyId: EXAMPLE.keyId });
    expect(store.size()).toBe(1);
    const fresh = { ...EXAMPLE, nonce: "0123456789abcdef0123" };
    const lower = Object.fromEntries(
      Object.entries(signPosRequest(fresh)).map(([k, v]) => [k.toLowerCase(), v]),
    );
    expect(await verifyPosSignature({ ...input, headers: lower })).toMatchObject({ ok: true });
    const headers = new Headers(signPosRequest({ ...fresh, nonce: "fedcba9876543210fedc" }));
    expect(await verifyPosSignature({ ...input, headers })).toMatchObject({ ok: true });
  });

  it("refuses a wrong secret and records no nonce", async () => {
    const { input, store } = verifyInput({ headers: signPosRequest({ ...EXAMPLE, secret: "sk_wrong" }) });
    expect(await verifyPosSignature(input)).toMatchObject({ ok: false, status: 401, code: "BAD_SIGNATURE" });
    expect(store.size()).toBe(0);
  });

  it.each([
    ["body", { body: '{"barcode":"6901234567892","priceFen":1}' }],
    ["query", { path: "/open/pos/v1/price-changes?store=S002" }],
    ["method", { method: "PUT" }],
  ])("refuses a tampered %s", async (_, change) => {
    const { input } = verifyInput(change);
    expect(await verifyPosSignature(input)).toMatchObject({ ok: false, code: "BAD_SIGNATURE" });
  });

  it("accepts up to 5 minutes of skew either way and refuses beyond", async () => {
    const at = (now: number) => verifyPosSignature(verifyInput({}, now).input);
    expect(await at(EXAMPLE.timestamp + POS_SIGNATURE_WINDOW_MS)).toMatchObject({ ok: true });
    expect(await at(EXAMPLE.timestamp - POS_SIGNATURE_WINDOW_MS)).toMatchObject({ ok: true });
    const late = await at(EXAMPLE.timestamp + POS_SIGNATURE_WINDOW_MS + 1);
    expect(late).toMatchObject({ ok: false, status: 401, code: "STALE_TIMESTAMP" });
    expect(!late.ok && late.message).toMatch(/5 分钟/);
    expect(await at(EXAMPLE.timestamp - POS_SIGNATURE_WINDOW_MS - 1)).toMatchObject({
      code: "STALE_TIMESTAMP",
    });
  });

  it("refuses a replayed nonce, and forgets it once the timestamp could no longer pass", async () => {
    let now = NOW;
    const store = createMemoryNonceStore({ now: () => now });
    const { input } = verifyInput({ nonceSeen: store.seen });
    expect(await verifyPosSignature(input)).toMatchObject({ ok: true });
    const replay = await verifyPosSignature(input);
    expect(replay).toMatchObject({ ok: false, status: 401, code: "REPLAYED_NONCE" });
    expect(!replay.ok && replay.message).toMatch(/Nonce/);
    // The same nonce under another key is a different request.
    expect(await store.seen("pk_other", EXAMPLE.nonce, now + 1)).toBe(false);
    now = EXAMPLE.timestamp + POS_SIGNATURE_WINDOW_MS + 1;
    expect(store.size()).toBe(0);
  });

  it("lists missing headers, and treats duplicated or malformed ones as missing", async () => {
    const signed = signPosRequest(EXAMPLE);
    const { "X-Shelfloop-Signature": _, "X-Shelfloop-Nonce": __, ...partial } = signed;
    const missing = await verifyPosSignature(verifyInput({ headers: partial }).input);
    expect(missing).toMatchObject({ ok: false, status: 401, code: "MISSING_HEADERS" });
    expect(!missing.ok && missing.message).toBe(
      "缺少签名请求头（或重复发送）：X-Shelfloop-Nonce、X-Shelfloop-Signature",
    );
    const twice = { ...signed, "x-shelfloop-signature": [EXAMPLE_SIGNATURE, EXAMPLE_SIGNATURE] };
    expect(await verifyPosSignature(verifyInput({ headers: twice }).input)).toMatchObject({
      code: "MISSING_HEADERS",
    });
    const seconds = { ...signed, "X-Shelfloop-Timestamp": "1764174600.5" };
    expect(await verifyPosSignature(verifyInput({ headers: seconds }).input)).toMatchObject({
      code: "MISSING_HEADERS",
    });
  });

  it("refuses an unknown or revoked key", async () => {
    const { input } = verifyInput({ lookupSecret: async () => null });
    expect(await verifyPosSignature(input)).toMatchObject({ ok: false, status: 401, code: "UNKNOWN_KEY" });
  });
});
