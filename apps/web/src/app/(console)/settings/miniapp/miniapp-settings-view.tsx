"use client";

import { useQuery } from "@tanstack/react-query";
import { Card } from "@tremor/react";
import { PageHeader } from "~/components/page-header";
import { ErrorState, LoadingState } from "~/components/query-state";
import { useMember } from "~/components/use-member";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { MiniappSettingsForm } from "./miniapp-settings-form";

const t = messages.miniapp;

export function MiniappSettingsView() {
  const trpc = useTRPC();
  const { member, can } = useMember();
  const canEdit = can("ADMIN");
  const settings = useQuery({ ...trpc.miniapp.getSettings.queryOptions(), enabled: canEdit });

  if (member.isPending) return <LoadingState />;
  if (!canEdit) return <p className="text-sm text-tremor-content">{t.adminOnly}</p>;
  if (settings.isPending) return <LoadingState />;
  if (settings.isError)
    return <ErrorState message={settings.error.message} onRetry={() => settings.refetch()} />;

  return (
    <div className="space-y-6">
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <Card>
        <MiniappSettingsForm saved={settings.data} />
      </Card>
    </div>
  );
}
