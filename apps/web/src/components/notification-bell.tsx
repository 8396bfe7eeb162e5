"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";

/** The bell in the header: unread count, refreshed every minute and whenever the tab regains focus. */
export function NotificationBell() {
  const trpc = useTRPC();
  const unread = useQuery({ ...trpc.notification.unreadCount.queryOptions(), refetchInterval: 60_000 });
  const count = unread.data ?? 0;
  return (
    <Link
      href="/notifications"
      aria-label={`${messages.nav.notifications}${count ? `（${count} ${messages.notifications.unread}）` : ""}`}
      className="relative flex rounded-md px-2 py-1 hover:bg-tremor-background-subtle"
    >
      <svg
        viewBox="0 0 24 24"
        className="h-5 w-5 text-tremor-content"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        aria-hidden
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 8 3 8H3s3-1 3-8" strokeLinejoin="round" />
        <path d="M10 20a2 2 0 0 0 4 0" strokeLinecap="round" />
      </svg>
      {count > 0 && (
        <span
          data-testid="unread-count"
          className="absolute -right-1 -top-1 min-w-[1.1rem] rounded-full bg-rose-600 px-1 text-center text-[10px] leading-4 text-white"
        >
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}
