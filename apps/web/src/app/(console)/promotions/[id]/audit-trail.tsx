"use client";

import type { RouterOutputs } from "@shelfloop/api";
import { Card, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import { formatDateTime, messages } from "~/i18n";
import { type AuditContext, auditChanges } from "./audit-changes";

const t = messages.promotion;
const actionNames: Record<string, string> = t.auditActions;
type Entry = RouterOutputs["promotion"]["get"]["audit"][number];

/** Everything that happened to the promotion, oldest first, on the tenant's clock. */
export function AuditTrail({ entries, context }: { entries: Entry[]; context: AuditContext }) {
  return (
    <Card className="p-0">
      <h2 className="px-6 pt-4 font-medium text-tremor-content-strong">{t.audit}</h2>
      {entries.length === 0 ? (
        <p className="px-6 py-6 text-sm text-tremor-content">{t.auditEmpty}</p>
      ) : (
        <Table>
          <TableHead>
            <TableRow>
              {Object.values(t.auditColumns).map((label) => (
                <TableHeaderCell key={label}>{label}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody data-testid="audit-trail">
            {entries.map((entry) => (
              <TableRow key={`${entry.at.toISOString()}-${entry.action}`}>
                <TableCell>{formatDateTime(entry.at, context.timeZone)}</TableCell>
                <TableCell>{actionNames[entry.action] ?? entry.action}</TableCell>
                <TableCell>{entry.actorName ?? t.system}</TableCell>
                <TableCell className="whitespace-normal text-xs">
                  {auditChanges(entry.before, entry.after, context).map((change) => (
                    <div key={change.label}>
                      {change.label}：{change.before} → {change.after}
                    </div>
                  ))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
