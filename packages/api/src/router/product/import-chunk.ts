import { commitImportChunk } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { importChunkInput } from "./product.types";

/** Writes one chunk of a confirmed import, after validating and planning it again on the server. */
export const importChunk = roleProcedure("MANAGER")
  .input(importChunkInput)
  .mutation(({ ctx, input }) => commitImportChunk(ctx.tx, ctx.tenant, input));
