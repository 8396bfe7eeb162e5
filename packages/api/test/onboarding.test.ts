import { acceptInvitation, authenticate, createDatabase, type Database, withTenant } from "@shelfloop/db";
import { createTenantFixture, type TenantFixture } from "@shelfloop/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, createCallerFactory, createTRPCContext } from "../src";

const createCaller = createCallerFactory(appRouter);
let db: Database;
let shop: TenantFixture;
let outsider: TenantFixture;

const anonymous = () => createCaller(createTRPCContext({ db, session: null }));
const callerFor = (member: { userId: string; tenantId: string }) =>
  createCaller(createTRPCContext({ db, session: { userId: member.userId, tenantId: member.tenantId } }));
const unique = () => Math.random().toString(36).slice(2, 10);

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `pnpm test:all`.");
  db = createDatabase(url, Number(process.env.DATABASE_POOL_MAX ?? 4));
  shop = await createTenantFixture(db, "onboard", "OWNER");
  outsider = await createTenantFixture(db, "onboard-outsider", "OWNER");
});
afterAll(() => db.$disconnect());

describe("sign-up", () => {
  it("creates a tenant whose only member is its owner, who can then sign in", async () => {
    const email = `boss-${unique()}@example.cn`;
    await anonymous().onboarding.signUp({
      tenantName: "好邻居超市",
      ownerName: "王老板",
      email,
      password: "long-enough-1",
    });
    const member = await authenticate(db, email, "long-enough-1");
    expect(member).toMatchObject({ role: "OWNER", name: "王老板" });
    const current = await callerFor(member as NonNullable<typeof member>).tenant.current();
    expect(current).toMatchObject({ tenantName: "好邻居超市", timezone: "Asia/Shanghai" });
  });

  it("refuses a taken email or slug with the field named, creating nothing", async () => {
    const slug = `shop-${unique()}`;
    await anonymous().onboarding.signUp({
      tenantName: "甲",
      slug,
      ownerName: "甲",
      phone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
      password: "long-enough-1",
    });
    await expect(
      anonymous().onboarding.signUp({
        tenantName: "乙",
        ownerName: "乙",
        email: shop.email,
        password: "long-enough-2",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "该邮箱已注册，请直接登录" });
    await expect(
      anonymous().onboarding.signUp({
        tenantName: "丙",
        slug,
        ownerName: "丙",
        email: `c-${unique()}@example.cn`,
        password: "long-enough-3",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "该店铺标识已被使用，请换一个" });
    await expect(
      anonymous().onboarding.signUp({ tenantName: "丁", ownerName: "丁", password: "short" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("warehouses", () => {
  it("are created and edited by admins, codes unique, archived only when empty", async () => {
    const owner = callerFor(shop);
    const store = await owner.warehouse.save({
      code: "S-01",
      name: "人民路店",
      address: "人民路 1 号",
      timezone: "",
    });
    expect(store).toMatchObject({ code: "S-01", timezone: null, archivedAt: null });
    await expect(
      owner.warehouse.save({ code: "S-01", name: "重复", address: null, timezone: null }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "仓库编码 S-01 已被使用",
    });
    await expect(
      owner.warehouse.save({ code: "S-02", name: "错时区", address: null, timezone: "Mars/Olympus" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    await expect(owner.warehouse.setArchived({ id: shop.warehouseId, archived: true })).rejects.toMatchObject(
      {
        message: expect.stringContaining("还有 1 个批次有库存"),
      },
    );
    await owner.warehouse.setArchived({ id: store.id, archived: true });
    expect((await owner.warehouse.list()).map((w) => w.id)).not.toContain(store.id);
    expect((await owner.warehouse.list({ includeArchived: true })).map((w) => w.id)).toContain(store.id);

    const staff = await createTenantFixture(db, "onboard-staff", "STAFF");
    await expect(
      callerFor(staff).warehouse.save({ code: "X", name: "X", address: null, timezone: null }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("staff invitations", () => {
  it("invite → accept once → the new member signs in with the invited role and warehouses", async () => {
    const owner = callerFor(shop);
    const email = `clerk-${unique()}@example.cn`;
    const before = Date.now();
    const { token, invitation } = await owner.staff.invite({
      email,
      role: "STAFF",
      warehouseIds: [shop.warehouseId],
    });
    expect(invitation).not.toHaveProperty("tokenHash");
    const week = 7 * 24 * 3600 * 1000;
    expect(invitation.expiresAt.getTime()).toBeGreaterThanOrEqual(before + week);
    expect(invitation.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + week);

    expect(await anonymous().onboarding.viewInvitation({ token })).toMatchObject({
      tenantName: "onboard 商户",
      role: "STAFF",
      state: "OPEN",
      hasAccount: false,
    });
    expect(
      await anonymous().onboarding.acceptInvitation({ token, name: "小李", password: "clerk-pass-1" }),
    ).toEqual({ login: email, tenantId: shop.tenantId });
    await expect(
      anonymous().onboarding.acceptInvitation({ token, name: "又一次", password: "clerk-pass-2" }),
    ).rejects.toMatchObject({ message: "该邀请已被使用" });

    const clerk = await authenticate(db, email, "clerk-pass-1");
    expect(clerk).toMatchObject({ tenantId: shop.tenantId, role: "STAFF", name: "小李" });
    const members = await owner.staff.listMembers();
    expect(members.find((m) => m.email === email)).toMatchObject({
      role: "STAFF",
      warehouseIds: [shop.warehouseId],
    });
    expect((await owner.staff.listInvitations()).map((i) => i.email)).not.toContain(email);
    // Staff may not invite or manage staff.
    await expect(
      callerFor(clerk as NonNullable<typeof clerk>).staff.invite({
        email: "x@example.cn",
        role: "VIEWER",
        warehouseIds: [],
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("an existing account joins with its own password; expired and revoked links are refused", async () => {
    const owner = callerFor(shop);
    const { token } = await owner.staff.invite({ email: outsider.email, role: "VIEWER", warehouseIds: [] });
    expect(await anonymous().onboarding.viewInvitation({ token })).toMatchObject({ hasAccount: true });
    await expect(
      anonymous().onboarding.acceptInvitation({ token, password: "wrong-password" }),
    ).rejects.toMatchObject({
      message: expect.stringContaining("密码不正确"),
    });
    await anonymous().onboarding.acceptInvitation({ token, password: outsider.password });
    const members = await owner.staff.listMembers();
    expect(members.find((m) => m.userId === outsider.userId)).toMatchObject({ role: "VIEWER" });
    // Signing in right after joining opens the new tenant; a plain sign-in still opens the first.
    expect(await authenticate(db, outsider.email, outsider.password, shop.tenantId)).toMatchObject({
      tenantId: shop.tenantId,
      role: "VIEWER",
    });
    expect(await authenticate(db, outsider.email, outsider.password)).toMatchObject({
      tenantId: outsider.tenantId,
    });

    const late = await owner.staff.invite({
      email: `late-${unique()}@example.cn`,
      role: "STAFF",
      warehouseIds: [],
    });
    const eightDaysOn = new Date(Date.now() + 8 * 24 * 3600 * 1000);
    await expect(
      acceptInvitation(db, late.token, { name: "迟到", password: "late-pass-1" }, eightDaysOn),
    ).rejects.toThrow("邀请链接已过期，请联系管理员重新邀请");
    const revoked = await owner.staff.invite({ phone: "13912345678", role: "STAFF", warehouseIds: [] });
    await owner.staff.revokeInvitation({ id: revoked.invitation.id });
    await expect(
      anonymous().onboarding.acceptInvitation({
        token: revoked.token,
        name: "撤销",
        password: "revoked-pass",
      }),
    ).rejects.toMatchObject({ message: "该邀请已被撤销" });
    await expect(anonymous().onboarding.viewInvitation({ token: "x".repeat(43) })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("roles: nobody grants above their own role, and the last owner stays", async () => {
    const admin = await createTenantFixture(db, "onboard-admin", "ADMIN");
    await withTenant(db, { tenantId: shop.tenantId }, (tx) =>
      tx.membership.create({ data: { tenantId: shop.tenantId, userId: admin.userId, role: "ADMIN" } }),
    );
    const asAdmin = callerFor({ userId: admin.userId, tenantId: shop.tenantId });
    const members = await asAdmin.staff.listMembers();
    const ownerRow = members.find((m) => m.role === "OWNER");
    const adminRow = members.find((m) => m.userId === admin.userId);
    await expect(
      asAdmin.staff.updateMember({ id: ownerRow?.id ?? "", role: "STAFF", warehouseIds: [] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      asAdmin.staff.updateMember({ id: adminRow?.id ?? "", role: "OWNER", warehouseIds: [] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(shop).staff.removeMember({ id: ownerRow?.id ?? "" })).rejects.toMatchObject({
      message: "商户至少要保留一位所有者",
    });
    // Another tenant's invitations and members are invisible.
    expect((await callerFor(outsider).staff.listInvitations()).length).toBe(0);
    expect((await callerFor(outsider).staff.listMembers()).map((m) => m.userId)).toEqual([outsider.userId]);
  });
});
