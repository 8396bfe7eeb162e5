"use client";

import { useMutation } from "@tanstack/react-query";
import { ActionForm, actionInput, textOf } from "~/components/action-form";
import { FieldError, fieldError } from "~/components/field-error";
import { LocationSelect } from "~/components/location-select";
import { format, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { useAfterStockAction } from "./use-batch-action";

const t = messages.inStore;

/** Moves the whole batch to another location of its warehouse (移库位). */
export function MoveLocationForm({
  batch,
  onDone,
  onCancel,
}: {
  batch: { id: string; warehouseId: string; location: { id: string; code: string } | null };
  onDone: () => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const move = useMutation(
    trpc.stock.moveLocation.mutationOptions({ onSuccess: useAfterStockAction(onDone) }),
  );
  return (
    <ActionForm
      label={t.move.action}
      fields={["locationId"]}
      error={move.error}
      pending={move.isPending}
      onCancel={onCancel}
      onSubmit={(form) => move.mutate({ batchId: batch.id, locationId: textOf(form, "locationId") })}
    >
      <label htmlFor="move-location" className="block text-sm text-tremor-content-emphasis">
        {t.move.to}
        <LocationSelect
          id="move-location"
          warehouseId={batch.warehouseId}
          exclude={batch.location?.id ?? null}
          required
          className={actionInput}
        />
        <span className="text-xs text-tremor-content">
          {format(t.move.current, { code: batch.location?.code ?? t.noLocation })}
        </span>
        <FieldError message={fieldError(move.error, "locationId")} />
      </label>
    </ActionForm>
  );
}
