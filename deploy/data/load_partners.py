#!/usr/bin/env python3
"""Loads a CSV of generate_partners.py into contacts-service's database for one authority, fast.

    deploy/data/load_partners.py --csv /tmp/partners.csv --authority <uuid> [--register "Name"]

The file goes into a staging table (unlogged, dropped before the commit) with one `\\copy` (psql),
then into organisations, contact_persons, consent_events and personal_data_access with one
set-based INSERT ... SELECT each, in one transaction, connected as the service's role
`contacts_service` with the session's `app.authority_id` set to the authority: row-level security
checks every row, and the triggers of migrations 0007 and 0013 maintain sector_lineage,
search_text and the search index exactly as for the service's own writes (the persons' INSERT is one statement, so its
statement-level trigger refreshes each organisation's search text once, with the positions of its
persons). VACUUM ANALYZE follows.

Idempotent: organisations and persons are matched on (authority, organisation_ref / person_ref)
and rows already present are left out (NOT EXISTS, and ON CONFLICT DO NOTHING); consents and
access-log entries are written only for the persons this run created. Loading the same file again
therefore adds nothing. Replacing is not offered: consent_events and personal_data_access are append-only (their
triggers refuse DELETE), so another data set needs another authority. The run stops with an error
when the authority then holds more organisations or persons than the file (data of another file).

--register NAME adds the authority to the registry (contacts.authorities) when it is missing;
contacts-service refuses tokens of an unregistered authority.

Python standard library and the psql client only. Connection settings come from
.local/civiclink.env (DB_HOST, DB_PORT, DB_NAME, CONTACTS_DB_PASSWORD) or CIVICLINK_ENV_FILE.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

COLUMNS = [
    "organisation_ref", "kind", "legal_name", "registration_number", "country", "municipality", "address",
    "website", "languages", "sectors", "keywords", "description", "staff_headcount", "annual_turnover_eur",
    "balance_sheet_total_eur", "partner_role", "person_ref", "given_name", "family_name", "position", "email",
    "phone", "person_languages", "consent_partner_matching", "consent_text_version", "consent_given_at",
    "consent_source",
]

# Who the consent events and the access log name as having recorded the rows.
ACTOR = "tool:load_partners"

# Runs in one psql session (-v ON_ERROR_STOP=1; an explicit transaction, since VACUUM must follow outside one).
# :'authority' and friends are psql variables, quoted by psql.
LOAD_SQL = r"""
\set QUIET on
SET client_min_messages = warning;
SELECT set_config('app.authority_id', :'authority', false) \gset quiet_
SET work_mem = '256MB';
SET synchronous_commit = off;
SELECT clock_timestamp() AS t0 \gset

BEGIN;
\if :register
INSERT INTO authorities (id, name, country, municipality_code, languages)
VALUES (:'authority', :'authority_name', :'authority_country', :'municipality_code', string_to_array(:'authority_languages', ','))
ON CONFLICT DO NOTHING;
SELECT :ROW_COUNT AS n, round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1) AS s, clock_timestamp() AS t0 \gset
\echo step authority_registered :n :s
\endif
SELECT count(*) = 1 AS registered FROM authorities WHERE id = :'authority' \gset
\if :registered
\else
\echo error: authority :authority is not in contacts.authorities (pass --register NAME)
ROLLBACK;
\quit
\endif

-- The role may not create temporary tables: the staging table and the helper live in the
-- service's schema for this transaction only (dropped before COMMIT, so nobody else sees them;
-- an error rolls them back). UNLOGGED: the COPY writes no WAL.
CREATE UNLOGGED TABLE @staging@ (
    organisation_ref text, kind text, legal_name text, registration_number text, country text, municipality text,
    address text, website text, languages text, sectors text, keywords text, description text,
    staff_headcount text, annual_turnover_eur text, balance_sheet_total_eur text, partner_role text,
    person_ref text, given_name text, family_name text, position text, email text, phone text,
    person_languages text, consent_partner_matching text, consent_text_version text, consent_given_at text,
    consent_source text
);
\copy @staging@ FROM pstdin WITH (FORMAT csv, HEADER true, DELIMITER '@delimiter@', ENCODING 'UTF8')
SELECT :ROW_COUNT AS n, round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1) AS s, clock_timestamp() AS t0 \gset
\echo step staged_rows :n :s

-- A UUID version 7 (the service's ids): milliseconds since 1970 in the first 48 bits, version
-- and variant bits, the rest random. `ms` is spread over the rows so ids sort like the refs.
CREATE FUNCTION @uuid_v7@(ms bigint) RETURNS uuid LANGUAGE sql VOLATILE
RETURN encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) PLACING substring(int8send(ms) FROM 3) FROM 1 FOR 6),
                              52, 1), 53, 1), 'hex')::uuid;

-- Organisations: one per organisation_ref (every row of an organisation repeats its columns).
-- size_class by the EU SME definition, as EnterpriseSize.classify does: NULL without a staff
-- headcount or without both financial figures.
INSERT INTO organisations (id, authority_id, kind, legal_name, registration_number, country, municipality, address,
                           website, languages, keywords, description, size_class, sectors, staff_headcount,
                           annual_turnover_eur, balance_sheet_total_eur, partner_role, external_ref)
SELECT @uuid_v7@((extract(epoch FROM clock_timestamp()) * 1000)::bigint - 1000000 + row_number() OVER (ORDER BY o.organisation_ref)),
       :'authority', o.kind, o.legal_name, o.registration_number, o.country, o.municipality, o.address, o.website,
       coalesce(string_to_array(o.languages, '|'), '{}'), coalesce(string_to_array(o.keywords, '|'), '{}'), o.description,
       CASE
           WHEN o.staff IS NULL OR (o.turnover IS NULL AND o.balance IS NULL) THEN NULL
           WHEN o.staff < 10 AND (o.turnover <= 2000000 OR o.balance <= 2000000) THEN 'micro'
           WHEN o.staff < 50 AND (o.turnover <= 10000000 OR o.balance <= 10000000) THEN 'small'
           WHEN o.staff < 250 AND (o.turnover <= 50000000 OR o.balance <= 43000000) THEN 'medium'
           ELSE 'large'
       END,
       coalesce(string_to_array(o.sectors, '|'), '{}'), o.staff, o.turnover, o.balance, o.partner_role, o.organisation_ref
FROM (
    SELECT DISTINCT ON (organisation_ref) *, staff_headcount::integer AS staff,
           annual_turnover_eur::bigint AS turnover, balance_sheet_total_eur::bigint AS balance
    FROM @staging@ ORDER BY organisation_ref
) o
-- Rows already loaded are left out here, not only by ON CONFLICT: the BEFORE INSERT trigger
-- (the search document) would otherwise run for each of them before the conflict is found.
WHERE NOT EXISTS (SELECT 1 FROM organisations e WHERE e.authority_id = :'authority' AND e.external_ref = o.organisation_ref)
ON CONFLICT (authority_id, external_ref) WHERE external_ref IS NOT NULL DO NOTHING;
SELECT :ROW_COUNT AS n, round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1) AS s, clock_timestamp() AS t0 \gset
\echo step organisations_inserted :n :s

-- Persons, in one statement: its statement-level trigger then refreshes the search text of
-- every organisation concerned once (positions are searchable at organisation level).
CREATE UNLOGGED TABLE @new_persons@ (id uuid PRIMARY KEY, external_ref text NOT NULL);
WITH inserted AS (
    INSERT INTO contact_persons (id, authority_id, organisation_id, external_ref, given_name, family_name, position,
                                 email, phone, languages)
    SELECT @uuid_v7@((extract(epoch FROM clock_timestamp()) * 1000)::bigint - 1000000 + row_number() OVER (ORDER BY s.person_ref)),
           :'authority', o.id, s.person_ref, s.given_name, s.family_name, s.position, s.email, s.phone,
           coalesce(string_to_array(s.person_languages, '|'), '{}')
    FROM @staging@ s
    JOIN organisations o ON o.authority_id = :'authority' AND o.external_ref = s.organisation_ref
    WHERE s.person_ref IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM contact_persons e WHERE e.authority_id = :'authority' AND e.external_ref = s.person_ref)
    ON CONFLICT (authority_id, external_ref) WHERE external_ref IS NOT NULL DO NOTHING
    RETURNING id, external_ref
)
INSERT INTO @new_persons@ SELECT id, external_ref FROM inserted;
SELECT :ROW_COUNT AS n, round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1) AS s, clock_timestamp() AS t0 \gset
\echo step persons_inserted :n :s

-- The partner-matching consent of the file, for the persons created now.
INSERT INTO consent_events (id, authority_id, person_id, purpose, action, occurred_at, text_version, source, recorded_by)
SELECT @uuid_v7@((extract(epoch FROM s.consent_given_at::timestamptz) * 1000)::bigint), :'authority', n.id,
       'partner_matching', s.consent_partner_matching, s.consent_given_at::timestamptz, s.consent_text_version,
       s.consent_source, :'actor'
FROM @new_persons@ n
JOIN @staging@ s ON s.person_ref = n.external_ref
WHERE s.consent_partner_matching IS NOT NULL;
SELECT :ROW_COUNT AS n, round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1) AS s, clock_timestamp() AS t0 \gset
\echo step consent_events_inserted :n :s

-- The access log, as the service's CSV import writes it (one `import` entry per person created).
INSERT INTO personal_data_access (id, authority_id, person_id, actor, actor_roles, purpose, action, fields)
SELECT @uuid_v7@((extract(epoch FROM clock_timestamp()) * 1000)::bigint), :'authority', n.id, :'actor', '{}',
       'directory_management', 'import',
       array_remove(ARRAY['given_name', 'family_name',
                          CASE WHEN s.email IS NOT NULL THEN 'email' END,
                          CASE WHEN s.phone IS NOT NULL THEN 'phone' END,
                          CASE WHEN s.person_languages IS NOT NULL THEN 'languages' END], NULL)
FROM @new_persons@ n
JOIN @staging@ s ON s.person_ref = n.external_ref;
SELECT :ROW_COUNT AS n, round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1) AS s, clock_timestamp() AS t0 \gset
\echo step access_log_inserted :n :s

SELECT count(DISTINCT organisation_ref) AS file_organisations, count(person_ref) AS file_persons FROM @staging@ \gset
DROP TABLE @staging@, @new_persons@;
DROP FUNCTION @uuid_v7@(bigint);
COMMIT;

VACUUM (ANALYZE) organisations;
VACUUM (ANALYZE) contact_persons;
VACUUM (ANALYZE) consent_events;
VACUUM (ANALYZE) personal_data_access;
VACUUM (ANALYZE) search_terms;
VACUUM (ANALYZE) search_vocabulary;
SELECT 0 AS n, round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1) AS s \gset
\echo step vacuum_analyze :n :s

-- What the authority holds now, and whether every person's position reached its organisation's search text.
SELECT (SELECT count(*) FROM organisations WHERE authority_id = :'authority') AS db_organisations,
       (SELECT count(*) FROM contact_persons WHERE authority_id = :'authority') AS db_persons,
       (SELECT count(*) FROM consent_events WHERE authority_id = :'authority') AS db_consent_events,
       (SELECT count(*) FROM organisations WHERE authority_id = :'authority' AND search_text = '') AS empty_search_text,
       (SELECT count(*) FROM organisations o WHERE o.authority_id = :'authority'
         AND NOT EXISTS (SELECT 1 FROM search_terms t WHERE t.authority_id = o.authority_id AND t.organisation_id = o.id)) AS unindexed,
       (SELECT count(*) FROM contact_persons p JOIN organisations o ON o.authority_id = p.authority_id AND o.id = p.organisation_id
         WHERE p.authority_id = :'authority' AND p.position IS NOT NULL
           AND strpos(o.search_text, extensions.f_unaccent(lower(p.position))) = 0) AS positions_missing \gset
\echo result file_organisations :file_organisations
\echo result file_persons :file_persons
\echo result db_organisations :db_organisations
\echo result db_persons :db_persons
\echo result db_consent_events :db_consent_events
\echo result empty_search_text :empty_search_text
\echo result unindexed :unindexed
\echo result positions_missing :positions_missing
"""


def read_env_file(path: Path) -> dict:
    values = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            values[key.strip()] = value.strip()
    return values


def check_header(path: Path) -> str:
    """The delimiter of the file, after checking that its header is generate_partners.py's."""
    with path.open("r", encoding="utf-8", newline="") as f:
        header = f.readline().rstrip("\r\n")
    delimiter = ";" if header.count(";") > header.count(",") else ","
    if header.lstrip("\ufeff").split(delimiter) != COLUMNS:
        sys.exit(f"load_partners: {path}: the header is not the one of generate_partners.py")
    if header.startswith("\ufeff"):
        sys.exit(f"load_partners: {path}: remove the byte order mark first")
    return delimiter


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Load a generate_partners.py CSV for one authority (COPY + set-based inserts).")
    parser.add_argument("--csv", required=True, type=Path, help="the file written by generate_partners.py (';' or ',')")
    parser.add_argument("--authority", required=True, help="the authority (tenant) UUID the rows belong to")
    parser.add_argument("--register", metavar="NAME", help="register the authority under NAME when it is not in the registry")
    parser.add_argument("--country", default="CZ", help="the registered authority's country (default: CZ)")
    parser.add_argument("--municipality-code", help="its municipality code (default: load-<first 12 hex digits of the UUID>)")
    parser.add_argument("--languages", default="cs,en", help="its languages (default: cs,en)")
    args = parser.parse_args(argv)

    try:
        authority = str(uuid.UUID(args.authority))
    except ValueError:
        parser.error("--authority must be a UUID")
    if not args.csv.is_file():
        parser.error(f"{args.csv} is not a file")
    municipality_code = args.municipality_code or "load-" + authority.replace("-", "")[:12]
    if not re.fullmatch(r"[A-Za-z0-9._-]{1,32}", municipality_code):
        parser.error("--municipality-code: 1 to 32 letters, digits, '.', '_' or '-'")
    delimiter = check_header(args.csv)

    env_path = Path(os.environ.get("CIVICLINK_ENV_FILE", ROOT / ".local" / "civiclink.env"))
    if not env_path.is_file():
        sys.exit(f"load_partners: {env_path} is missing; run deploy/local/postgres.sh start first")
    env = read_env_file(env_path)
    environment = dict(os.environ, PGPASSWORD=env["CONTACTS_DB_PASSWORD"], PGCLIENTENCODING="UTF8",
                       PGOPTIONS="-c search_path=contacts,extensions")
    command = [
        "psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
        "-h", env.get("DB_HOST", "127.0.0.1"), "-p", env.get("DB_PORT", "55432"), "-U", "contacts_service",
        "-d", env.get("DB_NAME", "civiclink"),
        "-v", f"authority={authority}", "-v", f"actor={ACTOR}",
        "-v", f"register={'true' if args.register else 'false'}", "-v", f"authority_name={args.register or ''}",
        "-v", f"authority_country={args.country}", "-v", f"municipality_code={municipality_code}",
        "-v", f"authority_languages={args.languages}",
    ]
    # The script comes from a file (-f) and the data from psql's standard input (`\copy ... FROM
    # pstdin`), so the CSV is streamed, never held in memory.
    script = Path(tempfile.gettempdir()) / f"load_partners_{os.getpid()}.sql"
    # Per-run names of the transaction's own objects, so two loads never collide. Written into the
    # script (psql does not expand variables in \copy); every other value is a psql variable.
    script.write_text(
        LOAD_SQL.replace("@staging@", f"load_partners_staging_{os.getpid()}")
        .replace("@new_persons@", f"load_partners_new_persons_{os.getpid()}")
        .replace("@uuid_v7@", f"load_partners_uuid_v7_{os.getpid()}")
        .replace("@delimiter@", delimiter)
    )
    command += ["-f", str(script)]
    print(f"load_partners: {args.csv} ({args.csv.stat().st_size / 1e6:.1f} MB, delimiter '{delimiter}') "
          f"-> authority {authority}", flush=True)
    started = time.monotonic()
    results = {}
    try:
        with args.csv.open("rb") as data:
            process = subprocess.Popen(command, stdin=data, stdout=subprocess.PIPE, text=True, env=environment)
            assert process.stdout is not None
            for line in process.stdout:
                line = line.rstrip("\n")
                if line.startswith("step "):
                    _, name, rows, seconds = line.split(" ", 3)
                    print(f"  {name:<26} {int(rows):>10,} rows {float(seconds):6.1f} s", flush=True)
                elif line.startswith("result "):
                    _, name, value = line.split(" ", 2)
                    results[name] = value
                elif line:
                    print(f"  {line}", flush=True)
            status = process.wait()
    finally:
        script.unlink(missing_ok=True)
    if status != 0 or not results:
        print(f"load_partners: psql failed (exit status {status}); nothing was loaded", file=sys.stderr)
        return 1
    elapsed = time.monotonic() - started
    print(f"load_partners: the file has {int(results['file_organisations']):,} organisations and "
          f"{int(results['file_persons']):,} persons; the authority holds {int(results['db_organisations']):,} "
          f"organisations, {int(results['db_persons']):,} persons, {int(results['db_consent_events']):,} consent events "
          f"({elapsed:.1f} s)")
    problems = []
    if results["db_organisations"] != results["file_organisations"] or results["db_persons"] != results["file_persons"]:
        problems.append("the authority's rows differ from the file (another file was loaded for it? use another --authority)")
    if results["empty_search_text"] != "0":
        problems.append(f"{results['empty_search_text']} organisations have an empty search_text")
    if results["unindexed"] != "0":
        problems.append(f"{results['unindexed']} organisations have no terms in the search index (migration 0013)")
    if results["positions_missing"] != "0":
        problems.append(f"{results['positions_missing']} persons' positions are missing from their organisation's search_text")
    for problem in problems:
        print(f"load_partners: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
