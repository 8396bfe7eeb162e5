"use client";

import { useQuery } from "@tanstack/react-query";
import { Card } from "@tremor/react";
import Link from "next/link";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";

const t = messages.gettingStarted;

/** The first-run checklist: shown until the tenant has a warehouse, products and received stock. */
export function GettingStarted() {
  const trpc = useTRPC();
  const progress = useQuery(trpc.dashboard.getSetupProgress.queryOptions()).data;
  if (!progress || (progress.warehouses > 0 && progress.products > 0 && progress.batches > 0)) return null;
  const steps = [
    { done: progress.warehouses > 0, label: t.warehouse, href: "/settings/warehouses" },
    { done: progress.products > 0, label: t.products, href: "/products/import" },
    { done: progress.batches > 0, label: t.receive, href: "/receiving" },
    { done: progress.members > 1, label: t.staff, href: "/settings/staff" },
    { done: progress.alertEndpoints > 0, label: t.alerts, href: "/settings/alerts" },
  ];
  return (
    <Card data-testid="getting-started">
      <h2 className="font-medium text-tremor-content-strong">{t.title}</h2>
      <ol className="mt-3 space-y-2 text-sm">
        {steps.map((step, index) => (
          <li key={step.href} className="flex items-center gap-2">
            <span className={step.done ? "text-emerald-600" : "text-tremor-content-subtle"}>
              {step.done ? "✓" : index + 1}
            </span>
            {step.done ? (
              <span className="text-tremor-content line-through">{step.label}</span>
            ) : (
              <Link href={step.href} className="text-tremor-brand hover:underline">
                {step.label}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}
