import type { Database } from "../../client";
import { withScope } from "../../scope";

/** A storefront's tenant as a public caller may learn it; the version comes along for ETags. */
export interface StorefrontTenant {
  id: string;
  name: string;
  timezone: string;
  priceBookVersion: number;
}

/**
 * The tenant a mini-program request is for, by its slug or its mini-program AppID (through the
 * definer function: the caller has no tenant yet, and RLS hides every tenant row). Null if unknown.
 */
export async function resolveStorefrontTenant(db: Database, key: string): Promise<StorefrontTenant | null> {
  if (key.includes("\u0000")) return null; // no slug or AppID holds one, and Postgres text cannot
  const [tenant] = await withScope(
    db,
    {},
    (tx) =>
      tx.$queryRaw<StorefrontTenant[]>`
      SELECT id::text AS id, name, timezone, price_book_version AS "priceBookVersion"
        FROM app_storefront_tenant(${key})`,
  );
  return tenant ?? null;
}
