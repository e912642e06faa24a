"""Fixtures of the end-to-end suite: it talks to the REAL binaries and the nginx gateway.

deploy/local/test.sh starts PostgreSQL, the four services, the demo data and the gateway, then runs
`.local/venv/bin/pytest -q Tests/EndToEnd`. By hand: `make run`, then the same pytest command.
Nothing here starts the stack: a test that finds it down fails (it does not skip).
test_zz_peer_down.py stops and restarts contacts-service; its name makes pytest run it last.
"""

from __future__ import annotations

import time
import uuid
from datetime import datetime, timedelta, timezone
from typing import Callable

import pytest

from e2e_helpers import (
    DEMO_AUTHORITY_FALLBACK,
    ENV_FILE,
    GATEWAY_URL,
    TOKEN_PY,
    Api,
    check_problem,
    describe,
    iso,
    register_authority,
    unique,
)

# Roles that pass the matrix of docs/security.md for every operation; the Swift SecurityMatrixTests
# check each role on its own.
FUNCTIONAL_ROLES = ["authority_admin", "partnership_officer", "broker", "sme", "resident"]


@pytest.fixture(scope="session")
def env() -> dict:
    """The KEY=value secrets of .local/civiclink.env (written by postgres.sh at the first start)."""
    assert ENV_FILE.is_file(), f"{ENV_FILE} is missing: start the stack first (make run)"
    values = TOKEN_PY.read_env_file(ENV_FILE)
    assert len(values.get("JWT_SECRET", "")) >= 32, f"JWT_SECRET is missing or short in {ENV_FILE}"
    return values


@pytest.fixture(scope="session")
def base_url() -> str:
    """The gateway, the only public address."""
    return GATEWAY_URL


@pytest.fixture(scope="session")
def demo_authority(env) -> str:
    return env.get("DEMO_AUTHORITY_ID", DEMO_AUTHORITY_FALLBACK)


@pytest.fixture(scope="session")
def make_token(env, demo_authority) -> Callable[..., str]:
    """make_token(roles=[...], sub=, authority=, org=, ttl=, secret=) -> an HS256 JWT.

    Signed with deploy/local/token.py's own sign_hs256 and the env file's JWT_SECRET, JWT_AUDIENCE
    and JWT_ISSUER; defaults: a caller of the demo authority whose roles pass the matrix of
    docs/security.md for every operation (FUNCTIONAL_ROLES), valid for an hour.
    `secret` signs with another key (a forged token); a negative `ttl` gives an expired one.
    """

    def factory(roles=None, sub="e2e-officer", authority=None, org=None, ttl=3600, secret=None) -> str:
        now = int(time.time())
        claims = {
            "sub": sub,
            "authority_id": authority or demo_authority,
            "roles": list(roles or FUNCTIONAL_ROLES),
            "aud": env.get("JWT_AUDIENCE", "civiclink"),
            "iss": env.get("JWT_ISSUER", "civiclink-local"),
            "iat": now,
            "nbf": now,
            "exp": now + ttl,
        }
        if org:
            claims["org_id"] = org
        return TOKEN_PY.sign_hs256(claims, secret or env["JWT_SECRET"])

    return factory


@pytest.fixture(scope="session")
def api(base_url, make_token) -> Api:
    """The gateway, as a caller of the demo authority with FUNCTIONAL_ROLES."""
    return Api(base_url, make_token())


@pytest.fixture(scope="session")
def other_authority(env) -> str:
    """Another authority, registered by the operators' command and empty."""
    authority = str(uuid.uuid4())
    register_authority(env, authority, name="E2E other authority")
    return authority


@pytest.fixture(scope="session")
def other_api(base_url, make_token, other_authority) -> Api:
    """The gateway, as a caller of another (registered, empty) authority with FUNCTIONAL_ROLES."""
    return Api(base_url, make_token(authority=other_authority, sub="e2e-other-officer"))


@pytest.fixture(scope="session")
def assert_problem() -> Callable[..., dict]:
    """assert_problem(response, status) -> body; see e2e_helpers.check_problem."""
    return check_problem


# --- factories of test data (each asserts its 201) ----------------------------------------------

def check_created(response, collection: str) -> dict:
    """201 with the new object (its headers are checked by test_created_objects_have_verbatim_headers,
    so that a header bug does not hide the rest of the journey)."""
    assert response.status_code == 201, describe(response)
    created = response.json()
    assert isinstance(created.get("id"), str), describe(response)
    return created


@pytest.fixture(scope="session")
def create_sme() -> Callable[[Api], dict]:
    """create_sme(api) -> a new small SME in that api's authority."""

    def create(client: Api) -> dict:
        body = {"kind": "sme", "size_class": "small", "legal_name": unique("Sklárna Jizera s.r.o."),
                "country": "CZ", "municipality": "Liberec", "languages": ["cs", "de"], "keywords": ["glass", "e2e"]}
        created = check_created(client.post("/v1/contacts/organisations", body), "/v1/contacts/organisations")
        assert created.get("legal_name") == body["legal_name"], created
        assert created.get("kind") == "sme" and created.get("size_class") == "small", created
        return created

    return create


@pytest.fixture(scope="session")
def create_partner_city() -> Callable[[Api], dict]:
    """create_partner_city(api) -> a new active partner city in that api's authority."""

    def create(client: Api) -> dict:
        body = {"name": unique("Görlitz"), "country": "DE", "region": "Sachsen", "languages": ["de"],
                "status": "active"}
        collection = "/v1/internationalisation/partner-cities"
        created = check_created(client.post(collection, body), collection)
        assert created.get("name") == body["name"] and created.get("status") == "active", created
        return created

    return create


@pytest.fixture(scope="session")
def create_meeting() -> Callable[..., dict]:
    """create_meeting(api, capacity=20) -> a new meeting in 30 days in that api's authority."""

    def create(client: Api, capacity: int = 20) -> dict:
        starts = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(days=30)
        body = {"title": unique("Cross-border suppliers' breakfast"), "topic": "supply chains",
                "location": "Liberec town hall", "starts_at": iso(starts),
                "ends_at": iso(starts + timedelta(hours=2)), "capacity": capacity}
        created = check_created(client.post("/v1/networking/meetings", body), "/v1/networking/meetings")
        assert created.get("title") == body["title"] and created.get("capacity") == capacity, created
        return created

    return create
