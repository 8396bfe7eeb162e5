import { appRouter, createCallerFactory, createTRPCContext } from "@shelfloop/api";
import { database } from "@shelfloop/db";
import { redirect } from "next/navigation";
import { getSession } from "./auth";

const createCaller = createCallerFactory(appRouter);

/** tRPC caller for server components, as the signed-in member; no session means sign in first. */
export async function serverCaller() {
  const session = await getSession();
  if (!session) redirect("/sign-in");
  return createCaller(
    createTRPCContext({
      db: database(),
      session: { userId: session.user.id, tenantId: session.user.tenantId },
    }),
  );
}
