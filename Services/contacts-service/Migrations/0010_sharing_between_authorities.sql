-- Sharing part of the partner database with a neighbouring authority: read-only, the
-- organisations in the selected sectors (and below) or among the selected partners, revocable.
-- Contact persons are not shared.
CREATE TABLE authority_sharing (
    id uuid PRIMARY KEY,
    authority_id uuid NOT NULL REFERENCES authorities (id),
    neighbour_authority_id uuid NOT NULL REFERENCES authorities (id),
    sectors text[] NOT NULL DEFAULT '{}',
    organisation_ids uuid[] NOT NULL DEFAULT '{}',
    note text CHECK (length(note) <= 2000),
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz,
    revoked_by text,
    CHECK (neighbour_authority_id <> authority_id),
    CHECK (cardinality(sectors) > 0 OR cardinality(organisation_ids) > 0)
);
CREATE INDEX authority_sharing_owner ON authority_sharing (authority_id, created_at DESC, id DESC);
CREATE INDEX authority_sharing_neighbour ON authority_sharing (neighbour_authority_id) WHERE revoked_at IS NULL;

-- The owner manages its agreements; the neighbour reads the ones it received.
ALTER TABLE authority_sharing ENABLE ROW LEVEL SECURITY;
ALTER TABLE authority_sharing FORCE ROW LEVEL SECURITY;
CREATE POLICY authority_sharing_owner ON authority_sharing
    USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
    WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
CREATE POLICY authority_sharing_neighbour ON authority_sharing FOR SELECT
    USING (neighbour_authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);

-- The database's own wall for shared reads: a session sees another authority's organisation only
-- while an agreement of that authority with the session's authority covers it. SELECT only:
-- updates and inserts keep the tenant policy of 0002 alone. The uncorrelated IN (hashed once per
-- query) rules out the session's own rows and non-sharing authorities before the per-row check.
CREATE POLICY organisations_shared_with_neighbour ON organisations FOR SELECT
    USING (
        authority_id IN (SELECT s.authority_id FROM authority_sharing s
                         WHERE s.neighbour_authority_id = nullif(current_setting('app.authority_id', true), '')::uuid
                           AND s.revoked_at IS NULL)
        AND EXISTS (SELECT 1 FROM authority_sharing s
                    WHERE s.authority_id = organisations.authority_id
                      AND s.neighbour_authority_id = nullif(current_setting('app.authority_id', true), '')::uuid
                      AND s.revoked_at IS NULL
                      AND (organisations.id = ANY (s.organisation_ids) OR organisations.sector_lineage && s.sectors))
    );
