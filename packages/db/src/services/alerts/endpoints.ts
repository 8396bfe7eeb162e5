import { createRobot, type RobotConfig } from "@shelfloop/channels";
import type { AlertEndpoint, Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../scope";
import { recordAudit } from "../audit";
import { BusinessError } from "../errors";
import { decryptSecret, encryptSecret } from "../secrets";

export interface EndpointInput {
  name: string;
  kind: "WECOM" | "DINGTALK";
  /** WeCom webhook key or DingTalk access token; omitted on update to keep the stored one. */
  token?: string | undefined;
  /** DingTalk signing secret; omitted to keep, "" to remove. */
  secret?: string | undefined;
  tiers: string[];
  warehouseIds: string[];
  mentionMobiles: string[];
  mentionAll: boolean;
  quietStart: string | null;
  quietEnd: string | null;
  mode: "IMMEDIATE" | "DIGEST";
  /** What it is told (see AlertEndpoint.events); tier alerts only when omitted on creation. */
  events?: ("TIER" | "PROMOTION_APPROVAL" | "PROMOTION_LIVE")[] | undefined;
}

type Actor = { tenantId: string; userId: string };

/** An endpoint as the console sees it: secrets never leave the server, only a hint of the token. */
export function publicEndpoint(endpoint: AlertEndpoint) {
  const { tokenCiphertext: _token, secretCiphertext, ...rest } = endpoint;
  return { ...rest, hasSecret: secretCiphertext !== null };
}

/** Robot base URLs can be pointed at local fakes (tests, staging) through the environment. */
export function robotFor(endpoint: AlertEndpoint): ReturnType<typeof createRobot> {
  const token = decryptSecret(endpoint.tokenCiphertext);
  const config: RobotConfig =
    endpoint.kind === "WECOM"
      ? { kind: "WECOM", key: token, baseUrl: process.env.SHELFLOOP_WECOM_BASE_URL }
      : {
          kind: "DINGTALK",
          accessToken: token,
          secret: endpoint.secretCiphertext ? decryptSecret(endpoint.secretCiphertext) : undefined,
          baseUrl: process.env.SHELFLOOP_DINGTALK_BASE_URL,
        };
  return createRobot(config);
}

export function listEndpoints(tx: Tx) {
  return tx.alertEndpoint
    .findMany({ orderBy: { createdAt: "asc" } })
    .then((rows) => rows.map(publicEndpoint));
}

/** Creates (no id) or updates an endpoint; the change is audited without any secret in it. */
export async function saveEndpoint(tx: Tx, actor: Actor, input: EndpointInput, id?: string) {
  const { token, secret, ...settings } = input;
  const secrets: Partial<Prisma.AlertEndpointUncheckedCreateInput> = {
    ...(token ? { tokenCiphertext: encryptSecret(token), tokenHint: token.slice(-4) } : {}),
    ...(secret === undefined ? {} : { secretCiphertext: secret ? encryptSecret(secret) : null }),
  };
  const before = id ? await tx.alertEndpoint.findUnique({ where: { id } }) : null;
  if (id && !before) return null;
  // The warehouses must be the tenant's own (RLS hides other tenants'), never just any uuid.
  const warehouses = new Set(settings.warehouseIds);
  if (
    warehouses.size > 0 &&
    (await tx.warehouse.count({ where: { id: { in: [...warehouses] } } })) !== warehouses.size
  )
    throw new BusinessError("BAD_REQUEST", "所选仓库不存在", "warehouseIds");
  // Names are unique per tenant: taking one in use is the merchant's mistake, not a server error.
  const taken = await tx.alertEndpoint.findFirst({
    where: { name: settings.name, ...(before ? { id: { not: before.id } } : {}) },
    select: { id: true },
  });
  if (taken) throw new BusinessError("CONFLICT", "已有同名的推送渠道，请换一个名称", "name");
  const saved = before
    ? await tx.alertEndpoint.update({
        where: { id: before.id },
        // A fixed endpoint starts afresh: re-enabled, failures forgotten. Kept secrets are re-encrypted
        // under the current key, so re-saving completes a key rotation.
        data: {
          ...settings,
          tokenCiphertext: encryptSecret(decryptSecret(before.tokenCiphertext)),
          ...(before.secretCiphertext
            ? { secretCiphertext: encryptSecret(decryptSecret(before.secretCiphertext)) }
            : {}),
          ...secrets,
          status: "ACTIVE",
          failureCount: 0,
        },
      })
    : await tx.alertEndpoint.create({
        data: {
          tenantId: actor.tenantId,
          ...settings,
          tokenCiphertext: secrets.tokenCiphertext ?? "",
          tokenHint: secrets.tokenHint ?? "",
          secretCiphertext: secrets.secretCiphertext ?? null,
        },
      });
  await recordAudit(tx, {
    actor,
    action: before ? "alert_endpoint.updated" : "alert_endpoint.created",
    entityType: "AlertEndpoint",
    entityId: saved.id,
    before: before && publicEndpoint(before),
    after: publicEndpoint(saved),
  });
  return publicEndpoint(saved);
}

export async function deleteEndpoint(tx: Tx, actor: Actor, id: string): Promise<boolean> {
  const existing = await tx.alertEndpoint.findUnique({ where: { id } });
  if (!existing) return false;
  await tx.alertEndpoint.delete({ where: { id } });
  await recordAudit(tx, {
    actor,
    action: "alert_endpoint.deleted",
    entityType: "AlertEndpoint",
    entityId: id,
    before: publicEndpoint(existing),
  });
  return true;
}
