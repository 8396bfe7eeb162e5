"use client";

import type { ProductValues } from "@shelfloop/core";
import { Card } from "@tremor/react";
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { messages } from "~/i18n";
import {
  type FieldErrors,
  type FormText,
  formTextOf,
  parseProductForm,
  serverErrors,
  TEXT_FIELDS,
  type TextField,
} from "./product-form-values";

const t = messages.product;
const input =
  "mt-1 w-full rounded-tremor-small border border-tremor-border px-2 py-1.5 text-sm aria-[invalid=true]:border-rose-400 disabled:bg-tremor-background-subtle";
const HINTS: Partial<Record<TextField, { inputMode: "numeric" | "decimal"; placeholder: string }>> = {
  gtin: { inputMode: "numeric", placeholder: "6901234567892" },
  shelfLifeDays: { inputMode: "numeric", placeholder: "180" },
  costFen: { inputMode: "decimal", placeholder: "12.50" },
  listPriceFen: { inputMode: "decimal", placeholder: "19.90" },
};

/** Creates or edits a product; read-only shows the same fields without a way to change them. */
export function ProductForm({
  title,
  product,
  initialGtin,
  categories,
  readOnly,
  pending,
  error,
  cancelHref,
  onSubmit,
  onEdit,
}: {
  title: string;
  product: ProductValues | null;
  initialGtin?: string;
  categories: readonly string[];
  readOnly: boolean;
  pending: boolean;
  error: Parameters<typeof serverErrors>[0];
  cancelHref: string;
  onSubmit: (values: ProductValues) => void;
  /** The user changed something: a refusal from the server no longer applies. */
  onEdit: () => void;
}) {
  const [text, setText] = useState<FormText>(() => formTextOf(product, initialGtin));
  const [active, setActive] = useState(product?.active ?? true);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const fromServer = serverErrors(error);
  const errors = { ...fromServer.fields, ...clientErrors };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseProductForm(text, active);
    setClientErrors("errors" in parsed ? parsed.errors : {});
    if ("values" in parsed) onSubmit(parsed.values);
  }

  return (
    <div className="max-w-3xl space-y-4">
      <Link href={cancelHref} className="text-sm text-tremor-brand hover:underline">
        ← {t.back}
      </Link>
      <h1 className="text-2xl font-semibold text-tremor-content-strong">{title}</h1>
      <Card>
        <form onSubmit={submit} noValidate className="grid gap-4 md:grid-cols-2" aria-label={title}>
          {TEXT_FIELDS.map((field) => (
            <div key={field} className="text-sm">
              <label htmlFor={`product-${field}`} className="text-tremor-content-emphasis">
                {t.fields[field]}
              </label>
              <input
                id={`product-${field}`}
                name={field}
                value={text[field]}
                disabled={readOnly}
                list={field === "category" ? "product-categories" : undefined}
                aria-invalid={errors[field] ? true : undefined}
                aria-describedby={errors[field] ? `product-${field}-error` : undefined}
                onChange={(event) => {
                  setText({ ...text, [field]: event.target.value });
                  setClientErrors(({ [field]: _fixed, ...rest }) => rest);
                  onEdit();
                }}
                className={input}
                {...HINTS[field]}
              />
              {errors[field] && (
                <p id={`product-${field}-error`} role="alert" className="mt-1 text-xs text-rose-700">
                  {errors[field]}
                </p>
              )}
            </div>
          ))}
          <datalist id="product-categories">
            {categories.map((category) => (
              <option key={category} value={category} />
            ))}
          </datalist>
          <label className="flex items-center gap-2 text-sm text-tremor-content-emphasis">
            <input
              type="checkbox"
              name="active"
              checked={active}
              disabled={readOnly}
              onChange={(event) => {
                setActive(event.target.checked);
                onEdit();
              }}
            />
            {t.fields.active}
          </label>
          {fromServer.form && (
            <p role="alert" className="text-sm text-rose-700 md:col-span-2">
              {fromServer.form}
            </p>
          )}
          {readOnly ? (
            <p className="text-sm text-tremor-content md:col-span-2">{t.readOnly}</p>
          ) : (
            <div className="flex items-center gap-3 md:col-span-2">
              <button
                type="submit"
                disabled={pending}
                className="rounded-tremor-small bg-tremor-brand px-4 py-2 text-sm font-medium text-white hover:bg-tremor-brand-emphasis disabled:opacity-60"
              >
                {pending ? t.saving : t.save}
              </button>
              <Link href={cancelHref} className="text-sm text-tremor-content hover:underline">
                {t.cancel}
              </Link>
            </div>
          )}
        </form>
      </Card>
    </div>
  );
}
