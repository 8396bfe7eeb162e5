import { sendTestMessage } from "@shelfloop/db";
import { TRPCError } from "@trpc/server";
import { roleProcedure } from "../../trpc";
import { endpointIdInput } from "./alerts.types";

/** Sends a test message and returns the platform's answer as is (success, or its own error message). */
export const testEndpoint = roleProcedure("ADMIN")
  .input(endpointIdInput)
  .mutation(async ({ ctx, input }) => {
    const result = await sendTestMessage(ctx.tx, input.id, ctx.tenant.tenantName);
    if (!result) throw new TRPCError({ code: "NOT_FOUND", message: "该推送渠道不存在" });
    return result;
  });
