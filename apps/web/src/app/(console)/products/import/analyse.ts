import {
  type ProductField,
  type ProductValues,
  planCatalogueImport,
  type RowError,
  validateProductRows,
} from "@shelfloop/core";
import { readSpreadsheet, type Spreadsheet, SpreadsheetError } from "~/lib/spreadsheet";

/** Enough creates and updates to check the file was read as meant, without rendering thousands. */
const SAMPLES_PER_ACTION = 10;

export type ImportSample = {
  row: number;
  action: "create" | "update";
  values: ProductValues;
  /** The product as it is now (updates only) and the fields the row changes. */
  existing: ProductValues | null;
  changes: ProductField[];
};

/** One file row as read, sent unchanged on confirmation so the server can validate it again. */
export type ImportRow = { row: number; cells: string[] };

export interface ImportPreview {
  fileName: string;
  /** The file cannot be imported at all (unreadable, required columns missing, no data). */
  fileErrors: string[];
  warnings: string[];
  counts: { create: number; update: number; unchanged: number; errorRows: number };
  /** Every problem, in row order. */
  errors: RowError[];
  samples: ImportSample[];
  header: string[];
  /** The valid rows: what confirming imports. */
  rows: ImportRow[];
}

/** Validates a read spreadsheet and plans it against the catalogue; nothing is written. */
export function analyseCatalogue(
  sheet: Spreadsheet,
  fileName: string,
  existing: readonly ProductValues[],
): ImportPreview {
  const validation = validateProductRows(sheet.header, sheet.rows);
  const plan = planCatalogueImport(validation, existing);
  const errors = [...validation.errors, ...plan.errors].sort((a, b) => a.row - b.row);
  const changes = plan.rows.flatMap((planned): ImportSample[] => {
    if (planned.action === "unchanged") return [];
    const { row, action, values } = planned;
    return action === "update"
      ? [{ row, action, values, existing: planned.existing, changes: planned.changes }]
      : [{ row, action, values, existing: null, changes: [] }];
  });
  const creates = changes.filter((change) => change.action === "create");
  const updates = changes.filter((change) => change.action === "update");
  return {
    fileName,
    fileErrors: validation.fileErrors,
    warnings: validation.warnings,
    counts: {
      create: creates.length,
      update: updates.length,
      unchanged: plan.rows.length - changes.length,
      errorRows: new Set(errors.map((error) => error.row)).size,
    },
    errors,
    samples: [...creates.slice(0, SAMPLES_PER_ACTION), ...updates.slice(0, SAMPLES_PER_ACTION)],
    header: sheet.header,
    // Spreadsheet row N is rows[N - 2]: row 1 is the header.
    rows: plan.rows.map(({ row }) => ({ row, cells: sheet.rows[row - 2] ?? [] })),
  };
}

/** Reads an uploaded file and analyses it; an unreadable file becomes a file error in the preview. */
export async function analyseCatalogueFile(
  file: Blob,
  fileName: string,
  existing: readonly ProductValues[],
): Promise<ImportPreview> {
  let sheet: Spreadsheet;
  try {
    sheet = await readSpreadsheet(await file.arrayBuffer(), fileName);
  } catch (error) {
    if (!(error instanceof SpreadsheetError)) throw error;
    return { ...analyseCatalogue({ header: [], rows: [] }, fileName, existing), fileErrors: [error.message] };
  }
  return analyseCatalogue(sheet, fileName, existing);
}
