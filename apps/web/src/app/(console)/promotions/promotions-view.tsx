"use client";

import { describePromotionTerms } from "@shelfloop/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { TableCell, TableRow, Text } from "@tremor/react";
import Link from "next/link";
import { PagedTable } from "~/components/paged-table";
import { useTenantTimeZone } from "~/components/use-tenant-time-zone";
import { formatDateTime, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { PromotionStatusBadge, ruleLabel, TierBadge } from "./promotion-display";
import { StatusTabs } from "./status-tabs";
import { usePromotionFilters } from "./use-promotion-filters";

const t = messages.promotions;
const PAGE_SIZE = 20;

export function PromotionsView() {
  const trpc = useTRPC();
  const timeZone = useTenantTimeZone();
  const { filters, update } = usePromotionFilters();
  const list = useQuery({
    ...trpc.promotion.list.queryOptions({
      status: filters.status === "ALL" ? undefined : filters.status,
      page: filters.page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-tremor-content-strong">{t.title}</h1>
          <Text>{t.subtitle}</Text>
        </div>
        <div className="flex gap-2">
          <Link
            href="/promotions/labels"
            className="rounded-md border border-tremor-border bg-white px-3 py-1.5 text-sm hover:bg-tremor-background-subtle"
          >
            {messages.labels.title}
          </Link>
          <Link
            href="/promotions/rules"
            className="rounded-md border border-tremor-border bg-white px-3 py-1.5 text-sm hover:bg-tremor-background-subtle"
          >
            {t.rules}
          </Link>
        </div>
      </div>
      <StatusTabs
        value={filters.status}
        counts={list.data?.counts}
        onChange={(status) => update({ status })}
      />
      <PagedTable
        list={list}
        columns={Object.values(t.columns)}
        rowsTestId="promotion-rows"
        empty={t.empty}
        summary={t.summary}
        summaryTestId="promotion-summary"
        onPage={(page) => update({ page })}
      >
        {(items) =>
          items.map((row) => (
            <TableRow key={row.id}>
              <TableCell>
                <Link
                  href={`/promotions/${row.id}`}
                  className="font-medium text-tremor-content-strong hover:text-tremor-brand hover:underline"
                >
                  {row.productName}
                </Link>
                <div className="text-xs text-tremor-content">{row.sku}</div>
              </TableCell>
              <TableCell>
                {row.lotCode}
                <div className="text-xs text-tremor-content">{row.warehouseName}</div>
              </TableCell>
              <TableCell>
                <TierBadge tier={row.tier} name={row.tierName} />
              </TableCell>
              <TableCell className="whitespace-normal">
                {describePromotionTerms(row.terms, { partnerName: row.partnerName })}
              </TableCell>
              <TableCell className="text-right">
                {row.reservedQty} / {row.soldQty}
              </TableCell>
              <TableCell className="text-xs">
                {formatDateTime(row.startsAt, timeZone)}
                <div>{formatDateTime(row.endsAt, timeZone)}</div>
              </TableCell>
              <TableCell className="whitespace-normal text-xs">{ruleLabel(row)}</TableCell>
              <TableCell>
                <PromotionStatusBadge status={row.status} testId="promotion-status" />
              </TableCell>
            </TableRow>
          ))
        }
      </PagedTable>
    </div>
  );
}
