import { labelStatus } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";

/** Per store: current clearance labels, how many to reprint since the last print, how many to take down. */
export const status = roleProcedure("STAFF").query(({ ctx }) => labelStatus(ctx.tx));
