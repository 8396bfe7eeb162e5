"use client";

import type { RouterOutputs } from "@shelfloop/api";
import { describeCoupon, describeTemplateTerms } from "@shelfloop/core";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useMemo, useState } from "react";
import { fieldError, formError } from "~/components/field-error";
import { FormFooter } from "~/components/form-footer";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { ConditionFields, type FilterOptions } from "./condition-fields";
import { CouponFields } from "./coupon-fields";
import { TextField } from "./fields";
import { draftOf, FORM_FIELDS, type RuleDraft, ruleOf } from "./rule-form-values";
import { RulePreview } from "./rule-preview";
import { TemplateFields } from "./template-fields";
import { TermsFields } from "./terms-fields";

const t = messages.rules;
export type RuleRow = RouterOutputs["promotionRule"]["list"][number];

/**
 * Creates or edits a rule (an admin), or shows it read-only, with the live preview below. The rule is
 * checked as it is typed by the server's own validation; its messages show once saving was tried.
 */
export function RuleEditor({
  rule,
  options,
  canEdit,
  canPreview,
  onSaved,
  onClose,
}: {
  rule: RuleRow | null;
  options: FilterOptions;
  canEdit: boolean;
  canPreview: boolean;
  onSaved: (rule: RuleRow) => void;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const [draft, setDraft] = useState<RuleDraft>(() => draftOf(rule));
  const [tried, setTried] = useState(false);
  const { spec, errors } = useMemo(() => ruleOf(draft), [draft]);
  const save = useMutation(trpc.promotionRule.save.mutationOptions({ onSuccess: onSaved }));

  const change = (patch: Partial<RuleDraft>) => {
    // A refusal was about the rule as it was; once it changes, the message no longer applies.
    save.reset();
    setDraft((current) => ({ ...current, ...patch }));
  };
  const errorOf = (field: string) => (tried ? errors[field] : undefined) ?? fieldError(save.error, field);
  const section = { draft, onChange: change, errorOf, disabled: !canEdit };
  const termsValid = !Object.keys(errors).some((field) => field.startsWith("template.terms"));
  const coupon = spec.template.coupon;
  const couponValid = !Object.keys(errors).some((field) => field.startsWith("template.coupon"));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTried(true);
    if (Object.keys(errors).length === 0) save.mutate({ ...(rule ? { id: rule.id } : {}), ...spec });
  }

  const title = !canEdit ? t.viewTitle : rule ? t.editTitle : t.newTitle;
  return (
    <form onSubmit={submit} noValidate aria-label={title} className="space-y-5">
      <h2 className="text-lg font-medium text-tremor-content-strong">{title}</h2>
      <TextField
        label={t.name}
        value={draft.name}
        onChange={(name) => change({ name })}
        error={errorOf("name")}
        disabled={!canEdit}
        className="max-w-md"
      />
      <section className="space-y-3">
        <h3 className="font-medium text-tremor-content-strong">{t.condition}</h3>
        <ConditionFields {...section} options={options} />
      </section>
      <section className="space-y-3">
        <h3 className="font-medium text-tremor-content-strong">{t.template}</h3>
        <TermsFields {...section} />
        <p className="text-sm text-tremor-content-emphasis" data-testid="rule-effect">
          {t.effect}
          {termsValid ? describeTemplateTerms(spec.template.terms) : "—"}
          {coupon && couponValid && ` + ${describeCoupon(coupon.terms, coupon.minSpendFen)}`}
        </p>
        <TemplateFields {...section} />
        <CouponFields {...section} />
      </section>
      <RulePreview draft={draft} canPreview={canPreview} />
      {canEdit ? (
        <FormFooter
          error={
            formError(save.error, FORM_FIELDS) ??
            (tried && Object.keys(errors).length > 0 ? t.fixErrors : null)
          }
          submitLabel={t.save}
          disabled={save.isPending}
          onCancel={onClose}
          cancelLabel={t.cancel}
        />
      ) : (
        <button type="button" onClick={onClose} className="text-sm text-tremor-content hover:underline">
          {t.close}
        </button>
      )}
    </form>
  );
}
