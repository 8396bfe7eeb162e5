import { createInvitation } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { inviteInput } from "./staff.types";

/** Returns the invitation and its one-time token; the console builds the link and shows it once. */
export const invite = roleProcedure("ADMIN")
  .input(inviteInput)
  .mutation(({ ctx, input }) => createInvitation(ctx.tx, ctx.tenant, input));
