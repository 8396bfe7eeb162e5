"use client";

/** Checkboxes for the warehouses a member works in; none ticked means all. */
export function WarehousePicker({
  name,
  warehouses,
  selected,
  onChange,
}: {
  name: string;
  warehouses: readonly { id: string; name: string }[];
  selected?: readonly string[];
  onChange?: (ids: string[]) => void;
}) {
  return (
    <span className="flex flex-wrap gap-3">
      {warehouses.map((warehouse) => (
        <label key={warehouse.id} className="flex items-center gap-1 text-sm">
          <input
            type="checkbox"
            name={name}
            value={warehouse.id}
            {...(selected
              ? {
                  checked: selected.includes(warehouse.id),
                  onChange: (event) =>
                    onChange?.(
                      event.target.checked
                        ? [...selected, warehouse.id]
                        : selected.filter((id) => id !== warehouse.id),
                    ),
                }
              : {})}
          />
          {warehouse.name}
        </label>
      ))}
    </span>
  );
}
