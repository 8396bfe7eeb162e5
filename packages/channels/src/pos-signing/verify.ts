import { type HeaderBag, readHeader } from "../http/headers";
import { safeEqual } from "../http/safe-equal";
import {
  POS_HEADERS,
  POS_NONCE_PATTERN,
  POS_SIGNATURE_WINDOW_MS,
  posCanonicalString,
  posSignature,
  type SignedBody,
} from "./sign";

export type PosVerifyFailureCode =
  | "MISSING_HEADERS"
  | "STALE_TIMESTAMP"
  | "UNKNOWN_KEY"
  | "BAD_SIGNATURE"
  | "REPLAYED_NONCE";

export type PosVerifyResult =
  | { ok: true; keyId: string }
  | { ok: false; status: 401; code: PosVerifyFailureCode; message: string };

export interface PosVerifyInput {
  headers: HeaderBag;
  method: string;
  /** Path and query exactly as received in the request line, not re-encoded or re-ordered. */
  path: string;
  /** The raw body bytes as received, never a re-serialized parse of them. */
  body?: SignedBody;
  /** Unix milliseconds. */
  now: number;
  /** The secret for an active key, or null for an unknown or revoked one. */
  lookupSecret(keyId: string): string | null | Promise<string | null>;
  /**
   * Records the nonce and says whether it was already there, atomically (e.g. an INSERT … ON CONFLICT DO
   * NOTHING). `expiresAt` (unix ms) is when the entry may be dropped: past it the timestamp check refuses
   * the request anyway.
   */
  nonceSeen(keyId: string, nonce: string, expiresAt: number): Promise<boolean>;
}

const refuse = (code: PosVerifyFailureCode, message: string): PosVerifyResult => ({
  ok: false,
  status: 401,
  code,
  message,
});

/**
 * Checks a signed POS request. Cheap checks first; the nonce is recorded only once the signature is good,
 * so unsigned traffic cannot fill the nonce store or burn a legitimate client's nonces.
 */
export async function verifyPosSignature(input: PosVerifyInput): Promise<PosVerifyResult> {
  const read = (name: string) => readHeader(input.headers, name);
  const keyId = read(POS_HEADERS.key);
  const timestampText = read(POS_HEADERS.timestamp);
  const nonce = read(POS_HEADERS.nonce);
  const signature = read(POS_HEADERS.signature);
  if (!keyId || !timestampText || !nonce || !signature) {
    const missing = Object.values(POS_HEADERS).filter((name) => !read(name));
    return refuse("MISSING_HEADERS", `缺少签名请求头（或重复发送）：${missing.join("、")}`);
  }
  if (!/^\d{1,16}$/.test(timestampText))
    return refuse("MISSING_HEADERS", `${POS_HEADERS.timestamp} 应为毫秒级 Unix 时间戳`);
  if (!POS_NONCE_PATTERN.test(nonce))
    return refuse("MISSING_HEADERS", `${POS_HEADERS.nonce} 应为 16–64 位字母、数字、- 或 _`);

  const timestamp = Number(timestampText);
  if (Math.abs(input.now - timestamp) > POS_SIGNATURE_WINDOW_MS) {
    return refuse(
      "STALE_TIMESTAMP",
      `请求时间与服务器时间相差超过 5 分钟，请校准 POS 设备时间（服务器时间 ${new Date(input.now).toISOString()}）`,
    );
  }

  const secret = await input.lookupSecret(keyId);
  if (secret === null) return refuse("UNKNOWN_KEY", "API Key 不存在或已停用，请在后台核对 POS 对接密钥");

  const canonical = posCanonicalString({
    method: input.method,
    path: input.path,
    timestamp,
    nonce,
    body: input.body,
  });
  if (!safeEqual(signature, posSignature(secret, canonical)))
    return refuse("BAD_SIGNATURE", "签名不匹配，请核对密钥、请求路径和请求体（签名算法见 POS 对接文档）");

  if (await input.nonceSeen(keyId, nonce, timestamp + POS_SIGNATURE_WINDOW_MS))
    return refuse("REPLAYED_NONCE", "该 Nonce 已使用过：每个请求都要使用新的随机 Nonce");
  return { ok: true, keyId };
}
