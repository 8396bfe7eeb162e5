"use client";

import type { RouterOutputs } from "@shelfloop/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Badge,
  Card,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Text,
} from "@tremor/react";
import { type FormEvent, useState } from "react";
import { FieldError, fieldError, formError } from "~/components/field-error";
import { FormFooter } from "~/components/form-footer";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";

const t = messages.inStore.locations;
const input = "mt-1 w-full rounded-tremor-small border border-tremor-border px-2 py-1.5 text-sm";
type Location = RouterOutputs["location"]["list"][number];

/** The locations (bins, shelves, the 临期专区) of one warehouse at a time; admins edit them. */
export function LocationsSection({ canEdit }: { canEdit: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const warehouses = useQuery(trpc.warehouse.list.queryOptions());
  const [chosen, setChosen] = useState("");
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Location | "new" | null>(null);
  const warehouseId = chosen || warehouses.data?.[0]?.id || "";
  const list = useQuery(
    trpc.location.list.queryOptions(
      { warehouseId, includeArchived: showArchived },
      { enabled: !!warehouseId },
    ),
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.location.pathKey() });
  const done = () => {
    setEditing(null);
    return refresh();
  };
  const create = useMutation(trpc.location.create.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.location.update.mutationOptions({ onSuccess: done }));
  const archive = useMutation(trpc.location.archive.mutationOptions({ onSuccess: refresh }));
  const error = editing === "new" ? create.error : update.error;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = {
      code: String(form.get("code") ?? "").trim(),
      name: String(form.get("name") ?? "").trim() || null,
      isClearanceZone: form.get("isClearanceZone") === "on",
    };
    if (editing === "new") create.mutate({ warehouseId, ...values });
    else if (editing) update.mutate({ id: editing.id, ...values });
  }

  return (
    <section id="locations" className="space-y-3" aria-label={t.title}>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <h2 className="text-lg font-semibold text-tremor-content-strong">{t.title}</h2>
          <Text>{t.subtitle}</Text>
        </div>
        <label className="ml-auto text-sm text-tremor-content-emphasis">
          {t.warehouse}
          <select
            value={warehouseId}
            onChange={(event) => {
              setChosen(event.target.value);
              setEditing(null);
            }}
            className={input}
          >
            {(warehouses.data ?? []).map((warehouse) => (
              <option key={warehouse.id} value={warehouse.id}>
                {warehouse.code} {warehouse.name}
              </option>
            ))}
          </select>
        </label>
        {canEdit && editing === null && warehouseId && (
          <button
            type="button"
            onClick={() => setEditing("new")}
            className="rounded-md bg-tremor-brand px-3 py-1.5 text-sm text-white"
          >
            {t.add}
          </button>
        )}
      </div>
      {editing !== null && (
        <Card>
          <form
            key={editing === "new" ? "new" : editing.id}
            onSubmit={submit}
            noValidate
            aria-label={t.add}
            className="grid gap-3 md:grid-cols-3"
          >
            <label className="block text-sm text-tremor-content-emphasis">
              {t.code}
              <input
                name="code"
                defaultValue={editing === "new" ? "" : editing.code}
                placeholder="A-03-2"
                className={`${input} uppercase`}
              />
              <span className="text-xs text-tremor-content">{t.codeHint}</span>
              <FieldError message={fieldError(error, "code")} />
            </label>
            <label className="block text-sm text-tremor-content-emphasis">
              {t.name}
              <input
                name="name"
                defaultValue={editing === "new" ? "" : (editing.name ?? "")}
                className={input}
              />
              <FieldError message={fieldError(error, "name")} />
            </label>
            <label className="flex items-center gap-2 self-center text-sm text-tremor-content-emphasis">
              <input
                type="checkbox"
                name="isClearanceZone"
                defaultChecked={editing !== "new" && editing.isClearanceZone}
              />
              {t.clearanceZone}
            </label>
            <FormFooter
              error={formError(error, ["code", "name"])}
              submitLabel={t.save}
              disabled={create.isPending || update.isPending}
              onCancel={() => setEditing(null)}
              cancelLabel={t.cancel}
              className="md:col-span-3"
            />
          </form>
        </Card>
      )}
      {archive.error && (
        <p role="alert" className="text-sm text-rose-700">
          {archive.error.message}
        </p>
      )}
      <label className="flex items-center gap-2 text-sm text-tremor-content">
        <input
          type="checkbox"
          checked={showArchived}
          onChange={(event) => setShowArchived(event.target.checked)}
        />
        {t.showArchived}
      </label>
      {(list.data ?? []).length === 0 ? (
        <Card>
          <Text>{t.empty}</Text>
        </Card>
      ) : (
        <Card className="p-0">
          <Table>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t.code}</TableHeaderCell>
                <TableHeaderCell>{t.name}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t.stocked}</TableHeaderCell>
                <TableHeaderCell />
              </TableRow>
            </TableHead>
            <TableBody data-testid="location-rows">
              {(list.data ?? []).map((location) => (
                <TableRow key={location.id}>
                  <TableCell className="font-mono">{location.code}</TableCell>
                  <TableCell>
                    {location.name ?? "—"}{" "}
                    {location.isClearanceZone && <Badge color="orange">{t.clearanceZone}</Badge>}{" "}
                    {location.archivedAt && <Badge color="gray">{t.archived}</Badge>}
                  </TableCell>
                  <TableCell className="text-right">{location.stockedBatches}</TableCell>
                  <TableCell className="space-x-3 text-right text-sm">
                    {canEdit && (
                      <>
                        <button
                          type="button"
                          className="hover:underline"
                          onClick={() => setEditing(location)}
                        >
                          {t.edit}
                        </button>
                        <button
                          type="button"
                          className="text-tremor-brand hover:underline"
                          onClick={() => archive.mutate({ id: location.id, archived: !location.archivedAt })}
                        >
                          {location.archivedAt ? t.restore : t.archive}
                        </button>
                      </>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
    </section>
  );
}
