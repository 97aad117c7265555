-- Gateway latency per deployment revision: one DDSketch (1% relative accuracy) with request and error
-- counts per minute and control-plane replica, rolled up per hour by the leader. Rows are only ever
-- added (a replica may write a minute twice when a late request arrives): a window's answer is the
-- exact merge of all rows that cover it.
CREATE TABLE latency_bucket (
    id             BIGSERIAL   PRIMARY KEY,
    tenant         TEXT        NOT NULL REFERENCES tenant (slug),
    deployment_id  BIGINT      NOT NULL REFERENCES deployment (id),
    revision       INTEGER     NOT NULL,
    resolution     TEXT        NOT NULL CHECK (resolution IN ('minute', 'hour')),
    bucket_start   TIMESTAMPTZ NOT NULL,
    replica        TEXT        NOT NULL,
    requests       BIGINT      NOT NULL CHECK (requests >= 0),
    errors         BIGINT      NOT NULL CHECK (errors >= 0 AND errors <= requests),
    sketch         BYTEA       NOT NULL
);
CREATE INDEX latency_bucket_lookup ON latency_bucket (deployment_id, resolution, bucket_start);
-- One roll-up per hour and revision, however many leaders try.
CREATE UNIQUE INDEX latency_bucket_one_hour ON latency_bucket (deployment_id, revision, bucket_start)
    WHERE resolution = 'hour';

GRANT SELECT, INSERT, DELETE ON latency_bucket TO ${appRole};
GRANT USAGE ON SEQUENCE latency_bucket_id_seq TO ${appRole};

ALTER TABLE latency_bucket ENABLE ROW LEVEL SECURITY;
CREATE POLICY latency_bucket_tenant_isolation ON latency_bucket
    USING (tenant = current_setting('modelplane.tenant', true))
    WITH CHECK (tenant = current_setting('modelplane.tenant', true));

-- Closed hours whose minutes are not rolled up yet, across tenants, for the leader's roll-up job.
CREATE FUNCTION latency_hours_to_roll_up(closed_before TIMESTAMPTZ)
    RETURNS TABLE (tenant TEXT, deployment_id BIGINT, revision INTEGER, hour TIMESTAMPTZ)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT DISTINCT m.tenant, m.deployment_id, m.revision, date_trunc('hour', m.bucket_start)
      FROM latency_bucket m
     WHERE m.resolution = 'minute'
       AND date_trunc('hour', m.bucket_start) + interval '1 hour' <= closed_before
       AND NOT EXISTS (SELECT 1 FROM latency_bucket h
                        WHERE h.resolution = 'hour' AND h.deployment_id = m.deployment_id
                          AND h.revision = m.revision
                          AND h.bucket_start = date_trunc('hour', m.bucket_start))
     ORDER BY 1, 2, 3, 4
$$;
REVOKE ALL ON FUNCTION latency_hours_to_roll_up(TIMESTAMPTZ) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION latency_hours_to_roll_up(TIMESTAMPTZ) TO ${appRole};
