import {
  type CatalogueValidation,
  planCatalogueImport,
  type RowError,
  validateProductRows,
} from "@shelfloop/core";
import type { Tx } from "../../scope";
import { type AuditEntry, recordAudits } from "../audit";
import { BusinessError } from "../errors";
import { gtinForms } from "./gtin-forms";
import { PRODUCT_RECORD, type ProductRecord } from "./product-record";
import { refusingDuplicates } from "./refusing-duplicates";

type Actor = { tenantId: string; userId: string };

/** Some data rows of an uploaded file, each with its row number there, and the file's header row. */
export interface ImportChunk {
  header: string[];
  rows: { row: number; cells: string[] }[];
}

export interface ImportChunkResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Rows refused on the server, by their row numbers in the file; nothing of them was written. */
  errors: RowError[];
}

/** The whole catalogue in SKU order: what an import is planned against in the browser. */
export function existingForImport(tx: Tx): Promise<ProductRecord[]> {
  return tx.product.findMany({ select: PRODUCT_RECORD, orderBy: { sku: "asc" } });
}

/** The products a chunk's rows can update or clash with: the same SKU, or the same GTIN in any form. */
function productsMatching(tx: Tx, validation: CatalogueValidation): Promise<ProductRecord[]> {
  const skus = validation.valid.map(({ draft }) => draft.sku);
  const gtins = validation.valid.flatMap(({ draft }) => (draft.gtin ? gtinForms(draft.gtin) : []));
  return tx.product.findMany({
    where: { OR: [{ sku: { in: skus } }, { gtin: { in: gtins } }] },
    select: PRODUCT_RECORD,
  });
}

/**
 * Writes one chunk of a confirmed import. What the browser planned is not trusted: the rows are
 * validated and planned again here against the catalogue as it is now, and only rows that pass are
 * written; the others come back as errors and are not written at all.
 */
export async function commitImportChunk(
  tx: Tx,
  actor: Actor,
  chunk: ImportChunk,
): Promise<ImportChunkResult> {
  // Placed at their file positions (a sparse array: validation skips the holes), rows keep their
  // file row numbers in errors, including "与第 N 行重复" within the chunk.
  const rows: string[][] = [];
  for (const { row, cells } of chunk.rows) {
    if (!Number.isSafeInteger(row) || row < 2 || rows[row - 2] !== undefined)
      throw new BusinessError("BAD_REQUEST", `导入数据的行号无效或重复：${row}`);
    rows[row - 2] = cells;
  }
  const validation = validateProductRows(chunk.header, rows);
  const [fileError] = validation.fileErrors;
  if (fileError !== undefined) throw new BusinessError("BAD_REQUEST", fileError);

  const plan = planCatalogueImport(validation, await productsMatching(tx, validation));
  const creates = plan.rows.flatMap((row) => (row.action === "create" ? [row.values] : []));
  const updates = plan.rows.flatMap((row) => (row.action === "update" ? [row] : []));
  const audits: AuditEntry[] = [];
  const audit = (after: ProductRecord, before?: ProductRecord) =>
    audits.push({
      actor,
      action: "product.imported",
      entityType: "Product",
      entityId: after.id,
      before,
      after,
    });

  await refusingDuplicates(async () => {
    if (creates.length > 0) {
      const created = await tx.product.createManyAndReturn({
        data: creates.map((values) => ({ tenantId: actor.tenantId, ...values })),
        select: PRODUCT_RECORD,
      });
      for (const product of created) audit(product);
    }
    for (const { existing, values } of updates) {
      audit(
        await tx.product.update({ where: { id: existing.id }, data: values, select: PRODUCT_RECORD }),
        existing,
      );
    }
  });
  await recordAudits(tx, audits);

  return {
    created: creates.length,
    updated: updates.length,
    unchanged: plan.rows.length - creates.length - updates.length,
    errors: [...validation.errors, ...plan.errors].sort((a, b) => a.row - b.row),
  };
}
