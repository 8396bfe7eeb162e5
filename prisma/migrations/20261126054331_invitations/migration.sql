-- CreateTable
CREATE TABLE "invitations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "role" "Role" NOT NULL,
    "warehouse_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "accepted_at" TIMESTAMPTZ(3),
    "accepted_by_id" UUID,
    "revoked_at" TIMESTAMPTZ(3),
    "invited_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invitations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations"("token_hash");

-- CreateIndex
CREATE INDEX "invitations_tenant_id_created_at_idx" ON "invitations"("tenant_id", "created_at");

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: a tenant sees and writes only its own invitations.
GRANT SELECT, INSERT, UPDATE ON invitations TO shelfloop_app;
SELECT app_isolate_tenant_table('invitations');

ALTER TABLE invitations
  ADD CONSTRAINT invitations_contact CHECK (email IS NOT NULL OR phone IS NOT NULL),
  ADD CONSTRAINT invitations_not_owner CHECK (role <> 'OWNER');

-- Someone opening an invitation link is not in any tenant yet, so RLS hides the invitation. This
-- definer function reveals exactly one invitation to whoever holds its token (the caller passes the
-- token's SHA-256), with the tenant's name and timezone to show on the page.
CREATE FUNCTION app_invitation_by_token_hash(hash text)
  RETURNS TABLE (id uuid, tenant_id uuid, tenant_name text, tenant_timezone text, email text, phone text, role "Role",
                 expires_at timestamptz, accepted_at timestamptz, revoked_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT i.id, i.tenant_id, t.name, t.timezone, i.email, i.phone, i.role, i.expires_at, i.accepted_at, i.revoked_at
      FROM invitations i JOIN tenants t ON t.id = i.tenant_id
     WHERE i.token_hash = hash
  $$;
REVOKE ALL ON FUNCTION app_invitation_by_token_hash(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_invitation_by_token_hash(text) TO shelfloop_app;
