import { listPosKeys } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";

export const listKeys = roleProcedure("ADMIN").query(({ ctx }) => listPosKeys(ctx.tx));
