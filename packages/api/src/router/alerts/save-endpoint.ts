import { saveEndpoint as saveEndpointService } from "@shelfloop/db";
import { TRPCError } from "@trpc/server";
import { roleProcedure } from "../../trpc";
import { endpointInput } from "./alerts.types";

export const saveEndpoint = roleProcedure("ADMIN")
  .input(endpointInput)
  .mutation(async ({ ctx, input: { id, ...input } }) => {
    const saved = await saveEndpointService(ctx.tx, ctx.tenant, input, id);
    if (!saved) throw new TRPCError({ code: "NOT_FOUND", message: "该推送渠道不存在" });
    return saved;
  });
