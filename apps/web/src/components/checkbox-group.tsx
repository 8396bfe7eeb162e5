"use client";

/**
 * A row of checkboxes over `options` (warehouses, tiers, categories, channels). Controlled when
 * `selected` is given; otherwise the ticked values are read from the form under `name`.
 */
export function CheckboxGroup({
  name,
  options,
  selected,
  onChange,
  disabled = false,
}: {
  name: string;
  options: readonly { id: string; name: string }[];
  selected?: readonly string[];
  onChange?: (ids: string[]) => void;
  disabled?: boolean;
}) {
  return (
    <span className="flex flex-wrap gap-3">
      {options.map((option) => (
        <label key={option.id} className="flex items-center gap-1 text-sm">
          <input
            type="checkbox"
            name={name}
            value={option.id}
            disabled={disabled}
            {...(selected
              ? {
                  checked: selected.includes(option.id),
                  onChange: (event) =>
                    onChange?.(
                      event.target.checked
                        ? [...selected, option.id]
                        : selected.filter((id) => id !== option.id),
                    ),
                }
              : {})}
          />
          {option.name}
        </label>
      ))}
    </span>
  );
}
