import { viewInvitation as viewInvitationService } from "@shelfloop/db";
import { TRPCError } from "@trpc/server";
import { publicProcedure } from "../../trpc";
import { invitationTokenInput } from "./onboarding.types";

export const viewInvitation = publicProcedure.input(invitationTokenInput).query(async ({ ctx, input }) => {
  const invitation = await viewInvitationService(ctx.db, input.token);
  if (!invitation) throw new TRPCError({ code: "NOT_FOUND", message: "邀请链接无效" });
  return invitation;
});
