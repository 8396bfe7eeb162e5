import { getMiniappSettings } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";

export const getSettings = roleProcedure("ADMIN").query(({ ctx }) =>
  getMiniappSettings(ctx.tx, ctx.tenant.tenantId),
);
