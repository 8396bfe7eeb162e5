import { removeMember as removeMemberService } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { idInput } from "./staff.types";

export const removeMember = roleProcedure("ADMIN")
  .input(idInput)
  .mutation(({ ctx, input }) => removeMemberService(ctx.tx, ctx.tenant, input.id));
