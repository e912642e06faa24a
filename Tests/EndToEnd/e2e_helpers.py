"""Plain helpers of the end-to-end suite (the fixtures that use them are in conftest.py).

Only 127.0.0.1 is used. Every wait is a bounded loop; no sleep is an assertion.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import requests

ROOT = Path(__file__).resolve().parents[2]
ENV_FILE = Path(os.environ.get("CIVICLINK_ENV_FILE", ROOT / ".local" / "civiclink.env"))
SERVICES_SH = ROOT / "deploy" / "local" / "services.sh"
RUN_DIR = ROOT / ".local" / "run"

GATEWAY_URL = "http://127.0.0.1:8080"
# executable: (own port, gateway prefix)
SERVICES = {
    "contacts-service": (8081, "/v1/contacts"),
    "internationalisation-service": (8082, "/v1/internationalisation"),
    "networking-service": (8083, "/v1/networking"),
    "innovation-service": (8084, "/v1/innovation"),
}
DEMO_AUTHORITY_FALLBACK = "00000000-0000-4000-8000-00000000a001"
HTTP_TIMEOUT = 10  # seconds, for every request the suite makes

PROBLEM_JSON = "application/problem+json"
# What must never reach a caller: SQL, stack traces, source locations, internal host names.
LEAK_MARKERS = ("SELECT", "Traceback", "at /")
HOST_MARKERS = ("localhost", "127.0.0.1")


def _load_token_module():
    """deploy/local/token.py, loaded under another name (`token` is a standard-library module)."""
    spec = importlib.util.spec_from_file_location("civiclink_token_py", ROOT / "deploy" / "local" / "token.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# read_env_file(path) and sign_hs256(claims, secret), the same code `make token` runs.
TOKEN_PY = _load_token_module()


# --- HTTP ---------------------------------------------------------------------------------------

class Api:
    """requests against one base URL with one bearer token (None: no Authorization header)."""

    def __init__(self, base: str, token: str | None):
        self.base = base
        self.token = token
        self.session = requests.Session()

    def request(self, method: str, path: str, *, json_body=None, data=None, headers=None, token=...,
                **kwargs) -> requests.Response:
        """`json_body` is sent as application/json; `data` as is (set Content-Type in `headers`);
        `token=None` sends no Authorization header, `token="..."` another one."""
        sent = {"Accept": "application/json, application/problem+json"}
        chosen = self.token if token is ... else token
        if chosen is not None:
            sent["Authorization"] = f"Bearer {chosen}"
        if json_body is not None:
            data = json.dumps(json_body).encode("utf-8")
            sent["Content-Type"] = "application/json"
        sent.update(headers or {})
        kwargs.setdefault("timeout", HTTP_TIMEOUT)
        return self.session.request(method, self.base + path, data=data, headers=sent, **kwargs)

    def get(self, path: str, **kwargs) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, body=None, **kwargs) -> requests.Response:
        return self.request("POST", path, json_body=body, **kwargs)


def describe(response: requests.Response) -> str:
    """The response for a failure message: request, status, content type, start of the body."""
    return (f"{response.request.method} {response.request.path_url} -> {response.status_code} "
            f"[{response.headers.get('Content-Type')}] {response.text[:800]!r}")


def check_no_leaks(response: requests.Response) -> None:
    text = response.text
    for marker in LEAK_MARKERS:
        assert marker not in text, f"the body leaks {marker!r}: {describe(response)}"
    for marker in HOST_MARKERS:
        assert marker not in text, f"the body names the host {marker!r}: {describe(response)}"


def check_problem(response: requests.Response, status: int) -> dict:
    """Asserts RFC 9457 problem+json with this status and returns the parsed body: the HTTP status,
    the media type, `status` equal to it, `type` and `title` non-empty strings, `errors[]` (when
    present) with `field` and `message`, and no internal detail (SQL, trace, host) in the body."""
    assert response.status_code == status, f"expected {status}: {describe(response)}"
    media_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    assert media_type == PROBLEM_JSON, f"expected {PROBLEM_JSON}: {describe(response)}"
    try:
        body = response.json()
    except ValueError:
        raise AssertionError(f"the problem body is not JSON: {describe(response)}") from None
    assert isinstance(body, dict), describe(response)
    assert body.get("status") == status, f"`status` is not {status}: {describe(response)}"
    for key in ("type", "title"):
        assert isinstance(body.get(key), str) and body[key], f"`{key}` is missing or empty: {describe(response)}"
    errors = body.get("errors")
    if errors is not None:
        assert isinstance(errors, list), describe(response)
        for error in errors:
            assert isinstance(error, dict) and isinstance(error.get("field"), str) \
                and isinstance(error.get("message"), str), describe(response)
    check_no_leaks(response)
    return body


# --- test data ------------------------------------------------------------------------------------

def unique(label: str) -> str:
    """A name no earlier run used (the database keeps what earlier runs created)."""
    return f"{label} e2e-{uuid.uuid4().hex[:10]}"


def iso(moment: datetime, fraction: bool = True) -> str:
    """RFC 3339 in UTC; with milliseconds by default (2026-10-01T09:00:00.000Z), as the services write it."""
    moment = moment.astimezone(timezone.utc)
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    return text + (f".{moment.microsecond // 1000:03d}Z" if fraction else "Z")


# --- processes ----------------------------------------------------------------------------------

def service_ready(port: int) -> bool:
    try:
        return requests.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200
    except requests.RequestException:
        return False


def port_answers(port: int) -> bool:
    try:
        requests.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
        return True
    except requests.RequestException:
        return False


def wait_until(predicate: Callable[[], bool], timeout: float, interval: float = 0.25) -> bool:
    """Polls predicate until it is true or `timeout` seconds have passed; returns its last answer."""
    deadline = time.monotonic() + timeout
    while True:
        if predicate():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(interval)


def running_binary_dir(service: str) -> str | None:
    """The folder of the binary a running service was started from (via its pid file), if any."""
    try:
        pid = int((RUN_DIR / f"{service}.pid").read_text().strip())
        argv0 = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0].decode()
    except (OSError, ValueError, IndexError, UnicodeDecodeError):
        return None
    return str(Path(argv0).parent) if argv0.endswith("/" + service) else None


def services_sh(*args: str, env: dict | None = None, timeout: int = 180) -> subprocess.CompletedProcess:
    """deploy/local/services.sh with these arguments (e.g. "stop", "contacts")."""
    return subprocess.run([str(SERVICES_SH), *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=timeout)


def explain(result: subprocess.CompletedProcess) -> str:
    return f"exit {result.returncode}\n--- stdout\n{result.stdout[-3000:]}\n--- stderr\n{result.stderr[-3000:]}"


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

def contacts_process_env(env: dict, schema: str | None = None) -> dict:
    """The environment of a contacts-service process run by a test (its own role; `schema` overrides)."""
    process_env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "DB_HOST": "127.0.0.1",
        "DB_PORT": env["DB_PORT"],
        "DB_NAME": env["DB_NAME"],
        "DB_USER": "contacts_service",
        "DB_PASSWORD": env["CONTACTS_DB_PASSWORD"],
        "JWT_SECRET": env["JWT_SECRET"],
        "MIGRATIONS_DIR": str(ROOT / "Services" / "contacts-service" / "Migrations"),
        "LOG_FORMAT": "text",
        "LOG_LEVEL": "info",
    }
    if schema:
        process_env["DB_SCHEMA"] = schema
    return process_env


def contacts_command(env: dict, *args: str, timeout: int = 60) -> subprocess.CompletedProcess:
    """Runs `contacts-service <args>` (an operator's command) against the live contacts schema."""
    return subprocess.run([contacts_binary(), *args], cwd=ROOT, env=contacts_process_env(env), capture_output=True,
                          text=True, timeout=timeout)


def register_authority(env: dict, authority: str, name: str = "E2E authority", country: str = "CZ") -> None:
    """Registers `authority` as an operator does (contacts-service refuses unregistered ones)."""
    result = contacts_command(env, "authority", "add", "--id", authority, "--name", name, "--country", country,
                              "--municipality-code", "E2E-" + authority.replace("-", "")[:24], "--languages", "cs,en")
    assert result.returncode == 0, explain(result)
