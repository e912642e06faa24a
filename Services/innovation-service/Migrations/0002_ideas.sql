-- Ideas from residents and companies, on their own or in answer to a challenge, and their supports (votes).
-- Every row belongs to one authority (the tenant); every query filters by authority_id.

CREATE TABLE ideas (
    id uuid PRIMARY KEY,
    authority_id uuid NOT NULL,
    challenge_id uuid,
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description text NOT NULL CHECK (length(description) BETWEEN 1 AND 10000),
    -- The token `sub` of the caller who submitted the idea.
    submitted_by text NOT NULL CHECK (length(submitted_by) >= 1),
    -- Kept equal to the number of idea_supports rows: incremented in the transaction that inserts one.
    support_count integer NOT NULL DEFAULT 0 CHECK (support_count >= 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ideas_authority_id_unique UNIQUE (authority_id, id),
    -- MATCH SIMPLE: an idea without a challenge is not checked; one with a challenge must name a
    -- challenge of the same authority.
    CONSTRAINT ideas_challenge_fk FOREIGN KEY (authority_id, challenge_id) REFERENCES challenges (authority_id, id)
);

-- Listing: most supported first, keyset-paginated on (support_count, id); optionally per challenge.
CREATE INDEX ideas_authority_support ON ideas (authority_id, support_count DESC, id DESC);
CREATE INDEX ideas_authority_challenge_support ON ideas (authority_id, challenge_id, support_count DESC, id DESC)
    WHERE challenge_id IS NOT NULL;

-- One row per supporter of an idea: the primary key makes a second support by the same caller a
-- conflict, even when two arrive at once.
CREATE TABLE idea_supports (
    idea_id uuid NOT NULL,
    supporter text NOT NULL CHECK (length(supporter) >= 1),
    authority_id uuid NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (idea_id, supporter),
    CONSTRAINT idea_supports_idea_fk FOREIGN KEY (authority_id, idea_id) REFERENCES ideas (authority_id, id) ON DELETE CASCADE
);
