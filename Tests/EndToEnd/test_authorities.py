"""The registry of authorities through the real binary and the gateway: operators register and
suspend authorities with `contacts-service authority ...`; contacts-service lets in only callers
of registered, active authorities."""

from __future__ import annotations

import json
import uuid

from e2e_helpers import Api, check_problem, contacts_command, explain, register_authority, wait_until


def test_operators_register_an_authority_that_every_tenant_then_lists(env, base_url, make_token, api):
    authority = str(uuid.uuid4())
    register_authority(env, authority, name="Obec Příšovice E2E", country="CZ")
    listed = api.get("/v1/contacts/authorities?country=CZ&limit=100")
    assert listed.status_code == 200, listed.text
    names = []
    body = listed.json()
    while True:
        names += [item["name"] for item in body["items"]]
        if not body.get("next_cursor"):
            break
        body = api.get(f"/v1/contacts/authorities?country=CZ&limit=100&cursor={body['next_cursor']}").json()
    assert "Obec Příšovice E2E" in names

    own = Api(base_url, make_token(authority=authority, roles=["resident"])).get("/v1/contacts/authority")
    assert own.status_code == 200, own.text
    assert own.json()["id"] == authority and own.json()["status"] == "active"

    listing = contacts_command(env, "authority", "list")
    assert listing.returncode == 0, explain(listing)
    assert authority in [json.loads(line)["id"] for line in listing.stdout.splitlines()]


def test_invalid_registrations_are_refused_naming_each_option(env):
    result = contacts_command(env, "authority", "add", "--name", "", "--country", "XX", "--municipality-code", "a b",
                              "--languages", "cs,zz")
    assert result.returncode == 64, explain(result)
    for option in ("--name", "--country", "--municipality-code", "--languages"):
        assert option in result.stderr, explain(result)
    duplicate = str(uuid.uuid4())
    register_authority(env, duplicate)
    again = contacts_command(env, "authority", "add", "--id", duplicate, "--name", "Again", "--country", "CZ",
                             "--municipality-code", "AGAIN-" + duplicate[:8], "--languages", "cs")
    assert again.returncode == 1 and "already registered" in again.stderr, explain(again)


def test_callers_of_unregistered_or_suspended_authorities_are_refused(env, base_url, make_token):
    unregistered = Api(base_url, make_token(authority=str(uuid.uuid4())))
    check_problem(unregistered.get("/v1/contacts/organisations"), 403)

    suspended = str(uuid.uuid4())
    register_authority(env, suspended)
    result = contacts_command(env, "authority", "suspend", suspended)
    assert result.returncode == 0, explain(result)
    # Never asked before, so no replica remembers it as active: refused at once.
    check_problem(Api(base_url, make_token(authority=suspended)).get("/v1/contacts/organisations"), 403)
    unknown = contacts_command(env, "authority", "activate", str(uuid.uuid4()))
    assert unknown.returncode == 1, explain(unknown)


def test_the_token_endpoint_is_limited_per_address_at_the_gateway(base_url):
    """The one route without a bearer token: a burst from one address gets 429 problem+json with
    Retry-After from the gateway, then the endpoint answers again (its own 401) within seconds."""
    anonymous = Api(base_url, None)
    form = {"grant_type": "client_credentials", "client_id": str(uuid.uuid4()), "client_secret": "wrong"}
    statuses = [anonymous.request("POST", "/v1/contacts/oauth/token", data=form).status_code for _ in range(40)]
    assert 401 in statuses and 429 in statuses, statuses
    limited = anonymous.request("POST", "/v1/contacts/oauth/token", data=form)
    if limited.status_code == 429:
        check_problem(limited, 429)
        assert limited.headers.get("Retry-After") == "1", dict(limited.headers)
    assert wait_until(
        lambda: anonymous.request("POST", "/v1/contacts/oauth/token", data=form).status_code == 401, timeout=10, interval=0.5
    ), "the token endpoint stayed limited"
