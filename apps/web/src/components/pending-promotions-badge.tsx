"use client";

import { useQuery } from "@tanstack/react-query";
import { format, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";

/** The approval queue's length next to 促销 in the menu, refreshed every minute like the bell. */
export function PendingPromotionsBadge() {
  const trpc = useTRPC();
  const pending = useQuery({ ...trpc.promotion.pendingCount.queryOptions(), refetchInterval: 60_000 });
  const count = pending.data ?? 0;
  if (count === 0) return null;
  return (
    <>
      <span
        data-testid="pending-promotions"
        aria-hidden
        className="ml-1 rounded-full bg-amber-500 px-1.5 text-[10px] leading-4 text-white"
      >
        {count > 99 ? "99+" : count}
      </span>
      <span className="sr-only">{format(messages.nav.pendingPromotions, { count })}</span>
    </>
  );
}
