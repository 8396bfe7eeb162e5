import { listMembers as listMembersService } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";

export const listMembers = roleProcedure("ADMIN").query(({ ctx }) =>
  listMembersService(ctx.tx, ctx.tenant.tenantId),
);
