import { DEFAULT_TIER_POLICY } from "@shelfloop/core";
import { createDatabase, type Database, withTenant } from "@shelfloop/db";
import { createTenantFixture, type TenantFixture } from "@shelfloop/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, createCallerFactory, createTRPCContext } from "../src";

const createCaller = createCallerFactory(appRouter);
let db: Database;
let owner: TenantFixture;
let manager: TenantFixture;
let outsider: TenantFixture;

const callerFor = (member: TenantFixture) =>
  createCaller(createTRPCContext({ db, session: { userId: member.userId, tenantId: member.tenantId } }));

// Everything with 100 days or less left is URGENT: the fixture batch (8 days left) is.
const strict = {
  tiers: [
    { key: "NORMAL", name: "正常", color: "emerald", entry: null },
    { key: "URGENT", name: "紧急", color: "red", entry: { kind: "DAYS", days: 100 } },
  ],
};

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `pnpm test:all`.");
  db = createDatabase(url, Number(process.env.DATABASE_POOL_MAX ?? 4));
  owner = await createTenantFixture(db, "tier-owner", "OWNER");
  outsider = await createTenantFixture(db, "tier-outsider", "OWNER");
  manager = { ...owner, userId: (await createTenantFixture(db, "tier-manager")).userId };
  await withTenant(db, { tenantId: owner.tenantId }, (tx) =>
    tx.membership.create({ data: { tenantId: owner.tenantId, userId: manager.userId, role: "MANAGER" } }),
  );
});
afterAll(() => db.$disconnect());

describe("tier policies", () => {
  it("start from the built-in default", async () => {
    const policies = await callerFor(owner).tiering.getPolicies();
    expect(policies).toMatchObject({
      tenant: null,
      categories: [],
      products: [],
      defaultPolicy: DEFAULT_TIER_POLICY,
    });
  });

  it("preview what a policy would do without writing it", async () => {
    const preview = await callerFor(manager).tiering.previewPolicy({
      target: { scope: "TENANT" },
      policy: strict,
    });
    expect(preview.counts).toEqual([{ tier: "URGENT", batches: 1, units: 50 }]);
    expect((await callerFor(owner).tiering.getPolicies()).tenant).toBeNull();
  });

  it("are saved by admins only, with the change in the audit log", async () => {
    await expect(
      callerFor(manager).tiering.savePolicy({ target: { scope: "TENANT" }, policy: strict }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await callerFor(owner).tiering.savePolicy({
      target: { scope: "CATEGORY", category: "乳制品" },
      policy: strict,
    });
    expect((await callerFor(owner).tiering.getPolicies()).categories).toEqual([
      { category: "乳制品", policy: strict },
    ]);
    const audit = await withTenant(db, { tenantId: owner.tenantId }, (tx) =>
      tx.auditLog.findMany({ where: { action: "tier_policy.created" } }),
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: owner.userId, before: null });
  });

  it("refuse an invalid policy with the offending field named, and keep the old one", async () => {
    const broken = { tiers: [strict.tiers[0], { ...strict.tiers[1], entry: { kind: "DAYS", days: -3 } }] };
    await expect(
      callerFor(owner).tiering.savePolicy({
        target: { scope: "CATEGORY", category: "乳制品" },
        policy: broken,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("tiers[1].entry.days") });
    expect((await callerFor(owner).tiering.getPolicies()).categories[0]?.policy).toEqual(strict);
  });

  it("cannot target another tenant's product", async () => {
    await expect(
      callerFor(owner).tiering.savePolicy({
        target: { scope: "PRODUCT", productId: outsider.productId },
        policy: strict,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("show in a batch's detail, which another tenant cannot open", async () => {
    const batch = await callerFor(owner).batch.get({ id: owner.batchId });
    expect(batch.tier).toMatchObject({ key: "URGENT", name: "紧急", color: "red" });
    await expect(callerFor(outsider).batch.get({ id: owner.batchId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("re-tier now", () => {
  it("runs inline without an Inngest server and says so; staff may not trigger it", async () => {
    expect(process.env.INNGEST_EVENT_KEY ?? process.env.INNGEST_DEV).toBeUndefined();
    const first = await callerFor(manager).tiering.retierNow();
    expect(first).toEqual({ mode: "inline", changes: 1 });
    // Its alert was delivered after the tiering committed: the owner has it in the notification centre.
    const inbox = await callerFor(owner).notification.list();
    expect(inbox.items.map((item) => item.kind)).toContain("tier_alert");
    expect(await callerFor(manager).tiering.retierNow()).toEqual({ mode: "inline", changes: 0 });
    const staff = await createTenantFixture(db, "tier-staff", "STAFF");
    await expect(callerFor(staff).tiering.retierNow()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the batch list an alert links to", () => {
  it("filters by the tiers batches are in now and by when their tier changed", async () => {
    const changedBefore = new Date(Date.now() - 10 * 60_000);
    const list = (input: { tiers?: string[]; changedSince?: Date }) =>
      callerFor(owner).batch.list({ ...input, page: 1, pageSize: 20 });

    expect((await list({ tiers: ["URGENT"], changedSince: changedBefore })).items.map((b) => b.id)).toEqual([
      owner.batchId,
    ]);
    expect((await list({ tiers: ["NORMAL", "EXPIRED"] })).total).toBe(0);
    expect((await list({ changedSince: new Date(Date.now() + 60_000) })).total).toBe(0);
    expect((await callerFor(owner).batch.filterOptions()).tiers).toEqual(
      expect.arrayContaining([
        { key: "EXPIRED", name: "过期" },
        { key: "URGENT", name: "紧急" },
      ]),
    );
  });
});
