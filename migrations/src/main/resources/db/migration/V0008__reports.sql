-- Audit reports for compliance officers: one row per report issued (a job with progress while it is
-- built), holding the rendered document and the signed checkpoint it embeds, so the next report of
-- the tenant can prove its log consistent with this one.
CREATE TABLE report_job (
    id                    BIGSERIAL   PRIMARY KEY,
    tenant                TEXT        NOT NULL REFERENCES tenant (slug),
    kind                  TEXT        NOT NULL CHECK (kind IN ('audit')),
    format                TEXT        NOT NULL CHECK (format IN ('json', 'csv', 'pdf')),
    period_from           TIMESTAMPTZ NOT NULL,
    period_to             TIMESTAMPTZ NOT NULL CHECK (period_to > period_from),
    status                TEXT        NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    progress              INTEGER     NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    section               TEXT,       -- the section being built, for the progress display
    attempts              INTEGER     NOT NULL DEFAULT 0,
    error                 TEXT,
    requested_by          TEXT        NOT NULL,
    requested_at          TIMESTAMPTZ NOT NULL,
    started_at            TIMESTAMPTZ,
    finished_at           TIMESTAMPTZ,
    heartbeat_at          TIMESTAMPTZ NOT NULL, -- the replica holding the job touches it; stale = lost
    -- audit_checkpoint.id, on purpose without a foreign key: a reference would let TRUNCATE of the
    -- append-only checkpoints fail on the key instead of on its trigger (AuditTamperTest).
    checkpoint_id         BIGINT,
    checkpoint_tree_size  BIGINT,
    previous_report_id    BIGINT      REFERENCES report_job (id),
    content_type          TEXT,
    content_sha256        TEXT        CHECK (content_sha256 IS NULL OR content_sha256 ~ '^[0-9a-f]{64}$'),
    content               BYTEA,
    row_version           BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX report_job_list ON report_job (tenant, id);
-- The previous report of a tenant: its newest succeeded one with a checkpoint.
CREATE INDEX report_job_checkpointed ON report_job (tenant, checkpoint_tree_size) WHERE status = 'succeeded';
CREATE INDEX report_job_open ON report_job (heartbeat_at) WHERE status IN ('queued', 'running');

GRANT SELECT, INSERT, UPDATE ON report_job TO ${appRole};
GRANT USAGE ON SEQUENCE report_job_id_seq TO ${appRole};

ALTER TABLE report_job ENABLE ROW LEVEL SECURITY;
CREATE POLICY report_job_tenant_isolation ON report_job
    USING (tenant = current_setting('modelplane.tenant', true))
    WITH CHECK (tenant = current_setting('modelplane.tenant', true));

-- Jobs whose replica stopped touching them (it died or restarted), across tenants, for the leader
-- to run again or give up on.
CREATE FUNCTION report_stale_jobs(cutoff TIMESTAMPTZ) RETURNS TABLE (tenant TEXT, id BIGINT)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT tenant, id FROM report_job
     WHERE status IN ('queued', 'running') AND heartbeat_at < cutoff
     ORDER BY tenant, id
$$;
REVOKE ALL ON FUNCTION report_stale_jobs(TIMESTAMPTZ) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION report_stale_jobs(TIMESTAMPTZ) TO ${appRole};
