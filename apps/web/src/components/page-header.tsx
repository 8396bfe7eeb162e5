import { Text } from "@tremor/react";
import type { ReactNode } from "react";

/**
 * A console page's title and one-line explanation, with its main action (e.g. 添加) on the right when
 * there is one to offer.
 */
export function PageHeader({
  title,
  subtitle,
  action,
}: {
  title: string;
  subtitle?: ReactNode;
  action?: { label: string; onClick: () => void } | null;
}) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold text-tremor-content-strong">{title}</h1>
        {subtitle && <Text>{subtitle}</Text>}
      </div>
      {action && (
        <button
          type="button"
          onClick={action.onClick}
          className="rounded-md border border-tremor-border bg-white px-3 py-1.5 text-sm hover:bg-tremor-background-subtle"
        >
          {action.label}
        </button>
      )}
    </div>
  );
}
