import type { ProductValues } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { recordAudit } from "../audit";
import { BusinessError } from "../errors";
import { gtinForms } from "./gtin-forms";
import { PRODUCT_RECORD } from "./product-record";
import { refusingDuplicates } from "./refusing-duplicates";

type Actor = { tenantId: string; userId: string };

/** Refuses `values` when another product of the tenant has its SKU or, in any written form, its GTIN. */
async function assertUnique(tx: Tx, values: ProductValues, selfId?: string): Promise<void> {
  const clash = await tx.product.findFirst({
    where: {
      ...(selfId ? { id: { not: selfId } } : {}),
      OR: [{ sku: values.sku }, ...(values.gtin ? [{ gtin: { in: gtinForms(values.gtin) } }] : [])],
    },
    select: { sku: true, name: true },
  });
  if (!clash) return;
  if (clash.sku === values.sku)
    throw new BusinessError("CONFLICT", `SKU「${values.sku}」已被商品「${clash.name}」使用`, "sku");
  throw new BusinessError(
    "CONFLICT",
    `条码 ${values.gtin} 已被商品「${clash.sku}」（${clash.name}）使用`,
    "gtin",
  );
}

export async function createProduct(tx: Tx, actor: Actor, values: ProductValues) {
  await assertUnique(tx, values);
  const created = await refusingDuplicates(() =>
    tx.product.create({ data: { tenantId: actor.tenantId, ...values }, select: PRODUCT_RECORD }),
  );
  await recordAudit(tx, {
    actor,
    action: "product.created",
    entityType: "Product",
    entityId: created.id,
    after: created,
  });
  return created;
}

/** Replaces all of a product's catalogue fields. */
export async function updateProduct(tx: Tx, actor: Actor, id: string, values: ProductValues) {
  const before = await tx.product.findUnique({ where: { id }, select: PRODUCT_RECORD });
  if (!before) throw new BusinessError("NOT_FOUND", "商品不存在");
  await assertUnique(tx, values, id);
  const after = await refusingDuplicates(() =>
    tx.product.update({ where: { id }, data: values, select: PRODUCT_RECORD }),
  );
  await recordAudit(tx, {
    actor,
    action: "product.updated",
    entityType: "Product",
    entityId: id,
    before,
    after,
  });
  return after;
}
