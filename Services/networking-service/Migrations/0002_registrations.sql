-- Organisations registered for a meeting. The organisation lives in contacts-service (another
-- schema, not readable from here): its existence is checked over HTTP at registration and its
-- legal name kept as organisation_name, as it was then.
--
-- Counting: a meeting's `capacity` is in seats, so a registration takes `attendees` seats and
-- the sum of attendees may not exceed the capacity. The API's `registered_count` is the number
-- of registrations (organisations), not the number of attendees.
--
-- Overbooking: registering locks the meeting row (SELECT ... FOR UPDATE), sums the attendees,
-- inserts and bumps the meeting's version in one transaction, so concurrent registrations for
-- one meeting take turns and cannot together exceed the capacity.

CREATE TABLE registrations (
    id uuid PRIMARY KEY,
    authority_id uuid NOT NULL,
    meeting_id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    organisation_name text,
    attendees integer NOT NULL DEFAULT 1 CHECK (attendees BETWEEN 1 AND 10),
    -- The `sub` of the caller who registered.
    registered_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT registrations_meeting_fkey FOREIGN KEY (authority_id, meeting_id)
        REFERENCES meetings (authority_id, id) ON DELETE CASCADE,
    -- An organisation registers once per meeting (a second attempt answers 409).
    CONSTRAINT registrations_meeting_organisation_unique UNIQUE (meeting_id, organisation_id)
);

-- Listing a meeting's registrations oldest first, keyset-paginated on (created_at, id); also
-- serves the foreign key and the per-meeting counts and sums.
CREATE INDEX registrations_authority_meeting_created ON registrations (authority_id, meeting_id, created_at, id);

-- Second wall, as for meetings: only the rows of the transaction's `app.authority_id`.
ALTER TABLE registrations ENABLE ROW LEVEL SECURITY;
ALTER TABLE registrations FORCE ROW LEVEL SECURITY;
CREATE POLICY registrations_tenant ON registrations
    USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
    WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
