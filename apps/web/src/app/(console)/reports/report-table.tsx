"use client";

import { type CsvCell, toCsv } from "@shelfloop/core";
import {
  Card,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Text,
  Title,
} from "@tremor/react";
import type { ReactNode } from "react";
import { CsvExportButton } from "~/components/csv-export-button";
import { messages } from "~/i18n";
import { count, money, yuanCell } from "./report-format";

export interface ReportColumn<Row> {
  label: string;
  /** What the table shows. */
  cell: (row: Row) => ReactNode;
  /** The same value for the CSV file (money as plain yuan, so a spreadsheet can add it up). */
  csv: (row: Row) => CsvCell;
  numeric?: boolean;
  /** Long text (a sentence) that wraps; other cells keep to one line and the table scrolls sideways. */
  wrap?: boolean;
}

/** A column of fen amounts: ¥ on screen, plain yuan in the CSV. */
export const moneyColumn = <Row,>(label: string, fen: (row: Row) => number): ReportColumn<Row> => ({
  label,
  cell: (row) => money(fen(row)),
  csv: (row) => yuanCell(fen(row)),
  numeric: true,
});

/** A column of counts: grouped digits on screen, the plain number in the CSV. */
export const countColumn = <Row,>(label: string, n: (row: Row) => number): ReportColumn<Row> => ({
  label,
  cell: (row) => count(n(row)),
  csv: (row) => n(row),
  numeric: true,
});

/**
 * A report table with its CSV export: the file is built from the very rows and columns on screen,
 * so it always matches what the merchant sees.
 */
export function ReportTable<Row>({
  title,
  hint,
  rows,
  columns,
  rowKey,
  fileName,
  empty,
  testId,
}: {
  title: string;
  hint?: string;
  rows: readonly Row[];
  columns: readonly ReportColumn<Row>[];
  rowKey: (row: Row) => string;
  fileName: string;
  empty: string;
  testId: string;
}) {
  return (
    <Card className="p-0" data-testid={testId}>
      <div className="flex flex-wrap items-start justify-between gap-3 px-6 pt-5">
        <div>
          <Title>{title}</Title>
          {hint && <Text className="mt-1">{hint}</Text>}
        </div>
        {rows.length > 0 && (
          <CsvExportButton
            label={messages.reports.exportCsv}
            load={async () => ({
              fileName,
              csv: toCsv([
                columns.map((column) => column.label),
                ...rows.map((row) => columns.map((column) => column.csv(row))),
              ]),
            })}
          />
        )}
      </div>
      {rows.length === 0 ? (
        <p className="py-10 text-center text-sm text-tremor-content">{empty}</p>
      ) : (
        // Long tables scroll inside the card under a sticky header: every row stays on the page (and in the CSV).
        <Table className="mt-3 max-h-[36rem]">
          <TableHead className="sticky top-0 z-10 bg-white shadow-[0_1px_0_0] shadow-tremor-border">
            <TableRow>
              {columns.map((column) => (
                <TableHeaderCell
                  key={column.label}
                  className={`px-3 ${column.numeric ? "min-w-16 whitespace-normal text-right" : ""}`}
                >
                  {column.label}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody data-testid={`${testId}-rows`}>
            {rows.map((row) => (
              <TableRow key={rowKey(row)}>
                {columns.map((column) => (
                  <TableCell
                    key={column.label}
                    className={`px-3 ${column.numeric ? "text-right tabular-nums" : column.wrap ? "whitespace-normal" : ""}`}
                  >
                    {column.cell(row)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
