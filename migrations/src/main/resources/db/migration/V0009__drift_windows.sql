-- Drift window profiles, built at ingest: every replica profiles the payloads it samples per
-- deployment and minute against the deployment's baseline (frozen bins) and stores closed minutes
-- here; the leader merges each closed hour's minutes (all replicas) into one hour row. Rows are only
-- added: a window's profile is the exact merge of the rows that cover it. `samples` is how many
-- payload samples a row stands for, so a query can check a row against the samples still stored
-- (lost minutes, erasure) and re-profile only what does not add up. A row is only valid for the
-- baseline it was built against (model version + baseline digest).
CREATE TABLE drift_window (
    id                   BIGSERIAL   PRIMARY KEY,
    tenant               TEXT        NOT NULL REFERENCES tenant (slug),
    deployment_id        BIGINT      NOT NULL REFERENCES deployment (id),
    baseline_version_id  BIGINT      NOT NULL REFERENCES model_version (id),
    baseline_sha256      TEXT        NOT NULL,
    resolution           TEXT        NOT NULL CHECK (resolution IN ('minute', 'hour')),
    bucket_start         TIMESTAMPTZ NOT NULL,
    replica              TEXT        NOT NULL,
    samples              BIGINT      NOT NULL CHECK (samples >= 0),
    profile              BYTEA       NOT NULL
);
CREATE INDEX drift_window_lookup ON drift_window (deployment_id, resolution, bucket_start);
CREATE INDEX drift_window_tenant_time ON drift_window (tenant, bucket_start);
-- One roll-up per hour and baseline, however many leaders try.
CREATE UNIQUE INDEX drift_window_one_hour
    ON drift_window (deployment_id, baseline_version_id, baseline_sha256, bucket_start)
    WHERE resolution = 'hour';

-- Counting a window's usable samples per minute (to check stored rows against) reads this index
-- only, never the JSON payloads.
CREATE INDEX payload_sample_drift_count ON payload_sample (deployment_id, sampled_at) WHERE status < 400;

GRANT SELECT, INSERT, DELETE ON drift_window TO ${appRole};
GRANT USAGE ON SEQUENCE drift_window_id_seq TO ${appRole};

ALTER TABLE drift_window ENABLE ROW LEVEL SECURITY;
CREATE POLICY drift_window_tenant_isolation ON drift_window
    USING (tenant = current_setting('modelplane.tenant', true))
    WITH CHECK (tenant = current_setting('modelplane.tenant', true));

-- Closed hours whose minutes are not rolled up yet, across tenants, for the leader's roll-up job.
CREATE FUNCTION drift_hours_to_roll_up(closed_before TIMESTAMPTZ)
    RETURNS TABLE (tenant TEXT, deployment_id BIGINT, baseline_version_id BIGINT,
                   baseline_sha256 TEXT, hour TIMESTAMPTZ)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT DISTINCT m.tenant, m.deployment_id, m.baseline_version_id, m.baseline_sha256,
           date_trunc('hour', m.bucket_start AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
      FROM drift_window m
     WHERE m.resolution = 'minute'
       AND (date_trunc('hour', m.bucket_start AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')
           + interval '1 hour' <= closed_before
       AND NOT EXISTS (SELECT 1 FROM drift_window h
                        WHERE h.resolution = 'hour' AND h.deployment_id = m.deployment_id
                          AND h.baseline_version_id = m.baseline_version_id
                          AND h.baseline_sha256 = m.baseline_sha256
                          AND h.bucket_start = date_trunc('hour', m.bucket_start AT TIME ZONE 'UTC')
                                               AT TIME ZONE 'UTC')
     ORDER BY 1, 2, 3, 4, 5
$$;
REVOKE ALL ON FUNCTION drift_hours_to_roll_up(TIMESTAMPTZ) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION drift_hours_to_roll_up(TIMESTAMPTZ) TO ${appRole};
