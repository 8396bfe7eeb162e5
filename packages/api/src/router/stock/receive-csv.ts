import { planReceiptRows, receiveReceiptRows } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { announceTierChanges } from "./announce-tier-changes";
import { receiveCsvInput } from "./stock.types";

/**
 * Receiving from a spreadsheet read in the browser. "preview" reports every row's problems (row,
 * column, reason) and what the valid rows would receive, writing nothing; "commit" receives the
 * valid rows in this one transaction — a file with errors only when onlyValidRows was chosen.
 */
export const receiveCsv = roleProcedure("STAFF")
  .input(receiveCsvInput)
  .mutation(async ({ ctx, input: { mode, ...input } }) => {
    const now = new Date();
    if (mode === "preview") return { mode, ...(await planReceiptRows(ctx.tx, input, now)) };
    const { tierChanges, ...result } = await receiveReceiptRows(ctx.tx, {
      ...input,
      actorId: ctx.tenant.userId,
      now,
    });
    announceTierChanges(ctx, tierChanges, now);
    return { mode, ...result };
  });
