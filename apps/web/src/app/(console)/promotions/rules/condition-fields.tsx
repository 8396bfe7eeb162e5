"use client";

import type { RouterOutputs } from "@shelfloop/api";
import { EXPIRED_TIER } from "@shelfloop/core";
import { CheckboxGroup } from "~/components/checkbox-group";
import { format, messages } from "~/i18n";
import { FieldGroup, type SectionProps, TextField } from "./fields";

const t = messages.rules;
export type FilterOptions = RouterOutputs["batch"]["filterOptions"];

/** Which batches the rule applies to: tiers (expired stock is never promoted), categories, warehouses, stock. */
export function ConditionFields({
  draft,
  onChange,
  errorOf,
  disabled,
  options,
}: SectionProps & { options: FilterOptions }) {
  return (
    <div className="grid gap-3">
      <FieldGroup label={t.tiers} error={errorOf("condition.tiers")}>
        <CheckboxGroup
          name="tiers"
          options={options.tiers
            .filter((tier) => tier.key !== EXPIRED_TIER.key)
            .map((tier) => ({ id: tier.key, name: tier.name }))}
          selected={draft.tiers}
          onChange={(tiers) => onChange({ tiers })}
          disabled={disabled}
        />
      </FieldGroup>
      <FieldGroup label={t.categories} error={errorOf("condition.categories")}>
        <CheckboxGroup
          name="categories"
          options={options.categories.map((category) => ({ id: category, name: category }))}
          selected={draft.categories}
          onChange={(categories) => onChange({ categories })}
          disabled={disabled}
        />
      </FieldGroup>
      <FieldGroup label={t.warehouses} error={errorOf("condition.warehouseIds")}>
        <CheckboxGroup
          name="warehouses"
          options={options.warehouses}
          selected={draft.warehouseIds}
          onChange={(warehouseIds) => onChange({ warehouseIds })}
          disabled={disabled}
        />
      </FieldGroup>
      <TextField
        label={t.minQtyOnHand}
        value={draft.minQtyOnHand}
        onChange={(minQtyOnHand) => onChange({ minQtyOnHand })}
        error={errorOf("condition.minQtyOnHand")}
        disabled={disabled}
        inputMode="numeric"
        className="max-w-xs"
      />
      {draft.productIds.length > 0 && (
        <p className="text-xs text-tremor-content">
          {format(t.productsKept, { count: draft.productIds.length })}
        </p>
      )}
    </div>
  );
}
