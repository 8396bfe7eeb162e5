import { listSubscriptions } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";

export const list = roleProcedure("ADMIN").query(({ ctx }) => listSubscriptions(ctx.tx));
