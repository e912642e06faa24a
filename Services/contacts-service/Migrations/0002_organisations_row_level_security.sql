-- Second wall: even a query that forgot its authority filter sees only the rows of the authority
-- the session acts for (`app.authority_id`, set by the service before every tenant-scoped call),
-- and nothing when none is set. FORCE applies the policy to the table's owner, the service's role.
ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
ALTER TABLE organisations FORCE ROW LEVEL SECURITY;
CREATE POLICY organisations_tenant ON organisations
    USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
    WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
