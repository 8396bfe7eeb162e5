import { handleStorefront } from "@shelfloop/api";
import { database } from "@shelfloop/db";

// The mini-program's public API: no console session (excluded from the auth proxy); the tenant is the
// slug or mini-program AppID in the path, the consumer a signed token. Logic lives in @shelfloop/api.
type Context = { params: Promise<{ tenant: string; path: string[] }> };

async function handler(request: Request, context: Context) {
  return handleStorefront(request, await context.params, { db: database() });
}

export { handler as GET, handler as OPTIONS, handler as POST };
