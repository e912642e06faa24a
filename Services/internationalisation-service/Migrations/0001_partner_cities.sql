-- The authority's partner (twin) cities.
-- Every row belongs to one authority (the tenant); every query filters by authority_id, and
-- Row-Level Security on app.authority_id (set per transaction by the service) is the second wall.

CREATE TABLE partner_cities (
    id uuid PRIMARY KEY,
    authority_id uuid NOT NULL,
    name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    region text CHECK (length(region) <= 200),
    languages text[] NOT NULL DEFAULT '{}' CHECK (cardinality(languages) <= 20),
    partnership_since date,
    status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'ended')),
    description text CHECK (length(description) <= 5000),
    -- Incremented on every update; the ETag is this number.
    version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- The list, ordered by name: keyset-paginated on (lower(name), id). Names come in many languages,
-- so they sort by the Unicode root collation (Łódź next to Lodz, not after Zittau).
CREATE INDEX partner_cities_authority_name
    ON partner_cities (authority_id, (lower(name) COLLATE "und-x-icu"), id);

-- One record per city and country within an authority (a duplicate answers 409).
CREATE UNIQUE INDEX partner_cities_name_unique ON partner_cities (authority_id, country, lower(name));

-- Second wall: even a query that forgot its authority filter sees only the authority set for the
-- transaction (`app.authority_id`), and sees nothing when none is set. FORCE applies it to the
-- owner, which is the service's own role.
ALTER TABLE partner_cities ENABLE ROW LEVEL SECURITY;
ALTER TABLE partner_cities FORCE ROW LEVEL SECURITY;
CREATE POLICY partner_cities_tenant ON partner_cities
    USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
    WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
