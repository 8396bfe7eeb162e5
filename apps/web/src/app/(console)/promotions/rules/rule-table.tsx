"use client";

import { describeCoupon, describeTemplateTerms } from "@shelfloop/core";
import { Card, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import { format, messages } from "~/i18n";
import type { FilterOptions } from "./condition-fields";
import type { RuleRow } from "./rule-editor";

const t = messages.rules;
const link = "text-tremor-brand hover:underline disabled:opacity-30 disabled:no-underline";

/** "关注 · 全部品类 · 全部仓库 · 在库 ≥ 2": the condition in the names the merchant gave. */
function conditionText({ condition }: RuleRow, options: FilterOptions): string {
  const nameOf = (list: readonly { id: string; name: string }[], id: string) =>
    list.find((item) => item.id === id)?.name ?? id;
  const tiers = options.tiers.map((tier) => ({ id: tier.key, name: tier.name }));
  return [
    condition.tiers.map((key) => nameOf(tiers, key)).join("、"),
    condition.categories.length > 0 ? condition.categories.join("、") : t.anyCategory,
    condition.warehouseIds.length > 0
      ? condition.warehouseIds.map((id) => nameOf(options.warehouses, id)).join("、")
      : t.anyWarehouse,
    format(t.minQty, { qty: condition.minQtyOnHand }),
    ...(condition.productIds.length > 0
      ? [format(t.productCount, { count: condition.productIds.length })]
      : []),
  ].join(" · ");
}

/** The rules in the order they are tried; an admin toggles, moves, edits and deletes, others look. */
export function RuleTable({
  rules,
  options,
  canEdit,
  busy,
  onOpen,
  onEnable,
  onMove,
  onDelete,
}: {
  rules: RuleRow[];
  options: FilterOptions;
  canEdit: boolean;
  busy: boolean;
  onOpen: (rule: RuleRow) => void;
  onEnable: (rule: RuleRow, enabled: boolean) => void;
  onMove: (index: number, by: -1 | 1) => void;
  onDelete: (rule: RuleRow) => void;
}) {
  return (
    <Card className="p-0">
      <Table>
        <TableHead>
          <TableRow>
            {Object.values(t.columns).map((label) => (
              <TableHeaderCell key={label}>{label}</TableHeaderCell>
            ))}
            <TableHeaderCell />
          </TableRow>
        </TableHead>
        <TableBody data-testid="rule-rows">
          {rules.map((rule, index) => (
            <TableRow key={rule.id} className={rule.enabled ? undefined : "opacity-60"}>
              <TableCell>{index + 1}</TableCell>
              <TableCell className="font-medium text-tremor-content-strong">{rule.name}</TableCell>
              <TableCell className="whitespace-normal text-xs">{conditionText(rule, options)}</TableCell>
              <TableCell className="whitespace-normal">
                {describeTemplateTerms(rule.template.terms)}
                {rule.template.coupon && (
                  <div className="text-xs text-tremor-content">
                    {describeCoupon(rule.template.coupon.terms, rule.template.coupon.minSpendFen)}
                  </div>
                )}
              </TableCell>
              <TableCell data-testid="rule-version">{format(t.version, { version: rule.version })}</TableCell>
              <TableCell className="text-right">{rule.openPromotions}</TableCell>
              <TableCell>
                <input
                  type="checkbox"
                  aria-label={`${t.columns.enabled} ${rule.name}`}
                  checked={rule.enabled}
                  disabled={!canEdit || busy}
                  onChange={(event) => onEnable(rule, event.target.checked)}
                />
              </TableCell>
              <TableCell className="space-x-3 text-right text-sm">
                {canEdit && (
                  <>
                    <button
                      type="button"
                      className={link}
                      disabled={busy || index === 0}
                      onClick={() => onMove(index, -1)}
                    >
                      {t.moveUp}
                    </button>
                    <button
                      type="button"
                      className={link}
                      disabled={busy || index === rules.length - 1}
                      onClick={() => onMove(index, 1)}
                    >
                      {t.moveDown}
                    </button>
                  </>
                )}
                <button type="button" className={link} onClick={() => onOpen(rule)}>
                  {canEdit ? t.edit : t.view}
                </button>
                {canEdit && (
                  <button
                    type="button"
                    className="text-rose-600 hover:underline"
                    disabled={busy}
                    onClick={() => onDelete(rule)}
                  >
                    {t.delete}
                  </button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rules.length === 0 && <p className="py-10 text-center text-sm text-tremor-content">{t.empty}</p>}
    </Card>
  );
}
