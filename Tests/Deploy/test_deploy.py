"""Offline checks of the deployment files and the local tooling (`make validate`).

No Docker engine or cluster runs here, so the container files are checked by their schemas and
linters (check-jsonschema's compose-spec, hadolint, yamllint, openapi-spec-validator), the gateway
by `nginx -t` and by a real nginx on a spare port, the scripts by shellcheck and by running them.
The tools come from .local/venv (deploy/local/install-deps.sh); run with .local/venv/bin/pytest.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import http.server
import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = ROOT / ".local" / "venv" / "bin"
SERVICES = {
    # name: (port, role, schema)
    "contacts-service": (8081, "contacts_service", "contacts"),
    "internationalisation-service": (8082, "internationalisation_service", "internationalisation"),
    "networking-service": (8083, "networking_service", "networking"),
    "innovation-service": (8084, "innovation_service", "innovation"),
}
GATEWAY_SH = ROOT / "deploy" / "local" / "gateway.sh"


def tool(name: str) -> str:
    """A tool from the project venv, else from PATH; fails (not skips) when it is missing."""
    candidate = VENV_BIN / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name) or (f"/usr/sbin/{name}" if Path(f"/usr/sbin/{name}").exists() else None)
    assert found, f"{name} is not installed: run deploy/local/install-deps.sh"
    return found


def run(*args: str, env: dict | None = None, timeout: int = 300, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def explain(result: subprocess.CompletedProcess) -> str:
    return f"exit {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


# --- docker-compose.yml ------------------------------------------------------------------------

def test_compose_file_matches_the_compose_spec():
    result = run(tool("check-jsonschema"), "--builtin-schema", "vendor.compose-spec", "docker-compose.yml")
    assert result.returncode == 0, explain(result)


def test_compose_services_are_wired_as_the_interface_says(compose):
    services = compose["services"]
    assert set(services) == {"postgres", "bootstrap", "gateway", *SERVICES}

    for name, (port, role, schema) in SERVICES.items():
        svc = services[name]
        assert svc["build"]["dockerfile"] == "deploy/Dockerfile", name
        assert svc["build"]["args"]["SERVICE"] == name
        assert str(svc["build"]["args"]["PORT"]) == str(port), name
        env = svc["environment"]
        assert env["DB_HOST"] == "postgres" and str(env["DB_PORT"]) == "5432", name
        assert env["DB_USER"] == role and env["DB_SCHEMA"] == schema, name
        assert str(env["PORT"]) == str(port), name
        assert env["CONTACTS_SERVICE_URL"] == "http://contacts-service:8081", name
        assert env["HOST"] == "0.0.0.0", f"{name} must listen on all interfaces inside its container"
        assert f"http://127.0.0.1:{port}/readyz" in svc["healthcheck"]["test"], name
        deps = svc["depends_on"]
        assert deps["postgres"]["condition"] == "service_healthy", name
        assert deps["bootstrap"]["condition"] == "service_completed_successfully", name
        # The password the service logs in with is the one bootstrap sets for its role.
        key = f"{schema.upper()}_DB_PASSWORD"
        assert env["DB_PASSWORD"] == services["bootstrap"]["environment"][key], name

    for name in ("internationalisation-service", "networking-service"):
        assert services[name]["depends_on"]["contacts-service"]["condition"] == "service_healthy", name

    secret = services["contacts-service"]["environment"]["JWT_SECRET"]
    default = secret.split(":-", 1)[1].rstrip("}")
    assert len(default) >= 32, "the default JWT secret must be at least 32 characters (HS256)"

    bootstrap = services["bootstrap"]
    assert bootstrap["restart"] == "no"
    assert bootstrap["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert "./deploy/sql:/sql:ro" in bootstrap["volumes"]
    assert "/sql/bootstrap.sql" in bootstrap["command"]

    assert "pg_isready" in " ".join(services["postgres"]["healthcheck"]["test"])

    gateway = services["gateway"]
    assert {n: d["condition"] for n, d in gateway["depends_on"].items()} == {n: "service_healthy" for n in SERVICES}
    mount = next(v for v in gateway["volumes"] if v.endswith(":/etc/nginx/nginx.conf:ro"))
    assert (ROOT / mount.split(":")[0]).is_file(), f"the gateway mounts a missing file: {mount}"
    assert any(str(p).endswith(":8080") for p in gateway["ports"])


# --- deploy/Dockerfile ---------------------------------------------------------------------------

def test_dockerfile_passes_hadolint():
    result = run(tool("hadolint"), "deploy/Dockerfile")
    assert result.returncode == 0, explain(result)


def test_dockerfile_builds_with_build_sh_and_runs_as_non_root():
    text = (ROOT / "deploy" / "Dockerfile").read_text()
    assert 'deploy/build.sh release /staging "${SERVICE}"' in text
    assert "USER 10001" in text, "the runtime stage must not run as root"
    assert "MIGRATIONS_DIR=/app/migrations" in text
    assert "HEALTHCHECK" in text and "/readyz" in text
    assert 'ENTRYPOINT ["/app/service"]' in text and 'CMD ["serve"]' in text
    # Two stages: the runtime image carries no compiler.
    assert text.count("\nFROM ") == 2 and "-bookworm-slim AS runtime" in text


# --- YAML and OpenAPI ----------------------------------------------------------------------------

def test_yaml_files_pass_yamllint():
    targets = ["docker-compose.yml", "openapi.yaml", "deploy/"]
    result = run(tool("yamllint"), "--strict", "-c", ".yamllint", *targets)
    assert result.returncode == 0, explain(result)


def test_openapi_document_is_valid():
    result = run(tool("openapi-spec-validator"), "openapi.yaml")
    assert result.returncode == 0, explain(result)


def test_nace_migration_is_generated_from_the_reference_csv():
    result = run(sys.executable, "deploy/generate-nace-migration.py", "--check")
    assert result.returncode == 0, explain(result)


# --- the gateway ---------------------------------------------------------------------------------

def render(variant: str, env: dict | None = None) -> str:
    result = run(str(GATEWAY_SH), "render", variant, env={**os.environ, **(env or {})})
    assert result.returncode == 0, explain(result)
    return result.stdout


def nginx_t(conf: Path, prefix: Path) -> subprocess.CompletedProcess:
    return run(tool("nginx"), "-t", "-p", f"{prefix}/", "-c", str(conf), "-e", str(prefix / "error.log"))


def test_local_gateway_config_passes_nginx_t(tmp_path):
    conf = tmp_path / "nginx.conf"
    conf.write_text(render("local", {"GATEWAY_DIR": str(tmp_path), "GATEWAY_PID_FILE": str(tmp_path / "nginx.pid"),
                                     "GATEWAY_LOG_DIR": str(tmp_path)}))
    (tmp_path / "temp").mkdir()
    result = nginx_t(conf, tmp_path)
    assert result.returncode == 0, explain(result)


def test_compose_gateway_config_is_the_current_rendering():
    committed = (ROOT / "deploy" / "gateway" / "nginx.compose.conf").read_text()
    assert committed == render("compose"), (
        "deploy/gateway/nginx.compose.conf is stale: run deploy/local/gateway.sh render compose "
        "deploy/gateway/nginx.compose.conf")


def test_compose_gateway_config_passes_nginx_t(tmp_path):
    """`nginx -t` resolves upstream host names and looks up the `user`, and neither the compose
    service names nor the image's `nginx` user exist on this machine. So the committed file is
    checked with exactly those environment-bound values swapped for local ones (hosts -> 127.0.0.1,
    user line dropped, pid and temp paths -> a temp folder); everything else is tested as is."""
    text = (ROOT / "deploy" / "gateway" / "nginx.compose.conf").read_text()
    for name, (port, _, _) in SERVICES.items():
        assert f"server {name}:{port} " in text, f"the compose gateway must reach {name} by its service name"
        text = text.replace(f"server {name}:{port} ", f"server 127.0.0.1:{port} ")
    assert "user nginx;" in text
    text = text.replace("user nginx;", "# user nginx; (dropped for the offline check)")
    text = text.replace("/var/run/nginx.pid", str(tmp_path / "nginx.pid")).replace("/var/cache/nginx", str(tmp_path))
    conf = tmp_path / "nginx.conf"
    conf.write_text(text)
    result = nginx_t(conf, tmp_path)
    assert result.returncode == 0, explain(result)


class EchoUpstream(http.server.BaseHTTPRequestHandler):
    """A stand-in service: answers JSON describing the request it saw and on which connection."""
    protocol_version = "HTTP/1.1"  # keep-alive, as the real services

    def do_GET(self):
        self._answer()

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self._answer()

    def _answer(self):
        body = json.dumps({
            "path": self.path,
            "request_id": self.headers.get("X-Request-ID"),
            "connection": self.headers.get("Connection"),
            "peer_port": self.client_address[1],
        }).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Request-ID", "set-by-the-service")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def request(method: str, url: str, body: bytes | None = None, headers: dict | None = None):
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


@pytest.fixture
def gateway(tmp_path):
    """gateway.sh start on a spare port: contacts -> an echo server, the others -> closed ports."""
    upstream = http.server.ThreadingHTTPServer(("127.0.0.1", 0), EchoUpstream)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    port = free_port()
    closed = free_port()
    env = {
        **os.environ,
        "GATEWAY_DIR": str(tmp_path / "gw"),
        "GATEWAY_PID_FILE": str(tmp_path / "gw" / "nginx.pid"),
        "GATEWAY_LOG_DIR": str(tmp_path / "gw"),
        "GATEWAY_LISTEN": f"127.0.0.1:{port}",
        "CONTACTS_UPSTREAM": f"127.0.0.1:{upstream.server_address[1]}",
        "INTERNATIONALISATION_UPSTREAM": f"127.0.0.1:{closed}",
        "NETWORKING_UPSTREAM": f"127.0.0.1:{closed}",
        "INNOVATION_UPSTREAM": f"127.0.0.1:{closed}",
    }
    started = run(str(GATEWAY_SH), "start", env=env, timeout=60)
    assert started.returncode == 0, explain(started)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stopped = run(str(GATEWAY_SH), "stop", env=env, timeout=60)
        upstream.shutdown()
        assert stopped.returncode == 0, explain(stopped)
        assert not (tmp_path / "gw" / "nginx.pid").exists()


def assert_problem(status, headers, body, expected: int):
    assert status == expected, body
    assert headers["Content-Type"] == "application/problem+json"
    problem = json.loads(body)
    assert problem["type"] == "about:blank"
    assert problem["status"] == expected
    assert isinstance(problem["title"], str) and problem["title"]
    assert problem["request_id"] == headers["X-Request-ID"]
    return problem


def test_gateway_routes_and_answers_its_own_errors_as_problem_json(gateway):
    # Routed by prefix, path unchanged, over kept-alive HTTP/1.1 connections.
    status, headers, body = request("GET", f"{gateway}/v1/contacts/organisations?q=lodz",
                                 headers={"X-Request-ID": "caller-id-1"})
    assert status == 200, body
    seen = json.loads(body)
    assert seen["path"] == "/v1/contacts/organisations?q=lodz"
    assert seen["request_id"] == "caller-id-1"
    assert headers["X-Request-ID"] == "caller-id-1", "the caller's id must come back, once"
    assert len(headers.get_all("X-Request-ID")) == 1
    assert seen["connection"] in (None, ""), "the gateway must not ask the service to close the connection"
    second = json.loads(request("GET", f"{gateway}/v1/contacts/x")[2])
    assert second["peer_port"] == seen["peer_port"], "the upstream connection was not reused (keepalive)"

    # No id, or one that is not a plain token: the gateway makes one and the service sees it.
    for sent in ({}, {"X-Request-ID": "bad id with spaces"}):
        status, headers, body = request("GET", f"{gateway}/v1/contacts/y", headers=sent)
        rid = json.loads(body)["request_id"]
        assert rid and rid == headers["X-Request-ID"] and " " not in rid

    problem = assert_problem(*request("GET", f"{gateway}/v2/unknown"), 404)
    assert problem["title"] == "Not Found"
    assert_problem(*request("GET", f"{gateway}/healthzz"), 404)

    problem = assert_problem(*request("GET", f"{gateway}/v1/networking/meetings"), 502)
    assert problem["title"] == "Bad Gateway"

    big = b"{" + b" " * (1024 * 1024 + 10) + b"}"
    problem = assert_problem(*request("POST", f"{gateway}/v1/contacts/organisations", big,
                                   {"Content-Type": "application/json"}), 413)
    assert problem["title"] == "Content Too Large"
    # Just under the limit passes through.
    status, _, _ = request("POST", f"{gateway}/v1/contacts/organisations", b"{" + b" " * (1024 * 1024 - 10) + b"}",
                        {"Content-Type": "application/json"})
    assert status == 200


# --- scripts -------------------------------------------------------------------------------------

def shell_scripts() -> list[str]:
    scripts = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "deploy").rglob("*.sh"))
    return scripts + [".ci/run"]


def test_shell_scripts_pass_shellcheck():
    shellcheck = shutil.which("shellcheck")
    if shellcheck is None:
        pytest.skip("shellcheck is not installed (deploy/local/install-deps.sh installs it)")
    result = run(shellcheck, "-x", *shell_scripts())
    assert result.returncode == 0, explain(result)


def test_shell_scripts_are_strict_and_executable():
    for script in shell_scripts():
        path = ROOT / script
        text = path.read_text()
        if script.endswith("lib.sh"):
            continue  # sourced, never run
        assert text.startswith("#!/usr/bin/env bash\n"), script
        assert "set -euo pipefail" in text or "set -uo pipefail" in text, script
        assert path.stat().st_mode & stat.S_IXUSR, f"{script} is not executable"


def decode_segment(segment: str) -> dict:
    return json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))


def test_token_py_signs_hs256_with_the_env_file_secret(tmp_path):
    secret = "s" * 40
    env_file = tmp_path / "civiclink.env"
    env_file.write_text(f"JWT_SECRET={secret}\nJWT_ISSUER=iss-x\nJWT_AUDIENCE=aud-x\n"
                        "DEMO_AUTHORITY_ID=00000000-0000-4000-8000-00000000a001\n")
    env = {**os.environ, "CIVICLINK_ENV_FILE": str(env_file)}
    token_py = str(ROOT / "deploy" / "local" / "token.py")

    result = run(sys.executable, token_py, "--role", "broker", "--role", "sme", "--org", "org-1", "--ttl", "60", env=env)
    assert result.returncode == 0, explain(result)
    token = result.stdout.strip()
    header, payload, signature = token.split(".")
    expected = base64.urlsafe_b64encode(
        hmac.new(secret.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()).rstrip(b"=").decode()
    assert hmac.compare_digest(signature, expected), "bad HS256 signature"
    assert decode_segment(header) == {"alg": "HS256", "typ": "JWT"}
    claims = decode_segment(payload)
    now = time.time()
    assert claims["roles"] == ["broker", "sme"] and claims["org_id"] == "org-1"
    assert claims["iss"] == "iss-x" and claims["aud"] == "aud-x" and claims["sub"] == "demo-officer"
    assert claims["authority_id"] == "00000000-0000-4000-8000-00000000a001"
    assert abs(claims["exp"] - (now + 60)) < 10 and claims["nbf"] <= now + 1 and claims["iat"] <= now + 1

    defaults = decode_segment(run(sys.executable, token_py, env=env).stdout.strip().split(".")[1])
    assert defaults["roles"] == ["partnership_officer"] and "org_id" not in defaults

    missing = run(sys.executable, token_py, env={**os.environ, "CIVICLINK_ENV_FILE": str(tmp_path / "none")})
    assert missing.returncode == 1 and missing.stdout == ""


def migrations(service: str) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((ROOT / "Services" / service / "Migrations").glob("*.sql"))}


def assert_layout(out: Path, service: str):
    binary = out / service / service
    assert binary.is_file() and os.access(binary, os.X_OK), f"{binary} missing or not executable"
    copied = {p.name: p.read_bytes() for p in (out / service / "migrations").glob("*.sql")}
    assert copied == migrations(service), f"{service}: migrations not copied as they are"


def test_build_sh_layout_with_a_stub_toolchain(tmp_path):
    """build.sh's own logic (which products, what is copied where) with a fake `swift`, in a second."""
    stub_dir = tmp_path / "stub"
    stub_dir.mkdir()
    calls = tmp_path / "calls.log"
    fake_bin = tmp_path / "fake-bin"
    (stub_dir / "swift").write_text(f"""#!/usr/bin/env bash
echo "$*" >> {calls}
if [[ " $* " == *" --show-bin-path "* ]]; then echo {fake_bin}; exit 0; fi
mkdir -p {fake_bin}/CivicLink_Shared.resources && echo '{{}}' > {fake_bin}/CivicLink_Shared.resources/r.json
for p in {' '.join(SERVICES)}; do printf '#!/bin/sh\\nexit 0\\n' > {fake_bin}/$p; chmod +x {fake_bin}/$p; done
""")
    (stub_dir / "swift").chmod(0o755)
    env = {**os.environ, "PATH": f"{stub_dir}:{os.environ['PATH']}"}
    out = tmp_path / "out"

    result = run(str(ROOT / "deploy" / "build.sh"), "release", str(out), "networking-service", env=env)
    assert result.returncode == 0, explain(result)
    assert calls.read_text().splitlines()[0] == "build -c release --product networking-service"
    assert [p.name for p in out.iterdir()] == ["networking-service"]
    assert_layout(out, "networking-service")
    assert (out / "networking-service" / "CivicLink_Shared.resources" / "r.json").is_file()

    calls.unlink()
    result = run(str(ROOT / "deploy" / "build.sh"), "debug", str(out), env=env)
    assert result.returncode == 0, explain(result)
    assert calls.read_text().splitlines()[0] == "build -c debug", "all four products in one build"
    for service in SERVICES:
        assert_layout(out, service)

    assert run(str(ROOT / "deploy" / "build.sh"), "fast", str(out), env=env).returncode == 2
    assert run(str(ROOT / "deploy" / "build.sh"), "debug", str(out), "no-such-service", env=env).returncode == 2


def test_build_sh_debug_builds_runnable_services(tmp_path):
    """The real thing: swift build (debug, incremental after `make run`), then the layout."""
    out = tmp_path / "out"
    result = run(str(ROOT / "deploy" / "build.sh"), "debug", str(out), timeout=3000)
    assert result.returncode == 0, explain(result)
    for service in SERVICES:
        assert_layout(out, service)
        assert migrations(service), f"Services/{service}/Migrations has no .sql file"
        helped = run(str(out / service / service), "--help", timeout=60, cwd=tmp_path)
        assert helped.returncode == 0, explain(helped)


# --- the database bootstrap (needs the local cluster: make run, or deploy/local/postgres.sh start) --

def read_env_file() -> dict:
    path = Path(os.environ.get("CIVICLINK_ENV_FILE", ROOT / ".local" / "civiclink.env"))
    if not path.is_file():
        pytest.skip("no .local/civiclink.env: the local PostgreSQL has never been started")
    return dict(line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)


@pytest.fixture(scope="module")
def db():
    env = read_env_file()
    try:
        socket.create_connection((env["DB_HOST"], int(env["DB_PORT"])), timeout=1).close()
    except OSError:
        pytest.skip("the local PostgreSQL is not running (deploy/local/postgres.sh start)")
    psql_bin = shutil.which("psql")
    assert psql_bin, "psql is not installed"

    def psql(user: str, sql: str) -> subprocess.CompletedProcess:
        password = env["DB_ADMIN_PASSWORD"] if user == env["DB_ADMIN_USER"] else \
            env[f"{user.removesuffix('_service').upper()}_DB_PASSWORD"]
        return run(psql_bin, "-X", "-q", "-t", "-A", "-w", "-v", "ON_ERROR_STOP=1", "-v", "VERBOSITY=verbose",
                   "-h", env["DB_HOST"], "-p", env["DB_PORT"], "-U", user, "-d", env["DB_NAME"], "-c", sql,
                   env={**os.environ, "PGPASSWORD": password, "PGOPTIONS": "-c client_min_messages=warning"},
                   timeout=60)

    psql.admin = env["DB_ADMIN_USER"]
    return psql


def test_bootstrap_is_idempotent(db):
    result = run(str(ROOT / "deploy" / "local" / "postgres.sh"), "start", timeout=120)
    assert result.returncode == 0, explain(result)
    assert "bootstrap.sql: database" in result.stdout


def test_a_service_role_cannot_read_another_services_schema(db):
    table = f"internationalisation.deploy_probe_{uuid.uuid4().hex[:8]}"
    created = db(db.admin, f"SET ROLE internationalisation_service; CREATE TABLE {table} (id int); "
                           f"INSERT INTO {table} VALUES (1);")
    assert created.returncode == 0, explain(created)
    try:
        own = db("internationalisation_service", f"SELECT count(*) FROM {table}")
        assert own.returncode == 0 and own.stdout.strip() == "1", explain(own)
        other = db("contacts_service", f"SELECT 1 FROM {table}")
        assert other.returncode != 0 and "42501" in other.stderr, explain(other)
        for role in ("networking_service", "innovation_service"):
            assert "42501" in db(role, f"SELECT 1 FROM {table}").stderr, role
    finally:
        db(db.admin, f"DROP TABLE IF EXISTS {table}")


def test_service_roles_use_only_their_own_schema(db):
    for _, role, schema in SERVICES.values():
        result = db(role, "SELECT current_setting('search_path'), "
                          "(SELECT rolsuper OR rolbypassrls OR rolcreaterole FROM pg_roles WHERE rolname = current_user)")
        assert result.returncode == 0, explain(result)
        assert result.stdout.strip() == f"{schema}, extensions|f", role
        public = db(role, "CREATE TABLE public.deploy_probe (id int)")
        assert public.returncode != 0 and "42501" in public.stderr, explain(public)
        owner = db(role, f"SELECT nspowner::regrole FROM pg_namespace WHERE nspname = '{schema}'")
        assert owner.stdout.strip() == role


def test_search_extensions_work_for_service_roles(db):
    result = db("contacts_service", "CREATE TABLE deploy_probe_search (name text); "
                                    "CREATE INDEX ON deploy_probe_search USING gin (f_unaccent(lower(name)) gin_trgm_ops); "
                                    "SELECT f_unaccent('Łódź Plzeň Székesfehérvár'), "
                                    "similarity('lodz', f_unaccent(lower('ŁÓDŹ'))); "
                                    "DROP TABLE deploy_probe_search;")
    assert result.returncode == 0, explain(result)
    assert result.stdout.strip() == "Lodz Plzen Szekesfehervar|1"
    volatility = db(db.admin, "SELECT provolatile FROM pg_proc WHERE oid = 'extensions.f_unaccent(text)'::regprocedure")
    assert volatility.stdout.strip() == "i", "f_unaccent must be IMMUTABLE to be usable in indexes"
