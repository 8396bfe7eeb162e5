import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { ConsoleHeader } from "~/components/console-header";
import { serverCaller } from "~/server/caller";
import { TRPCReactProvider } from "~/trpc/react";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const caller = await serverCaller();
  const member = await caller.tenant.current().catch((error: unknown) => {
    // A session whose membership was removed must sign in again rather than see an error page.
    if (error instanceof TRPCError && (error.code === "FORBIDDEN" || error.code === "UNAUTHORIZED"))
      return null;
    throw error;
  });
  if (!member) redirect("/sign-in");
  return (
    <TRPCReactProvider>
      <ConsoleHeader tenantName={member.tenantName} userName={member.userName} role={member.role} />
      <main className="mx-auto max-w-7xl px-6 py-8">{children}</main>
    </TRPCReactProvider>
  );
}
