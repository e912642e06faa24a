-- CivicLink database bootstrap: one database, one schema and one LOGIN role per service.
--
-- Run by a superuser with psql 15 or newer, connected to any database of the cluster (the
-- `postgres` one is fine): it creates the database if missing and then connects to it.
-- Idempotent: every run creates what is missing and re-applies passwords, ownership and grants.
--
-- Passwords come from psql variables or, when a variable is not set, from the environment:
--   contacts_password             (env CONTACTS_DB_PASSWORD)
--   internationalisation_password (env INTERNATIONALISATION_DB_PASSWORD)
--   networking_password           (env NETWORKING_DB_PASSWORD)
--   innovation_password           (env INNOVATION_DB_PASSWORD)
--   admin_password                (env DB_ADMIN_PASSWORD)
--   db_name                       (env DB_NAME, default civiclink)
-- e.g. psql -X -v ON_ERROR_STOP=1 -v contacts_password=... -f deploy/sql/bootstrap.sql
\set ON_ERROR_STOP on
\set QUIET on
-- Re-runs would print a NOTICE per existing object; only warnings and errors matter here.
SET client_min_messages = warning;

\if :{?contacts_password} \else \getenv contacts_password CONTACTS_DB_PASSWORD \endif
\if :{?internationalisation_password} \else \getenv internationalisation_password INTERNATIONALISATION_DB_PASSWORD \endif
\if :{?networking_password} \else \getenv networking_password NETWORKING_DB_PASSWORD \endif
\if :{?innovation_password} \else \getenv innovation_password INNOVATION_DB_PASSWORD \endif
\if :{?admin_password} \else \getenv admin_password DB_ADMIN_PASSWORD \endif
\if :{?db_name} \else \getenv db_name DB_NAME \endif
\if :{?db_name} \else \set db_name civiclink \endif

-- Fail loudly (exit 3 under ON_ERROR_STOP) rather than create roles without passwords.
\if :{?contacts_password} \else \set missing_password contacts_password \endif
\if :{?internationalisation_password} \else \set missing_password internationalisation_password \endif
\if :{?networking_password} \else \set missing_password networking_password \endif
\if :{?innovation_password} \else \set missing_password innovation_password \endif
\if :{?admin_password} \else \set missing_password admin_password \endif
\if :{?missing_password}
\echo 'bootstrap.sql: the psql variable' :missing_password 'is required (or its environment variable, see above)'
DO $$ BEGIN RAISE EXCEPTION 'bootstrap.sql: a required password is missing'; END $$;
\endif

-- Roles are cluster-wide: create what is missing, then (re)apply attributes and passwords.
SELECT format('CREATE ROLE %I', r)
FROM unnest(ARRAY['contacts_service', 'internationalisation_service', 'networking_service',
                  'innovation_service', 'civiclink_admin']) AS r
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) \gexec

-- Service roles own their tables, so they must not bypass Row-Level Security or create roles.
ALTER ROLE contacts_service             WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'contacts_password';
ALTER ROLE internationalisation_service WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'internationalisation_password';
ALTER ROLE networking_service           WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'networking_password';
ALTER ROLE innovation_service           WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'innovation_password';
-- For tests and set-up only (the Swift tests log in with it); never given to a service.
ALTER ROLE civiclink_admin              WITH LOGIN SUPERUSER PASSWORD :'admin_password';

-- The database (CREATE DATABASE cannot run inside a DO block, hence \gexec).
SELECT format('CREATE DATABASE %I', :'db_name')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db_name') \gexec

REVOKE ALL ON DATABASE :"db_name" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db_name" TO contacts_service, internationalisation_service, networking_service, innovation_service;

\connect :"db_name"
SET client_min_messages = warning;

-- Nobody may use or create objects in public: every object lives in a service's own schema.
REVOKE ALL ON SCHEMA public FROM PUBLIC;

-- One schema per service, owned by its role. No grants to anyone else: a service that selects
-- from another service's schema gets "permission denied for schema" (SQLSTATE 42501).
CREATE SCHEMA IF NOT EXISTS contacts AUTHORIZATION contacts_service;
CREATE SCHEMA IF NOT EXISTS internationalisation AUTHORIZATION internationalisation_service;
CREATE SCHEMA IF NOT EXISTS networking AUTHORIZATION networking_service;
CREATE SCHEMA IF NOT EXISTS innovation AUTHORIZATION innovation_service;
ALTER SCHEMA contacts OWNER TO contacts_service;
ALTER SCHEMA internationalisation OWNER TO internationalisation_service;
ALTER SCHEMA networking OWNER TO networking_service;
ALTER SCHEMA innovation OWNER TO innovation_service;
REVOKE ALL ON SCHEMA contacts, internationalisation, networking, innovation FROM PUBLIC;
-- Re-runs also take back anything granted by hand to another service's role since.
SELECT format('REVOKE ALL ON SCHEMA %I FROM %I', s.schema, r.role)
FROM (VALUES ('contacts'), ('internationalisation'), ('networking'), ('innovation')) AS s(schema)
CROSS JOIN (VALUES ('contacts_service'), ('internationalisation_service'), ('networking_service'),
                   ('innovation_service')) AS r(role)
WHERE r.role <> s.schema || '_service' \gexec

-- Extensions for multilingual search (Łódź, Plzeň, Székesfehérvár...): installed once by the
-- superuser in their own schema, usable (not modifiable) by every service role.
CREATE SCHEMA IF NOT EXISTS extensions;
REVOKE ALL ON SCHEMA extensions FROM PUBLIC;
GRANT USAGE ON SCHEMA extensions TO contacts_service, internationalisation_service, networking_service, innovation_service;

CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA extensions;
-- An earlier manual install may have put them elsewhere (usually public): move them.
SELECT format('ALTER EXTENSION %I SET SCHEMA extensions', e.extname)
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname IN ('unaccent', 'pg_trgm') AND n.nspname <> 'extensions' \gexec

-- unaccent() is only STABLE (its dictionary can change), so it cannot appear in an index
-- expression. This wrapper names the dictionary explicitly and is declared IMMUTABLE, the usual
-- way to index unaccented text: CREATE INDEX ... USING gin (extensions.f_unaccent(name) gin_trgm_ops).
CREATE OR REPLACE FUNCTION extensions.f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT extensions.unaccent('extensions.unaccent', $1) $$;

-- Unqualified names resolve to the role's own schema first, then to the extension functions.
ALTER ROLE contacts_service SET search_path = contacts, extensions;
ALTER ROLE internationalisation_service SET search_path = internationalisation, extensions;
ALTER ROLE networking_service SET search_path = networking, extensions;
ALTER ROLE innovation_service SET search_path = innovation, extensions;

-- Row-level security and indexes. Under FORCE ROW LEVEL SECURITY the planner turns a condition
-- into an index condition only when its operator's function is LEAKPROOF (it cannot reveal a row
-- of another tenant through an error or a side effect); otherwise it scans every row the policy
-- allows and filters them (docs/performance.md: 4 s per search over 100,000 organisations). These
-- functions raise no error that depends on the values they compare, so they are declared so:
-- trigram similarity (`%`, typo-tolerant matching of query words to the search vocabulary) and
-- word similarity (`<%`), and array containment and overlap (`@>`, `&&`, the sector and language
-- filters). LIKE is not: its pattern can make it raise.
ALTER FUNCTION extensions.similarity_op(text, text) LEAKPROOF;
ALTER FUNCTION extensions.word_similarity_op(text, text) LEAKPROOF;
ALTER FUNCTION pg_catalog.arraycontains(anyarray, anyarray) LEAKPROOF;
ALTER FUNCTION pg_catalog.arrayoverlap(anyarray, anyarray) LEAKPROOF;

-- Short OLTP statements: JIT compilation costs more than it saves (200-280 ms on a search).
ALTER ROLE contacts_service SET jit = off;
ALTER ROLE internationalisation_service SET jit = off;
ALTER ROLE networking_service SET jit = off;
ALTER ROLE innovation_service SET jit = off;

\unset QUIET
\echo 'bootstrap.sql: database' :"db_name" 'ready (roles, schemas, extensions, grants)'
