"use client";

import type { RouterInputs, RouterOutputs } from "@shelfloop/api";
import { type FormEvent, useState } from "react";
import { FormFooter } from "~/components/form-footer";
import { format, messages } from "~/i18n";

const ENDPOINT_EVENTS = ["TIER", "PROMOTION_APPROVAL", "PROMOTION_LIVE"] as const;
type EndpointEvent = (typeof ENDPOINT_EVENTS)[number];
const t = messages.alerts;
const field = "mt-1 w-full rounded-tremor-small border border-tremor-border px-2 py-1.5 text-sm";
export type Endpoint = RouterOutputs["alerts"]["listEndpoints"][number];
export type EndpointInput = RouterInputs["alerts"]["saveEndpoint"];

const list = (value: string) =>
  value
    .split(/[,，\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);

/** Creates or edits an endpoint. Secrets are write-only: empty fields keep what is stored. */
export function EndpointForm({
  endpoint,
  warehouses,
  onSubmit,
  onCancel,
  error,
  pending,
}: {
  endpoint: Endpoint | null;
  warehouses: readonly { id: string; name: string }[];
  onSubmit: (input: EndpointInput) => void;
  onCancel: () => void;
  error: string | null;
  pending: boolean;
}) {
  const [kind, setKind] = useState<Endpoint["kind"]>(endpoint?.kind ?? "DINGTALK");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const [quietStart, quietEnd] = text("quiet")
      ? text("quiet")
          .split(/[-–~]/)
          .map((part) => part.trim())
      : [];
    const secret = text("secret");
    onSubmit({
      ...(endpoint ? { id: endpoint.id } : {}),
      name: text("name"),
      kind,
      ...(text("token") ? { token: text("token") } : {}),
      ...(secret === "-" ? { secret: "" } : secret ? { secret } : {}),
      tiers: list(text("tiers")).map((tier) => tier.toUpperCase()),
      warehouseIds: form.getAll("warehouse").map(String),
      mentionMobiles: list(text("mentions")),
      mentionAll: form.get("mentionAll") === "on",
      quietStart: quietStart ?? null,
      quietEnd: quietEnd ?? null,
      mode: text("mode") === "DIGEST" ? "DIGEST" : "IMMEDIATE",
      events: form.getAll("events").map(String) as EndpointEvent[],
    });
  }

  return (
    <form onSubmit={submit} className="grid gap-3 md:grid-cols-2" aria-label={t.add}>
      <label className="text-sm text-tremor-content-emphasis">
        {t.name}
        <input name="name" className={field} defaultValue={endpoint?.name} required maxLength={50} />
      </label>
      <label className="text-sm text-tremor-content-emphasis">
        {t.kind}
        <select className={field} value={kind} onChange={(e) => setKind(e.target.value as Endpoint["kind"])}>
          <option value="DINGTALK">{t.kinds.DINGTALK}</option>
          <option value="WECOM">{t.kinds.WECOM}</option>
        </select>
      </label>
      <label className="text-sm text-tremor-content-emphasis">
        {t.token[kind]}
        <input
          name="token"
          className={field}
          autoComplete="off"
          placeholder={endpoint ? format(t.tokenKeep, { hint: endpoint.tokenHint }) : ""}
        />
      </label>
      {kind === "DINGTALK" && (
        <label className="text-sm text-tremor-content-emphasis">
          {t.secret}
          <input
            name="secret"
            className={field}
            autoComplete="off"
            placeholder={endpoint?.hasSecret ? t.secretKeep : "SEC…"}
          />
        </label>
      )}
      <label className="text-sm text-tremor-content-emphasis">
        {t.tiers}
        <input
          name="tiers"
          className={field}
          defaultValue={endpoint?.tiers.join(", ")}
          placeholder="RED, EXPIRED"
        />
      </label>
      <label className="text-sm text-tremor-content-emphasis">
        {t.mentions}
        <input name="mentions" className={field} defaultValue={endpoint?.mentionMobiles.join(", ")} />
      </label>
      <label className="text-sm text-tremor-content-emphasis">
        {t.quiet}
        <input
          name="quiet"
          className={field}
          placeholder="22:00-08:00"
          defaultValue={endpoint?.quietStart ? `${endpoint.quietStart}-${endpoint.quietEnd}` : ""}
        />
      </label>
      <label className="text-sm text-tremor-content-emphasis">
        {t.mode}
        <select name="mode" className={field} defaultValue={endpoint?.mode ?? "IMMEDIATE"}>
          <option value="IMMEDIATE">{t.modes.IMMEDIATE}</option>
          <option value="DIGEST">{t.modes.DIGEST}</option>
        </select>
      </label>
      <fieldset className="text-sm text-tremor-content-emphasis">
        <legend>{t.warehouses}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {warehouses.map((warehouse) => (
            <label key={warehouse.id} className="flex items-center gap-1">
              <input
                name="warehouse"
                type="checkbox"
                value={warehouse.id}
                defaultChecked={endpoint?.warehouseIds.includes(warehouse.id)}
              />
              {warehouse.name}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="flex items-center gap-2 text-sm text-tremor-content-emphasis">
        <input name="mentionAll" type="checkbox" defaultChecked={endpoint?.mentionAll} />
        {t.mentionAll}
      </label>
      <fieldset className="text-sm text-tremor-content-emphasis md:col-span-2">
        <legend>{t.events}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {ENDPOINT_EVENTS.map((event) => (
            <label key={event} className="flex items-center gap-1">
              <input
                type="checkbox"
                name="events"
                value={event}
                defaultChecked={(endpoint?.events ?? ["TIER"]).includes(event)}
              />
              {t.eventNames[event]}
            </label>
          ))}
        </div>
      </fieldset>
      <FormFooter
        error={error}
        submitLabel={t.save}
        disabled={pending}
        onCancel={onCancel}
        cancelLabel={t.cancel}
        className="md:col-span-2"
      />
    </form>
  );
}
