import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../scope";
import { recordAudit } from "../audit";
import { BusinessError } from "../errors";
import { type DealAlertTemplate, dealAlertTemplateOf } from "./template";

export interface MiniappSettings {
  /** The WeChat mini-program's AppID; the storefront API also finds the tenant by it. */
  appId: string | null;
  dealAlert: DealAlertTemplate | null;
}

type Actor = { tenantId: string; userId: string };

export async function getMiniappSettings(tx: Tx, tenantId: string): Promise<MiniappSettings> {
  const tenant = await tx.tenant.findUniqueOrThrow({
    where: { id: tenantId },
    select: { miniappAppId: true, miniappDealAlert: true },
  });
  return { appId: tenant.miniappAppId, dealAlert: dealAlertTemplateOf(tenant.miniappDealAlert) };
}

/** Saves the mini-program's AppID and deal-alert template (audited). An AppID belongs to one tenant. */
export async function saveMiniappSettings(tx: Tx, actor: Actor, settings: MiniappSettings) {
  const before = await getMiniappSettings(tx, actor.tenantId);
  // The AppID is unique across tenants, whose rows RLS hides: ask the definer function instead.
  if (settings.appId && settings.appId !== before.appId) {
    const [taken] = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id::text AS id FROM app_storefront_tenant(${settings.appId})`;
    if (taken && taken.id !== actor.tenantId) {
      throw new BusinessError("CONFLICT", "该 AppID 已被其他商家绑定", "appId");
    }
  }
  await tx.tenant.update({
    where: { id: actor.tenantId },
    data: {
      miniappAppId: settings.appId,
      miniappDealAlert: settings.dealAlert
        ? (settings.dealAlert as unknown as Prisma.InputJsonValue)
        : Prisma.DbNull,
    },
  });
  await recordAudit(tx, {
    actor,
    action: "miniapp.settings.update",
    entityType: "tenant",
    entityId: actor.tenantId,
    before,
    after: settings,
  });
  return settings;
}
