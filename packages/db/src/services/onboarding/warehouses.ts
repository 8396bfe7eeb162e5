import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../scope";
import { recordAudit } from "../audit";
import { BusinessError } from "../errors";

type Actor = { tenantId: string; userId: string };

export interface WarehouseInput {
  code: string;
  name: string;
  address: string | null;
  /** IANA timezone when the site keeps a different clock from the tenant; null: the tenant's. */
  timezone: string | null;
}

/** Warehouses and stores, active ones first, then by code. */
export function listWarehouses(tx: Tx, { includeArchived = false } = {}) {
  return tx.warehouse.findMany({
    where: includeArchived ? {} : { archivedAt: null },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { code: "asc" }],
  });
}

const codeTaken = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** Creates (no id) or updates a warehouse; codes are unique within the tenant. */
export async function saveWarehouse(tx: Tx, actor: Actor, input: WarehouseInput, id?: string) {
  const before = id ? await tx.warehouse.findUnique({ where: { id } }) : null;
  if (id && !before) throw new BusinessError("NOT_FOUND", "该仓库不存在");
  try {
    const after = before
      ? await tx.warehouse.update({ where: { id: before.id }, data: input })
      : await tx.warehouse.create({ data: { tenantId: actor.tenantId, ...input } });
    await recordAudit(tx, {
      actor,
      action: before ? "warehouse.updated" : "warehouse.created",
      entityType: "warehouse",
      entityId: after.id,
      before,
      after,
    });
    return after;
  } catch (error) {
    if (codeTaken(error)) throw new BusinessError("CONFLICT", `仓库编码 ${input.code} 已被使用`, "code");
    throw error;
  }
}

/**
 * Archives a warehouse (it leaves pickers and receiving; its history stays) or brings it back.
 * A warehouse still holding stock cannot be archived: move or write off the stock first.
 */
export async function setWarehouseArchived(
  tx: Tx,
  actor: Actor,
  id: string,
  archived: boolean,
  now = new Date(),
) {
  const before = await tx.warehouse.findUnique({ where: { id } });
  if (!before) throw new BusinessError("NOT_FOUND", "该仓库不存在");
  if (archived) {
    const stocked = await tx.batch.count({ where: { warehouseId: id, qtyOnHand: { gt: 0 } } });
    if (stocked > 0) {
      throw new BusinessError("BAD_REQUEST", `该仓库还有 ${stocked} 个批次有库存，请先调拨或报损后再停用`);
    }
  }
  const after = await tx.warehouse.update({ where: { id }, data: { archivedAt: archived ? now : null } });
  await recordAudit(tx, {
    actor,
    action: archived ? "warehouse.archived" : "warehouse.restored",
    entityType: "warehouse",
    entityId: id,
    before,
    after,
  });
  return after;
}
