"use client";

import type { RouterInputs } from "@shelfloop/api";
import { useQuery } from "@tanstack/react-query";
import { Card, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Text } from "@tremor/react";
import { useSearchParams } from "next/navigation";
import { type FormEvent, useState } from "react";
import { FieldError } from "~/components/field-error";
import { PageHeader } from "~/components/page-header";
import { ProductSearch } from "~/components/product-search";
import { ErrorState, LoadingState } from "~/components/query-state";
import { format, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";

const t = messages.inStore.picking;
const input = "mt-1 w-full rounded-tremor-small border border-tremor-border px-2 py-1.5 text-sm";
type PickListInput = RouterInputs["stock"]["pickList"];

/**
 * A printable picking list: which batches an outbound movement of a product takes by FEFO, in
 * location-code order so staff walk one route. A preview: the sale or transfer itself draws again.
 */
export function PickingView() {
  const trpc = useTRPC();
  const params = useSearchParams();
  const warehouses = useQuery(trpc.warehouse.list.queryOptions());
  const [warehouseId, setWarehouseId] = useState(params.get("warehouse") ?? "");
  const [productId, setProductId] = useState(params.get("product") ?? "");
  const [quantity, setQuantity] = useState("");
  const [request, setRequest] = useState<PickListInput | null>(null);
  const chosenWarehouse = warehouseId || warehouses.data?.[0]?.id || "";
  const list = useQuery(
    trpc.stock.pickList.queryOptions(request ?? { warehouseId: "", productId: "", quantity: 1 }, {
      enabled: request !== null,
      retry: false,
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setRequest({ warehouseId: chosenWarehouse, productId, quantity: Number(quantity) });
  }

  if (warehouses.isPending) return <LoadingState />;
  if (warehouses.isError)
    return <ErrorState message={warehouses.error.message} onRetry={() => warehouses.refetch()} />;
  const warehouseName = warehouses.data.find((w) => w.id === request?.warehouseId)?.name ?? "";
  return (
    <div className="space-y-4">
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <Card className="print:hidden">
        <form onSubmit={submit} noValidate aria-label={t.title} className="grid gap-3 md:grid-cols-3">
          <label className="block text-sm text-tremor-content-emphasis">
            {t.warehouse}
            <select
              value={chosenWarehouse}
              onChange={(event) => setWarehouseId(event.target.value)}
              className={input}
            >
              {warehouses.data.map((warehouse) => (
                <option key={warehouse.id} value={warehouse.id}>
                  {warehouse.code} {warehouse.name}
                </option>
              ))}
            </select>
          </label>
          <div className="text-sm text-tremor-content-emphasis">
            {t.product}
            <div className="mt-1">
              <ProductSearch
                searchLabel={t.product}
                selectLabel={t.product}
                noneLabel={t.product}
                selectedId={productId}
                onChange={(product) => setProductId(product?.id ?? "")}
              />
            </div>
          </div>
          <label className="block text-sm text-tremor-content-emphasis">
            {t.quantity}
            <input
              type="number"
              min={1}
              step={1}
              inputMode="numeric"
              value={quantity}
              onChange={(event) => setQuantity(event.target.value)}
              className={input}
            />
          </label>
          <div className="flex items-center gap-3 md:col-span-3">
            <button type="submit" className="rounded-md bg-tremor-brand px-3 py-1.5 text-sm text-white">
              {t.submit}
            </button>
            {list.data && (
              <button
                type="button"
                onClick={() => window.print()}
                className="rounded-md border border-tremor-border px-3 py-1.5 text-sm"
              >
                {t.print}
              </button>
            )}
          </div>
          {list.isError && (
            <div className="md:col-span-3">
              <FieldError message={list.error.message} />
            </div>
          )}
        </form>
      </Card>
      {list.data && (
        <Card className="p-0" data-testid="pick-list">
          <div className="px-6 pt-4">
            <h2 className="font-medium text-tremor-content-strong">
              {t.title} · {warehouseName} · {list.data.requested} {list.data.unit}
            </h2>
            {list.data.short > 0 && (
              <p role="alert" className="text-sm text-rose-700">
                {format(t.short, {
                  available: list.data.available,
                  short: list.data.short,
                  unit: list.data.unit,
                })}
              </p>
            )}
          </div>
          {list.data.lines.length === 0 ? (
            <Text className="px-6 py-6">{t.empty}</Text>
          ) : (
            <Table>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t.columns.location}</TableHeaderCell>
                  <TableHeaderCell>{t.columns.lot}</TableHeaderCell>
                  <TableHeaderCell>{t.columns.expiry}</TableHeaderCell>
                  <TableHeaderCell className="text-right">{t.columns.quantity}</TableHeaderCell>
                  <TableHeaderCell>{t.columns.done}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {list.data.lines.map((line) => (
                  <TableRow key={line.batchId}>
                    <TableCell className="font-mono">
                      {line.locationCode ?? messages.inStore.noLocation}
                      {line.locationName ? ` ${line.locationName}` : ""}
                    </TableCell>
                    <TableCell>{line.lotCode}</TableCell>
                    <TableCell>{line.expiryDate}</TableCell>
                    <TableCell className="text-right">
                      {line.quantity} {list.data.unit}
                    </TableCell>
                    <TableCell>☐</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Card>
      )}
    </div>
  );
}
