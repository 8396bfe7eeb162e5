"use client";

import { useQuery } from "@tanstack/react-query";
import { Badge, Card, Text } from "@tremor/react";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";

const t = messages.advisor;

/** 折扣建议: the advisor's smallest sufficient discount for a batch, with its one-sentence reasoning. */
export function MarkdownAdviceCard({ batchId }: { batchId: string }) {
  const trpc = useTRPC();
  const advice = useQuery(trpc.batch.advice.queryOptions({ id: batchId }));
  if (advice.isPending) return null;
  if (advice.isError)
    return (
      <Card>
        <Text className="text-rose-700">{advice.error.message}</Text>
      </Card>
    );
  const a = advice.data;
  if (a.status !== "ok") return null;
  const rung = a.recommendedDiscountPercent;
  const verdict =
    rung === null
      ? t.noDiscount
      : rung === "none-sufficient"
        ? t.noneSufficient
        : t.discount.replace("{percent}", String(rung));
  return (
    <Card data-testid="markdown-advice">
      <div className="flex flex-wrap items-center gap-2">
        <Text className="font-medium text-tremor-content-strong">{t.title}</Text>
        <Badge color={rung === null ? "emerald" : rung === "none-sufficient" ? "rose" : "amber"}>
          {verdict}
        </Badge>
      </div>
      <Text className="mt-2">{a.explanation}</Text>
      <Text className="mt-1 text-xs">
        {t.basis
          .replace("{velocity}", a.velocity.toFixed(1))
          .replace("{elasticity}", a.elasticity.toFixed(1))
          .replace("{current}", String(a.currentDiscountPercent))}
      </Text>
    </Card>
  );
}
