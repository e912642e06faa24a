-- Sharing contacts with SMEs: cooperation agreements, access requests, grants (the right to
-- reveal one contact person), and the follow-up of every reveal with its dialogue.
-- Tenant-owned like everything else (authority_id, row-level security); cross-table references
-- carry the authority, so no row can point at another authority's row.

CREATE TABLE cooperation_agreements (
    id uuid PRIMARY KEY,
    authority_id uuid NOT NULL,
    sme_organisation_id uuid NOT NULL,
    scope_sectors text[] NOT NULL DEFAULT '{}',
    scope_countries text[] NOT NULL DEFAULT '{}',
    scope_keywords text[] NOT NULL DEFAULT '{}',
    access_model text NOT NULL CHECK (access_model IN ('one_use', 'time_limited', 'long_term')),
    contacts_allowed integer CHECK (contacts_allowed BETWEEN 1 AND 1000),
    contacts_used integer NOT NULL DEFAULT 0,
    valid_from date,
    valid_until date,
    authority_role text NOT NULL CHECK (authority_role IN ('facilitator', 'partner', 'intermediary')),
    responsible_officer text NOT NULL CHECK (length(responsible_officer) BETWEEN 1 AND 200),
    document_reference text CHECK (length(document_reference) <= 200),
    auto_approve boolean NOT NULL DEFAULT false,
    status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'suspended', 'expired', 'terminated')),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (authority_id, sme_organisation_id) REFERENCES organisations (authority_id, id),
    UNIQUE (authority_id, id),
    CHECK (access_model <> 'one_use' OR contacts_allowed IS NOT NULL),
    CHECK (access_model <> 'time_limited' OR (valid_from IS NOT NULL AND valid_until IS NOT NULL)),
    CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from),
    -- The quota of a one-use agreement is never exceeded, whatever the concurrency.
    CHECK (contacts_allowed IS NULL OR contacts_used <= contacts_allowed)
);
CREATE INDEX cooperation_agreements_listing ON cooperation_agreements (authority_id, created_at DESC, id DESC);
CREATE INDEX cooperation_agreements_sme ON cooperation_agreements (authority_id, sme_organisation_id);

CREATE TABLE access_requests (
    id uuid PRIMARY KEY,
    authority_id uuid NOT NULL,
    agreement_id uuid NOT NULL,
    person_id uuid NOT NULL,
    requested_by text NOT NULL,
    reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    intended_cooperation text NOT NULL CHECK (length(intended_cooperation) BETWEEN 1 AND 2000),
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    decided_by text,
    decided_at timestamptz,
    decision_note text CHECK (length(decision_note) <= 2000),
    grant_id uuid,
    created_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (authority_id, agreement_id) REFERENCES cooperation_agreements (authority_id, id),
    FOREIGN KEY (authority_id, person_id) REFERENCES contact_persons (authority_id, id)
);
CREATE INDEX access_requests_listing ON access_requests (authority_id, created_at DESC, id DESC);

CREATE TABLE access_grants (
    id uuid PRIMARY KEY,
    authority_id uuid NOT NULL,
    agreement_id uuid NOT NULL,
    request_id uuid NOT NULL,
    person_id uuid NOT NULL,
    sme_organisation_id uuid NOT NULL,
    access_model text NOT NULL CHECK (access_model IN ('one_use', 'time_limited', 'long_term')),
    -- one_use: 1; otherwise unlimited within the period.
    reveals_allowed integer CHECK (reveals_allowed >= 1),
    reveals_used integer NOT NULL DEFAULT 0,
    valid_until timestamptz,
    revoked_at timestamptz,
    revoked_by text,
    created_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (authority_id, agreement_id) REFERENCES cooperation_agreements (authority_id, id),
    FOREIGN KEY (authority_id, person_id) REFERENCES contact_persons (authority_id, id),
    UNIQUE (authority_id, id),
    CHECK (reveals_allowed IS NULL OR reveals_used <= reveals_allowed)
);
CREATE INDEX access_grants_listing ON access_grants (authority_id, created_at DESC, id DESC);
CREATE INDEX access_grants_person ON access_grants (authority_id, person_id, sme_organisation_id);

CREATE TABLE follow_ups (
    id uuid PRIMARY KEY,
    authority_id uuid NOT NULL,
    grant_id uuid NOT NULL,
    agreement_id uuid NOT NULL,
    person_id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    sme_organisation_id uuid NOT NULL,
    outcome text NOT NULL DEFAULT 'no_response'
        CHECK (outcome IN ('no_response', 'contacted', 'meeting_held', 'negotiating', 'partnership_established', 'declined')),
    due_on date NOT NULL,
    -- Set with the first entry that records a partnership (for the indicators).
    partnership_at timestamptz,
    closed_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (authority_id, grant_id) REFERENCES access_grants (authority_id, id),
    UNIQUE (authority_id, grant_id),
    UNIQUE (authority_id, id)
);
CREATE INDEX follow_ups_due ON follow_ups (authority_id, due_on, id) WHERE closed_at IS NULL;
CREATE INDEX follow_ups_listing ON follow_ups (authority_id, due_on, id);

CREATE TABLE follow_up_entries (
    id uuid PRIMARY KEY,
    authority_id uuid NOT NULL,
    follow_up_id uuid NOT NULL,
    author text NOT NULL,
    party text NOT NULL CHECK (party IN ('authority', 'sme')),
    text text NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
    outcome text,
    created_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (authority_id, follow_up_id) REFERENCES follow_ups (authority_id, id)
);
CREATE INDEX follow_up_entries_follow_up ON follow_up_entries (authority_id, follow_up_id, created_at, id);

-- Indicators count reveals from the access log.
CREATE INDEX personal_data_access_reveals ON personal_data_access (authority_id, occurred_at) WHERE action = 'reveal';

DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['cooperation_agreements', 'access_requests', 'access_grants', 'follow_ups', 'follow_up_entries'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', name);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', name);
        EXECUTE format(
            'CREATE POLICY %I ON %I USING (authority_id = nullif(current_setting(''app.authority_id'', true), '''')::uuid) '
            'WITH CHECK (authority_id = nullif(current_setting(''app.authority_id'', true), '''')::uuid)',
            name || '_tenant', name);
    END LOOP;
END;
$$;
