"""Every error of every service, through the gateway, is RFC 9457 problem+json that tells the caller
what is wrong and nothing about the inside (no SQL, stack traces, source paths or host names).

Each case is a bad request against one service prefix; check_problem (e2e_helpers) asserts the
status, `application/problem+json`, `status` equal to the HTTP status, `type`, `title` and no leaks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pytest
import requests

from e2e_helpers import HTTP_TIMEOUT, SERVICES, Api, check_problem

TWO_MIB = 2 * 1024 * 1024


@dataclass(frozen=True)
class Target:
    """What a service offers to be misused: a collection (GET list, POST create) and an item."""
    service: str
    collection: str
    item: str  # with {id}
    valid_body: dict
    collection_methods: frozenset = field(default_factory=lambda: frozenset({"GET", "POST"}))


TARGETS = [
    Target("contacts-service", "/v1/contacts/organisations", "/v1/contacts/organisations/{id}",
           {"kind": "sme", "legal_name": "Problem Probe s.r.o.", "country": "CZ"}),
    Target("internationalisation-service", "/v1/internationalisation/partner-cities",
           "/v1/internationalisation/partner-cities/{id}", {"name": "Problem Probe", "country": "DE"}),
    Target("networking-service", "/v1/networking/meetings", "/v1/networking/meetings/{id}",
           {"title": "Problem probe", "topic": "errors", "starts_at": "2030-01-01T09:00:00.000Z",
            "ends_at": "2030-01-01T10:00:00.000Z", "capacity": 5}),
    Target("innovation-service", "/v1/innovation/challenges", "/v1/innovation/challenges/{id}",
           {"title": "Problem probe", "description": "A challenge nobody will see."}),
]


def prefix(target: Target) -> str:
    return SERVICES[target.service][1]


def post_raw(api: Api, path: str, data: bytes, content_type: str) -> requests.Response:
    return api.request("POST", path, data=data, headers={"Content-Type": content_type})


# Each case: (api, target, make_token) -> (response, expected status, extra check of body or None).

def unknown_path(api, target, make_token):
    return api.get(prefix(target) + "/no-such-collection"), 404, None


def wrong_method_on_collection(api, target, make_token):
    response = api.request("DELETE", target.collection)

    def allow_lists_the_methods(body):
        allow = {m.strip().upper() for m in response.headers.get("Allow", "").split(",") if m.strip()}
        assert allow >= target.collection_methods, f"Allow is {response.headers.get('Allow')!r}"
        assert "DELETE" not in allow

    return response, 405, allow_lists_the_methods


def malformed_json(api, target, make_token):
    return post_raw(api, target.collection, b'{"title": "unterminated', "application/json"), 400, None


def unknown_field(api, target, make_token):
    body = dict(target.valid_body, e2e_unknown_field="surprise")
    response = api.post(target.collection, body)

    def names_the_field(problem):
        fields = [error["field"] for error in problem.get("errors") or []]
        assert any("e2e_unknown_field" in f for f in fields), f"errors[].field does not name it: {fields}"

    return response, 400, names_the_field


def wrong_content_type(api, target, make_token):
    return post_raw(api, target.collection, json.dumps(target.valid_body).encode(), "text/plain"), 415, None


def body_of_two_mib_through_the_gateway(api, target, make_token):
    data = b'{"description": "' + b"x" * TWO_MIB + b'"}'
    return post_raw(api, target.collection, data, "application/json"), 413, None


def no_token(api, target, make_token):
    response = api.get(target.collection, token=None)

    def challenges_for_a_bearer_token(body):
        assert response.headers.get("WWW-Authenticate", "").lower().startswith("bearer"), dict(response.headers)

    return response, 401, challenges_for_a_bearer_token


def garbage_token(api, target, make_token):
    return api.get(target.collection, token="not-a.jwt-at.all"), 401, None


def token_signed_with_another_secret(api, target, make_token):
    return api.get(target.collection, token=make_token(secret="an-attacker-who-guessed-wrong-" + "x" * 16)), 401, None


def expired_token(api, target, make_token):
    return api.get(target.collection, token=make_token(ttl=-120)), 401, None


def bad_cursor(api, target, make_token):
    return api.get(target.collection, params={"cursor": "not-a-cursor-!!"}), 400, None


def limit_too_large(api, target, make_token):
    response = api.get(target.collection, params={"limit": 1000})

    def names_limit(problem):
        fields = [error["field"] for error in problem.get("errors") or []]
        assert "limit" in fields, f"errors[].field does not name limit: {fields}"

    return response, 400, names_limit


def non_uuid_id(api, target, make_token):
    return api.get(target.item.format(id="not-a-uuid")), 400, None


def unknown_id(api, target, make_token):
    return api.get(target.item.format(id="00000000-0000-4000-8000-0000000e2e00")), 404, None


CASES = [unknown_path, wrong_method_on_collection, malformed_json, unknown_field, wrong_content_type,
         body_of_two_mib_through_the_gateway, no_token, garbage_token, token_signed_with_another_secret,
         expired_token, bad_cursor, limit_too_large, non_uuid_id, unknown_id]


@pytest.mark.parametrize("case", CASES, ids=[case.__name__ for case in CASES])
@pytest.mark.parametrize("target", TARGETS, ids=[t.service.removesuffix("-service") for t in TARGETS])
def test_bad_request_answers_problem_json(api, make_token, target, case):
    response, status, extra = case(api, target, make_token)
    body = check_problem(response, status)
    if extra is not None:
        extra(body)


@pytest.mark.parametrize("target", TARGETS, ids=[t.service.removesuffix("-service") for t in TARGETS])
@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_service_itself_refuses_a_two_mib_body(make_token, target, chunked):
    """The services apply the limit too (for callers that do not come through the gateway)."""
    port = SERVICES[target.service][0]
    payload = b'{"description": "' + b"x" * TWO_MIB + b'"}'

    def pieces():
        for start in range(0, len(payload), 65536):
            yield payload[start:start + 65536]

    response = requests.post(f"http://127.0.0.1:{port}{target.collection}", data=pieces() if chunked else payload,
                             headers={"Authorization": f"Bearer {make_token()}", "Content-Type": "application/json"},
                             timeout=HTTP_TIMEOUT)
    check_problem(response, 413)


def test_gateway_answers_an_unknown_prefix_with_problem_json(base_url):
    response = requests.get(base_url + "/v1/no-such-service/things", timeout=HTTP_TIMEOUT)
    check_problem(response, 404)
