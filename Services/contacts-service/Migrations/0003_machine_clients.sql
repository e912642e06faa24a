-- Machine clients: partner cities and chambers of commerce that get OAuth2 client credentials
-- (RFC 6749 section 4.4) from contacts-service. The id is the client_id.
--
-- The secret is never stored: only SHA-256(salt || secret) with a random salt of its own per
-- client (hex). Secrets are 32 random bytes, so a fast hash is enough: there is nothing to guess
-- that a slow hash would protect (see ClientSecret.swift).
CREATE TABLE machine_clients (
    id uuid PRIMARY KEY,
    authority_id uuid NOT NULL,
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    -- Only machine roles; never authority_admin or another human role.
    roles text[] NOT NULL CHECK (cardinality(roles) >= 1 AND roles <@ ARRAY['partner_city', 'feed_consumer']::text[]),
    scope text CHECK (length(scope) <= 500),
    secret_salt text NOT NULL CHECK (secret_salt ~ '^[0-9a-f]{32}$'),
    secret_hash text NOT NULL CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    secret_rotated_at timestamptz NOT NULL DEFAULT now(),
    -- Revoked clients stay (audit events name them) but can no longer get tokens.
    revoked_at timestamptz,
    -- Failed client authentications in the current 10-minute window.
    failed_attempts integer NOT NULL DEFAULT 0,
    failed_window_started timestamptz
);

-- Listing: newest first, keyset-paginated on (created_at, id).
CREATE INDEX machine_clients_authority_created ON machine_clients (authority_id, created_at DESC, id DESC);

-- Row-level security as for organisations (0002): the session sees the rows of the authority it
-- acts for. The token endpoint is the one caller that does not know the authority yet (the client
-- is not authenticated): it names the one client it looks up in `app.client_id` (transaction-local)
-- and may read that row only.
ALTER TABLE machine_clients ENABLE ROW LEVEL SECURITY;
ALTER TABLE machine_clients FORCE ROW LEVEL SECURITY;
CREATE POLICY machine_clients_tenant ON machine_clients
    USING (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid)
    WITH CHECK (authority_id = nullif(current_setting('app.authority_id', true), '')::uuid);
CREATE POLICY machine_clients_token_lookup ON machine_clients FOR SELECT
    USING (id = nullif(current_setting('app.client_id', true), '')::uuid);
