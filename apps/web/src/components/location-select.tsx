"use client";

import { useQuery } from "@tanstack/react-query";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";

const t = messages.inStore;

/**
 * The locations in use of one warehouse as a select (blank: none). `exclude` leaves one out (the
 * batch's current location); with `required`, the blank option asks to choose.
 */
export function LocationSelect({
  id,
  warehouseId,
  name = "locationId",
  value,
  onChange,
  exclude,
  required = false,
  className,
}: {
  id?: string;
  warehouseId: string;
  name?: string;
  value?: string;
  onChange?: (locationId: string) => void;
  exclude?: string | null;
  required?: boolean;
  className?: string;
}) {
  const trpc = useTRPC();
  const locations = useQuery(trpc.location.list.queryOptions({ warehouseId }, { enabled: !!warehouseId }));
  const options = (locations.data ?? []).filter((location) => location.id !== exclude);
  return (
    <select
      id={id}
      name={name}
      className={className}
      {...(value === undefined ? { defaultValue: "" } : { value })}
      onChange={onChange ? (event) => onChange(event.target.value) : undefined}
    >
      <option value="">{required ? t.move.choose : t.chooseLocation}</option>
      {options.map((location) => (
        <option key={location.id} value={location.id}>
          {location.code}
          {location.name ? ` ${location.name}` : ""}
          {location.isClearanceZone ? `（${t.locations.clearanceZone}）` : ""}
        </option>
      ))}
    </select>
  );
}
