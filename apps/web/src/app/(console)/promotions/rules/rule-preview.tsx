"use client";

import type { RouterOutputs } from "@shelfloop/api";
import { describeTemplateTerms, formatFen } from "@shelfloop/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import { type ReactNode, useMemo } from "react";
import { remainingLabel } from "~/components/remaining-label";
import { useDebounced } from "~/components/use-debounced";
import { format, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { MarginWarning, needsAttention } from "../margin-warning";
import { TierBadge } from "../promotion-display";
import { previewBlocker, type RuleDraft, ruleOf } from "./rule-form-values";

const t = messages.rules.preview;

/**
 * What the rule would do now, as the form stands (once typing settles): how many batches match and,
 * for the most urgent, the reservation, the deal price and margin, with warnings highlighted.
 */
export function RulePreview({ draft, canPreview }: { draft: RuleDraft; canPreview: boolean }) {
  const trpc = useTRPC();
  // The draft is state, so its identity only changes on an edit; a rule built per render would not settle.
  const settled = useDebounced(draft);
  const { spec, errors } = useMemo(() => ruleOf(settled), [settled]);
  const blocker = previewBlocker(errors);
  const preview = useQuery({
    ...trpc.promotionRule.preview.queryOptions({ condition: spec.condition, template: spec.template }),
    enabled: canPreview && blocker === null,
    placeholderData: keepPreviousData,
    retry: false,
  });

  let body: ReactNode;
  if (!canPreview) body = <p>{t.managerOnly}</p>;
  else if (blocker) body = <p className="text-rose-700">{format(t.invalid, { message: blocker })}</p>;
  else if (preview.isError) body = <p className="text-rose-700">{preview.error.message}</p>;
  else if (preview.isPending) body = <p>{messages.states.loading}</p>;
  else {
    const { total, items } = preview.data;
    body = (
      <>
        <p data-testid="preview-summary">
          {format(t.for, { terms: describeTemplateTerms(spec.template.terms) })}
          <strong>{format(t.total, { total })}</strong>
          {items.length > 0 && format(t.shown, { count: items.length })}
        </p>
        {items.length > 0 && (
          // Up to 50 rows: scrolled in place so the save button stays near the fields.
          <div className="max-h-[28rem] overflow-y-auto rounded-tremor-small">
            <PreviewTable items={items} />
          </div>
        )}
      </>
    );
  }
  return (
    <section
      className={`space-y-2 rounded-tremor-small bg-tremor-background-muted px-4 py-3 text-sm ${preview.isPlaceholderData ? "opacity-60" : ""}`}
      aria-busy={preview.isFetching}
      data-testid="rule-preview"
    >
      <h3 className="font-medium text-tremor-content-strong">{t.title}</h3>
      {body}
    </section>
  );
}

type Item = RouterOutputs["promotionRule"]["preview"]["items"][number];

function PreviewTable({ items }: { items: Item[] }) {
  return (
    <Table className="bg-white">
      <TableHead>
        <TableRow>
          {Object.values(t.columns).map((label) => (
            <TableHeaderCell key={label}>{label}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody data-testid="preview-rows">
        {items.map((item) => {
          const margin = item.margin;
          const flagged = item.problem !== null || (margin !== null && needsAttention(margin));
          return (
            <TableRow key={item.batchId} className={flagged ? "bg-amber-50" : undefined}>
              <TableCell>
                {item.productName}
                <div className="text-xs text-tremor-content">{item.sku}</div>
              </TableCell>
              <TableCell>{item.lotCode}</TableCell>
              <TableCell>{item.warehouseName}</TableCell>
              <TableCell>
                <TierBadge tier={item.tier} name={item.tierName} />
              </TableCell>
              <TableCell>{remainingLabel(item.remainingDays)}</TableCell>
              <TableCell className="text-right">
                {item.reserveQty} / {item.qtyAvailable}
              </TableCell>
              <TableCell className="text-right">{formatFen(item.listPriceFen)}</TableCell>
              <TableCell className="text-right" data-testid="preview-deal">
                {margin
                  ? format(t.perDeal, { price: formatFen(margin.chargedFen), units: margin.dealQuantity })
                  : "—"}
              </TableCell>
              <TableCell className={`text-right ${margin && margin.marginFen < 0 ? "text-rose-700" : ""}`}>
                {margin ? formatFen(margin.marginFen) : "—"}
              </TableCell>
              <TableCell className="max-w-xs whitespace-normal">
                {item.problem ? (
                  <p className="text-xs text-rose-700">{item.problem}</p>
                ) : (
                  margin && <MarginWarning margin={margin} />
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
