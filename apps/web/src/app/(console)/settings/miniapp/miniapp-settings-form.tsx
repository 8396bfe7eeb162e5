"use client";

import type { RouterOutputs } from "@shelfloop/api";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { FieldError, fieldError, formError } from "~/components/field-error";
import { FormFooter } from "~/components/form-footer";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";

const t = messages.miniapp;
type Settings = RouterOutputs["miniapp"]["getSettings"];
type FieldKey = "product" | "price" | "expiry" | "note";
const FIELD_KEYS: FieldKey[] = ["product", "price", "expiry", "note"];
const DEFAULT_FIELDS: Record<FieldKey, string> = {
  product: "thing1",
  price: "amount2",
  expiry: "date3",
  note: "thing4",
};

const input = "mt-1 block w-full rounded-md border border-tremor-border px-2 py-1.5 font-mono text-sm";

export function MiniappSettingsForm({ saved }: { saved: Settings }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [appId, setAppId] = useState(saved.appId ?? "");
  const [alertsOn, setAlertsOn] = useState(saved.dealAlert !== null);
  const [templateId, setTemplateId] = useState(saved.dealAlert?.templateId ?? "");
  const [fields, setFields] = useState<Record<FieldKey, string>>({
    ...DEFAULT_FIELDS,
    ...(saved.dealAlert ? { ...saved.dealAlert.fields, note: saved.dealAlert.fields.note ?? "" } : {}),
  });
  const save = useMutation(
    trpc.miniapp.saveSettings.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.miniapp.getSettings.queryKey() }),
    }),
  );

  return (
    <form
      className="grid gap-4 md:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({
          appId: appId.trim() || null,
          dealAlert: alertsOn
            ? { templateId, fields: { ...fields, note: fields.note.trim() || undefined } }
            : null,
        });
      }}
    >
      <label className="text-sm md:col-span-2">
        {t.appId}
        <input
          className={input}
          value={appId}
          onChange={(e) => setAppId(e.target.value)}
          placeholder="wx0123456789abcdef"
        />
        <span className="mt-1 block text-xs text-tremor-content">{t.appIdHint}</span>
        <FieldError message={fieldError(save.error, "appId")} />
      </label>
      <label className="flex items-center gap-2 text-sm md:col-span-2">
        <input type="checkbox" checked={alertsOn} onChange={(e) => setAlertsOn(e.target.checked)} />
        {t.dealAlerts}
      </label>
      {alertsOn && (
        <>
          <p className="text-xs text-tremor-content md:col-span-2">{t.dealAlertsHint}</p>
          <label className="text-sm md:col-span-2">
            {t.templateId}
            <input className={input} value={templateId} onChange={(e) => setTemplateId(e.target.value)} />
            <FieldError message={fieldError(save.error, "templateId")} />
          </label>
          {FIELD_KEYS.map((key) => (
            <label key={key} className="text-sm">
              {t.fields[key]}
              <input
                className={input}
                value={fields[key]}
                onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
                placeholder={DEFAULT_FIELDS[key]}
              />
            </label>
          ))}
        </>
      )}
      {save.isSuccess && !save.isPending && (
        <p role="status" className="text-sm text-emerald-700 md:col-span-2">
          {t.saved}
        </p>
      )}
      <FormFooter
        error={formError(save.error, ["appId", "templateId"])}
        submitLabel={t.save}
        disabled={save.isPending}
        className="md:col-span-2"
      />
    </form>
  );
}
