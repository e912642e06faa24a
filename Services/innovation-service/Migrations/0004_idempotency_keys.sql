-- Idempotency-Key on POST (docs/decisions/0006-idempotency-keys.md): the first answer to a key is
-- kept for 24 hours and replayed for the same request; the same key with another request is 422.
-- Keys belong to one caller (authority and subject); row-level security as for every tenant table.
CREATE TABLE idempotency_keys (
    authority_id uuid NOT NULL,
    subject text NOT NULL,
    key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    request_hash text NOT NULL,
    -- NULL while the first request is still being answered.
    status integer,
    content_type text,
    location text,
    etag text,
    -- The answer's body (JSON, so text).
    body text,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (authority_id, subject, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY idempotency_keys_tenant ON idempotency_keys
    USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
    WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
