import { randomBytes } from "node:crypto";
import type { Tx } from "../../scope";
import { type AuditEntry, recordAudit } from "../audit";
import { BusinessError } from "../errors";
import { encryptSecret } from "../secrets";

export interface PosKeyRow {
  id: string;
  keyId: string;
  name: string;
  warehouseId: string;
  warehouseName: string;
  createdAt: Date;
  revokedAt: Date | null;
}

/** A new key for one store: the secret is returned this once and stored only encrypted. */
export async function createPosKey(
  tx: Tx,
  actor: AuditEntry["actor"],
  input: { warehouseId: string; name: string },
): Promise<{ id: string; keyId: string; secret: string }> {
  const warehouse = await tx.warehouse.findUnique({
    where: { id: input.warehouseId },
    select: { archivedAt: true },
  });
  if (!warehouse) throw new BusinessError("NOT_FOUND", "门店不存在", "warehouseId");
  if (warehouse.archivedAt) throw new BusinessError("BAD_REQUEST", "门店已停用，不能发放密钥", "warehouseId");
  const keyId = `pk_${randomBytes(12).toString("hex")}`;
  const secret = `sk_${randomBytes(24).toString("base64url")}`;
  const row = await tx.posApiKey.create({
    data: {
      tenantId: actor.tenantId,
      warehouseId: input.warehouseId,
      keyId,
      secretCiphertext: encryptSecret(secret),
      name: input.name.trim(),
    },
    select: { id: true, warehouseId: true, keyId: true, name: true },
  });
  await recordAudit(tx, {
    actor,
    action: "pos_key.created",
    entityType: "PosApiKey",
    entityId: row.id,
    after: row,
  });
  return { id: row.id, keyId, secret };
}

export async function listPosKeys(tx: Tx): Promise<PosKeyRow[]> {
  const [keys, warehouses] = await Promise.all([
    tx.posApiKey.findMany({
      orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    }),
    tx.warehouse.findMany({ select: { id: true, name: true } }),
  ]);
  const names = new Map(warehouses.map((w) => [w.id, w.name]));
  return keys.map((key) => ({
    id: key.id,
    keyId: key.keyId,
    name: key.name,
    warehouseId: key.warehouseId,
    warehouseName: names.get(key.warehouseId) ?? "",
    createdAt: key.createdAt,
    revokedAt: key.revokedAt,
  }));
}

/** Revoking is final: the till's next request is refused as an unknown key. */
export async function revokePosKey(
  tx: Tx,
  actor: AuditEntry["actor"],
  id: string,
  now: Date,
): Promise<boolean> {
  const { count } = await tx.posApiKey.updateMany({
    where: { id, revokedAt: null },
    data: { revokedAt: now },
  });
  if (count === 0) return false;
  await recordAudit(tx, {
    actor,
    action: "pos_key.revoked",
    entityType: "PosApiKey",
    entityId: id,
    after: { revokedAt: now },
  });
  return true;
}
