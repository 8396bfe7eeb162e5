"use client";

import { hasRole } from "@shelfloop/core";
import { useQuery } from "@tanstack/react-query";
import { Card, Text } from "@tremor/react";
import Link from "next/link";
import { useState } from "react";
import { ErrorState, LoadingState } from "~/components/query-state";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { CsvPanel } from "./csv-panel";
import { ManualPanel } from "./manual-panel";
import type { ReceivedRow } from "./received-row";
import { ReceivedRows } from "./received-rows";
import { ScanPanel } from "./scan-panel";
import { useReceivingWarehouse } from "./use-receiving-warehouse";

const t = messages.receiving;
const MODES = ["scan", "manual", "csv"] as const;
type Mode = (typeof MODES)[number];

export function ReceivingView() {
  const trpc = useTRPC();
  const member = useQuery(trpc.tenant.current.queryOptions());
  // Archived warehouses are not listed: stock only arrives in warehouses still in use.
  const warehouses = useQuery(trpc.warehouse.list.queryOptions());
  const { warehouseId, choose } = useReceivingWarehouse(warehouses.data ?? []);
  const [mode, setMode] = useState<Mode>("scan");
  const [received, setReceived] = useState<ReceivedRow[]>([]);
  const add = (rows: ReceivedRow[]) => setReceived((current) => [...rows, ...current]);

  if (member.isPending || warehouses.isPending) return <LoadingState />;
  if (warehouses.isError) {
    return <ErrorState message={warehouses.error.message} onRetry={() => warehouses.refetch()} />;
  }
  const canReceive = member.data ? hasRole(member.data.role, "STAFF") : false;
  const canOverride = member.data ? hasRole(member.data.role, "MANAGER") : false;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-tremor-content-strong">{t.title}</h1>
        <Text>{t.subtitle}</Text>
      </div>
      {!canReceive ? (
        <Text>{t.readOnly}</Text>
      ) : warehouses.data.length === 0 ? (
        <Card>
          <Text>
            <Link href="/settings/warehouses" className="text-tremor-brand hover:underline">
              {t.noWarehouses}
            </Link>
          </Text>
        </Card>
      ) : (
        <Card className="space-y-5">
          <div className="flex flex-wrap items-end gap-6">
            <label className="text-sm text-tremor-content-emphasis">
              {t.warehouse}
              <select
                value={warehouseId}
                onChange={(event) => choose(event.target.value)}
                className="ml-2 rounded-tremor-small border border-tremor-border px-2 py-1.5 text-sm"
              >
                {warehouseId === "" && <option value="">{t.chooseWarehouse}</option>}
                {warehouses.data.map((warehouse) => (
                  <option key={warehouse.id} value={warehouse.id}>
                    {warehouse.code} {warehouse.name}
                  </option>
                ))}
              </select>
            </label>
            <div role="tablist" className="flex gap-1 rounded-md bg-tremor-background-subtle p-1">
              {MODES.map((option) => (
                <button
                  key={option}
                  type="button"
                  role="tab"
                  aria-selected={mode === option}
                  onClick={() => setMode(option)}
                  className={`rounded px-3 py-1 text-sm ${mode === option ? "bg-white font-medium text-tremor-brand-emphasis shadow-sm" : "text-tremor-content hover:text-tremor-content-strong"}`}
                >
                  {t.modes[option]}
                </button>
              ))}
            </div>
          </div>
          {warehouseId === "" ? (
            <Text>{t.chooseWarehouse}</Text>
          ) : mode === "scan" ? (
            <ScanPanel
              key={warehouseId}
              warehouseId={warehouseId}
              canOverride={canOverride}
              onReceived={(row) => add([row])}
            />
          ) : mode === "manual" ? (
            <ManualPanel
              key={warehouseId}
              warehouseId={warehouseId}
              canOverride={canOverride}
              onReceived={(row) => add([row])}
            />
          ) : (
            <CsvPanel key={warehouseId} warehouseId={warehouseId} onReceived={add} />
          )}
        </Card>
      )}
      {canReceive && <ReceivedRows rows={received} />}
    </div>
  );
}
