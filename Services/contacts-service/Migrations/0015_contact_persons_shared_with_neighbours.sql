-- A sharing agreement (0010) now shares the contact persons of the organisations it covers too:
-- the neighbour's partner-database staff read them for partner matching, with the person's
-- consent, under the GDPR rules of Shared (`ActingAuthority.neighbour`). Read-only: the tenant
-- policies of 0007 stay the only ones that let a session insert, update or delete persons and
-- consents. Every personal field a neighbour reads is written to the OWNER's access log, naming
-- the neighbour and the agreement, so the owner's data protection officer sees who read what.

-- The access log names the recipient authority and the agreement of a neighbour's read (both or
-- neither); the owner's own processing leaves them empty.
ALTER TABLE personal_data_access
    ADD COLUMN recipient_authority_id uuid REFERENCES authorities (id),
    ADD COLUMN sharing_agreement_id uuid REFERENCES authority_sharing (id),
    ADD CONSTRAINT personal_data_access_recipient_with_agreement
        CHECK ((recipient_authority_id IS NULL) = (sharing_agreement_id IS NULL));

-- The database's own wall for shared reads, as 0010 built it for organisations: a session sees
-- another authority's contact person only while an agreement of that authority with the session's
-- authority covers the person's organisation. The uncorrelated IN (hashed once per query) rules out
-- the session's own rows and non-sharing authorities before the per-row check, so the owner's own
-- queries pay nothing for it.
CREATE POLICY contact_persons_shared_with_neighbour ON contact_persons FOR SELECT
    USING (
        authority_id IN (SELECT s.authority_id FROM authority_sharing s
                         WHERE s.neighbour_authority_id = nullif(current_setting('app.authority_id', true), '')::uuid
                           AND s.revoked_at IS NULL)
        AND EXISTS (SELECT 1 FROM authority_sharing s
                    JOIN organisations o ON o.authority_id = s.authority_id
                    WHERE s.authority_id = contact_persons.authority_id
                      AND s.neighbour_authority_id = nullif(current_setting('app.authority_id', true), '')::uuid
                      AND s.revoked_at IS NULL
                      AND o.id = contact_persons.organisation_id
                      AND (o.id = ANY (s.organisation_ids) OR o.sector_lineage && s.sectors))
    );

-- The consent the reveal depends on: only the partner-matching history (the only purpose a
-- neighbour may read for), and only of persons the session may see. The EXISTS reads
-- contact_persons under its own policies, so the scope above is the one scope.
CREATE POLICY consent_events_shared_with_neighbour ON consent_events FOR SELECT
    USING (
        purpose = 'partner_matching'
        AND authority_id IN (SELECT s.authority_id FROM authority_sharing s
                             WHERE s.neighbour_authority_id = nullif(current_setting('app.authority_id', true), '')::uuid
                               AND s.revoked_at IS NULL)
        AND EXISTS (SELECT 1 FROM contact_persons p
                    WHERE p.authority_id = consent_events.authority_id AND p.id = consent_events.person_id)
    );

-- A neighbour's session may add to the owner's log the reads it makes, and nothing else: a
-- partner-matching read, naming the session's authority as recipient and an agreement in force
-- of the owner with it that covers the person's organisation. It reads no entry of the log.
CREATE POLICY personal_data_access_neighbour_reads ON personal_data_access FOR INSERT
    WITH CHECK (
        action = 'read' AND purpose = 'partner_matching'
        AND recipient_authority_id = nullif(current_setting('app.authority_id', true), '')::uuid
        AND EXISTS (SELECT 1 FROM authority_sharing s
                    JOIN contact_persons p ON p.authority_id = s.authority_id
                    JOIN organisations o ON o.authority_id = p.authority_id AND o.id = p.organisation_id
                    WHERE s.id = personal_data_access.sharing_agreement_id
                      AND s.authority_id = personal_data_access.authority_id
                      AND s.neighbour_authority_id = nullif(current_setting('app.authority_id', true), '')::uuid
                      AND s.revoked_at IS NULL
                      AND p.id = personal_data_access.person_id
                      AND (o.id = ANY (s.organisation_ids) OR o.sector_lineage && s.sectors))
    );
