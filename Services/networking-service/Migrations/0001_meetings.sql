-- Monthly meetings of the local business networks, scheduled by quarter.
-- Every row belongs to one authority (the tenant); every query filters by authority_id.

CREATE TABLE meetings (
    id uuid PRIMARY KEY,
    authority_id uuid NOT NULL,
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    topic text NOT NULL CHECK (length(topic) BETWEEN 1 AND 200),
    description text CHECK (length(description) <= 5000),
    location text CHECK (length(location) <= 300),
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    -- Seats: the sum of the registrations' attendees may not exceed it (checked under a row lock
    -- on the meeting when registering, see 0002_registrations.sql).
    capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
    -- Incremented on every change of the representation, including a new registration (which
    -- changes registered_count); the ETag is this number.
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT meetings_ends_after_start CHECK (ends_at > starts_at),
    -- Target of the registrations' (authority_id, meeting_id) foreign key, so a registration can
    -- only point at a meeting of its own authority.
    CONSTRAINT meetings_authority_id_unique UNIQUE (authority_id, id)
);

-- Listing by period in chronological order, keyset-paginated on (starts_at, id).
CREATE INDEX meetings_authority_starts ON meetings (authority_id, starts_at, id);

-- Second wall: even a query that forgot its authority filter sees only the authority set for the
-- transaction (`app.authority_id`, set by PostgresPool.transaction(authority:)), and nothing when
-- none is set. FORCE applies the policy to the table's owner, the service's own role.
ALTER TABLE meetings ENABLE ROW LEVEL SECURITY;
ALTER TABLE meetings FORCE ROW LEVEL SECURITY;
CREATE POLICY meetings_tenant ON meetings
    USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
    WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
