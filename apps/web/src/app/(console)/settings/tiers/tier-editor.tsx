"use client";

import { TIER_COLORS, type TierDefinition, type TierEntry, type TierPolicy } from "@shelfloop/core";
import { messages } from "~/i18n";

const t = messages.tiers;
const input =
  "w-full rounded-tremor-small border border-tremor-border px-2 py-1 text-sm disabled:bg-tremor-background-muted";
type Kind = TierEntry["kind"];

const defaultEntry = (kind: Kind): TierEntry =>
  kind === "DAYS"
    ? { kind, days: 30 }
    : kind === "PERCENT"
      ? { kind, percent: 30 }
      : { kind, bands: [{ minShelfLifeDays: 1, daysBeforeExpiry: 2 }] };

/** Edits the tiers of a policy, least urgent first; validation happens on the server (core). */
export function TierEditor({
  policy,
  onChange,
  disabled,
}: {
  policy: TierPolicy;
  onChange: (policy: TierPolicy) => void;
  disabled: boolean;
}) {
  const tiers = policy.tiers;
  const setTier = (index: number, change: Partial<TierDefinition>) =>
    onChange({ tiers: tiers.map((tier, i) => (i === index ? { ...tier, ...change } : tier)) });

  return (
    <div className="space-y-3">
      {tiers.map((tier, index) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are controlled inputs with no identity of their own (keys are being edited)
          key={index}
          className="grid gap-2 rounded-tremor-default border border-tremor-border p-3 md:grid-cols-12"
          data-testid={`tier-row-${index}`}
        >
          <label className="text-xs text-tremor-content md:col-span-2">
            {t.key}
            <input
              className={input}
              value={tier.key}
              disabled={disabled}
              onChange={(e) => setTier(index, { key: e.target.value.toUpperCase() })}
            />
          </label>
          <label className="text-xs text-tremor-content md:col-span-2">
            {t.name}
            <input
              className={input}
              value={tier.name}
              disabled={disabled}
              onChange={(e) => setTier(index, { name: e.target.value })}
            />
          </label>
          <label className="text-xs text-tremor-content md:col-span-2">
            {t.color}
            <select
              className={input}
              value={tier.color}
              disabled={disabled}
              onChange={(e) => setTier(index, { color: e.target.value as TierDefinition["color"] })}
            >
              {TIER_COLORS.map((color) => (
                <option key={color} value={color}>
                  {color}
                </option>
              ))}
            </select>
          </label>
          <div className="text-xs text-tremor-content md:col-span-5">
            {t.entry}
            {index === 0 || !tier.entry ? (
              <p className="py-1 text-sm text-tremor-content-emphasis">{t.entryKinds.NONE}</p>
            ) : (
              <EntryEditor
                entry={tier.entry}
                disabled={disabled}
                onChange={(entry) => setTier(index, { entry })}
              />
            )}
          </div>
          <div className="flex items-end md:col-span-1">
            {index > 0 && (
              <button
                type="button"
                disabled={disabled}
                className="text-sm text-rose-600 hover:underline disabled:opacity-40"
                onClick={() => onChange({ tiers: tiers.filter((_, i) => i !== index) })}
              >
                {t.remove}
              </button>
            )}
          </div>
        </div>
      ))}
      <div className="flex items-center justify-between text-sm">
        <button
          type="button"
          disabled={disabled}
          className="rounded-md border border-tremor-border px-3 py-1 hover:bg-tremor-background-subtle disabled:opacity-40"
          onClick={() =>
            onChange({
              tiers: [
                ...tiers,
                { key: `TIER_${tiers.length}`, name: "新级别", color: "orange", entry: defaultEntry("DAYS") },
              ],
            })
          }
        >
          {t.addTier}
        </button>
        <span className="text-tremor-content">{t.expiredNote}</span>
      </div>
    </div>
  );
}

function EntryEditor({
  entry,
  onChange,
  disabled,
}: {
  entry: TierEntry;
  onChange: (entry: TierEntry) => void;
  disabled: boolean;
}) {
  return (
    <div className="space-y-1">
      <div className="flex gap-2">
        <select
          className={input}
          value={entry.kind}
          disabled={disabled}
          onChange={(e) => onChange(defaultEntry(e.target.value as Kind))}
        >
          {(["DAYS", "PERCENT", "BAND"] as const).map((kind) => (
            <option key={kind} value={kind}>
              {t.entryKinds[kind]}
            </option>
          ))}
        </select>
        {entry.kind === "DAYS" && (
          <NumberField
            value={entry.days}
            disabled={disabled}
            onChange={(days) => onChange({ kind: "DAYS", days })}
          />
        )}
        {entry.kind === "PERCENT" && (
          <NumberField
            value={entry.percent}
            disabled={disabled}
            onChange={(percent) => onChange({ kind: "PERCENT", percent })}
          />
        )}
      </div>
      {entry.kind === "BAND" && (
        <BandEditor
          bands={entry.bands}
          disabled={disabled}
          onChange={(bands) => onChange({ kind: "BAND", bands })}
        />
      )}
    </div>
  );
}

function BandEditor({
  bands,
  onChange,
  disabled,
}: {
  bands: Extract<TierEntry, { kind: "BAND" }>["bands"];
  onChange: (bands: Extract<TierEntry, { kind: "BAND" }>["bands"]) => void;
  disabled: boolean;
}) {
  const set = (index: number, field: "minShelfLifeDays" | "daysBeforeExpiry", value: number) =>
    onChange(bands.map((band, i) => (i === index ? { ...band, [field]: value } : band)));
  return (
    <table className="w-full text-sm">
      <thead>
        <tr className="text-left text-xs text-tremor-content">
          <th className="font-normal">{t.band.minShelfLife}</th>
          <th className="font-normal">{t.band.daysBefore}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {bands.map((band, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are controlled inputs with no identity of their own
          <tr key={index}>
            <td className="pr-2">
              <NumberField
                value={band.minShelfLifeDays}
                disabled={disabled}
                onChange={(value) => set(index, "minShelfLifeDays", value)}
              />
            </td>
            <td className="pr-2">
              <NumberField
                value={band.daysBeforeExpiry}
                disabled={disabled}
                onChange={(value) => set(index, "daysBeforeExpiry", value)}
              />
            </td>
            <td>
              <button
                type="button"
                disabled={disabled || bands.length === 1}
                className="text-xs text-rose-600 disabled:opacity-40"
                onClick={() => onChange(bands.filter((_, i) => i !== index))}
              >
                {t.remove}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={3}>
            <button
              type="button"
              disabled={disabled}
              className="text-xs text-tremor-brand hover:underline disabled:opacity-40"
              onClick={() => onChange([...bands, { minShelfLifeDays: 365, daysBeforeExpiry: 30 }])}
            >
              {t.band.add}
            </button>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

/** A whole-number input; an empty field is NaN, which the server refuses with the field named. */
function NumberField({
  value,
  onChange,
  disabled,
}: {
  value: number;
  onChange: (value: number) => void;
  disabled: boolean;
}) {
  return (
    <input
      className={input}
      type="number"
      value={Number.isNaN(value) ? "" : value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value === "" ? Number.NaN : Number(e.target.value))}
    />
  );
}
