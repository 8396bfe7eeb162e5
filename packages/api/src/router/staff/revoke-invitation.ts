import { revokeInvitation as revokeInvitationService } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { idInput } from "./staff.types";

export const revokeInvitation = roleProcedure("ADMIN")
  .input(idInput)
  .mutation(({ ctx, input }) => revokeInvitationService(ctx.tx, ctx.tenant, input.id));
