"use client";

import type { RouterInputs } from "@shelfloop/api";
import { useState } from "react";
import { messages } from "~/i18n";
import { parseSkuLines } from "./sku-lines";

const t = messages.webhooks;
const EVENTS = ["pricebook.published" as const];
type Kind = "WEBHOOK" | "YOUZAN";

export interface SubscriptionFormProps {
  onSubmit(input: RouterInputs["webhook"]["create"]): void;
  onCancel(): void;
  error: string | null;
  pending: boolean;
}

const inputClass = "mt-1 block w-full rounded-md border border-tremor-border px-2 py-1.5";

export function SubscriptionForm({ onSubmit, onCancel, error, pending }: SubscriptionFormProps) {
  const [kind, setKind] = useState<Kind>("WEBHOOK");
  const [fields, setFields] = useState({
    name: "",
    url: "",
    clientId: "",
    clientSecret: "",
    kdtId: "",
    skus: "",
  });
  const [skuError, setSkuError] = useState<string | null>(null);
  const field = (name: keyof typeof fields, label: string, type = "text") => (
    <label className="block text-sm">
      {label}
      <input
        type={type}
        className={inputClass}
        value={fields[name]}
        onChange={(event) => setFields((all) => ({ ...all, [name]: event.target.value }))}
      />
    </label>
  );

  function submit() {
    if (kind === "WEBHOOK") return onSubmit({ kind, name: fields.name, url: fields.url, events: EVENTS });
    const parsed = parseSkuLines(fields.skus);
    if ("error" in parsed) return setSkuError(parsed.error);
    setSkuError(null);
    const settings = { clientId: fields.clientId, kdtId: fields.kdtId, skus: parsed.skus };
    onSubmit({ kind, name: fields.name, events: EVENTS, clientSecret: fields.clientSecret, settings });
  }

  return (
    <form
      className="grid gap-3 sm:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label className="block text-sm">
        {t.kind}
        <select className={inputClass} value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
          {(["WEBHOOK", "YOUZAN"] as const).map((value) => (
            <option key={value} value={value}>
              {t.kinds[value]}
            </option>
          ))}
        </select>
      </label>
      {field("name", t.name)}
      {kind === "WEBHOOK" ? (
        field("url", t.url, "url")
      ) : (
        <>
          {field("clientId", t.clientId)}
          {field("clientSecret", t.clientSecret, "password")}
          {field("kdtId", t.kdtId)}
          <label className="block text-sm sm:col-span-2">
            {t.skus}
            <textarea
              rows={4}
              className={`${inputClass} font-mono`}
              value={fields.skus}
              onChange={(event) => setFields((all) => ({ ...all, skus: event.target.value }))}
            />
          </label>
        </>
      )}
      <div className="flex items-center gap-3 sm:col-span-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-tremor-brand px-3 py-1.5 text-sm text-white disabled:opacity-50"
        >
          {t.create}
        </button>
        <button type="button" onClick={onCancel} className="text-sm hover:underline">
          {t.cancel}
        </button>
      </div>
      {(skuError ?? error) && (
        <p role="alert" className="text-sm text-rose-700 sm:col-span-2">
          {skuError ?? error}
        </p>
      )}
    </form>
  );
}
