"use client";

import { hasRole } from "@shelfloop/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge, Card, Table, TableBody, TableHead, TableHeaderCell, TableRow, Text } from "@tremor/react";
import { ErrorState, LoadingState } from "~/components/query-state";
import { format, formatDateTime, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { InviteForm } from "./invite-form";
import { MemberRow } from "./member-row";

const t = messages.staff;

export function StaffView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const member = useQuery(trpc.tenant.current.queryOptions());
  const canManage = member.data ? hasRole(member.data.role, "ADMIN") : false;
  const members = useQuery({ ...trpc.staff.listMembers.queryOptions(), enabled: canManage });
  const invitations = useQuery({ ...trpc.staff.listInvitations.queryOptions(), enabled: canManage });
  const warehouses = useQuery(trpc.warehouse.list.queryOptions()).data ?? [];
  const revoke = useMutation(
    trpc.staff.revokeInvitation.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.listInvitations.queryKey() }),
    }),
  );

  if (member.isPending) return <LoadingState />;
  if (!member.data || !canManage) return <Text>{t.adminOnly}</Text>;
  if (members.isPending || invitations.isPending) return <LoadingState />;
  if (members.isError)
    return <ErrorState message={members.error.message} onRetry={() => members.refetch()} />;
  const { role: myRole, timezone } = member.data;
  const now = Date.now();

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-tremor-content-strong">{t.title}</h1>
        <Text>{t.subtitle}</Text>
      </div>
      <Card>
        <h2 className="mb-3 font-medium text-tremor-content-strong">{t.invite}</h2>
        <InviteForm myRole={myRole} warehouses={warehouses} />
      </Card>

      <Card className="p-0">
        <h2 className="px-6 pt-4 font-medium text-tremor-content-strong">{t.members}</h2>
        <Table>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t.contact}</TableHeaderCell>
              <TableHeaderCell>{t.role}</TableHeaderCell>
              <TableHeaderCell>{t.warehouses}</TableHeaderCell>
              <TableHeaderCell />
            </TableRow>
          </TableHead>
          <TableBody data-testid="member-rows">
            {members.data.map((row) => (
              <MemberRow key={row.id} member={row} myRole={myRole} warehouses={warehouses} />
            ))}
          </TableBody>
        </Table>
      </Card>

      <Card>
        <h2 className="mb-3 font-medium text-tremor-content-strong">{t.pending}</h2>
        {revoke.error && (
          <p role="alert" className="mb-2 text-sm text-rose-700">
            {revoke.error.message}
          </p>
        )}
        {(invitations.data ?? []).length === 0 ? (
          <Text>{t.noPending}</Text>
        ) : (
          <ul className="divide-y divide-tremor-border text-sm" data-testid="pending-invitations">
            {(invitations.data ?? []).map((invitation) => (
              <li key={invitation.id} className="flex items-center justify-between gap-3 py-2">
                <span>
                  {invitation.email ?? invitation.phone} · {messages.roles[invitation.role]} ·{" "}
                  {invitation.expiresAt.getTime() <= now ? (
                    <Badge color="gray">{t.expired}</Badge>
                  ) : (
                    format(t.expires, { time: formatDateTime(invitation.expiresAt, timezone) })
                  )}
                </span>
                <button
                  type="button"
                  className="text-rose-600 hover:underline"
                  onClick={() => revoke.mutate({ id: invitation.id })}
                >
                  {t.revoke}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
