import { acceptInvitation as acceptInvitationService } from "@shelfloop/db";
import { publicProcedure } from "../../trpc";
import { acceptInvitationInput } from "./onboarding.types";

/** Joins the tenant; returns the login to sign in with (the invited email or phone) and the tenant. */
export const acceptInvitation = publicProcedure
  .input(acceptInvitationInput)
  .mutation(async ({ ctx, input: { token, ...input } }) => {
    const { login, tenantId } = await acceptInvitationService(ctx.db, token, input);
    return { login, tenantId };
  });
