import type { Database } from "../../client";
import { withTenant } from "../../scope";
import { BusinessError } from "../errors";
import type { StorefrontTenant } from "../storefront/tenant";
import { dealAlertTemplateOf } from "./template";

/** WeChat lets a consumer stack one-time subscriptions; more than this many waiting is someone tapping on. */
export const MAX_PENDING_DEAL_ALERTS = 10;

/** The template the mini-program asks consumers to accept, or null when the merchant has not set one up. */
export async function dealAlertTemplateId(db: Database, tenant: StorefrontTenant): Promise<string | null> {
  const row = await withTenant(db, { tenantId: tenant.id }, (tx) =>
    tx.tenant.findUniqueOrThrow({ where: { id: tenant.id }, select: { miniappDealAlert: true } }),
  );
  return dealAlertTemplateOf(row.miniappDealAlert)?.templateId ?? null;
}

/**
 * Records that the consumer accepted one 到货/降价提醒 (wx.requestSubscribeMessage answered "accept"):
 * for one product, or for any product of the store going on clearance when `productId` is null.
 */
export function subscribeDealAlert(
  db: Database,
  tenant: StorefrontTenant,
  consumerId: string,
  input: { productId: string | null; templateId: string },
) {
  return withTenant(db, { tenantId: tenant.id }, async (tx) => {
    const row = await tx.tenant.findUniqueOrThrow({
      where: { id: tenant.id },
      select: { miniappDealAlert: true },
    });
    const template = dealAlertTemplateOf(row.miniappDealAlert);
    if (!template) throw new BusinessError("CONFLICT", "商家尚未开通特惠提醒");
    if (template.templateId !== input.templateId) {
      throw new BusinessError("CONFLICT", "提醒模板已更新，请重新进入小程序后再订阅", "templateId");
    }
    if (input.productId) {
      const product = await tx.product.findFirst({
        where: { id: input.productId, active: true },
        select: { id: true },
      });
      if (!product) throw new BusinessError("NOT_FOUND", "商品不存在或已下架", "productId");
    }
    // Serialise one consumer's taps so the cap below holds.
    await tx.$queryRaw`SELECT id FROM consumers WHERE id = ${consumerId}::uuid FOR UPDATE`;
    const pending = await tx.dealAlert.count({
      where: { consumerId, productId: input.productId, status: "PENDING" },
    });
    if (pending >= MAX_PENDING_DEAL_ALERTS) {
      throw new BusinessError("CONFLICT", `已订阅 ${pending} 次提醒，有特惠时会通知您`);
    }
    const alert = await tx.dealAlert.create({
      data: { tenantId: tenant.id, consumerId, productId: input.productId, templateId: input.templateId },
      select: { id: true, productId: true, createdAt: true },
    });
    return { ...alert, pending: pending + 1 };
  });
}
