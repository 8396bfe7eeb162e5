import { randomBytes, randomUUID } from "node:crypto";
import { addDays, DEFAULT_TIER_POLICY, todayIn } from "@shelfloop/core";
import { type Database, seedDefaultRules, withTenant } from "@shelfloop/db";
import {
  createMemberFixture,
  createPromotionFixture,
  createTenantFixture,
  type TenantFixture,
} from "@shelfloop/db/testing";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import pg from "pg";
import { appRouter, createCallerFactory, createTRPCContext, handleStorefront } from "../../src";

/*
 * Shared by cross-tenant.test.ts and fuzz.test.ts: a tenant with one row of every kind, the list of
 * every tRPC procedure (read from the router, never hand-listed), an input for each built from a
 * tenant's identifiers, and snapshots of a tenant's rows taken as the database admin.
 */

process.env.SHELFLOOP_SECRET_KEY ??= randomBytes(32).toString("base64");
/** Robots and webhooks a call may trigger go to a closed local port, never to the internet. */
export const NOWHERE = "http://127.0.0.1:9";
process.env.SHELFLOOP_WECOM_BASE_URL ??= NOWHERE;
process.env.SHELFLOOP_DINGTALK_BASE_URL ??= NOWHERE;
export const TODAY = todayIn("Asia/Shanghai");

const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

export const callerFor = (db: Database, session: { userId: string; tenantId: string } | null) =>
  createCaller(createTRPCContext({ db, session }));

/* ---------- The procedures, as the router has them ---------- */

/** Every procedure path of appRouter ("batch.list", …), from the router's own definition. */
export function procedurePaths(): string[] {
  return Object.keys(appRouter._def.procedures as Record<string, unknown>).sort();
}

/** "query" or "mutation". */
export function procedureType(path: string): string {
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
  return procedures[path]?._def.type ?? "unknown";
}

/** Calls the procedure at `path` through the caller, as the console's client would. */
export function callPath(caller: Caller, path: string, input: unknown): Promise<unknown> {
  let target: unknown = caller;
  for (const segment of path.split(".")) target = (target as Record<string, unknown>)[segment];
  if (typeof target !== "function") throw new Error(`no procedure at ${path}`);
  return (target as (input: unknown) => Promise<unknown>)(input);
}

/* ---------- A rich tenant ---------- */

/** A valid EAN-13 (Chinese 69 prefix) with its check digit. */
export function randomGtin(): string {
  const body = `69${Array.from({ length: 10 }, () => Math.floor(Math.random() * 10)).join("")}`;
  const sum = [...body].reduce((total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

export interface TenantData {
  tenantId: string;
  slug: string;
  miniappAppId: string;
  ownerUserId: string;
  ownerEmail: string;
  ownerMembershipId: string;
  /** A STAFF member besides the owner. */
  staffUserId: string;
  staffMembershipId: string;
  warehouseId: string;
  secondWarehouseId: string;
  productId: string;
  productSku: string;
  productGtin: string;
  batchId: string;
  lotCode: string;
  /** A second batch, received through stock.receive (so there are stock movements). */
  receivedBatchId: string;
  /** A location of the first warehouse, where the received batch sits. */
  locationId: string;
  promotionId: string;
  couponCodes: string[];
  ruleId: string;
  endpointId: string;
  webhookSubscriptionId: string;
  webhookDeliveryId: string;
  posKey: { id: string; keyId: string; secret: string };
  invitationId: string;
  invitationToken: string;
  notificationId: string;
  consumerId: string;
}

/**
 * A tenant with one of everything a member can reach: members, two warehouses, a product with a
 * barcode, batches, stock movements, a promotion with coupons, rules, an alert endpoint, a webhook
 * with a delivery, a POS key, an open invitation, a notification, tier policies and a consumer.
 */
export async function createRichTenant(db: Database, label: string): Promise<TenantData> {
  const base: TenantFixture = await createTenantFixture(db, label, "OWNER");
  const { tenantId } = base;
  const owner = callerFor(db, { userId: base.userId, tenantId });
  const inTenant = <T>(work: Parameters<typeof withTenant<T>>[2]) => withTenant(db, { tenantId }, work);

  const miniappAppId = `wx${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const slug = await inTenant(async (tx) => {
    const tenant = await tx.tenant.update({ where: { id: tenantId }, data: { miniappAppId } });
    return tenant.slug;
  });
  const staff = await createMemberFixture(db, tenantId, "STAFF");
  const members = await owner.staff.listMembers();
  const membershipOf = (userId: string) => {
    const member = members.find((m) => m.userId === userId);
    if (!member) throw new Error(`no membership for ${userId}`);
    return member.id;
  };

  const second = await owner.warehouse.save({
    code: "WH-2",
    name: `${label} 二号仓`,
    address: null,
    timezone: null,
  });
  const productGtin = randomGtin();
  const product = await owner.product.get({ id: base.productId });
  await owner.product.update({
    id: base.productId,
    sku: product.sku,
    gtin: productGtin,
    name: product.name,
    category: product.category,
    shelfLifeDays: product.shelfLifeDays,
    unit: product.unit,
    costFen: product.costFen,
    listPriceFen: product.listPriceFen,
    active: true,
  });
  const location = await owner.location.create({ warehouseId: base.warehouseId, code: "A-01-1" });
  const received = await owner.stock.receive({
    warehouseId: base.warehouseId,
    productId: base.productId,
    productionDate: addDays(TODAY, -4),
    expiryDate: addDays(TODAY, 10),
    quantity: 12,
    lotCode: `LOT-${label}-R`,
    locationId: location.id,
  });

  const couponCodes = [`X${randomBytes(6).toString("hex").toUpperCase()}`];
  const promotionId = await createPromotionFixture(db, base, {
    terms: { type: "SPECIAL_PRICE", params: { unitPriceFen: 600 } },
    couponCodes,
  });

  await inTenant((tx) => seedDefaultRules(tx, tenantId));
  const [rule] = await owner.promotionRule.list();
  if (!rule) throw new Error("no promotion rule seeded");

  const endpoint = await owner.alerts.saveEndpoint({
    name: `${label} 企业微信`,
    kind: "WECOM",
    token: `wecom-key-${label}`,
    tiers: ["RED"],
    warehouseIds: [base.warehouseId],
    mentionMobiles: [],
    mentionAll: false,
    quietStart: null,
    quietEnd: null,
    mode: "IMMEDIATE",
  });

  const hook = await owner.webhook.create({
    kind: "WEBHOOK",
    name: `${label} 商城`,
    url: `${NOWHERE}/hooks/shelfloop`,
    events: ["pricebook.published"],
  });
  const delivery = await inTenant((tx) =>
    tx.webhookDelivery.create({
      data: {
        tenantId,
        subscriptionId: hook.id,
        version: 1,
        event: "pricebook.published",
        status: "DEAD",
        attempts: 5,
        lastError: "HTTP 503",
      },
    }),
  );

  const posKey = await owner.pos.createKey({ warehouseId: base.warehouseId, name: "收银台 1" });
  const { token: invitationToken, invitation } = await owner.staff.invite({
    email: `invitee-${randomUUID().slice(0, 8)}@example.cn`,
    role: "STAFF",
    warehouseIds: [base.warehouseId],
  });
  const notification = await inTenant((tx) =>
    tx.notification.create({
      data: { tenantId, userId: base.userId, kind: "tier", title: `${label} 红灯 1 批次`, body: "…" },
    }),
  );
  await owner.tiering.savePolicy({
    target: { scope: "PRODUCT", productId: base.productId },
    policy: DEFAULT_TIER_POLICY,
  });
  await owner.tiering.savePolicy({
    target: { scope: "CATEGORY", category: "乳制品" },
    policy: DEFAULT_TIER_POLICY,
  });

  // A consumer of the storefront, signed in the way the mini-program's dev login does.
  const session = await handleStorefront(
    new Request(`http://shop.test/api/storefront/v1/${slug}/session/dev`, {
      method: "POST",
      body: JSON.stringify({ openid: `openid-${label}` }),
    }),
    { tenant: slug, path: ["session", "dev"] },
    { db, env: { NODE_ENV: "test" } },
  );
  if (session.status !== 200) throw new Error(`dev sign-in failed: ${await session.text()}`);
  const consumer = await inTenant((tx) => tx.consumer.findFirstOrThrow({ where: { tenantId } }));

  return {
    tenantId,
    slug,
    miniappAppId,
    ownerUserId: base.userId,
    ownerEmail: base.email,
    ownerMembershipId: membershipOf(base.userId),
    staffUserId: staff.userId,
    staffMembershipId: membershipOf(staff.userId),
    warehouseId: base.warehouseId,
    secondWarehouseId: second.id,
    productId: base.productId,
    productSku: product.sku,
    productGtin,
    batchId: base.batchId,
    lotCode: `LOT-${label}`,
    receivedBatchId: received.batchId,
    locationId: location.id,
    promotionId,
    couponCodes,
    ruleId: rule.id,
    endpointId: endpoint.id,
    webhookSubscriptionId: hook.id,
    webhookDeliveryId: delivery.id,
    posKey,
    invitationId: invitation.id,
    invitationToken,
    notificationId: notification.id,
    consumerId: consumer.id,
  };
}

/* ---------- Inputs for every procedure ---------- */

/**
 * What a call may answer. `ok`: it succeeds (and, across tenants, returns none of the other
 * tenant's data). Otherwise the TRPCError codes it may be refused with.
 */
export type Outcome = { ok: true } | { refused: readonly TRPC_ERROR_CODE_KEY[]; why?: string };
export interface Case {
  input: unknown;
  expect: Outcome;
}

const ok = (input: unknown): Case => ({ input, expect: { ok: true } });
/** The default for a foreign identifier: it does not exist for this tenant, or may not be touched. */
const hidden = (input: unknown): Case => ({ input, expect: { refused: ["NOT_FOUND", "FORBIDDEN"] } });
const refused = (input: unknown, codes: readonly TRPC_ERROR_CODE_KEY[], why: string): Case => ({
  input,
  expect: { refused: codes, why },
});

/** A list of foreign ids a form sends with other (valid) values: refused by the service's own-row check. */
const FOREIGN_ID_LIST =
  "a list of ids is checked to be the tenant's own; another tenant's is refused as invalid input";

const endpointValues = (warehouseIds: string[]) => ({
  name: "跨租户测试",
  kind: "WECOM" as const,
  token: "cross-tenant-key",
  tiers: ["RED"],
  warehouseIds,
  mentionMobiles: [],
  mentionAll: false,
  quietStart: null,
  quietEnd: null,
  mode: "IMMEDIATE" as const,
});

const productValues = (sku: string, gtin: string | null) => ({
  sku,
  gtin,
  name: "跨租户商品",
  category: "乳制品",
  shelfLifeDays: 14,
  unit: "件",
  costFen: 500,
  listPriceFen: 800,
  active: true,
});

const ruleCondition = (productIds: string[], warehouseIds: string[]) => ({
  tiers: ["RED"],
  categories: [],
  productIds,
  warehouseIds,
  minQtyOnHand: 1,
});
const ruleTemplate = {
  terms: { type: "PERCENT_OFF" as const, params: { percentOff: 30 } },
  durationDays: 3,
  channels: ["POS" as const],
  reserveSharePercent: 50,
  stacksWithCoupon: false,
  marginFloorPercent: 100,
  allowBelowCost: false,
  coupon: null,
  autoApproveMaxMarkdownFen: null,
};

const receipt = (warehouseId: string, productId: string) => ({
  warehouseId,
  productId,
  productionDate: addDays(TODAY, -2),
  expiryDate: addDays(TODAY, 12),
  quantity: 3,
});

/** The last 30 days, as the reports page asks for them. */
const REPORT_PERIOD = () => {
  const to = todayIn("Asia/Shanghai");
  return { from: addDays(to, -29), to };
};

const RECEIVE_HEADER = ["SKU", "批号", "生产日期", "到期日期", "数量", "备注"];

/**
 * For each procedure path, the calls to make as a member of tenant `own` with tenant `a`'s
 * identifiers (the cross-tenant test), or with `a === own` for inputs shaped like real ones (the
 * fuzz test mutates them). A procedure missing here fails the cross-tenant test.
 */
export const INPUTS: Record<string, (a: TenantData, own: TenantData) => Case[]> = {
  "alerts.listEndpoints": () => [ok(undefined)],
  "alerts.saveEndpoint": (a) => [
    hidden({ ...endpointValues([]), id: a.endpointId }),
    refused(endpointValues([a.warehouseId]), ["BAD_REQUEST"], FOREIGN_ID_LIST),
  ],
  "alerts.deleteEndpoint": (a) => [hidden({ id: a.endpointId })],
  "alerts.testEndpoint": (a) => [hidden({ id: a.endpointId })],

  "batch.list": (a) => [
    ok({ warehouseId: a.warehouseId }),
    ok({ search: a.lotCode }),
    ok({ search: a.productSku, pageSize: 100 }),
  ],
  "batch.get": (a) => [hidden({ id: a.batchId }), hidden({ id: a.receivedBatchId })],
  "batch.advice": (a) => [hidden({ id: a.batchId })],
  "batch.filterOptions": () => [ok(undefined)],

  "dashboard.getStockByBand": (a) => [ok({ warehouseId: a.warehouseId }), ok(undefined)],
  "dashboard.getSetupProgress": () => [ok(undefined)],

  "label.status": () => [ok(undefined)],

  "location.list": (a) => [ok({ warehouseId: a.warehouseId }), ok(undefined)],
  "location.create": (a) => [hidden({ warehouseId: a.warehouseId, code: "XT-1" })],
  "location.update": (a) => [hidden({ id: a.locationId, code: "XT-2", isClearanceZone: true })],
  "location.archive": (a) => [hidden({ id: a.locationId, archived: true })],
  "location.zoneTasks": (a) => [hidden({ warehouseId: a.warehouseId })],

  "miniapp.getSettings": () => [ok(undefined)],
  "miniapp.saveSettings": (a) => [
    refused(
      { appId: a.miniappAppId, dealAlert: null },
      ["CONFLICT", "BAD_REQUEST"],
      "a mini-program AppID names one storefront across all tenants: claiming another tenant's must be refused",
    ),
  ],

  "notification.list": () => [ok(undefined)],
  "notification.unreadCount": () => [ok(undefined)],
  // Marks the caller's own notifications among the ids: another tenant's are simply not among them.
  "notification.markRead": (a) => [ok({ ids: [a.notificationId] })],

  // Public procedures: the session is irrelevant, the identifiers are what is tried.
  "onboarding.signUp": (a) => [
    refused(
      {
        tenantName: "跨租户注册",
        slug: a.slug,
        ownerName: "攻击者",
        password: "cross-tenant-pw",
        email: `attacker-${randomUUID().slice(0, 8)}@example.cn`,
      },
      ["CONFLICT"],
      "slugs are global and public (storefront URLs): taking another tenant's is a conflict",
    ),
    ok({
      tenantName: "跨租户注册",
      ownerName: "新商户",
      password: "cross-tenant-pw",
      email: `new-${randomUUID().slice(0, 8)}@example.cn`,
    }),
  ],
  // An invitation's id is not its token: knowing the id must not open the invitation.
  "onboarding.viewInvitation": (a) => [hidden({ token: `${a.invitationId}` })],
  "onboarding.acceptInvitation": (a) => [hidden({ token: a.invitationId, password: "cross-tenant-pw" })],

  "pos.listKeys": () => [ok(undefined)],
  "pos.createKey": (a) => [hidden({ warehouseId: a.warehouseId, name: "别人的门店" })],
  "pos.revokeKey": (a) => [hidden({ id: a.posKey.id })],

  // A foreign warehouse filters to nothing: the rollups under RLS hold only the caller's rows.
  "report.dashboard": (a) => [ok({ ...REPORT_PERIOD(), warehouseId: a.warehouseId }), ok(REPORT_PERIOD())],
  "report.purchasingAdvice": (a) => [ok({ warehouseId: a.warehouseId }), ok({})],

  "product.search": (a) => [ok({ query: a.productSku }), ok({ query: a.productGtin })],
  "product.list": (a) => [ok({ search: a.productSku })],
  "product.get": (a) => [hidden({ id: a.productId })],
  // SKUs are per tenant: reusing another tenant's makes the caller's own product.
  "product.create": (a) => [ok(productValues(a.productSku, null))],
  "product.update": (a, own) => [hidden({ ...productValues(`${own.productSku}-x`, null), id: a.productId })],
  "product.importContext": () => [ok(undefined)],
  "product.importChunk": (a) => [
    ok({
      header: ["SKU", "名称", "品类", "保质期天数", "单位", "成本价", "零售价", "条码"],
      rows: [{ row: 2, cells: [a.productSku, "导入商品", "乳制品", "14", "件", "5.00", "8.00", ""] }],
    }),
  ],
  "product.exportCsv": () => [ok(undefined)],

  "promotion.list": () => [ok({}), ok({ status: "PENDING_APPROVAL" })],
  "promotion.get": (a) => [hidden({ id: a.promotionId })],
  "promotion.approve": (a) => [hidden({ id: a.promotionId, comment: "跨租户" })],
  "promotion.reject": (a) => [hidden({ id: a.promotionId, comment: "跨租户拒绝" })],
  "promotion.cancel": (a) => [hidden({ id: a.promotionId, comment: "跨租户取消" })],
  "promotion.pendingCount": () => [ok(undefined)],

  "promotionRule.list": () => [ok(undefined)],
  "promotionRule.save": (a) => [
    hidden({ id: a.ruleId, name: "跨租户规则", condition: ruleCondition([], []), template: ruleTemplate }),
    refused(
      { name: "跨租户商品", condition: ruleCondition([a.productId], []), template: ruleTemplate },
      ["BAD_REQUEST"],
      FOREIGN_ID_LIST,
    ),
    refused(
      { name: "跨租户仓库", condition: ruleCondition([], [a.warehouseId]), template: ruleTemplate },
      ["BAD_REQUEST"],
      FOREIGN_ID_LIST,
    ),
  ],
  "promotionRule.setEnabled": (a) => [hidden({ id: a.ruleId, enabled: false })],
  "promotionRule.reorder": (a) => [
    refused(
      { ids: [a.ruleId] },
      ["BAD_REQUEST"],
      "reorder takes the whole list of the tenant's rules; any other list is refused as stale",
    ),
  ],
  "promotionRule.delete": (a) => [hidden({ id: a.ruleId })],
  // A preview filtered to another tenant's products or warehouses matches nothing of the caller's.
  "promotionRule.preview": (a) => [
    ok({ condition: ruleCondition([a.productId], [a.warehouseId]), template: ruleTemplate }),
  ],

  "staff.listMembers": () => [ok(undefined)],
  "staff.updateMember": (a, own) => [
    hidden({ id: a.staffMembershipId, role: "VIEWER", warehouseIds: [] }),
    hidden({ id: a.ownerMembershipId, role: "VIEWER", warehouseIds: [] }),
    refused(
      { id: own.staffMembershipId, role: "STAFF", warehouseIds: [a.warehouseId] },
      ["BAD_REQUEST"],
      FOREIGN_ID_LIST,
    ),
  ],
  "staff.removeMember": (a) => [hidden({ id: a.staffMembershipId })],
  "staff.invite": (a) => [
    refused(
      { email: `xt-${randomUUID().slice(0, 8)}@example.cn`, role: "STAFF", warehouseIds: [a.warehouseId] },
      ["BAD_REQUEST"],
      FOREIGN_ID_LIST,
    ),
  ],
  "staff.listInvitations": () => [ok(undefined)],
  "staff.revokeInvitation": (a) => [hidden({ id: a.invitationId })],

  // Another tenant's barcode names no product of the caller's: the scan resolves to "unknown product".
  "stock.resolveScan": (a, own) => [
    ok({ warehouseId: own.warehouseId, code: a.productGtin }),
    hidden({ warehouseId: a.warehouseId, code: own.productGtin }),
  ],
  "stock.previewReceipt": (a, own) => [
    hidden(receipt(a.warehouseId, a.productId)),
    hidden(receipt(own.warehouseId, a.productId)),
    hidden(receipt(a.warehouseId, own.productId)),
  ],
  "stock.receive": (a, own) => [
    hidden({ ...receipt(a.warehouseId, a.productId), lotCode: "XT-1" }),
    hidden({ ...receipt(own.warehouseId, a.productId), lotCode: "XT-2" }),
    hidden({ ...receipt(a.warehouseId, own.productId), lotCode: "XT-3" }),
    hidden({ ...receipt(own.warehouseId, own.productId), lotCode: "XT-4", locationId: a.locationId }),
  ],
  "stock.receiveCsv": (a, own) => {
    const rows = [[a.productSku, "XT-CSV", addDays(TODAY, -2), addDays(TODAY, 12), "3", ""]];
    return [
      hidden({
        warehouseId: a.warehouseId,
        header: RECEIVE_HEADER,
        rows,
        mode: "commit",
        onlyValidRows: true,
      }),
      hidden({ warehouseId: a.warehouseId, header: RECEIVE_HEADER, rows, mode: "preview" }),
      // The caller's warehouse with another tenant's SKU: the caller's own product of that SKU if it
      // has one (product.create may have made it), else a row error; never A's product.
      ok({ warehouseId: own.warehouseId, header: RECEIVE_HEADER, rows, mode: "preview" }),
      ok({ warehouseId: own.warehouseId, header: RECEIVE_HEADER, rows, mode: "commit", onlyValidRows: true }),
    ];
  },
  "stock.sell": (a, own) => [
    hidden({ warehouseId: a.warehouseId, productId: a.productId, quantity: 1 }),
    hidden({ warehouseId: own.warehouseId, productId: a.productId, quantity: 1 }),
    hidden({ warehouseId: a.warehouseId, productId: own.productId, quantity: 1 }),
  ],
  "stock.adjust": (a) => [hidden({ batchId: a.batchId, delta: -1, note: "跨租户" })],
  "stock.writeOff": (a) => [hidden({ batchId: a.batchId, quantity: 1, category: "DAMAGED" })],
  "stock.transfer": (a, own) => [
    hidden({
      productId: a.productId,
      fromWarehouseId: a.warehouseId,
      toWarehouseId: own.warehouseId,
      quantity: 1,
    }),
    hidden({
      productId: own.productId,
      fromWarehouseId: own.warehouseId,
      toWarehouseId: a.warehouseId,
      quantity: 1,
    }),
    refused(
      {
        productId: own.productId,
        fromWarehouseId: own.warehouseId,
        toWarehouseId: own.secondWarehouseId,
        quantity: 1,
        batchId: a.batchId,
      },
      ["NOT_FOUND", "CONFLICT"],
      "a named batch only limits which of the caller's lots are drawn: another tenant's batch is not among them, so there is no stock to move (CONFLICT: available 0)",
    ),
  ],
  "stock.moveLocation": (a, own) => [
    hidden({ batchId: a.receivedBatchId, locationId: own.locationId }),
    hidden({ batchId: own.batchId, locationId: a.locationId }),
  ],
  "stock.pickList": (a, own) => [
    hidden({ warehouseId: a.warehouseId, productId: a.productId, quantity: 1 }),
    hidden({ warehouseId: own.warehouseId, productId: a.productId, quantity: 1 }),
  ],
  "stock.setQuarantine": (a) => [hidden({ batchId: a.batchId, quarantined: true, reason: "跨租户" })],
  "stock.listMovements": (a) => [
    ok({ batchId: a.batchId }),
    ok({ productId: a.productId }),
    ok({ warehouseId: a.warehouseId }),
  ],
  "stock.exportMovements": (a) => [ok({ batchId: a.receivedBatchId }), ok({ warehouseId: a.warehouseId })],

  "tenant.current": () => [ok(undefined)],

  "tiering.getPolicies": () => [ok(undefined)],
  "tiering.savePolicy": (a) => [
    hidden({ target: { scope: "PRODUCT", productId: a.productId }, policy: DEFAULT_TIER_POLICY }),
  ],
  "tiering.deletePolicy": (a) => [hidden({ scope: "PRODUCT", productId: a.productId })],
  "tiering.previewPolicy": (a) => [
    ok({ target: { scope: "PRODUCT", productId: a.productId }, policy: DEFAULT_TIER_POLICY }),
  ],
  "tiering.retierNow": () => [ok(undefined)],

  "warehouse.list": () => [ok({ includeArchived: true })],
  "warehouse.save": (a) => [
    hidden({ id: a.warehouseId, code: "WH-X", name: "改名", address: null, timezone: null }),
  ],
  "warehouse.setArchived": (a) => [hidden({ id: a.secondWarehouseId, archived: true })],

  "webhook.list": () => [ok(undefined)],
  "webhook.create": (a) => [
    refused(
      {
        kind: "YOUZAN",
        name: "跨租户有赞",
        events: ["pricebook.published"],
        clientSecret: "yz-secret",
        settings: { clientId: "yz", kdtId: "1", skus: { [a.productId]: { itemId: 1, skuId: 2 } } },
      },
      ["BAD_REQUEST"],
      FOREIGN_ID_LIST,
    ),
  ],
  "webhook.setActive": (a) => [hidden({ id: a.webhookSubscriptionId, active: false })],
  "webhook.remove": (a) => [hidden({ id: a.webhookSubscriptionId })],
  // A read filtered by a subscription: another tenant's has no deliveries the caller can see.
  "webhook.deliveries": (a) => [ok({ subscriptionId: a.webhookSubscriptionId })],
  "webhook.replay": (a) => [hidden({ deliveryId: a.webhookDeliveryId })],
};

/* ---------- A tenant's rows, read as the database admin ---------- */

/** Tables with a tenant_id column, from the schema itself. */
export async function tenantTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'tenant_id'
      ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

export async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_ADMIN_URL;
  if (!url) throw new Error("DATABASE_ADMIN_URL is not set");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every row of the tenant (its tenants row and every tenant-owned table's rows), as sorted JSON text. */
export function snapshotTenant(tenantId: string): Promise<Record<string, string[]>> {
  return withAdmin(async (client) => {
    const snapshot: Record<string, string[]> = {};
    const tenant = await client.query<{ row: string }>(
      "SELECT row_to_json(t)::text AS row FROM tenants t WHERE id = $1",
      [tenantId],
    );
    snapshot.tenants = tenant.rows.map((r) => r.row);
    for (const table of await tenantTables(client)) {
      const { rows } = await client.query<{ row: string }>(
        `SELECT row_to_json(t)::text AS row FROM "${table}" t WHERE tenant_id = $1 ORDER BY 1`,
        [tenantId],
      );
      snapshot[table] = rows.map((r) => r.row);
    }
    return snapshot;
  });
}

/** How many rows the tenant has in each tenant-owned table. */
export function countTenantRows(tenantId: string): Promise<Record<string, number>> {
  return withAdmin(async (client) => {
    const counts: Record<string, number> = {};
    for (const table of await tenantTables(client)) {
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM "${table}" WHERE tenant_id = $1`,
        [tenantId],
      );
      counts[table] = Number(rows[0]?.n ?? 0);
    }
    return counts;
  });
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Every uuid that appears in a snapshot: the tenant's row ids and the ids they reference. */
export function idsIn(snapshot: Record<string, string[]>): Set<string> {
  const ids = new Set<string>();
  for (const rows of Object.values(snapshot))
    for (const row of rows) for (const match of row.matchAll(UUID)) ids.add(match[0].toLowerCase());
  return ids;
}
