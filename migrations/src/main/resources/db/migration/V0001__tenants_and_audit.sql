-- Tenants are the directory every tenant-owned row points at. The table is not tenant-owned:
-- the application scopes it (platform admins see all, members see theirs).
CREATE TABLE tenant (
    slug          TEXT        PRIMARY KEY CHECK (slug ~ '^[a-z][a-z0-9-]{1,30}[a-z0-9]$'),
    display_name  TEXT        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    gpu_quota     INTEGER     NOT NULL CHECK (gpu_quota >= 0),
    created_at    TIMESTAMPTZ NOT NULL,
    created_by    TEXT        NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0
);

GRANT SELECT, INSERT, UPDATE ON tenant TO ${appRole};

-- The audit trail: one append-only sequence of events per tenant.
CREATE TABLE audit_event (
    id            BIGSERIAL   PRIMARY KEY,
    tenant        TEXT        NOT NULL REFERENCES tenant (slug),
    occurred_at   TIMESTAMPTZ NOT NULL,
    actor_subject TEXT        NOT NULL,
    actor_name    TEXT,
    client_id     TEXT,
    roles         TEXT        NOT NULL,
    action        TEXT        NOT NULL,
    resource_type TEXT        NOT NULL,
    resource_id   TEXT,
    outcome       TEXT        NOT NULL,
    status        INTEGER     NOT NULL,
    request_id    TEXT,
    source_address TEXT,
    details       JSONB       NOT NULL DEFAULT '{}'::jsonb
);

CREATE INDEX audit_event_tenant_time ON audit_event (tenant, occurred_at);

-- The application may only append to the audit trail.
GRANT SELECT, INSERT ON audit_event TO ${appRole};
GRANT USAGE ON SEQUENCE audit_event_id_seq TO ${appRole};

-- Row-level security: the application role sees and writes only the rows of the tenant named by
-- the per-connection setting modelplane.tenant, so a query that forgets its tenant filter still
-- returns nothing of another tenant. An unset or empty setting matches no row.
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_event_tenant_isolation ON audit_event
    USING (tenant = current_setting('modelplane.tenant', true))
    WITH CHECK (tenant = current_setting('modelplane.tenant', true));
