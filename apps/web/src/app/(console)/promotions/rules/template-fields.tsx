"use client";

import { CHANNELS, type Channel } from "@shelfloop/core";
import { CheckboxGroup } from "~/components/checkbox-group";
import { messages } from "~/i18n";
import { CheckField, FieldGroup, type SectionProps, TextField } from "./fields";

const t = messages.rules;
const channelOptions = CHANNELS.map((channel) => ({ id: channel, name: messages.channels[channel] }));

/** How long the promotion runs, where, how much stock it holds, its margin floor and auto-approval. */
export function TemplateFields({ draft, onChange, errorOf, disabled }: SectionProps) {
  const number = (field: "durationDays" | "reserveSharePercent" | "marginFloorPercent", label: string) => (
    <TextField
      label={label}
      value={draft[field]}
      onChange={(value) => onChange({ [field]: value })}
      error={errorOf(`template.${field}`)}
      disabled={disabled}
      inputMode="numeric"
    />
  );
  return (
    <div className="grid gap-3 md:grid-cols-3">
      {number("durationDays", t.durationDays)}
      {number("reserveSharePercent", t.reserveSharePercent)}
      <FieldGroup label={t.channels} error={errorOf("template.channels")}>
        <CheckboxGroup
          name="channels"
          options={channelOptions}
          selected={draft.channels}
          onChange={(channels) => onChange({ channels: channels as Channel[] })}
          disabled={disabled}
        />
      </FieldGroup>
      {number("marginFloorPercent", t.marginFloorPercent)}
      <div className="space-y-2 pt-6">
        <CheckField
          label={t.allowBelowCost}
          checked={draft.allowBelowCost}
          onChange={(allowBelowCost) => onChange({ allowBelowCost })}
          disabled={disabled}
        />
        <CheckField
          label={t.stacksWithCoupon}
          checked={draft.stacksWithCoupon}
          onChange={(stacksWithCoupon) => onChange({ stacksWithCoupon })}
          disabled={disabled}
        />
      </div>
      <TextField
        label={t.autoApprove}
        value={draft.autoApproveYuan}
        onChange={(autoApproveYuan) => onChange({ autoApproveYuan })}
        error={errorOf("template.autoApproveMaxMarkdownFen")}
        disabled={disabled}
        inputMode="decimal"
      />
    </div>
  );
}
