import { appRouter, createTRPCContext } from "@shelfloop/api";
import { database } from "@shelfloop/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getSession } from "~/server/auth";

async function handler(req: Request) {
  const session = await getSession();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req,
    createContext: () =>
      createTRPCContext({
        db: database(),
        session: session ? { userId: session.user.id, tenantId: session.user.tenantId } : null,
      }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error);
    },
  });
}

export { handler as GET, handler as POST };
