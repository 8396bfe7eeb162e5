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
import Link from "next/link";
import { remainingLabel } from "~/components/remaining-label";
import { messages } from "~/i18n";
import type { ReceivedRow } from "./received-row";

const t = messages.receiving;

/** The lots received on this page, newest first, each linking to its batch. */
export function ReceivedRows({ rows }: { rows: readonly ReceivedRow[] }) {
  return (
    <Card className="p-0">
      <h2 className="px-6 pt-4 font-medium text-tremor-content-strong">{t.received}</h2>
      {rows.length === 0 ? (
        <Text className="px-6 py-6">{t.receivedEmpty}</Text>
      ) : (
        <Table>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t.columns.product}</TableHeaderCell>
              <TableHeaderCell>{t.columns.lot}</TableHeaderCell>
              <TableHeaderCell className="text-right">{t.columns.quantity}</TableHeaderCell>
              <TableHeaderCell>{t.columns.expiry}</TableHeaderCell>
              <TableHeaderCell>{t.columns.remaining}</TableHeaderCell>
              <TableHeaderCell>{t.columns.tier}</TableHeaderCell>
              <TableHeaderCell>{t.columns.batch}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody data-testid="received-rows">
            {rows.map((row) => (
              <TableRow key={`${row.batchId}:${row.at}`}>
                <TableCell>
                  {row.productName} <span className="text-xs text-tremor-content">{row.sku}</span>
                </TableCell>
                <TableCell>{row.lotCode}</TableCell>
                <TableCell className="text-right">{row.quantity}</TableCell>
                <TableCell>{row.expiryDate}</TableCell>
                <TableCell>{remainingLabel(row.remainingDays)}</TableCell>
                <TableCell>
                  <Badge color={row.tier.color}>{row.tier.name}</Badge>
                </TableCell>
                <TableCell>
                  <Link href={`/batches/${row.batchId}`} className="text-tremor-brand hover:underline">
                    {t.viewBatch}
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
