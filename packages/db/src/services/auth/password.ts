import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

// scrypt is a memory-hard KDF built into Node: no native addon to install. Parameters travel
// with the hash so they can be raised later without invalidating stored passwords.
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, { N: n, r, p, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return ["scrypt", N, R, P, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  // Parameters scrypt refuses (not a power of two, beyond maxmem) make a hash that matches nothing.
  const actual = await derive(password, Buffer.from(salt, "base64"), Number(n), Number(r), Number(p)).catch(
    () => null,
  );
  return actual !== null && actual.length === expected.length && timingSafeEqual(actual, expected);
}
