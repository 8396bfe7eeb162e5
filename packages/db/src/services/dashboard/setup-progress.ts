import type { Tx } from "../../scope";

/** How far a new tenant has got with setting up: the dashboard's getting-started checklist. */
export async function setupProgress(tx: Tx, tenantId: string) {
  const [warehouses, products, batches, members, alertEndpoints] = await Promise.all([
    tx.warehouse.count({ where: { archivedAt: null } }),
    tx.product.count(),
    tx.batch.count(),
    // Memberships are visible across the user's own tenants, so name this one.
    tx.membership.count({ where: { tenantId } }),
    tx.alertEndpoint.count(),
  ]);
  return { warehouses, products, batches, members, alertEndpoints };
}
