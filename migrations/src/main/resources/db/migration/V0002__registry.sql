-- Per-tenant registry settings: how many admins must approve a promotion to production (four-eyes),
-- and whether several versions of one model may be in production at once.
ALTER TABLE tenant ADD COLUMN production_approvals INTEGER NOT NULL DEFAULT 1 CHECK (production_approvals IN (1, 2));
ALTER TABLE tenant ADD COLUMN multiple_production BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE registered_model (
    id            BIGSERIAL   PRIMARY KEY,
    tenant        TEXT        NOT NULL REFERENCES tenant (slug),
    name          TEXT        NOT NULL CHECK (name ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'),
    description   TEXT        NOT NULL DEFAULT '',
    task          TEXT        NOT NULL,
    tags          JSONB       NOT NULL DEFAULT '{}'::jsonb,
    owner         TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    created_by    TEXT        NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    next_number   INTEGER     NOT NULL DEFAULT 1,
    row_version   BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (tenant, name)
);

CREATE TABLE model_version (
    id               BIGSERIAL   PRIMARY KEY,
    tenant           TEXT        NOT NULL REFERENCES tenant (slug),
    model_id         BIGINT      NOT NULL REFERENCES registered_model (id),
    number           INTEGER     NOT NULL CHECK (number > 0),
    engine           TEXT        NOT NULL CHECK (engine IN ('onnx', 'xgboost', 'pytorch')),
    artifact_sha256  TEXT        NOT NULL CHECK (artifact_sha256 ~ '^[0-9a-f]{64}$'),
    artifact_size    BIGINT      NOT NULL CHECK (artifact_size >= 0),
    signature        JSONB       NOT NULL,
    signature_source TEXT        NOT NULL CHECK (signature_source IN ('declared', 'inspected')),
    metrics          JSONB       NOT NULL DEFAULT '{}'::jsonb,
    parameters       JSONB       NOT NULL DEFAULT '{}'::jsonb,
    lineage          JSONB       NOT NULL DEFAULT '{}'::jsonb,
    description      TEXT        NOT NULL DEFAULT '',
    stage            TEXT        NOT NULL DEFAULT 'none' CHECK (stage IN ('none', 'staging', 'production', 'archived')),
    registered_by    TEXT        NOT NULL,
    registered_at    TIMESTAMPTZ NOT NULL,
    row_version      BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (model_id, number)
);
CREATE INDEX model_version_tenant ON model_version (tenant, model_id);

-- Versions are immutable: only the stage (and the lock counter) may ever change.
CREATE FUNCTION model_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.tenant, NEW.model_id, NEW.number, NEW.engine, NEW.artifact_sha256, NEW.artifact_size, NEW.signature,
        NEW.signature_source, NEW.metrics, NEW.parameters, NEW.lineage, NEW.description, NEW.registered_by,
        NEW.registered_at)
       IS DISTINCT FROM
       (OLD.tenant, OLD.model_id, OLD.number, OLD.engine, OLD.artifact_sha256, OLD.artifact_size, OLD.signature,
        OLD.signature_source, OLD.metrics, OLD.parameters, OLD.lineage, OLD.description, OLD.registered_by,
        OLD.registered_at) THEN
        RAISE EXCEPTION 'model versions are immutable' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER model_version_immutable BEFORE UPDATE ON model_version
    FOR EACH ROW EXECUTE FUNCTION model_version_immutable();

CREATE TABLE model_alias (
    id            BIGSERIAL   PRIMARY KEY,
    tenant        TEXT        NOT NULL REFERENCES tenant (slug),
    model_id      BIGINT      NOT NULL REFERENCES registered_model (id),
    alias         TEXT        NOT NULL CHECK (alias ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'),
    version_number INTEGER    NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    updated_by    TEXT        NOT NULL,
    row_version   BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (model_id, alias)
);

-- Every alias move, kept forever: "which version was champion on date X" is one query.
CREATE TABLE alias_event (
    id            BIGSERIAL   PRIMARY KEY,
    tenant        TEXT        NOT NULL REFERENCES tenant (slug),
    model_id      BIGINT      NOT NULL REFERENCES registered_model (id),
    alias         TEXT        NOT NULL,
    from_version  INTEGER,
    to_version    INTEGER,
    actor         TEXT        NOT NULL,
    occurred_at   TIMESTAMPTZ NOT NULL,
    reason        TEXT        NOT NULL DEFAULT ''
);
CREATE INDEX alias_event_lookup ON alias_event (model_id, alias, occurred_at);

CREATE TABLE stage_transition (
    id            BIGSERIAL   PRIMARY KEY,
    tenant        TEXT        NOT NULL REFERENCES tenant (slug),
    version_id    BIGINT      NOT NULL REFERENCES model_version (id),
    from_stage    TEXT        NOT NULL,
    to_stage      TEXT        NOT NULL,
    actor         TEXT        NOT NULL,
    occurred_at   TIMESTAMPTZ NOT NULL,
    reason        TEXT        NOT NULL DEFAULT '',
    promotion_id  BIGINT
);

CREATE TABLE promotion_request (
    id                 BIGSERIAL   PRIMARY KEY,
    tenant             TEXT        NOT NULL REFERENCES tenant (slug),
    version_id         BIGINT      NOT NULL REFERENCES model_version (id),
    target_stage       TEXT        NOT NULL CHECK (target_stage IN ('staging', 'production', 'archived')),
    state              TEXT        NOT NULL CHECK (state IN ('pending', 'approved', 'rejected', 'cancelled')),
    required_approvals INTEGER     NOT NULL,
    requested_by       TEXT        NOT NULL,
    requested_at       TIMESTAMPTZ NOT NULL,
    reason             TEXT        NOT NULL DEFAULT '',
    decided_at         TIMESTAMPTZ,
    row_version        BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE approval (
    id            BIGSERIAL   PRIMARY KEY,
    tenant        TEXT        NOT NULL REFERENCES tenant (slug),
    promotion_id  BIGINT      NOT NULL REFERENCES promotion_request (id),
    approver      TEXT        NOT NULL,
    decision      TEXT        NOT NULL CHECK (decision IN ('approve', 'reject')),
    comment       TEXT        NOT NULL DEFAULT '',
    occurred_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (promotion_id, approver)
);

CREATE TABLE baseline (
    version_id    BIGINT      PRIMARY KEY REFERENCES model_version (id),
    tenant        TEXT        NOT NULL REFERENCES tenant (slug),
    format        TEXT        NOT NULL CHECK (format IN ('csv', 'jsonl')),
    sha256        TEXT        NOT NULL,
    size          BIGINT      NOT NULL,
    row_count     BIGINT      NOT NULL,
    columns       JSONB       NOT NULL,
    uploaded_by   TEXT        NOT NULL,
    uploaded_at   TIMESTAMPTZ NOT NULL,
    row_version   BIGINT      NOT NULL DEFAULT 0
);

-- A retried POST with the same Idempotency-Key replays the first answer instead of acting twice.
CREATE TABLE idempotency_record (
    tenant        TEXT        NOT NULL,
    key           TEXT        NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    method        TEXT        NOT NULL,
    path          TEXT        NOT NULL,
    status        INTEGER,
    body          TEXT,
    location      TEXT,
    created_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant, key)
);

GRANT SELECT, INSERT, UPDATE ON registered_model, model_version, model_alias, promotion_request, baseline TO ${appRole};
GRANT DELETE ON model_alias TO ${appRole};
GRANT SELECT, INSERT ON alias_event, stage_transition, approval TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_record TO ${appRole};
GRANT USAGE ON SEQUENCE registered_model_id_seq, model_alias_id_seq, model_version_id_seq, alias_event_id_seq, stage_transition_id_seq,
    promotion_request_id_seq, approval_id_seq TO ${appRole};

DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['registered_model', 'model_version', 'model_alias', 'alias_event', 'stage_transition',
                             'promotion_request', 'approval', 'baseline', 'idempotency_record'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (tenant = current_setting(''modelplane.tenant'', true))'
                       ' WITH CHECK (tenant = current_setting(''modelplane.tenant'', true))', t || '_tenant_isolation', t);
    END LOOP;
END $$;
