import { deleteEndpoint as deleteEndpointService } from "@shelfloop/db";
import { TRPCError } from "@trpc/server";
import { roleProcedure } from "../../trpc";
import { endpointIdInput } from "./alerts.types";

export const deleteEndpoint = roleProcedure("ADMIN")
  .input(endpointIdInput)
  .mutation(async ({ ctx, input }) => {
    if (!(await deleteEndpointService(ctx.tx, ctx.tenant, input.id))) {
      throw new TRPCError({ code: "NOT_FOUND", message: "该推送渠道不存在" });
    }
    return { deleted: true };
  });
