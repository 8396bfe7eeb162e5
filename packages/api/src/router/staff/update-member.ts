import { updateMember as updateMemberService } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { updateMemberInput } from "./staff.types";

export const updateMember = roleProcedure("ADMIN")
  .input(updateMemberInput)
  .mutation(({ ctx, input: { id, ...change } }) => updateMemberService(ctx.tx, ctx.tenant, id, change));
