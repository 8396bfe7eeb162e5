"use client";

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
import { useState } from "react";
import { PageHeader } from "~/components/page-header";
import { ErrorState, LoadingState } from "~/components/query-state";
import { useMember } from "~/components/use-member";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { LocationsSection } from "./locations-section";
import { type Warehouse, WarehouseForm } from "./warehouse-form";

const t = messages.warehouses;

export function WarehousesView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { member, can } = useMember();
  const canEdit = can("ADMIN");
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Warehouse | "new" | null>(null);
  const list = useQuery(trpc.warehouse.list.queryOptions({ includeArchived: showArchived }));
  // Warehouse pickers elsewhere (batch filters, alerts, staff) read the same data.
  const refresh = () => queryClient.invalidateQueries();
  const save = useMutation(
    trpc.warehouse.save.mutationOptions({
      onSuccess: () => {
        setEditing(null);
        return refresh();
      },
    }),
  );
  const archive = useMutation(trpc.warehouse.setArchived.mutationOptions({ onSuccess: refresh }));

  if (member.isPending || list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState message={list.error.message} onRetry={() => list.refetch()} />;
  return (
    <div className="space-y-4">
      <PageHeader
        title={t.title}
        subtitle={t.subtitle}
        action={canEdit && editing === null ? { label: t.add, onClick: () => setEditing("new") } : null}
      />
      {!canEdit && <Text>{t.adminOnly}</Text>}
      {editing !== null && (
        <Card>
          <WarehouseForm
            key={editing === "new" ? "new" : editing.id}
            warehouse={editing === "new" ? null : editing}
            onSubmit={(input) => save.mutate(input)}
            onCancel={() => setEditing(null)}
            error={save.error}
            pending={save.isPending}
          />
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
      {list.data.length === 0 ? (
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
                <TableHeaderCell>{t.address}</TableHeaderCell>
                <TableHeaderCell>{t.timezone}</TableHeaderCell>
                <TableHeaderCell />
              </TableRow>
            </TableHead>
            <TableBody data-testid="warehouse-rows">
              {list.data.map((warehouse) => (
                <TableRow key={warehouse.id}>
                  <TableCell>{warehouse.code}</TableCell>
                  <TableCell>
                    {warehouse.name} {warehouse.archivedAt && <Badge color="gray">{t.archived}</Badge>}
                  </TableCell>
                  <TableCell>{warehouse.address ?? "—"}</TableCell>
                  <TableCell>{warehouse.timezone ?? member.data?.timezone}</TableCell>
                  <TableCell className="space-x-3 text-right text-sm">
                    {canEdit && (
                      <>
                        <button
                          type="button"
                          className="hover:underline"
                          onClick={() => setEditing(warehouse)}
                        >
                          {t.edit}
                        </button>
                        <button
                          type="button"
                          className="text-tremor-brand hover:underline"
                          onClick={() =>
                            archive.mutate({ id: warehouse.id, archived: !warehouse.archivedAt })
                          }
                        >
                          {warehouse.archivedAt ? t.restore : t.archive}
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
      <LocationsSection canEdit={canEdit} />
    </div>
  );
}
