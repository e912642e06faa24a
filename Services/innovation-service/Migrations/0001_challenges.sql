-- Open challenges: problems the administration publishes for residents and companies to solve.
-- Every row belongs to one authority (the tenant); every query filters by authority_id.

CREATE TABLE challenges (
    id uuid PRIMARY KEY,
    authority_id uuid NOT NULL,
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description text NOT NULL CHECK (length(description) BETWEEN 1 AND 10000),
    -- A challenge created without a status is published at once: the default is 'open'.
    -- Ideas are accepted only while it is 'open' and within [opens_at, closes_at) when those are set.
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('draft', 'open', 'closed')),
    opens_at timestamptz,
    closes_at timestamptz,
    -- The budget for pilots, in whole euros.
    budget_eur bigint CHECK (budget_eur BETWEEN 0 AND 1000000000),
    -- Incremented on every update; the ETag is this number.
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT challenges_window CHECK (opens_at IS NULL OR closes_at IS NULL OR closes_at > opens_at),
    -- The target of ideas' (authority_id, challenge_id) foreign key: an idea can only answer a
    -- challenge of its own authority.
    CONSTRAINT challenges_authority_id_unique UNIQUE (authority_id, id)
);

-- Default listing: newest first, keyset-paginated on (created_at, id).
CREATE INDEX challenges_authority_created ON challenges (authority_id, created_at DESC, id DESC);
