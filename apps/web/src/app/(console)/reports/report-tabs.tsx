"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { messages } from "~/i18n";

const TABS = [
  { href: "/reports", label: messages.reports.tabs.dashboard },
  { href: "/reports/purchasing", label: messages.reports.tabs.purchasing },
];

/** The two report pages: the dashboard and the purchasing advice. */
export function ReportTabs() {
  const pathname = usePathname();
  return (
    <nav className="flex gap-1 border-b border-tremor-border" aria-label={messages.nav.reports}>
      {TABS.map((tab) => {
        const active = pathname === tab.href;
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={`-mb-px border-b-2 px-4 py-2 text-sm ${active ? "border-tremor-brand font-medium text-tremor-brand-emphasis" : "border-transparent text-tremor-content hover:text-tremor-content-strong"}`}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
