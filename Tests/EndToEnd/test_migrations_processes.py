"""Two real contacts-service processes migrate the same (scratch) schema at once: the advisory lock
makes them take turns, so every migration is applied exactly once and both exit 0.

The scratch schema `contacts_probe_<random>` belongs to contacts_service (created and dropped by
the admin role); the live `contacts` schema is not touched. Checksums of edited files are covered
by a Swift test, not here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import uuid

import pytest

from e2e_helpers import ROOT, running_binary_dir

MIGRATIONS_DIR = ROOT / "Services" / "contacts-service" / "Migrations"
PROCESS_TIMEOUT = 90  # seconds, for both migrate runs together


def psql_path() -> str:
    found = shutil.which("psql")
    if found:
        return found
    candidates = sorted(p for p in (ROOT.root / "usr" / "lib" / "postgresql").glob("*/bin/psql"))
    assert candidates, "psql is not installed (deploy/local/install-deps.sh installs it)"
    return str(candidates[-1])


def admin_psql(env: dict, sql: str) -> str:
    """Runs SQL as the admin role over TCP on 127.0.0.1; returns the unaligned, tuples-only output."""
    result = subprocess.run(
        [psql_path(), "-X", "-q", "-w", "-At", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", env["DB_PORT"],
         "-U", env["DB_ADMIN_USER"], "-d", env["DB_NAME"], "-c", sql],
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PGPASSWORD": env["DB_ADMIN_PASSWORD"],
             "PGCONNECT_TIMEOUT": "5", "PGAPPNAME": "civiclink-e2e"},
        capture_output=True, text=True, timeout=30,
    )
    assert result.returncode == 0, f"psql failed ({sql!r}): {result.stderr}"
    return result.stdout.strip()


def contacts_binary() -> str:
    """$(swift build --show-bin-path)/contacts-service; BIN_PATH overrides, as for services.sh.
    If SwiftPM is stuck behind another build's lock, the folder of the running contacts-service."""
    bin_path = os.environ.get("BIN_PATH")
    if not bin_path:
        try:
            result = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True,
                                    text=True, timeout=45)
            assert result.returncode == 0, f"swift build --show-bin-path failed: {result.stderr}"
            bin_path = result.stdout.strip().splitlines()[-1]
        except subprocess.TimeoutExpired:
            bin_path = running_binary_dir("contacts-service")
            assert bin_path, "swift build --show-bin-path timed out and contacts-service is not running"
    binary = os.path.join(bin_path, "contacts-service")
    assert os.access(binary, os.X_OK), f"{binary} is missing: build first (swift build, or make run)"
    return binary


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
    process_env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "DB_HOST": "127.0.0.1",
        "DB_PORT": env["DB_PORT"],
        "DB_NAME": env["DB_NAME"],
        "DB_USER": "contacts_service",
        "DB_PASSWORD": env["CONTACTS_DB_PASSWORD"],
        "DB_SCHEMA": scratch_schema,
        "JWT_SECRET": env["JWT_SECRET"],
        "MIGRATIONS_DIR": str(MIGRATIONS_DIR),
        "LOG_FORMAT": "text",
        "LOG_LEVEL": "info",
    }

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
