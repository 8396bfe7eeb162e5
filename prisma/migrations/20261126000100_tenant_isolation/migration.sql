-- Tenant isolation, enforced by PostgreSQL rather than by application code.
--
-- The application runs every transaction as shelfloop_app (SET LOCAL ROLE), a role that is not a
-- superuser and cannot bypass row-level security. Login roles are granted membership in it.
-- Policies read transaction-local settings made by the tenant-scoped accessor:
--   app.tenant_id  the tenant of the request
--   app.user_id    the signed-in user (lets a user see their own memberships and tenants)
--   app.login      the email/phone typed at sign-in (lets sign-in find exactly that user row)

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'shelfloop_app') THEN
    CREATE ROLE shelfloop_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO shelfloop_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON tenants, users, memberships, warehouses, products, batches TO shelfloop_app;
-- The stock ledger and the audit log are append-only for the application.
GRANT SELECT, INSERT ON stock_movements, audit_logs TO shelfloop_app;

CREATE FUNCTION app_setting_uuid(name text) RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting(name, true), '')::uuid $$;

CREATE FUNCTION app_tenant_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT app_setting_uuid('app.tenant_id') $$;

CREATE FUNCTION app_user_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT app_setting_uuid('app.user_id') $$;

-- Tables owned by one tenant: visible and writable only inside that tenant. Later migrations call
-- this for every new tenant-owned table.
CREATE FUNCTION app_isolate_tenant_table(owned regclass) RETURNS void
  LANGUAGE plpgsql
  AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', owned);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', owned);
  EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (tenant_id = app_tenant_id()) '
                 'WITH CHECK (tenant_id = app_tenant_id())', owned);
END
$$;
REVOKE ALL ON FUNCTION app_isolate_tenant_table(regclass) FROM PUBLIC;

SELECT app_isolate_tenant_table(t)
  FROM unnest(ARRAY['warehouses', 'products', 'batches', 'stock_movements', 'audit_logs']::regclass[]) AS t;

-- Memberships: a tenant sees its members; a user also sees their own memberships (tenant switcher, sign-in).
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON memberships
  USING (tenant_id = app_tenant_id() OR user_id = app_user_id())
  WITH CHECK (tenant_id = app_tenant_id());

-- Tenants: the current tenant, and the tenants the signed-in user belongs to (names only matter).
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants
  USING (
    id = app_tenant_id()
    OR EXISTS (SELECT 1 FROM memberships m WHERE m.tenant_id = tenants.id AND m.user_id = app_user_id())
  )
  WITH CHECK (id = app_tenant_id());

-- Users are global; a user row is visible to the user, to tenants they belong to, and to the
-- sign-in that names its email or phone. Only the user may write their own row.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
CREATE POLICY user_visibility ON users
  USING (
    id = app_user_id()
    OR (NULLIF(current_setting('app.login', true), '') IS NOT NULL
        AND (lower(email) = current_setting('app.login', true) OR phone = current_setting('app.login', true)))
    OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id AND m.tenant_id = app_tenant_id())
  )
  WITH CHECK (id = app_user_id());

-- Integrity the schema language cannot express.
ALTER TABLE products
  ADD CONSTRAINT products_shelf_life_positive CHECK (shelf_life_days > 0),
  ADD CONSTRAINT products_money_non_negative CHECK (cost_fen >= 0 AND list_price_fen >= 0);

ALTER TABLE batches
  ADD CONSTRAINT batches_dates_ordered CHECK (expiry_date >= production_date),
  ADD CONSTRAINT batches_qty_received_positive CHECK (qty_received > 0),
  ADD CONSTRAINT batches_qty_on_hand_non_negative CHECK (qty_on_hand >= 0),
  ADD CONSTRAINT batches_qty_reserved_within_on_hand CHECK (qty_reserved >= 0 AND qty_reserved <= qty_on_hand);

ALTER TABLE stock_movements
  ADD CONSTRAINT stock_movements_quantity_non_zero CHECK (quantity <> 0);

-- Case-insensitive email identity: sign-in lowercases, and so must uniqueness.
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));
