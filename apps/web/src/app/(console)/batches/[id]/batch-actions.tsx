"use client";

import type { RouterOutputs } from "@shelfloop/api";
import { hasRole } from "@shelfloop/core";
import { useQuery } from "@tanstack/react-query";
import { Card } from "@tremor/react";
import Link from "next/link";
import { useState } from "react";
import { ExportMovementsButton } from "~/components/export-movements-button";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { AdjustForm } from "./adjust-form";
import { MoveLocationForm } from "./move-location-form";
import { QuarantineForm } from "./quarantine-form";
import { TransferForm } from "./transfer-form";
import { WriteOffForm } from "./write-off-form";

const t = messages.batchActions;
type Action = "adjust" | "writeOff" | "quarantine" | "transfer" | "moveLocation";
type Batch = RouterOutputs["batch"]["get"];

/**
 * What a member may do with the batch, by role (the server checks again): staff adjust and transfer,
 * managers also write off and freeze or release; anyone may export its ledger.
 */
export function BatchActions({ batch }: { batch: Batch }) {
  const trpc = useTRPC();
  const role = useQuery(trpc.tenant.current.queryOptions()).data?.role;
  const [open, setOpen] = useState<Action | null>(null);
  const [done, setDone] = useState(false);
  const isStaff = role !== undefined && hasRole(role, "STAFF");
  const isManager = role !== undefined && hasRole(role, "MANAGER");
  const quarantined = batch.status === "QUARANTINED";
  const available: Action[] = [
    ...(isStaff ? (["adjust", "transfer", "moveLocation"] as const) : []),
    ...(isManager ? (["writeOff"] as const) : []),
    ...(isManager && (batch.status === "ACTIVE" || quarantined) ? (["quarantine"] as const) : []),
  ];
  const label = (action: Action) =>
    action === "moveLocation"
      ? messages.inStore.move.action
      : action === "quarantine" && quarantined
        ? t.release
        : t[action];
  const close = () => setOpen(null);
  const finish = () => {
    setOpen(null);
    setDone(true);
  };
  const form = { onDone: finish, onCancel: close };

  return (
    <Card className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        {available.map((action) => (
          <button
            key={action}
            type="button"
            aria-pressed={open === action}
            onClick={() => {
              setDone(false);
              setOpen(open === action ? null : action);
            }}
            className={`rounded-md border px-3 py-1.5 text-sm ${open === action ? "border-tremor-brand bg-tremor-brand-faint text-tremor-brand-emphasis" : "border-tremor-border bg-white hover:bg-tremor-background-subtle"}`}
          >
            {label(action)}
          </button>
        ))}
        {isStaff && (
          <Link
            href={`/picking?warehouse=${batch.warehouseId}&product=${batch.product.id}`}
            className="text-sm text-tremor-brand hover:underline"
          >
            {messages.inStore.picking.open}
          </Link>
        )}
        <span className="ml-auto">
          <ExportMovementsButton filter={{ batchId: batch.id }} />
        </span>
      </div>
      {done && (
        <p role="status" className="text-sm text-emerald-700">
          {t.done}
        </p>
      )}
      {open === "adjust" && <AdjustForm batchId={batch.id} {...form} />}
      {open === "writeOff" && <WriteOffForm batchId={batch.id} {...form} />}
      {open === "quarantine" && <QuarantineForm batchId={batch.id} quarantined={!quarantined} {...form} />}
      {open === "transfer" && (
        <TransferForm
          batch={{ id: batch.id, productId: batch.product.id, warehouseId: batch.warehouseId }}
          {...form}
        />
      )}
      {open === "moveLocation" && <MoveLocationForm batch={batch} {...form} />}
    </Card>
  );
}
