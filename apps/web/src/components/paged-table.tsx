"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import { Card, Table, TableBody, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import type { ReactNode } from "react";
import { format } from "~/i18n";
import { Pager } from "./pager";
import { ErrorState, LoadingState } from "./query-state";

interface Page<Item> {
  items: Item[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * A server-paged list as a table: loading and error states, the header from `columns`, the rows from
 * `children`, an empty message, and the pager. While the next page loads, the current one stays,
 * dimmed. `summary` is a template with {total}, {page} and {pages}.
 */
export function PagedTable<Item>({
  list,
  columns,
  rowsTestId,
  empty,
  summary,
  summaryTestId,
  onPage,
  children,
}: {
  list: UseQueryResult<Page<Item>, { message: string }> & { isPlaceholderData: boolean };
  columns: readonly string[];
  rowsTestId: string;
  empty: string;
  summary: string;
  summaryTestId: string;
  onPage: (page: number) => void;
  children: (items: Item[]) => ReactNode;
}) {
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState message={list.error.message} onRetry={() => list.refetch()} />;
  const { items, total, page, pageSize } = list.data;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Card className={`p-0 ${list.isPlaceholderData ? "opacity-60" : ""}`} aria-busy={list.isFetching}>
      <Table>
        <TableHead>
          <TableRow>
            {columns.map((label) => (
              <TableHeaderCell key={label}>{label}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody data-testid={rowsTestId}>{children(items)}</TableBody>
      </Table>
      {items.length === 0 && <p className="py-10 text-center text-sm text-tremor-content">{empty}</p>}
      <Pager
        summary={format(summary, { total, page, pages })}
        summaryTestId={summaryTestId}
        page={page}
        pages={pages}
        onPage={onPage}
      />
    </Card>
  );
}
