"use client";

import type { RouterOutputs } from "@shelfloop/api";
import { hasRole, type Role } from "@shelfloop/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { TableCell, TableRow } from "@tremor/react";
import { useState } from "react";
import { CheckboxGroup } from "~/components/checkbox-group";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";

const t = messages.staff;
const ROLES: Role[] = ["OWNER", "ADMIN", "MANAGER", "STAFF", "VIEWER"];
type Member = RouterOutputs["staff"]["listMembers"][number];

/** One member: role and warehouses editable by those allowed to (the server checks again). */
export function MemberRow({
  member,
  myRole,
  warehouses,
}: {
  member: Member;
  myRole: Role;
  warehouses: readonly { id: string; name: string }[];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Role>(member.role);
  const [warehouseIds, setWarehouseIds] = useState<string[]>(member.warehouseIds);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.staff.listMembers.queryKey() });
  const update = useMutation(trpc.staff.updateMember.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.staff.removeMember.mutationOptions({ onSuccess: refresh }));
  const editable = hasRole(myRole, member.role) && (member.role !== "OWNER" || myRole === "OWNER");
  const changed =
    role !== member.role || [...warehouseIds].sort().join() !== [...member.warehouseIds].sort().join();
  const error = update.error?.message ?? remove.error?.message;

  return (
    <TableRow>
      <TableCell>
        <div className="font-medium text-tremor-content-strong">{member.name}</div>
        <div className="text-xs text-tremor-content">{member.email ?? member.phone}</div>
        {error && (
          <p role="alert" className="mt-1 text-xs text-rose-600">
            {error}
          </p>
        )}
      </TableCell>
      <TableCell>
        {editable ? (
          <select
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
            className="rounded-tremor-small border border-tremor-border px-2 py-1 text-sm"
            aria-label={t.role}
          >
            {ROLES.filter(
              (option) => hasRole(myRole, option) && (option !== "OWNER" || myRole === "OWNER"),
            ).map((option) => (
              <option key={option} value={option}>
                {messages.roles[option]}
              </option>
            ))}
          </select>
        ) : (
          messages.roles[member.role]
        )}
      </TableCell>
      <TableCell className="whitespace-normal">
        {editable ? (
          <CheckboxGroup
            name={`warehouses-${member.id}`}
            options={warehouses}
            selected={warehouseIds}
            onChange={setWarehouseIds}
          />
        ) : member.warehouseIds.length === 0 ? (
          t.allWarehouses
        ) : (
          warehouses
            .filter((w) => member.warehouseIds.includes(w.id))
            .map((w) => w.name)
            .join("、")
        )}
      </TableCell>
      <TableCell className="space-x-3 text-right text-sm">
        {editable && changed && (
          <button
            type="button"
            disabled={update.isPending}
            className="text-tremor-brand hover:underline"
            onClick={() => update.mutate({ id: member.id, role, warehouseIds })}
          >
            {t.save}
          </button>
        )}
        {editable && (
          <button
            type="button"
            className="text-rose-600 hover:underline"
            onClick={() => remove.mutate({ id: member.id })}
          >
            {t.remove}
          </button>
        )}
      </TableCell>
    </TableRow>
  );
}
