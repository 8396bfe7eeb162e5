import { existingForImport } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";

/** The catalogue, for validating and planning an import in the browser before anything is sent. */
export const importContext = roleProcedure("MANAGER").query(({ ctx }) => existingForImport(ctx.tx));
