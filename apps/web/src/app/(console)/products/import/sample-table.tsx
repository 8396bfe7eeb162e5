"use client";

import { CATALOGUE_COLUMNS, PRODUCT_FIELDS, type ProductField, type ProductValues } from "@shelfloop/core";
import { Badge, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import { format, messages } from "~/i18n";
import type { ImportSample } from "./analyse";

const t = messages.catalogueImport;

// Shown as the file writes them (prices in yuan, 启用/停用), so the user compares like with like.
const cellText = (product: ProductValues, field: ProductField) =>
  String(CATALOGUE_COLUMNS[field].exportCell(product) ?? "");

/** Some of the rows the import would create or update; fields an update changes are highlighted. */
export function SampleTable({ samples }: { samples: readonly ImportSample[] }) {
  return (
    <Table>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t.row}</TableHeaderCell>
          <TableHeaderCell>{t.action}</TableHeaderCell>
          {PRODUCT_FIELDS.map((field) => (
            <TableHeaderCell key={field}>{CATALOGUE_COLUMNS[field].label}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody data-testid="import-samples">
        {samples.map((sample) => (
          <TableRow key={sample.row}>
            <TableCell>{sample.row}</TableCell>
            <TableCell>
              <Badge color={sample.action === "create" ? "emerald" : "amber"}>
                {t.counts[sample.action]}
              </Badge>
            </TableCell>
            {PRODUCT_FIELDS.map((field) => {
              const changed = sample.existing !== null && sample.changes.includes(field);
              return (
                <TableCell key={field} className={changed ? "bg-amber-50" : undefined} data-changed={changed}>
                  <span className={changed ? "font-medium text-amber-800" : undefined}>
                    {cellText(sample.values, field)}
                  </span>
                  {changed && sample.existing && (
                    <div className="text-xs text-tremor-content">
                      {format(t.was, { value: cellText(sample.existing, field) || "—" })}
                    </div>
                  )}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
