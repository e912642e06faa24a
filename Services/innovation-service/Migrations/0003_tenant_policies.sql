-- Second wall: even a query that forgot its authority filter sees only the authority set for the
-- transaction (`app.authority_id`, set by PostgresPool.transaction(authority:)), and nothing when
-- none is set. FORCE applies the policies to the tables' owner, the service's own role.
-- (Foreign-key checks are not subject to row-level security, so they keep working across rows.)

ALTER TABLE challenges ENABLE ROW LEVEL SECURITY;
ALTER TABLE challenges FORCE ROW LEVEL SECURITY;
CREATE POLICY challenges_tenant ON challenges
    USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
    WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);

ALTER TABLE ideas ENABLE ROW LEVEL SECURITY;
ALTER TABLE ideas FORCE ROW LEVEL SECURITY;
CREATE POLICY ideas_tenant ON ideas
    USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
    WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);

ALTER TABLE idea_supports ENABLE ROW LEVEL SECURITY;
ALTER TABLE idea_supports FORCE ROW LEVEL SECURITY;
CREATE POLICY idea_supports_tenant ON idea_supports
    USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
    WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
