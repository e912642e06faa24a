-- The authority's directory of organisations (partners, SMEs, institutions).
-- Every row belongs to one authority (the tenant); every query filters by authority_id.

-- Search text: names, keywords and description without diacritics, lower-cased, so that `lodz`
-- finds `Łódź`. Declared IMMUTABLE (unaccent's dictionary is fixed for a deployment) so it can
-- feed a generated column and a trigram index.
CREATE FUNCTION organisation_search_text(legal_name text, keywords text[], description text, municipality text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN extensions.f_unaccent(lower(
    legal_name || ' ' || coalesce(municipality, '') || ' ' || coalesce(array_to_string(keywords, ' '), '') || ' ' || coalesce(description, '')
));

CREATE TABLE organisations (
    id uuid PRIMARY KEY,
    authority_id uuid NOT NULL,
    kind text NOT NULL CHECK (kind IN ('company', 'sme', 'institution', 'university', 'chamber',
                                       'business_support_organisation', 'public_authority', 'other')),
    legal_name text NOT NULL CHECK (length(legal_name) BETWEEN 1 AND 300),
    registration_number text CHECK (length(registration_number) <= 64),
    country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    municipality text,
    address text,
    website text,
    languages text[] NOT NULL DEFAULT '{}',
    keywords text[] NOT NULL DEFAULT '{}',
    description text,
    size_class text CHECK (size_class IN ('micro', 'small', 'medium', 'large')),
    -- Incremented on every update; the ETag is this number.
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    search_text text GENERATED ALWAYS AS (organisation_search_text(legal_name, keywords, description, municipality)) STORED
);

-- One registration number per country within an authority's directory (duplicates answer 409).
CREATE UNIQUE INDEX organisations_registration_unique
    ON organisations (authority_id, country, registration_number)
    WHERE registration_number IS NOT NULL;

-- Default listing: newest first, keyset-paginated on (created_at, id).
CREATE INDEX organisations_authority_created ON organisations (authority_id, created_at DESC, id DESC);

-- Synchronisation feeds: `?updated_since=`.
CREATE INDEX organisations_authority_updated ON organisations (authority_id, updated_at);

-- Keyword search: trigram similarity tolerates typos (`liberc` finds `Liberec`).
CREATE INDEX organisations_search_trgm ON organisations USING gin (search_text extensions.gin_trgm_ops);
