"use client";

import type { RouterOutputs } from "@shelfloop/api";
import { Badge } from "@tremor/react";
import { remainingLabel } from "~/components/remaining-label";
import { format, messages } from "~/i18n";

const t = messages.receiving;

type Planned = Extract<RouterOutputs["stock"]["previewReceipt"], { ok: true }>;

/** What receiving will record: the expiry date, days left and the tier the batch starts in. */
export function ReceiptOutcome({ plan }: { plan: Planned }) {
  return (
    <p
      className="flex flex-wrap items-center gap-2 text-sm text-tremor-content-strong"
      data-testid="receipt-outcome"
    >
      <span>
        {format(t.willBe, {
          expiry:
            plan.derived === "shelf-life" ? `${plan.expiryDate}（${t.derivedExpiry}）` : plan.expiryDate,
          remaining: remainingLabel(plan.remainingDays),
        })}
      </span>
      <Badge color={plan.tier.color}>{plan.tier.name}</Badge>
    </p>
  );
}
