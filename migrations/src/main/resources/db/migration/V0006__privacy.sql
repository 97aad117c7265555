-- Privacy: per-tenant policy (redaction of sampled payloads, retention), PII scans and their
-- findings, and the evidence of erasure requests (GDPR Art. 17).

CREATE TABLE privacy_settings (
    tenant                 TEXT        PRIMARY KEY REFERENCES tenant (slug),
    redaction              TEXT        NOT NULL CHECK (redaction IN ('off', 'mask', 'hash')),
    retention_days         INTEGER     CHECK (retention_days IS NULL OR retention_days BETWEEN 1 AND 3650),
    scan_schedule          JSONB,      -- {"every": "24h", "target": {...}, "entities": [...]}, null = none
    last_scheduled_scan_at TIMESTAMPTZ,
    updated_at             TIMESTAMPTZ NOT NULL,
    updated_by             TEXT        NOT NULL,
    row_version            BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE privacy_scan (
    id             BIGSERIAL   PRIMARY KEY,
    tenant         TEXT        NOT NULL REFERENCES tenant (slug),
    trigger        TEXT        NOT NULL CHECK (trigger IN ('manual', 'schedule')),
    target         JSONB       NOT NULL,
    entities       JSONB,      -- the entity types looked for; null = all
    max_examples   INTEGER     NOT NULL CHECK (max_examples BETWEEN 0 AND 20),
    status         TEXT        NOT NULL CHECK (status IN ('pending', 'running', 'succeeded', 'failed')),
    progress       DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1),
    error          TEXT,
    requested_by   TEXT        NOT NULL,
    requested_at   TIMESTAMPTZ NOT NULL,
    started_at     TIMESTAMPTZ,
    finished_at    TIMESTAMPTZ,
    heartbeat_at   TIMESTAMPTZ NOT NULL, -- the replica holding the scan touches it; stale = lost
    records        BIGINT      NOT NULL DEFAULT 0, -- rows, JSON lines, samples, metadata fields
    values_scanned BIGINT      NOT NULL DEFAULT 0,
    bytes_scanned  BIGINT      NOT NULL DEFAULT 0,
    findings       JSONB       NOT NULL DEFAULT '[]'::jsonb, -- masked examples only, never raw values
    totals         JSONB       NOT NULL DEFAULT '{}'::jsonb,
    upload_path    TEXT        -- an uploaded file waiting to be scanned (removed afterwards)
);
CREATE INDEX privacy_scan_list ON privacy_scan (tenant, id);
CREATE INDEX privacy_scan_open ON privacy_scan (heartbeat_at) WHERE status IN ('pending', 'running');

-- What an erasure request did. The subject itself is never stored: only its keyed hash.
CREATE TABLE erasure_request (
    id                    BIGSERIAL   PRIMARY KEY,
    tenant                TEXT        NOT NULL REFERENCES tenant (slug),
    subject_hash          TEXT        NOT NULL CHECK (subject_hash ~ '^[0-9a-f]{64}$'),
    status                TEXT        NOT NULL CHECK (status IN ('completed')),
    requested_by          TEXT        NOT NULL,
    requested_at          TIMESTAMPTZ NOT NULL,
    completed_at          TIMESTAMPTZ NOT NULL,
    request_id            TEXT,
    samples_deleted       BIGINT      NOT NULL CHECK (samples_deleted >= 0),
    deleted_by_deployment JSONB       NOT NULL  -- {"deployment name": count}
);
CREATE INDEX erasure_request_list ON erasure_request (tenant, id);

-- Evidence is history: never changed, never removed.
CREATE FUNCTION erasure_request_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'erasure evidence is immutable' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER erasure_request_immutable BEFORE UPDATE OR DELETE ON erasure_request
    FOR EACH ROW EXECUTE FUNCTION erasure_request_immutable();

-- The retention purge deletes a tenant's oldest samples.
CREATE INDEX payload_sample_age ON payload_sample (tenant, sampled_at);

GRANT SELECT, INSERT, UPDATE ON privacy_settings, privacy_scan TO ${appRole};
GRANT SELECT, INSERT ON erasure_request TO ${appRole};
GRANT USAGE ON SEQUENCE privacy_scan_id_seq, erasure_request_id_seq TO ${appRole};
-- Samples become deletable (they were SELECT/INSERT only): erasure requests remove a subject's
-- samples and the retention purge removes expired ones. They still cannot be changed (no UPDATE),
-- and row-level security keeps every DELETE inside the tenant of the transaction.
GRANT DELETE ON payload_sample TO ${appRole};

DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['privacy_settings', 'privacy_scan', 'erasure_request'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (tenant = current_setting(''modelplane.tenant'', true))'
                       ' WITH CHECK (tenant = current_setting(''modelplane.tenant'', true))', t || '_tenant_isolation', t);
    END LOOP;
END $$;

-- The leader's retention and schedule jobs must visit every tenant; row-level security hides all
-- rows from the application role, so this owner-defined function lists each tenant's policy only.
CREATE FUNCTION privacy_policies() RETURNS TABLE (
    tenant TEXT, retention_days INTEGER, scan_schedule JSONB, last_scheduled_scan_at TIMESTAMPTZ,
    has_settings BOOLEAN)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT t.slug, s.retention_days, s.scan_schedule, s.last_scheduled_scan_at, s.tenant IS NOT NULL
      FROM tenant t LEFT JOIN privacy_settings s ON s.tenant = t.slug
     ORDER BY t.slug
$$;
REVOKE ALL ON FUNCTION privacy_policies() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION privacy_policies() TO ${appRole};

-- Scans whose replica stopped touching them (it died or restarted), across tenants, for the leader
-- to mark failed.
CREATE FUNCTION privacy_stale_scans(cutoff TIMESTAMPTZ) RETURNS TABLE (tenant TEXT, id BIGINT)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT tenant, id FROM privacy_scan
     WHERE status IN ('pending', 'running') AND heartbeat_at < cutoff
     ORDER BY tenant, id
$$;
REVOKE ALL ON FUNCTION privacy_stale_scans(TIMESTAMPTZ) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION privacy_stale_scans(TIMESTAMPTZ) TO ${appRole};
