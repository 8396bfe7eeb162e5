import { type HeaderBag, verifyPosSignature } from "@shelfloop/channels";
import type { Database } from "../../client";
import { type Tx, withScope, withTenant } from "../../scope";
import { decryptSecret } from "../secrets";

/** The store a verified POS request speaks for. */
export interface PosCaller {
  tenantId: string;
  warehouseId: string;
  keyId: string;
}

export interface PosRequest {
  method: string;
  /** Path and query exactly as received. */
  path: string;
  headers: HeaderBag;
  /** The raw body text as received. */
  body: string;
  now: Date;
}

export type PosAuthResult =
  | { ok: true; caller: PosCaller }
  | { ok: false; status: 401; code: string; message: string };

interface KeyRow {
  tenant_id: string;
  warehouse_id: string;
  secret_ciphertext: string;
  revoked_at: Date | null;
}

/** About one request in this many also sweeps the tenant's expired nonces, so the table stays small. */
const NONCE_SWEEP_ODDS = 50;

/**
 * Resolves a key id before any tenant is known, through the definer function app_pos_key (row-level
 * security hides pos_api_keys from a scope without a tenant). A revoked key counts as unknown.
 */
async function lookupKey(db: Database, keyId: string) {
  const [row] = await withScope(
    db,
    {},
    (tx) =>
      tx.$queryRaw<KeyRow[]>`SELECT tenant_id::text, warehouse_id::text, secret_ciphertext, revoked_at
                             FROM app_pos_key(${keyId})`,
  );
  return row && row.revoked_at === null ? row : null;
}

/** Records a nonce; true when it was already there (a replay). Atomic, so two racing replays cannot both pass. */
async function nonceSeen(tx: Tx, tenantId: string, keyId: string, nonce: string, expiresAt: number) {
  const inserted = await tx.$executeRaw`
    INSERT INTO pos_nonces (tenant_id, key_id, nonce, expires_at)
    VALUES (${tenantId}::uuid, ${keyId}, ${nonce}, ${new Date(expiresAt)})
    ON CONFLICT DO NOTHING`;
  if (Math.floor(Math.random() * NONCE_SWEEP_ODDS) === 0)
    await tx.$executeRaw`DELETE FROM pos_nonces WHERE expires_at < now()`;
  return inserted === 0;
}

/** Checks a POS request's signature (see @shelfloop/channels pos-signing) and names the store it comes from. */
export async function authenticatePosRequest(db: Database, request: PosRequest): Promise<PosAuthResult> {
  let found: PosCaller | null = null;
  // verifyPosSignature asks for the nonce only after lookupSecret found the key and the signature held.
  const caller = () => {
    if (!found) throw new Error("POS nonce checked before its key was found");
    return found;
  };
  const result = await verifyPosSignature({
    headers: request.headers,
    method: request.method,
    path: request.path,
    body: request.body,
    now: request.now.getTime(),
    async lookupSecret(keyId) {
      const row = await lookupKey(db, keyId);
      if (!row) return null;
      found = { tenantId: row.tenant_id, warehouseId: row.warehouse_id, keyId };
      return decryptSecret(row.secret_ciphertext);
    },
    nonceSeen: (keyId, nonce, expiresAt) => {
      const { tenantId } = caller();
      return withTenant(db, { tenantId }, (tx) => nonceSeen(tx, tenantId, keyId, nonce, expiresAt));
    },
  });
  return result.ok ? { ok: true, caller: caller() } : result;
}
