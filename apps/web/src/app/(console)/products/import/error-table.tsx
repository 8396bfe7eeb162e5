"use client";

import type { RowError } from "@shelfloop/core";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import { format, messages } from "~/i18n";

const t = messages.catalogueImport;
/** A file with thousands of bad rows needs fixing at the source; the first ones show what is wrong. */
const SHOWN = 200;

/** Problems as 第 N 行 · column · reason, in row order. */
export function ErrorTable({ errors }: { errors: readonly RowError[] }) {
  return (
    <div>
      <Table>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t.errorColumns.row}</TableHeaderCell>
            <TableHeaderCell>{t.errorColumns.column}</TableHeaderCell>
            <TableHeaderCell>{t.errorColumns.message}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody data-testid="import-errors">
          {errors.slice(0, SHOWN).map((error) => (
            <TableRow key={`${error.row}:${error.column}:${error.message}`}>
              <TableCell className="whitespace-nowrap">{format(t.errorRow, { row: error.row })}</TableCell>
              <TableCell className="whitespace-nowrap">{error.column}</TableCell>
              <TableCell className="whitespace-normal text-rose-700">{error.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {errors.length > SHOWN && (
        <p className="px-4 py-2 text-xs text-tremor-content">{format(t.errorsTruncated, { shown: SHOWN })}</p>
      )}
    </div>
  );
}
