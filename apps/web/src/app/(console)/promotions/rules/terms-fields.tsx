"use client";

import { messages } from "~/i18n";
import { fieldInput, type SectionProps, TextField } from "./fields";
import { TERMS_PARAMS, TERMS_TYPES, type TermsType } from "./rule-form-values";

const t = messages.rules;

/** The promotion type and its params; each type keeps its own values while another is chosen. */
export function TermsFields({ draft, onChange, errorOf, disabled }: SectionProps) {
  const type = draft.termsType;
  const labels: Record<string, string> = t.params[type];
  return (
    <div className="grid gap-3 md:grid-cols-3">
      <label className="block text-sm text-tremor-content-emphasis">
        {t.termsType}
        <select
          className={fieldInput}
          value={type}
          disabled={disabled}
          onChange={(event) => onChange({ termsType: event.target.value as TermsType })}
        >
          {TERMS_TYPES.map((option) => (
            <option key={option} value={option}>
              {t.termsTypes[option]}
            </option>
          ))}
        </select>
      </label>
      {Object.keys(TERMS_PARAMS[type]).map((key) => (
        <TextField
          key={`${type}.${key}`}
          label={labels[key] ?? key}
          value={draft.params[type][key] ?? ""}
          onChange={(value) =>
            onChange({ params: { ...draft.params, [type]: { ...draft.params[type], [key]: value } } })
          }
          error={errorOf(`template.terms.params.${key}`)}
          disabled={disabled}
          inputMode="numeric"
        />
      ))}
    </div>
  );
}
