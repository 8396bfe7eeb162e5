"use client";

import { hasRole, type Role } from "@shelfloop/core";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { signOut } from "next-auth/react";
import type { ReactNode } from "react";
import { messages } from "~/i18n";
import { NotificationBell } from "./notification-bell";
import { PendingPromotionsBadge } from "./pending-promotions-badge";

// Pages a role cannot use stay out of its menu (the server refuses them anyway).
const NAV: { href: string; label: string; minRole: Role; badge?: () => ReactNode }[] = [
  { href: "/", label: messages.nav.dashboard, minRole: "VIEWER" },
  { href: "/receiving", label: messages.nav.receiving, minRole: "STAFF" },
  { href: "/batches", label: messages.nav.batches, minRole: "VIEWER" },
  { href: "/clearance-zone", label: messages.inStore.navZone, minRole: "STAFF" },
  { href: "/promotions", label: messages.nav.promotions, minRole: "VIEWER", badge: PendingPromotionsBadge },
  { href: "/reports", label: messages.nav.reports, minRole: "VIEWER" },
  { href: "/ledger", label: messages.nav.ledger, minRole: "VIEWER" },
  { href: "/products", label: messages.nav.products, minRole: "VIEWER" },
  // One entry for every settings page; the settings layout lists them (see settings-nav.tsx).
  { href: "/settings", label: messages.nav.settings, minRole: "VIEWER" },
];

export function ConsoleHeader({
  tenantName,
  userName,
  role,
}: {
  tenantName: string;
  userName: string;
  role: Role;
}) {
  const pathname = usePathname();
  return (
    <header className="border-b border-tremor-border bg-white">
      <div className="mx-auto flex max-w-7xl items-center gap-8 px-6 py-3">
        <span className="whitespace-nowrap text-lg font-semibold text-tremor-brand">{messages.app.name}</span>
        <nav className="flex gap-1" aria-label={messages.nav.main}>
          {NAV.filter((item) => hasRole(role, item.minRole)).map((item) => {
            const active = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
            return (
              <Link
                key={item.href}
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`whitespace-nowrap rounded-md px-3 py-1.5 text-sm ${active ? "bg-tremor-brand-faint font-medium text-tremor-brand-emphasis" : "text-tremor-content hover:text-tremor-content-strong"}`}
              >
                {item.label}
                {item.badge && <item.badge />}
              </Link>
            );
          })}
        </nav>
        <div className="ml-auto flex items-center gap-4 text-sm text-tremor-content">
          <NotificationBell />
          <span className="whitespace-nowrap">{tenantName}</span>
          <span className="whitespace-nowrap">
            {userName} · {messages.roles[role]}
          </span>
          <button
            type="button"
            onClick={() => signOut({ callbackUrl: "/sign-in" })}
            className="whitespace-nowrap rounded-md border border-tremor-border px-3 py-1 hover:bg-tremor-background-subtle"
          >
            {messages.nav.signOut}
          </button>
        </div>
      </div>
    </header>
  );
}
