"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { FieldError, fieldError, formError } from "~/components/field-error";
import { FormFooter } from "~/components/form-footer";
import { LocationSelect } from "~/components/location-select";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { ReceiptOutcome } from "./receipt-outcome";
import type { ReceivedRow } from "./received-row";
import { type PreviewField, type ReceiptDraft, useReceiptPreview } from "./use-receipt-preview";

const t = messages.receiving;
const input = "mt-1 w-full rounded-tremor-small border border-tremor-border px-2 py-1.5 text-sm";
const FIELDS = [
  "lotCode",
  "productionDate",
  "expiryDate",
  "quantity",
  "managerOverrideReason",
  "locationId",
] as const;

export interface ReceiptProduct {
  id: string;
  sku: string;
  name: string;
  active?: boolean;
}

/**
 * One lot of a product, prefilled from a scan or typed: lot, either date, quantity. Shows what the
 * receipt will record as the values change; an expired lot needs a manager's reason, and staff are
 * told to call one. The dates sent are the ones typed, never the derived ones: the server derives.
 */
export function ReceiptForm({
  warehouseId,
  product,
  initial,
  canOverride,
  onReceived,
  onCancel,
}: {
  warehouseId: string;
  product: ReceiptProduct;
  initial: ReceiptDraft;
  canOverride: boolean;
  onReceived: (row: ReceivedRow) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const [draft, setDraft] = useState(initial);
  const [reason, setReason] = useState("");
  const [locationId, setLocationId] = useState("");
  // The form opens where the user continues: the first field the label left blank, else the quantity.
  const [focus] = useState<keyof ReceiptDraft>(
    !initial.lotCode ? "lotCode" : !initial.productionDate && !initial.expiryDate ? "expiryDate" : "quantity",
  );
  const focused = useRef<HTMLInputElement>(null);
  useEffect(() => focused.current?.focus(), []);
  const { preview, problem } = useReceiptPreview(warehouseId, product.id, draft);
  const receive = useMutation(
    trpc.stock.receive.mutationOptions({
      onSuccess: (received) =>
        onReceived({
          batchId: received.batchId,
          productName: product.name,
          sku: product.sku,
          lotCode: draft.lotCode.trim(),
          quantity: Number(draft.quantity),
          expiryDate: received.expiryDate,
          remainingDays: received.remainingDays,
          tier: received.tier,
          at: Date.now(),
        }),
    }),
  );
  const plan = preview.data?.ok ? preview.data : null;
  const blocked = plan?.expired === true && !canOverride;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (blocked) return;
    receive.mutate({
      warehouseId,
      productId: product.id,
      lotCode: draft.lotCode,
      productionDate: draft.productionDate || undefined,
      expiryDate: draft.expiryDate || undefined,
      quantity: Number(draft.quantity),
      managerOverrideReason: plan?.expired && canOverride ? reason : undefined,
      locationId: locationId || undefined,
    });
  }

  const change = (field: keyof ReceiptDraft) => (event: { target: { value: string } }) => {
    receive.reset();
    setDraft((current) => ({ ...current, [field]: event.target.value }));
  };
  const errorOf = (field: (typeof FIELDS)[number]) =>
    fieldError(receive.error, field) ??
    (field === "lotCode" || field === "managerOverrideReason" || field === "locationId"
      ? undefined
      : problem(field));
  const general = formError(receive.error, FIELDS) ?? problem("shelfLife");
  const dateField = (field: PreviewField & keyof ReceiptDraft, label: string) => (
    <label className="block text-sm text-tremor-content-emphasis">
      {label}
      <input
        type="date"
        name={field}
        value={draft[field]}
        onChange={change(field)}
        ref={focus === field ? focused : undefined}
        className={input}
      />
      <FieldError message={errorOf(field)} />
    </label>
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <p className="font-medium text-tremor-content-strong" data-testid="receipt-product">
        {product.name} <span className="text-sm font-normal text-tremor-content">{product.sku}</span>
        {product.active === false && <span className="ml-2 text-sm text-amber-700">{t.inactive}</span>}
      </p>
      <div className="grid gap-3 md:grid-cols-4">
        <label className="block text-sm text-tremor-content-emphasis">
          {t.lot}
          <input
            name="lotCode"
            value={draft.lotCode}
            onChange={change("lotCode")}
            ref={focus === "lotCode" ? focused : undefined}
            autoComplete="off"
            className={input}
          />
          <FieldError message={errorOf("lotCode")} />
        </label>
        {dateField("productionDate", t.productionDate)}
        {dateField("expiryDate", t.expiryDate)}
        <label className="block text-sm text-tremor-content-emphasis">
          {t.quantity}
          <input
            type="number"
            name="quantity"
            min={1}
            step={1}
            inputMode="numeric"
            value={draft.quantity}
            onChange={change("quantity")}
            ref={focus === "quantity" ? focused : undefined}
            className={input}
          />
          <FieldError message={errorOf("quantity")} />
        </label>
        <label htmlFor="receipt-location" className="block text-sm text-tremor-content-emphasis">
          {messages.inStore.location}
          <LocationSelect
            id="receipt-location"
            warehouseId={warehouseId}
            value={locationId}
            onChange={(value) => {
              receive.reset();
              setLocationId(value);
            }}
            className={input}
          />
          <FieldError message={errorOf("locationId")} />
        </label>
      </div>
      <p className="text-xs text-tremor-content">{t.datesHint}</p>
      {plan && <ReceiptOutcome plan={plan} />}
      {plan?.expired && canOverride && (
        <label className="block text-sm text-tremor-content-emphasis">
          {t.overrideReason}
          <input
            name="managerOverrideReason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            className={input}
          />
          <FieldError message={errorOf("managerOverrideReason")} />
        </label>
      )}
      {blocked && (
        <p role="alert" className="text-sm font-medium text-rose-700">
          {t.expiredStaff}
        </p>
      )}
      <FormFooter
        error={general}
        submitLabel={receive.isPending ? t.confirming : t.confirm}
        disabled={blocked || receive.isPending}
        onCancel={onCancel}
        cancelLabel={t.cancel}
      />
    </form>
  );
}
