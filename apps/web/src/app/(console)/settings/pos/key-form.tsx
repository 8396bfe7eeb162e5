"use client";

import { useState } from "react";
import { messages } from "~/i18n";

const t = messages.pos;

export interface KeyFormProps {
  warehouses: { id: string; name: string }[];
  onSubmit(input: { warehouseId: string; name: string }): void;
  onCancel(): void;
  error: string | null;
  pending: boolean;
}

export function KeyForm({ warehouses, onSubmit, onCancel, error, pending }: KeyFormProps) {
  const [warehouseId, setWarehouseId] = useState(warehouses[0]?.id ?? "");
  const [name, setName] = useState("");
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({ warehouseId, name });
      }}
    >
      <label className="text-sm">
        {t.store}
        <select
          className="mt-1 block rounded-md border border-tremor-border px-2 py-1.5"
          value={warehouseId}
          onChange={(event) => setWarehouseId(event.target.value)}
        >
          {warehouses.map((warehouse) => (
            <option key={warehouse.id} value={warehouse.id}>
              {warehouse.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        {t.name}
        <input
          className="mt-1 block rounded-md border border-tremor-border px-2 py-1.5"
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={50}
        />
      </label>
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
      {error && (
        <p role="alert" className="w-full text-sm text-rose-700">
          {error}
        </p>
      )}
    </form>
  );
}
