-- Deployments: desired state of what serves, as immutable revisions; the reconciler makes the runtime match.
CREATE TABLE deployment (
    id                BIGSERIAL   PRIMARY KEY,
    tenant            TEXT        NOT NULL REFERENCES tenant (slug),
    name              TEXT        NOT NULL CHECK (name ~ '^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$'),
    environment       TEXT        NOT NULL CHECK (environment IN ('dev', 'staging', 'prod')),
    backend           TEXT        NOT NULL CHECK (backend IN ('kubernetes', 'local')),
    state             TEXT        NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'deleting', 'deleted')),
    current_revision  INTEGER     NOT NULL,            -- the newest revision
    stable_revision   INTEGER     NOT NULL,            -- what takes all traffic outside a rollout
    traffic           JSONB       NOT NULL,            -- [{"revision": 3, "weight": 90}, …], weights sum to 100
    warm              JSONB       NOT NULL DEFAULT '[]'::jsonb, -- [{"revision": 2, "until": "…"}]: kept running without traffic
    conditions        JSONB       NOT NULL DEFAULT '[]'::jsonb,
    observed_revision INTEGER,
    runner_sets       JSONB       NOT NULL DEFAULT '[]'::jsonb, -- observed, for the API and UI
    created_at        TIMESTAMPTZ NOT NULL,
    created_by        TEXT        NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    row_version       BIGINT      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX deployment_name ON deployment (tenant, name) WHERE state <> 'deleted';

CREATE TABLE deployment_revision (
    id               BIGSERIAL   PRIMARY KEY,
    tenant           TEXT        NOT NULL REFERENCES tenant (slug),
    deployment_id    BIGINT      NOT NULL REFERENCES deployment (id),
    number           INTEGER     NOT NULL CHECK (number > 0),
    kind             TEXT        NOT NULL CHECK (kind IN ('create', 'update', 'rollback')),
    rollback_to      INTEGER,
    model            TEXT        NOT NULL,
    model_version    INTEGER     NOT NULL,
    alias            TEXT,
    engine           TEXT        NOT NULL,
    artifact_sha256  TEXT        NOT NULL,
    spec             JSONB       NOT NULL,
    reason           TEXT        NOT NULL,
    created_by       TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    UNIQUE (deployment_id, number)
);

-- Revisions are history: never changed, never removed.
CREATE FUNCTION deployment_revision_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'deployment revisions are immutable' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER deployment_revision_immutable BEFORE UPDATE OR DELETE ON deployment_revision
    FOR EACH ROW EXECUTE FUNCTION deployment_revision_immutable();

CREATE TABLE rollout (
    id               BIGSERIAL   PRIMARY KEY,
    tenant           TEXT        NOT NULL REFERENCES tenant (slug),
    deployment_id    BIGINT      NOT NULL REFERENCES deployment (id),
    canary_revision  INTEGER     NOT NULL,
    stable_revision  INTEGER     NOT NULL,
    steps            JSONB       NOT NULL,
    gates            JSONB       NOT NULL,
    step             INTEGER     NOT NULL DEFAULT 0,
    step_started_at  TIMESTAMPTZ NOT NULL,
    state            TEXT        NOT NULL CHECK (state IN ('progressing', 'succeeded', 'aborted')),
    outcome_reason   TEXT        NOT NULL DEFAULT '',
    gate_results     JSONB       NOT NULL DEFAULT '[]'::jsonb,
    started_at       TIMESTAMPTZ NOT NULL,
    finished_at      TIMESTAMPTZ,
    row_version      BIGINT      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX rollout_one_active ON rollout (deployment_id) WHERE state = 'progressing';
CREATE INDEX rollout_deployment ON rollout (deployment_id, id);

-- Inference payloads sampled by the gateway at each deployment's rate (for drift and debugging).
CREATE TABLE payload_sample (
    id               BIGSERIAL   PRIMARY KEY,
    tenant           TEXT        NOT NULL REFERENCES tenant (slug),
    deployment_id    BIGINT      NOT NULL REFERENCES deployment (id),
    revision         INTEGER     NOT NULL,
    sampled_at       TIMESTAMPTZ NOT NULL,
    status           INTEGER     NOT NULL,
    latency_ms       DOUBLE PRECISION NOT NULL,
    request          JSONB       NOT NULL,
    response         JSONB
);
CREATE INDEX payload_sample_lookup ON payload_sample (deployment_id, sampled_at);

GRANT SELECT, INSERT, UPDATE ON deployment, rollout TO ${appRole};
GRANT SELECT, INSERT ON deployment_revision, payload_sample TO ${appRole};
GRANT USAGE ON SEQUENCE deployment_id_seq, deployment_revision_id_seq, rollout_id_seq, payload_sample_id_seq TO ${appRole};

DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['deployment', 'deployment_revision', 'rollout', 'payload_sample'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (tenant = current_setting(''modelplane.tenant'', true))'
                       ' WITH CHECK (tenant = current_setting(''modelplane.tenant'', true))', t || '_tenant_isolation', t);
    END LOOP;
END $$;

-- The reconciler (leader only) must find work across tenants; row-level security hides every tenant's
-- rows from the application role, so this owner-defined function lists just the keys, nothing else.
CREATE FUNCTION deployments_to_reconcile() RETURNS TABLE (tenant TEXT, name TEXT)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT tenant, name FROM deployment WHERE state <> 'deleted' ORDER BY tenant, name
$$;
REVOKE ALL ON FUNCTION deployments_to_reconcile() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION deployments_to_reconcile() TO ${appRole};

-- Rollouts in progress, across tenants, for the rollout controller to evaluate.
CREATE FUNCTION rollouts_in_progress() RETURNS TABLE (tenant TEXT, name TEXT)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT d.tenant, d.name FROM rollout r JOIN deployment d ON d.id = r.deployment_id
     WHERE r.state = 'progressing' ORDER BY d.tenant, d.name
$$;
REVOKE ALL ON FUNCTION rollouts_in_progress() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rollouts_in_progress() TO ${appRole};
