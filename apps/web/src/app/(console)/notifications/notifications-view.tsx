"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Card } from "@tremor/react";
import Link from "next/link";
import { ErrorState, LoadingState } from "~/components/query-state";
import { useTenantTimeZone } from "~/components/use-tenant-time-zone";
import { formatDateTime, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";

const t = messages.notifications;

export function NotificationsView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.notification.list.queryOptions());
  const timeZone = useTenantTimeZone();
  const markRead = useMutation(
    trpc.notification.markRead.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.notification.pathKey() }),
    }),
  );

  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState message={list.error.message} onRetry={() => list.refetch()} />;
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold text-tremor-content-strong">{t.title}</h1>
        {list.data.unread > 0 && (
          <button
            type="button"
            onClick={() => markRead.mutate({})}
            className="rounded-md border border-tremor-border bg-white px-3 py-1.5 text-sm hover:bg-tremor-background-subtle"
          >
            {t.markAllRead}
          </button>
        )}
      </div>
      {list.data.items.length === 0 ? (
        <Card>
          <p className="text-sm text-tremor-content">{t.empty}</p>
        </Card>
      ) : (
        <ul className="space-y-2" data-testid="notifications">
          {list.data.items.map((item) => (
            <li key={item.id}>
              <Card className={item.readAt ? "opacity-70" : "border-l-4 border-l-tremor-brand"}>
                <div className="flex items-start justify-between gap-4">
                  <div>
                    <p className="font-medium text-tremor-content-strong">{item.title}</p>
                    <p className="mt-1 whitespace-pre-line text-sm text-tremor-content">{item.body}</p>
                    <p className="mt-1 text-xs text-tremor-content-subtle">
                      {formatDateTime(item.createdAt, timeZone)}
                    </p>
                  </div>
                  <div className="flex shrink-0 gap-3 text-sm">
                    {item.link && (
                      <Link href={item.link} className="text-tremor-brand hover:underline">
                        {t.open}
                      </Link>
                    )}
                    {!item.readAt && (
                      <button
                        type="button"
                        className="text-tremor-content hover:underline"
                        onClick={() => markRead.mutate({ ids: [item.id] })}
                      >
                        {t.markRead}
                      </button>
                    )}
                  </div>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
