import { listMovements as listMovementsService } from "@shelfloop/db";
import { tenantProcedure } from "../../trpc";
import { listMovementsInput } from "./stock.types";

/** The stock ledger, newest first, a page at a time; any member may read it. */
export const listMovements = tenantProcedure
  .input(listMovementsInput)
  .query(({ ctx, input }) => listMovementsService(ctx.tx, input));
