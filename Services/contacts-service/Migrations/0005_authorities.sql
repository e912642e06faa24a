-- The registry of authorities: the tenants of this deployment. Every tenant-owned row of the
-- four services carries the id of one of these in `authority_id`.
--
-- Operators register and suspend authorities (`contacts-service authority add|suspend|activate`);
-- an authority's admin may change its name and languages. contacts-service refuses callers whose
-- token names an authority that is not registered or is suspended.
CREATE TABLE authorities (
    id uuid PRIMARY KEY,
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    -- The national statistical code of the municipality or region (LAU code, e.g. CZ 563889).
    municipality_code text NOT NULL CHECK (municipality_code ~ '^[A-Za-z0-9._-]{1,32}$'),
    languages text[] NOT NULL CHECK (cardinality(languages) BETWEEN 1 AND 10),
    status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (country, municipality_code)
);

CREATE INDEX authorities_name ON authorities (name, id);

-- The registry is readable by every tenant (names of authorities are public facts, and sharing
-- between neighbouring authorities starts by choosing one), but a session may change only the
-- authority it acts for. The operators' `authority add` acts for the authority it creates.
ALTER TABLE authorities ENABLE ROW LEVEL SECURITY;
ALTER TABLE authorities FORCE ROW LEVEL SECURITY;
CREATE POLICY authorities_read ON authorities FOR SELECT USING (true);
CREATE POLICY authorities_insert ON authorities FOR INSERT
    WITH CHECK (id = nullif(current_setting('app.authority_id', true), '')::uuid);
CREATE POLICY authorities_update ON authorities FOR UPDATE
    USING (id = nullif(current_setting('app.authority_id', true), '')::uuid)
    WITH CHECK (id = nullif(current_setting('app.authority_id', true), '')::uuid);
-- No DELETE policy: an authority is suspended, never deleted (its rows and audit log stay).
