import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

// Secrets at rest (robot tokens, signing secrets): AES-256-GCM with a key from the environment.
// SHELFLOOP_SECRET_KEY is 32 random bytes in base64. To rotate: move the old key to
// SHELFLOOP_SECRET_KEY_PREVIOUS, set a new SHELFLOOP_SECRET_KEY; values written with either key decrypt,
// new writes use the new key (re-save endpoints to re-encrypt), then drop the previous key.
// Format: "v1.<key id>.<iv>.<tag>.<ciphertext>", base64url parts; the key id is a short hash of the key.

const VERSION = "v1";

function loadKey(name: string): Buffer | null {
  const value = process.env[name];
  if (!value) return null;
  const key = Buffer.from(value, "base64");
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes in base64 (got ${key.length} bytes)`);
  return key;
}

const keyId = (key: Buffer) => createHash("sha256").update(key).digest("base64url").slice(0, 8);

function currentKey(): Buffer {
  const key = loadKey("SHELFLOOP_SECRET_KEY");
  if (!key) throw new Error("SHELFLOOP_SECRET_KEY is not set: secrets cannot be stored or read.");
  return key;
}

export function encryptSecret(plaintext: string): string {
  const key = currentKey();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString("base64url"));
  return [VERSION, keyId(key), ...parts].join(".");
}

export function decryptSecret(stored: string): string {
  const [version, id, iv, tag, ciphertext] = stored.split(".");
  if (version !== VERSION || !id || !iv || !tag || ciphertext === undefined)
    throw new Error("unreadable secret");
  const key = [currentKey(), loadKey("SHELFLOOP_SECRET_KEY_PREVIOUS")].find((k) => k && keyId(k) === id);
  if (!key) throw new Error("secret was encrypted with a key that is no longer configured");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString(
    "utf8",
  );
}
