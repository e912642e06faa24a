"""Two real contacts-service processes migrate the same (scratch) schema at once: the advisory lock
makes them take turns, so every migration is applied exactly once and both exit 0.

The scratch schema `contacts_probe_<random>` belongs to contacts_service (created and dropped by
the admin role); the live `contacts` schema is not touched. Checksums of edited files are covered
by a Swift test, not here.
"""

from __future__ import annotations

import re
import subprocess
import uuid

import pytest

from e2e_helpers import ROOT, admin_psql, contacts_binary, contacts_process_env

MIGRATIONS_DIR = ROOT / "Services" / "contacts-service" / "Migrations"
PROCESS_TIMEOUT = 90  # seconds, for both migrate runs together


@pytest.fixture
def scratch_schema(env):
    schema = f"contacts_probe_{uuid.uuid4().hex[:12]}"
    admin_psql(env, f"CREATE SCHEMA {schema} AUTHORIZATION contacts_service")
    try:
        yield schema
    finally:
        admin_psql(env, f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def test_two_processes_migrating_at_once_apply_each_migration_exactly_once(env, scratch_schema):
    files = sorted(path.name for path in MIGRATIONS_DIR.glob("*.sql"))
    assert files, f"no migrations in {MIGRATIONS_DIR}"
    binary = contacts_binary()
    process_env = contacts_process_env(env, schema=scratch_schema)

    processes = [
        subprocess.Popen([binary, "migrate"], cwd=ROOT, env=process_env, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True)
        for _ in range(2)
    ]
    logs = []
    try:
        for process in processes:
            output, _ = process.communicate(timeout=PROCESS_TIMEOUT)
            logs.append(output)
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=10)

    report = "\n".join(f"--- process {number} (exit {process.returncode})\n{log}"
                       for number, (process, log) in enumerate(zip(processes, logs), start=1))
    assert [p.returncode for p in processes] == [0, 0], report

    count = admin_psql(env, f"SELECT count(*) FROM {scratch_schema}.schema_migrations")
    assert int(count) == len(files), f"{count} rows in schema_migrations for {len(files)} files\n{report}"
    recorded = admin_psql(env, f"SELECT name FROM {scratch_schema}.schema_migrations ORDER BY version").splitlines()
    assert recorded == files, report

    applied_lines = [line for log in logs for line in log.splitlines() if "applied migration" in line]
    for name in files:
        mentions = [line for line in applied_lines if re.search(rf"migration={re.escape(name)}(\s|$)", line)]
        assert len(mentions) == 1, f"{name} applied {len(mentions)} times by the two processes\n{report}"
    assert len(applied_lines) == len(files), report
    # The migrated schema is usable by the service role: the table the migration made exists there.
    assert admin_psql(env, f"SELECT to_regclass('{scratch_schema}.organisations') IS NOT NULL") == "t", report
