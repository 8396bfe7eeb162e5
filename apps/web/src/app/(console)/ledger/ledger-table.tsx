"use client";

import type { RouterOutputs } from "@shelfloop/api";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import Link from "next/link";
import { formatDateTime, messages } from "~/i18n";

const t = messages.ledger;
type Movement = RouterOutputs["stock"]["listMovements"]["items"][number];

/** Ledger rows: when, what, which lot where, how many (signed), why, and who. */
export function LedgerTable({ items, timeZone }: { items: readonly Movement[]; timeZone: string }) {
  return (
    <Table>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t.columns.time}</TableHeaderCell>
          <TableHeaderCell>{t.columns.type}</TableHeaderCell>
          <TableHeaderCell>{t.columns.product}</TableHeaderCell>
          <TableHeaderCell>{t.columns.warehouse}</TableHeaderCell>
          <TableHeaderCell>{t.columns.lot}</TableHeaderCell>
          <TableHeaderCell className="text-right">{t.columns.quantity}</TableHeaderCell>
          <TableHeaderCell>{t.columns.reason}</TableHeaderCell>
          <TableHeaderCell>{t.columns.reference}</TableHeaderCell>
          <TableHeaderCell>{t.columns.actor}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody data-testid="ledger-rows">
        {items.map((movement) => (
          <TableRow key={movement.id}>
            <TableCell className="whitespace-nowrap">
              {formatDateTime(movement.occurredAt, timeZone)}
            </TableCell>
            <TableCell>{messages.batch.movementTypes[movement.type]}</TableCell>
            <TableCell>
              {movement.productName} <span className="text-xs text-tremor-content">{movement.sku}</span>
            </TableCell>
            <TableCell>{movement.warehouseName}</TableCell>
            <TableCell>
              <Link href={`/batches/${movement.batchId}`} className="text-tremor-brand hover:underline">
                {movement.lotCode}
              </Link>
            </TableCell>
            <TableCell
              className={`text-right ${movement.quantity < 0 ? "text-rose-700" : "text-emerald-700"}`}
            >
              {movement.quantity > 0 ? `+${movement.quantity}` : movement.quantity} {movement.unit}
            </TableCell>
            <TableCell className="whitespace-normal">{movement.reason ?? "—"}</TableCell>
            <TableCell>
              {movement.referenceType ? `${movement.referenceType} ${movement.referenceId ?? ""}` : "—"}
            </TableCell>
            <TableCell>{movement.actorName ?? "—"}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
