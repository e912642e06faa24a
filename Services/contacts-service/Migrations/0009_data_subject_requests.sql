-- Data-subject requests (GDPR Art. 15-17) and the retention purge.
--
-- An erasure anonymises the contact person here and, in the same transaction, queues one outbox
-- row per other service; a worker calls each service until it confirms. The outbox holds no
-- personal data (the subjects stay in erasure_requests).

CREATE TABLE erasure_requests (
    id uuid PRIMARY KEY,
    authority_id uuid NOT NULL,
    person_id uuid,
    -- The user ids the person is known by; kept as the record of the request (Art. 5(2)).
    subjects text[] NOT NULL,
    reason text CHECK (length(reason) <= 2000),
    requested_by text NOT NULL,
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'completed')),
    created_at timestamptz NOT NULL DEFAULT now(),
    completed_at timestamptz,
    UNIQUE (authority_id, id)
);
CREATE INDEX erasure_requests_listing ON erasure_requests (authority_id, created_at DESC, id DESC);

CREATE TABLE erasure_outbox (
    id uuid PRIMARY KEY,
    authority_id uuid NOT NULL,
    request_id uuid NOT NULL,
    service text NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error text,
    erased integer,
    completed_at timestamptz,
    FOREIGN KEY (authority_id, request_id) REFERENCES erasure_requests (authority_id, id),
    UNIQUE (request_id, service)
);
CREATE INDEX erasure_outbox_due ON erasure_outbox (next_attempt_at) WHERE completed_at IS NULL;

CREATE TABLE retention_runs (
    id uuid PRIMARY KEY,
    authority_id uuid NOT NULL,
    trigger text NOT NULL CHECK (trigger IN ('schedule', 'manual')),
    started_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    examined integer NOT NULL DEFAULT 0,
    anonymised integer NOT NULL DEFAULT 0
);
CREATE INDEX retention_runs_listing ON retention_runs (authority_id, started_at DESC, id DESC);

-- Row-level security as everywhere. The outbox worker serves every authority: it finds due rows
-- with `app.outbox_worker` set for its transaction only, then acts for each row's authority.
ALTER TABLE erasure_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE erasure_requests FORCE ROW LEVEL SECURITY;
CREATE POLICY erasure_requests_tenant ON erasure_requests
    USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
    WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
ALTER TABLE erasure_outbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE erasure_outbox FORCE ROW LEVEL SECURITY;
CREATE POLICY erasure_outbox_tenant ON erasure_outbox
    USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
    WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
CREATE POLICY erasure_outbox_worker ON erasure_outbox
    USING (current_setting('app.outbox_worker', true) = 'on')
    WITH CHECK (current_setting('app.outbox_worker', true) = 'on');
ALTER TABLE retention_runs ENABLE ROW LEVEL SECURITY;
ALTER TABLE retention_runs FORCE ROW LEVEL SECURITY;
CREATE POLICY retention_runs_tenant ON retention_runs
    USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
    WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
