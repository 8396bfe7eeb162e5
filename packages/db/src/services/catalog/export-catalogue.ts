import { catalogueCsv } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { existingForImport } from "./import-catalogue";

/** The catalogue as CSV in the import layout; importing it back unedited changes nothing. */
export async function exportCatalogue(tx: Tx): Promise<string> {
  return catalogueCsv(await existingForImport(tx));
}
