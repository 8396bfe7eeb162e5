"use client";

import { hasRole, type Role } from "@shelfloop/core";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

/** The signed-in member: the query, whether their role reaches `minimum`, and the tenant's timezone. */
export function useMember() {
  const trpc = useTRPC();
  const member = useQuery(trpc.tenant.current.queryOptions());
  const role = member.data?.role;
  return {
    member,
    can: (minimum: Role) => (role ? hasRole(role, minimum) : false),
    timeZone: member.data?.timezone ?? "Asia/Shanghai",
  };
}
