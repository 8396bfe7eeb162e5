"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { ActionForm, actionInput, numberOf, textOf } from "~/components/action-form";
import { FieldError, fieldError } from "~/components/field-error";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { useAfterStockAction } from "./use-batch-action";

const t = messages.batchActions;

/** Moves units of this batch to another warehouse in use; the same lot and dates arrive there. */
export function TransferForm({
  batch,
  onDone,
  onCancel,
}: {
  batch: { id: string; productId: string; warehouseId: string };
  onDone: () => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const warehouses = useQuery(trpc.warehouse.list.queryOptions());
  const transfer = useMutation(
    trpc.stock.transfer.mutationOptions({ onSuccess: useAfterStockAction(onDone) }),
  );
  const destinations = (warehouses.data ?? []).filter((warehouse) => warehouse.id !== batch.warehouseId);
  return (
    <ActionForm
      label={t.transfer}
      fields={["toWarehouseId", "quantity", "note"]}
      error={transfer.error}
      pending={transfer.isPending}
      onCancel={onCancel}
      onSubmit={(form) =>
        transfer.mutate({
          productId: batch.productId,
          fromWarehouseId: batch.warehouseId,
          toWarehouseId: textOf(form, "toWarehouseId"),
          batchId: batch.id,
          quantity: numberOf(form, "quantity"),
          note: textOf(form, "note"),
        })
      }
    >
      <label className="block text-sm text-tremor-content-emphasis">
        {t.toWarehouse}
        <select name="toWarehouseId" defaultValue="" className={actionInput}>
          <option value="">{t.chooseWarehouse}</option>
          {destinations.map((warehouse) => (
            <option key={warehouse.id} value={warehouse.id}>
              {warehouse.code} {warehouse.name}
            </option>
          ))}
        </select>
        <FieldError message={fieldError(transfer.error, "toWarehouseId")} />
      </label>
      <label className="block text-sm text-tremor-content-emphasis">
        {t.quantity}
        <input name="quantity" type="number" min={1} step={1} className={actionInput} />
        <FieldError message={fieldError(transfer.error, "quantity")} />
      </label>
      <label className="block text-sm text-tremor-content-emphasis">
        {t.note}
        <input name="note" className={actionInput} />
        <FieldError message={fieldError(transfer.error, "note")} />
      </label>
    </ActionForm>
  );
}
