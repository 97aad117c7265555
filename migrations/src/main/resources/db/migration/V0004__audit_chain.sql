-- The audit trail becomes a tamper-evident log per tenant: every event gets a gap-free sequence
-- number (its leaf index, from 0) and the RFC 9162 leaf hash of its canonical form, both assigned
-- by the database as the row is inserted, whoever inserts it. Signed checkpoints commit to the
-- tree head at a size. Nothing of either may be changed or removed afterwards.

ALTER TABLE audit_event ADD COLUMN seq BIGINT, ADD COLUMN leaf_hash BYTEA;

-- The size of each tenant's log. Its row is locked by every insert until that insert commits, so
-- sequence numbers are handed out one transaction at a time per tenant, across any number of
-- control-plane replicas, and a rolled-back insert gives its number back.
CREATE TABLE audit_head (
    tenant TEXT   PRIMARY KEY REFERENCES tenant (slug),
    size   BIGINT NOT NULL CHECK (size >= 0)
);

-- The canonical JSON of a jsonb value: compact, object keys in code point order (COLLATE "C" is
-- UTF-8 byte order), scalars as jsonb prints them (strings escaped like to_json(text)). Must agree
-- with io.modelplane.audit.chain.JsonText.
CREATE FUNCTION audit_canonical_json(j JSONB) RETURNS TEXT
    LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = public AS $$
BEGIN
    IF j = '{}'::jsonb THEN
        RETURN '{}';
    END IF;
    -- scalars print canonically as they are; only nested objects and arrays recurse
    CASE jsonb_typeof(j)
        WHEN 'object' THEN
            RETURN '{' || coalesce((SELECT string_agg(to_json(e.key)::text || ':' ||
                                                      CASE WHEN jsonb_typeof(e.value) IN ('object', 'array')
                                                           THEN audit_canonical_json(e.value)
                                                           ELSE e.value::text END,
                                                      ',' ORDER BY e.key COLLATE "C")
                                      FROM jsonb_each(j) AS e), '') || '}';
        WHEN 'array' THEN
            RETURN '[' || coalesce((SELECT string_agg(CASE WHEN jsonb_typeof(a.value) IN ('object', 'array')
                                                           THEN audit_canonical_json(a.value)
                                                           ELSE a.value::text END,
                                                      ',' ORDER BY a.n)
                                      FROM jsonb_array_elements(j) WITH ORDINALITY AS a(value, n)), '') || ']';
        ELSE
            RETURN j::text;
    END CASE;
END $$;

-- The bytes a leaf hash covers (format version 1): one JSON object, keys sorted, no whitespace,
-- every stored field under its column name, time in UTC with six fractional digits.
-- Must agree with io.modelplane.audit.chain.CanonicalForm; docs/audit-verify.md describes it.
CREATE FUNCTION audit_canonical(e audit_event) RETURNS BYTEA
    LANGUAGE sql STABLE SET search_path = public AS $$
    SELECT convert_to(
        '{"action":' || to_json(e.action)::text
        || ',"actor_name":' || coalesce(to_json(e.actor_name)::text, 'null')
        || ',"actor_subject":' || to_json(e.actor_subject)::text
        || ',"client_id":' || coalesce(to_json(e.client_id)::text, 'null')
        || ',"details":' || coalesce(audit_canonical_json(e.details), 'null')
        || ',"occurred_at":"' || to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '"'
        || ',"outcome":' || to_json(e.outcome)::text
        || ',"request_id":' || coalesce(to_json(e.request_id)::text, 'null')
        || ',"resource_id":' || coalesce(to_json(e.resource_id)::text, 'null')
        || ',"resource_type":' || to_json(e.resource_type)::text
        || ',"roles":' || to_json(e.roles)::text
        || ',"seq":' || e.seq::text
        || ',"source_address":' || coalesce(to_json(e.source_address)::text, 'null')
        || ',"status":' || e.status::text
        || ',"tenant":' || to_json(e.tenant)::text
        || ',"v":1}', 'UTF8')
$$;

-- Events recorded before this migration join the log in the order they were written.
UPDATE audit_event e SET seq = n.seq
  FROM (SELECT id, row_number() OVER (PARTITION BY tenant ORDER BY id) - 1 AS seq FROM audit_event) n
 WHERE e.id = n.id;
UPDATE audit_event e SET leaf_hash = sha256('\x00'::bytea || audit_canonical(e));
INSERT INTO audit_head (tenant, size) SELECT tenant, count(*) FROM audit_event GROUP BY tenant;

ALTER TABLE audit_event ALTER COLUMN seq SET NOT NULL, ALTER COLUMN leaf_hash SET NOT NULL;
-- one leaf per index; INCLUDE lets proofs and tree heads read leaf hashes from the index alone
CREATE UNIQUE INDEX audit_event_tenant_seq ON audit_event (tenant, seq) INCLUDE (leaf_hash);

-- Runs as the owner (the application role may not touch audit_head): numbers the event and
-- hashes it. Values the inserter gave for seq or leaf_hash are overwritten.
CREATE FUNCTION audit_event_append() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    INSERT INTO audit_head AS h (tenant, size) VALUES (NEW.tenant, 1)
        ON CONFLICT (tenant) DO UPDATE SET size = h.size + 1
        RETURNING h.size - 1 INTO NEW.seq;
    NEW.leaf_hash := sha256('\x00'::bytea || audit_canonical(NEW));
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION audit_event_append() FROM PUBLIC;
CREATE TRIGGER audit_event_append BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append();

-- The application's group-commit writer appends a whole batch in one round trip: the events as a
-- JSON array, inserted in array order (the trigger numbers them in that order), durably committed
-- whatever the server's synchronous_commit default is. Returns the sequence numbers in order.
-- Runs as the owner: the batch may span tenants, which one per-connection tenant setting could not.
CREATE FUNCTION audit_append(events JSONB) RETURNS SETOF BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM set_config('synchronous_commit', 'on', true);
    RETURN QUERY
    INSERT INTO audit_event (tenant, occurred_at, actor_subject, actor_name, client_id, roles, action,
                             resource_type, resource_id, outcome, status, request_id, source_address, details)
    SELECT e->>'tenant', (e->>'occurred_at')::timestamptz, e->>'actor_subject', e->>'actor_name',
           e->>'client_id', e->>'roles', e->>'action', e->>'resource_type', e->>'resource_id',
           e->>'outcome', (e->>'status')::integer, e->>'request_id', e->>'source_address',
           coalesce(e->'details', '{}'::jsonb)
      FROM jsonb_array_elements(events) WITH ORDINALITY AS x(e, n)
     ORDER BY x.n
    RETURNING seq;
END $$;
REVOKE ALL ON FUNCTION audit_append(JSONB) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_append(JSONB) TO ${appRole};

-- Signed checkpoints: the tree head of a tenant's log at one size, signed with the log's Ed25519
-- key over the note text (origin, size, base64 root, "time …"), one per size.
CREATE TABLE audit_checkpoint (
    id         BIGSERIAL   PRIMARY KEY,
    tenant     TEXT        NOT NULL REFERENCES tenant (slug),
    tree_size  BIGINT      NOT NULL CHECK (tree_size >= 0),
    root_hash  BYTEA       NOT NULL CHECK (octet_length(root_hash) = 32),
    origin     TEXT        NOT NULL,
    signed_at  TIMESTAMPTZ NOT NULL,
    key_id     TEXT        NOT NULL,
    signature  BYTEA       NOT NULL,
    created_by TEXT        NOT NULL,
    UNIQUE (tenant, tree_size)
);

-- Append-only, for every role: UPDATE, DELETE and TRUNCATE are refused even for the owner. An owner
-- can still disable these triggers; that is the tampering the verifier exists to catch.
CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

GRANT SELECT ON audit_head TO ${appRole};
GRANT SELECT, INSERT ON audit_checkpoint TO ${appRole};
GRANT USAGE ON SEQUENCE audit_checkpoint_id_seq TO ${appRole};

ALTER TABLE audit_head ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_head_tenant_isolation ON audit_head
    USING (tenant = current_setting('modelplane.tenant', true));
ALTER TABLE audit_checkpoint ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_checkpoint_tenant_isolation ON audit_checkpoint
    USING (tenant = current_setting('modelplane.tenant', true))
    WITH CHECK (tenant = current_setting('modelplane.tenant', true));

-- The checkpoint job (leader only) must find the logs that grew since their last checkpoint across
-- tenants; row-level security hides them from the application role, so the owner lists just that.
CREATE FUNCTION audit_logs_to_checkpoint() RETURNS TABLE (tenant TEXT, size BIGINT)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT h.tenant, h.size FROM audit_head h
     WHERE h.size > coalesce((SELECT max(c.tree_size) FROM audit_checkpoint c WHERE c.tenant = h.tenant), 0)
     ORDER BY h.tenant
$$;
REVOKE ALL ON FUNCTION audit_logs_to_checkpoint() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_logs_to_checkpoint() TO ${appRole};
