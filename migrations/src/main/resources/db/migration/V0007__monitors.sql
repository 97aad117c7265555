-- Monitors: rules per deployment evaluated on a schedule by the leader; alerts: their firing →
-- resolved lifecycle with evidence; webhooks and the notifications sent (signed, retried) to them.
CREATE TABLE monitor (
    id             BIGSERIAL   PRIMARY KEY,
    tenant         TEXT        NOT NULL REFERENCES tenant (slug),
    deployment_id  BIGINT      NOT NULL REFERENCES deployment (id),
    name           TEXT        NOT NULL CHECK (name ~ '^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$'),
    kind           TEXT        NOT NULL CHECK (kind IN ('latency', 'error_rate', 'drift', 'no_traffic')),
    quantile       DOUBLE PRECISION,
    threshold      DOUBLE PRECISION,
    min_columns    INTEGER,
    columns        JSONB       NOT NULL DEFAULT '[]'::jsonb,
    window_seconds INTEGER     NOT NULL CHECK (window_seconds BETWEEN 60 AND 2678400),
    enabled        BOOLEAN     NOT NULL DEFAULT true,
    created_by     TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    evaluated_at   TIMESTAMPTZ,
    last_state     TEXT,
    row_version    BIGINT      NOT NULL DEFAULT 0,
    deleted        BOOLEAN     NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX monitor_name ON monitor (deployment_id, name) WHERE NOT deleted;

CREATE TABLE alert (
    id             BIGSERIAL   PRIMARY KEY,
    tenant         TEXT        NOT NULL REFERENCES tenant (slug),
    monitor_id     BIGINT      NOT NULL REFERENCES monitor (id),
    deployment_id  BIGINT      NOT NULL REFERENCES deployment (id),
    state          TEXT        NOT NULL CHECK (state IN ('firing', 'resolved')),
    fired_at       TIMESTAMPTZ NOT NULL,
    resolved_at    TIMESTAMPTZ,
    value          DOUBLE PRECISION,
    threshold      DOUBLE PRECISION,
    evidence       JSONB       NOT NULL,
    resolution     JSONB
);
-- At most one firing alert per monitor, however many evaluations race.
CREATE UNIQUE INDEX alert_one_firing ON alert (monitor_id) WHERE state = 'firing';
CREATE INDEX alert_tenant_time ON alert (tenant, fired_at);

CREATE TABLE webhook (
    id             BIGSERIAL   PRIMARY KEY,
    tenant         TEXT        NOT NULL REFERENCES tenant (slug),
    url            TEXT        NOT NULL CHECK (url ~ '^https?://'),
    secret         TEXT        NOT NULL,
    created_by     TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    deleted        BOOLEAN     NOT NULL DEFAULT false
);

CREATE TABLE notification (
    id             BIGSERIAL   PRIMARY KEY,
    tenant         TEXT        NOT NULL REFERENCES tenant (slug),
    webhook_id     BIGINT      NOT NULL REFERENCES webhook (id),
    alert_id       BIGINT      NOT NULL REFERENCES alert (id),
    event          TEXT        NOT NULL CHECK (event IN ('alert.firing', 'alert.resolved')),
    payload        JSONB       NOT NULL,
    attempts       INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    delivered_at   TIMESTAMPTZ,
    failed         BOOLEAN     NOT NULL DEFAULT false,
    last_status    INTEGER,
    last_error     TEXT
);
CREATE INDEX notification_due ON notification (next_attempt_at) WHERE delivered_at IS NULL AND NOT failed;

-- A baseline's drift profile, built once per baseline upload (keyed by its digest).
CREATE TABLE baseline_profile (
    version_id     BIGINT      PRIMARY KEY REFERENCES model_version (id),
    tenant         TEXT        NOT NULL REFERENCES tenant (slug),
    sha256         TEXT        NOT NULL,
    profile        BYTEA       NOT NULL,
    problems       JSONB       NOT NULL DEFAULT '[]'::jsonb,
    built_at       TIMESTAMPTZ NOT NULL
);

GRANT SELECT, INSERT, UPDATE ON monitor, alert, webhook, notification, baseline_profile TO ${appRole};
GRANT USAGE ON SEQUENCE monitor_id_seq, alert_id_seq, webhook_id_seq, notification_id_seq TO ${appRole};

DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['monitor', 'alert', 'webhook', 'notification', 'baseline_profile'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (tenant = current_setting(''modelplane.tenant'', true))'
                       ' WITH CHECK (tenant = current_setting(''modelplane.tenant'', true))', t || '_tenant_isolation', t);
    END LOOP;
END $$;

-- The leader evaluates monitors and delivers notifications across tenants: owner-defined lists of
-- keys only.
CREATE FUNCTION monitors_to_evaluate() RETURNS TABLE (tenant TEXT, id BIGINT)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT m.tenant, m.id FROM monitor m JOIN deployment d ON d.id = m.deployment_id
     WHERE m.enabled AND NOT m.deleted AND d.state = 'active' ORDER BY m.tenant, m.id
$$;
REVOKE ALL ON FUNCTION monitors_to_evaluate() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION monitors_to_evaluate() TO ${appRole};

CREATE FUNCTION notifications_due(due_before TIMESTAMPTZ) RETURNS TABLE (tenant TEXT, id BIGINT)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT tenant, id FROM notification
     WHERE delivered_at IS NULL AND NOT failed AND next_attempt_at <= due_before
     ORDER BY next_attempt_at LIMIT 500
$$;
REVOKE ALL ON FUNCTION notifications_due(TIMESTAMPTZ) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION notifications_due(TIMESTAMPTZ) TO ${appRole};
