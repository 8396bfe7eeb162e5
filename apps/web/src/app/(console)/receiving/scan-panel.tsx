"use client";

import type { AppRouter, RouterOutputs } from "@shelfloop/api";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Text } from "@tremor/react";
import type { TRPCClientErrorLike } from "@trpc/client";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { FieldError, fieldError, formError } from "~/components/field-error";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { ReceiptForm } from "./receipt-form";
import type { ReceivedRow } from "./received-row";
import { UnknownProduct } from "./unknown-product";

const t = messages.receiving;
type ScanResult = RouterOutputs["stock"]["resolveScan"];

/**
 * The scan field, focused and ready: a scanner types the code and Enter (pasting and pressing Enter
 * works the same). The server reads it and the lot's form opens prefilled; once received, the field
 * is cleared and focused again for the next scan.
 */
export function ScanPanel({
  warehouseId,
  canOverride,
  onReceived,
}: {
  warehouseId: string;
  canOverride: boolean;
  onReceived: (row: ReceivedRow) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const field = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState("");
  // The panel exists to scan into: a scanner's keystrokes must land in the field from the start.
  useEffect(() => field.current?.focus(), []);
  // Each scan opens a fresh form, even when the same code is scanned twice.
  const [scans, setScans] = useState(0);
  // A query run on demand; its failures are the tRPC errors fieldError reads.
  const resolve = useMutation<ScanResult, TRPCClientErrorLike<AppRouter>, string>({
    mutationFn: (scanned: string) =>
      queryClient.fetchQuery({
        ...trpc.stock.resolveScan.queryOptions({ warehouseId, code: scanned }),
        staleTime: 0,
        gcTime: 0,
        retry: false,
      }),
    onSuccess: () => setScans((count) => count + 1),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (code.trim()) resolve.mutate(code);
  }
  function next() {
    setCode("");
    resolve.reset();
    field.current?.focus();
  }

  const result = resolve.data;
  const error = fieldError(resolve.error, "code") ?? formError(resolve.error, ["code"]);
  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="flex flex-wrap items-start gap-3">
        <label className="block min-w-72 flex-1 text-sm text-tremor-content-emphasis">
          {t.scanLabel}
          <input
            ref={field}
            name="code"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            className="mt-1 w-full rounded-tremor-small border border-tremor-border px-3 py-2 font-mono text-base"
          />
          <FieldError message={error} />
        </label>
        <button
          type="submit"
          disabled={resolve.isPending}
          className="mt-6 rounded-md border border-tremor-border bg-white px-4 py-2 text-sm hover:bg-tremor-background-subtle disabled:opacity-60"
        >
          {resolve.isPending ? t.resolving : t.resolve}
        </button>
      </form>
      <Text>{t.scanHint}</Text>
      {result && !result.product && <UnknownProduct gtin={result.scan.gtin} warehouseId={warehouseId} />}
      {result?.product && (
        <ReceiptForm
          key={scans}
          warehouseId={warehouseId}
          product={result.product}
          initial={{
            lotCode: result.scan.lot ?? "",
            productionDate: result.scan.productionDate ?? "",
            expiryDate: result.scan.expiryDate ?? "",
            quantity: String(result.quantity),
          }}
          canOverride={canOverride}
          onReceived={(row) => {
            onReceived(row);
            next();
          }}
          onCancel={next}
        />
      )}
    </div>
  );
}
