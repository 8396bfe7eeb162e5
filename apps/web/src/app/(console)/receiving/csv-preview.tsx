"use client";

import {
  Badge,
  Card,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Text,
} from "@tremor/react";
import { remainingLabel } from "~/components/remaining-label";
import { format, messages } from "~/i18n";
import { ErrorTable } from "../products/import/error-table";
import { type CsvPreview, errorRowCount } from "./use-csv-receipt";

const t = messages.receivingCsv;
const columns = messages.receiving.columns;
/** The rows to receive are shown in full up to this many; the count covers them all. */
const SHOWN = 100;

/** What a receiving file would do: its problems by row and column, and the lots it would receive. */
export function CsvPreviewPanel({ preview }: { preview: CsvPreview }) {
  if (preview.fileErrors.length > 0) {
    return (
      <div role="alert" className="text-sm text-rose-700">
        <p className="font-medium">{t.fileErrors}</p>
        {preview.fileErrors.map((error) => (
          <p key={error}>{error}</p>
        ))}
      </div>
    );
  }
  const errorRows = errorRowCount(preview);
  return (
    <div className="space-y-4">
      <p className="flex gap-4 text-sm font-medium" data-testid="csv-counts">
        <span className="text-emerald-700">{format(t.valid, { rows: preview.rows.length })}</span>
        {errorRows > 0 && <span className="text-rose-700">{format(t.invalid, { rows: errorRows })}</span>}
      </p>
      {preview.warnings.length > 0 && (
        <ul className="list-disc pl-5 text-sm text-amber-700">
          {preview.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      {preview.errors.length > 0 && (
        <Card className="p-0">
          <h3 className="px-4 pt-4 font-medium text-rose-700">
            {format(t.errorsTitle, { rows: errorRows, total: preview.errors.length })}
          </h3>
          <ErrorTable errors={preview.errors} />
        </Card>
      )}
      {preview.rows.length > 0 && (
        <Card className="p-0">
          <h3 className="px-4 pt-4 font-medium text-tremor-content-strong">{t.rowsTitle}</h3>
          <Table>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{messages.catalogueImport.row}</TableHeaderCell>
                <TableHeaderCell>{columns.product}</TableHeaderCell>
                <TableHeaderCell>{columns.lot}</TableHeaderCell>
                <TableHeaderCell className="text-right">{columns.quantity}</TableHeaderCell>
                <TableHeaderCell>{columns.expiry}</TableHeaderCell>
                <TableHeaderCell>{columns.remaining}</TableHeaderCell>
                <TableHeaderCell>{columns.tier}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {preview.rows.slice(0, SHOWN).map((row) => (
                <TableRow key={row.row}>
                  <TableCell>{row.row}</TableCell>
                  <TableCell>
                    {row.product.name} <span className="text-xs text-tremor-content">{row.product.sku}</span>
                  </TableCell>
                  <TableCell>{row.lotCode}</TableCell>
                  <TableCell className="text-right">{row.quantity}</TableCell>
                  <TableCell>{row.expiryDate}</TableCell>
                  <TableCell>{remainingLabel(row.remainingDays)}</TableCell>
                  <TableCell>
                    <Badge color={row.tier.color}>{row.tier.name}</Badge>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
      {preview.rows.length === 0 && <Text>{t.noValidRows}</Text>}
    </div>
  );
}
