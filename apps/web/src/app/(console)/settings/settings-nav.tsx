"use client";

import { hasRole, type Role } from "@shelfloop/core";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";

const t = messages.nav;

/** The settings pages, each shown to the roles that can use it (the server refuses the rest anyway). */
const SETTINGS_PAGES: { href: string; label: string; minRole: Role }[] = [
  { href: "/settings/warehouses", label: t.warehouses, minRole: "VIEWER" },
  { href: "/settings/tiers", label: t.tiers, minRole: "VIEWER" },
  { href: "/settings/staff", label: t.staff, minRole: "ADMIN" },
  { href: "/settings/alerts", label: t.alerts, minRole: "ADMIN" },
  { href: "/settings/pos", label: t.pos, minRole: "ADMIN" },
  { href: "/settings/webhooks", label: t.webhooks, minRole: "ADMIN" },
  { href: "/settings/miniapp", label: t.miniapp, minRole: "ADMIN" },
];

export function SettingsNav() {
  const trpc = useTRPC();
  const pathname = usePathname();
  const role = useQuery(trpc.tenant.current.queryOptions()).data?.role;
  return (
    <nav aria-label={t.settings} className="flex gap-1 md:flex-col">
      {SETTINGS_PAGES.filter((page) => role && hasRole(role, page.minRole)).map((page) => {
        const active = pathname.startsWith(page.href);
        return (
          <Link
            key={page.href}
            href={page.href}
            aria-current={active ? "page" : undefined}
            className={`whitespace-nowrap rounded-md px-3 py-1.5 text-sm ${active ? "bg-tremor-brand-faint font-medium text-tremor-brand-emphasis" : "text-tremor-content hover:text-tremor-content-strong"}`}
          >
            {page.label}
          </Link>
        );
      })}
    </nav>
  );
}
