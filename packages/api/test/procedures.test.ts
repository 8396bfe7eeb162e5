import { createDatabase, type Database } from "@shelfloop/db";
import { createTenantFixture, type TenantFixture } from "@shelfloop/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTRPCContext, createTRPCRouter, roleProcedure } from "../src/trpc";

// A router of its own, so the role gate is tested apart from any one feature.
const probeRouter = createTRPCRouter({
  managerOnly: roleProcedure("MANAGER").query(({ ctx }) => ctx.tenant.role),
});

let db: Database;
const members: Partial<Record<"OWNER" | "MANAGER" | "STAFF" | "VIEWER", TenantFixture>> = {};

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `pnpm test:all`.");
  db = createDatabase(url, Number(process.env.DATABASE_POOL_MAX ?? 4));
  for (const role of ["OWNER", "MANAGER", "STAFF", "VIEWER"] as const) {
    members[role] = await createTenantFixture(db, `role-${role.toLowerCase()}`, role);
  }
});
afterAll(() => db.$disconnect());

const call = (member: TenantFixture | undefined) =>
  probeRouter
    .createCaller(
      createTRPCContext({
        db,
        session: member ? { userId: member.userId, tenantId: member.tenantId } : null,
      }),
    )
    .managerOnly();

describe("roleProcedure", () => {
  it("admits members at or above the required role", async () => {
    expect(await call(members.OWNER)).toBe("OWNER");
    expect(await call(members.MANAGER)).toBe("MANAGER");
  });

  it("refuses members below it with FORBIDDEN and a message in Chinese", async () => {
    await expect(call(members.STAFF)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "您的角色无权执行此操作",
    });
    await expect(call(members.VIEWER)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses anyone without a session", async () => {
    await expect(call(undefined)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
