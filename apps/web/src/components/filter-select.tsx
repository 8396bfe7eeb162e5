"use client";

import { Select, SelectItem } from "@tremor/react";

const everything = "__all__";

/**
 * A filter drop-down whose first choice means "no filter". Tremor's Select treats "" as no value,
 * so "no filter" is carried as a sentinel and handed back as "".
 */
export function FilterSelect({
  value,
  onChange,
  allLabel,
  options,
  className,
}: {
  value: string;
  onChange: (value: string) => void;
  allLabel: string;
  options: readonly { value: string; label: string }[];
  className?: string;
}) {
  return (
    <Select
      value={value || everything}
      onValueChange={(next) => onChange(next === everything ? "" : next)}
      enableClear={false}
      aria-label={allLabel}
      className={className}
    >
      {[
        <SelectItem key={everything} value={everything}>
          {allLabel}
        </SelectItem>,
        ...options.map((option) => (
          <SelectItem key={option.value} value={option.value}>
            {option.label}
          </SelectItem>
        )),
      ]}
    </Select>
  );
}
