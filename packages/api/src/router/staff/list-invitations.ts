import { listOpenInvitations } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";

export const listInvitations = roleProcedure("ADMIN").query(({ ctx }) => listOpenInvitations(ctx.tx));
