-- The audit log of administrative and security events. Append-only: rows are written in the
-- same transaction as the change they record, and never changed or removed afterwards. Details
-- never hold secrets or tokens.
CREATE TABLE audit_events (
    id uuid PRIMARY KEY,
    authority_id uuid NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    -- The `sub` of whoever acted (`client:<client_id>` for a machine client).
    actor text NOT NULL CHECK (length(actor) BETWEEN 1 AND 300),
    -- `<object>.<verb>`, e.g. `client.created`, `client.authentication_failures`.
    action text NOT NULL CHECK (action ~ '^[a-z_]+\.[a-z_]+$'),
    target text CHECK (length(target) <= 300),
    details jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(details) = 'object')
);

-- Listing: newest first, optionally one action, keyset-paginated on (occurred_at, id).
CREATE INDEX audit_events_authority_occurred ON audit_events (authority_id, occurred_at DESC, id DESC);
CREATE INDEX audit_events_authority_action ON audit_events (authority_id, action, occurred_at DESC, id DESC);

-- Append-only, for the service's own role too (it owns the table, so privileges alone would not
-- stop it): UPDATE, DELETE and TRUNCATE are refused by triggers.
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_events_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();

-- Row-level security as for organisations (0002).
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_events_tenant ON audit_events
    USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
    WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
