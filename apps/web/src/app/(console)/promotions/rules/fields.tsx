"use client";

import type { ReactNode } from "react";
import { FieldError } from "~/components/field-error";
import type { RuleDraft } from "./rule-form-values";

/** The console's input look, shared with the form's selects. */
export const fieldInput =
  "mt-1 w-full rounded-tremor-small border border-tremor-border px-2 py-1.5 text-sm aria-[invalid=true]:border-rose-400 disabled:bg-tremor-background-subtle";

/** Looks up the message for a dotted field path, e.g. "template.durationDays". */
export type ErrorOf = (field: string) => string | undefined;

/** A labelled text input with its error underneath; numbers and yuan are typed as text and parsed later. */
export function TextField({
  label,
  value,
  onChange,
  error,
  disabled,
  inputMode,
  placeholder,
  className = "",
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  disabled: boolean;
  inputMode?: "numeric" | "decimal";
  placeholder?: string;
  className?: string;
}) {
  return (
    <label className={`block text-sm text-tremor-content-emphasis ${className}`}>
      {label}
      <input
        className={fieldInput}
        value={value}
        inputMode={inputMode}
        placeholder={placeholder}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldError message={error} />
    </label>
  );
}

export function CheckField({
  label,
  checked,
  onChange,
  disabled,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled: boolean;
}) {
  return (
    <label className="flex items-center gap-2 text-sm text-tremor-content-emphasis">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
      {label}
    </label>
  );
}

/** A group of inputs under one label (a set of checkboxes), with the group's error. */
export function FieldGroup({
  label,
  error,
  className = "",
  children,
}: {
  label: string;
  error: string | undefined;
  className?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className={`text-sm text-tremor-content-emphasis ${className}`}>
      <legend className="mb-1">{label}</legend>
      {children}
      <FieldError message={error} />
    </fieldset>
  );
}

/** What each section of the rule form gets: the draft, a way to change part of it, and errors by field. */
export interface SectionProps {
  draft: RuleDraft;
  onChange: (change: Partial<RuleDraft>) => void;
  errorOf: ErrorOf;
  disabled: boolean;
}
