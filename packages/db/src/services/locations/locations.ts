import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../scope";
import { recordAudit } from "../audit";
import { BusinessError } from "../errors";

type Actor = { tenantId: string; userId: string };

/** Uppercase letters and digits in groups separated by "-": A-03-2 (the database checks the same). */
export const LOCATION_CODE_PATTERN = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;

export interface LocationInput {
  code: string;
  name: string | null;
  isClearanceZone: boolean;
}

/** The form's code: trimmed and upper-cased, then checked against the pattern (field `code`). */
export function normaliseLocationCode(code: string): string {
  const normalised = code.trim().toUpperCase();
  if (!LOCATION_CODE_PATTERN.test(normalised)) {
    throw new BusinessError("BAD_REQUEST", "库位编码应为大写字母或数字，用 - 分隔（如 A-03-2）", "code");
  }
  return normalised;
}

const codeTaken = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * The locations of one warehouse (or of all), by code, active ones first, each with how many batches
 * with stock sit there.
 */
export async function listLocations(
  tx: Tx,
  query: { warehouseId?: string | undefined; includeArchived?: boolean | undefined },
) {
  const rows = await tx.location.findMany({
    where: {
      ...(query.warehouseId ? { warehouseId: query.warehouseId } : {}),
      ...(query.includeArchived ? {} : { archivedAt: null }),
    },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { code: "asc" }],
    include: {
      warehouse: { select: { name: true } },
      _count: { select: { batches: { where: { qtyOnHand: { gt: 0 } } } } },
    },
  });
  return rows.map(({ _count, warehouse, ...location }) => ({
    ...location,
    warehouseName: warehouse.name,
    stockedBatches: _count.batches,
  }));
}

/** A new location in a warehouse of the tenant; codes are unique per warehouse. */
export async function createLocation(tx: Tx, actor: Actor, input: LocationInput & { warehouseId: string }) {
  const code = normaliseLocationCode(input.code);
  const warehouse = await tx.warehouse.findUnique({ where: { id: input.warehouseId }, select: { id: true } });
  if (!warehouse) throw new BusinessError("NOT_FOUND", "仓库不存在", "warehouseId");
  try {
    const after = await tx.location.create({
      data: {
        tenantId: actor.tenantId,
        warehouseId: warehouse.id,
        code,
        name: input.name,
        isClearanceZone: input.isClearanceZone,
      },
    });
    await recordAudit(tx, {
      actor,
      action: "location.created",
      entityType: "location",
      entityId: after.id,
      after,
    });
    return after;
  } catch (error) {
    if (codeTaken(error)) throw new BusinessError("CONFLICT", "库位编码已存在", "code");
    throw error;
  }
}

/** Renames or re-flags a location (it stays in its warehouse). */
export async function updateLocation(tx: Tx, actor: Actor, id: string, input: LocationInput) {
  const code = normaliseLocationCode(input.code);
  const before = await tx.location.findUnique({ where: { id } });
  if (!before) throw new BusinessError("NOT_FOUND", "库位不存在");
  try {
    const after = await tx.location.update({
      where: { id },
      data: { code, name: input.name, isClearanceZone: input.isClearanceZone },
    });
    await recordAudit(tx, {
      actor,
      action: "location.updated",
      entityType: "location",
      entityId: id,
      before,
      after,
    });
    return after;
  } catch (error) {
    if (codeTaken(error)) throw new BusinessError("CONFLICT", "库位编码已存在", "code");
    throw error;
  }
}

/**
 * Archives a location (it leaves the pickers; batches keep their history) or brings it back. A
 * location where a batch with stock still sits cannot be archived: move the batches first.
 */
export async function setLocationArchived(
  tx: Tx,
  actor: Actor,
  id: string,
  archived: boolean,
  now = new Date(),
) {
  const before = await tx.location.findUnique({ where: { id } });
  if (!before) throw new BusinessError("NOT_FOUND", "库位不存在");
  if (archived) {
    const stocked = await tx.batch.count({ where: { locationId: id, qtyOnHand: { gt: 0 } } });
    if (stocked > 0) {
      throw new BusinessError("BAD_REQUEST", `该库位还有 ${stocked} 个批次有库存，请先移库位后再停用`);
    }
  }
  const after = await tx.location.update({ where: { id }, data: { archivedAt: archived ? now : null } });
  await recordAudit(tx, {
    actor,
    action: archived ? "location.archived" : "location.restored",
    entityType: "location",
    entityId: id,
    before,
    after,
  });
  return after;
}

/**
 * The location stock of `warehouseId` may be put in: one of that warehouse, not archived. Refusals
 * name the form field `field`.
 */
export async function requireLocationIn(
  tx: Tx,
  locationId: string,
  warehouseId: string,
  field = "locationId",
): Promise<{ id: string; code: string; isClearanceZone: boolean }> {
  const location = await tx.location.findUnique({
    where: { id: locationId },
    select: { id: true, code: true, warehouseId: true, archivedAt: true, isClearanceZone: true },
  });
  if (!location) throw new BusinessError("NOT_FOUND", "库位不存在", field);
  if (location.warehouseId !== warehouseId) {
    throw new BusinessError("BAD_REQUEST", `库位 ${location.code} 不属于该仓库`, field);
  }
  if (location.archivedAt) throw new BusinessError("BAD_REQUEST", `库位 ${location.code} 已停用`, field);
  return { id: location.id, code: location.code, isClearanceZone: location.isClearanceZone };
}
