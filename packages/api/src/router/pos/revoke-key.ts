import { revokePosKey } from "@shelfloop/db";
import { TRPCError } from "@trpc/server";
import { roleProcedure } from "../../trpc";
import { keyIdInput } from "./pos.types";

export const revokeKey = roleProcedure("ADMIN")
  .input(keyIdInput)
  .mutation(async ({ ctx, input }) => {
    if (!(await revokePosKey(ctx.tx, ctx.tenant, input.id, new Date())))
      throw new TRPCError({ code: "NOT_FOUND", message: "该密钥不存在或已停用" });
    return { revoked: true };
  });
