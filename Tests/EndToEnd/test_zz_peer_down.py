"""contacts-service goes down: the services that depend on it answer 503 + Retry-After as
problem+json, quickly (within PEER_TIMEOUT_MS plus a margin), and work again once it is back.

This module stops and restarts a real service, so its name makes pytest run it last. The restart
happens in a `finally`; the last test checks that everything works again afterwards.
"""

from __future__ import annotations

import os
import time
import uuid

import pytest

from e2e_helpers import (
    ENV_FILE,
    SERVICES,
    TOKEN_PY,
    check_problem,
    describe,
    explain,
    port_answers,
    running_binary_dir,
    service_ready,
    services_sh,
    wait_until,
)

CONTACTS_PORT = SERVICES["contacts-service"][0]
MARGIN_S = 2.0
READY_WAIT_S = 60


def peer_timeout_s() -> float:
    """PEER_TIMEOUT_MS as the running services got it: services.sh exports the env file over the
    environment it was started with; 3000 ms when neither sets it."""
    from_file = TOKEN_PY.read_env_file(ENV_FILE).get("PEER_TIMEOUT_MS") if ENV_FILE.is_file() else None
    return int(from_file or os.environ.get("PEER_TIMEOUT_MS") or 3000) / 1000


def timed(call):
    started = time.monotonic()
    response = call()
    return response, time.monotonic() - started


def check_unavailable(response, elapsed: float) -> dict:
    budget = peer_timeout_s() + MARGIN_S
    assert elapsed <= budget, f"answered after {elapsed:.2f} s, more than {budget:.1f} s: {describe(response)}"
    problem = check_problem(response, 503)
    retry_after = response.headers.get("Retry-After", "")
    assert retry_after.isdigit() and int(retry_after) > 0, \
        f"Retry-After must be a positive number of seconds, got {retry_after!r}: {describe(response)}"
    return problem


@pytest.fixture(scope="module")
def world(api, create_sme, create_partner_city, create_meeting) -> dict:
    """An SME, a partner city and a meeting, made while contacts-service is still up."""
    assert service_ready(CONTACTS_PORT), "contacts-service must be ready before this module starts"
    return {"sme": create_sme(api), "partner_city": create_partner_city(api), "meeting": create_meeting(api)}


def eligibility(api, world):
    return api.post("/v1/internationalisation/eligibility-checks",
                    {"organisation_id": world["sme"]["id"], "partner_city_id": world["partner_city"]["id"]})


def registration(api, world):
    return api.post(f"/v1/networking/meetings/{world['meeting']['id']}/registrations",
                    {"organisation_id": world["sme"]["id"]})


def test_dependants_answer_503_with_retry_after_while_contacts_is_down(api, world):
    first = eligibility(api, world)
    assert first.status_code == 200 and first.json()["eligible"] is True, describe(first)

    # Restart the very binary that runs now (no build, no wait on the build lock).
    start_env = dict(os.environ)
    binary_dir = running_binary_dir("contacts-service")
    if binary_dir:
        start_env["BIN_PATH"] = binary_dir

    stopped = services_sh("stop", "contacts", timeout=60)
    try:
        assert stopped.returncode == 0, explain(stopped)
        assert wait_until(lambda: not port_answers(CONTACTS_PORT), timeout=20), \
            f"contacts-service still answers on {CONTACTS_PORT} after services.sh stop contacts"

        # Every dependant is checked before failing, so one report names all that misbehave.
        failures = []
        for label, call in (("eligibility check", lambda: eligibility(api, world)),
                            ("registration", lambda: registration(api, world))):
            try:
                check_unavailable(*timed(call))
            except AssertionError as error:
                failures.append(f"{label}: {error}")

        # The gateway answers for the stopped service itself, as problem+json too.
        direct, elapsed = timed(lambda: api.get(f"/v1/contacts/organisations/{world['sme']['id']}"))
        try:
            assert direct.status_code in (502, 503, 504), describe(direct)
            check_problem(direct, direct.status_code)
            assert elapsed <= 2 + MARGIN_S, f"the gateway took {elapsed:.2f} s"
        except AssertionError as error:
            failures.append(f"gateway: {error}")
        assert not failures, "\n".join(failures)
    finally:
        started = services_sh("start", "contacts", env=start_env, timeout=180)
        ready = wait_until(lambda: service_ready(CONTACTS_PORT), timeout=READY_WAIT_S)
        assert started.returncode == 0 and ready, f"contacts-service did not come back:\n{explain(started)}"


def test_everything_works_again_after_contacts_is_back(api, world, assert_problem):
    assert wait_until(lambda: service_ready(CONTACTS_PORT), timeout=READY_WAIT_S), "contacts-service is not ready"

    read = api.get(f"/v1/contacts/organisations/{world['sme']['id']}")
    assert read.status_code == 200, describe(read)

    again = eligibility(api, world)
    assert again.status_code == 200, describe(again)
    assert again.json()["eligible"] is True, again.json()

    registered = registration(api, world)
    assert registered.status_code == 201, describe(registered)
    assert_problem(api.post(f"/v1/networking/meetings/{world['meeting']['id']}/registrations",
                            {"organisation_id": str(uuid.uuid4())}), 422)
