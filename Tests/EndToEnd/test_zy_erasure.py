"""Data-subject requests across the four real services: the export of a person holds data from
all four; an erasure made while internationalisation-service is stopped shows that service
pending, and completes after the service is started again (the outbox retries it).

This module stops and restarts a real service, so its name makes pytest run it late (before
test_zz_peer_down.py); the restart happens in a `finally`.
"""

from __future__ import annotations

import os
import uuid
from datetime import datetime, timedelta, timezone

from e2e_helpers import (
    SERVICES,
    Api,
    explain,
    port_answers,
    register_authority,
    running_binary_dir,
    service_ready,
    services_sh,
    wait_until,
)

INTL_PORT = SERVICES["internationalisation-service"][0]


def ok(response, status=200) -> dict:
    assert response.status_code == status, f"{response.status_code}: {response.text[:2000]}"
    return response.json()


def test_export_from_all_four_and_erasure_that_survives_a_stopped_service(env, base_url, make_token):
    authority = str(uuid.uuid4())
    register_authority(env, authority, name="E2E data-subject authority")
    subject = f"e2e-person-{uuid.uuid4().hex[:8]}"
    officer = Api(base_url, make_token(authority=authority, roles=["partnership_officer", "authority_admin"], sub="e2e-officer"))
    dpo = Api(base_url, make_token(authority=authority, roles=["data_protection_officer"], sub="e2e-dpo"))

    # contacts-service: the person as a contact, with consent; and the SME they work for.
    sme = ok(officer.post("/v1/contacts/organisations", {"kind": "sme", "legal_name": "Truhlářství Dub", "country": "CZ"}), 201)
    person = ok(officer.post(f"/v1/contacts/organisations/{sme['id']}/persons",
                             {"given_name": "Marie", "family_name": "Dubová", "email": "marie@dub.example"}), 201)
    ok(officer.post(f"/v1/contacts/persons/{person['id']}/consents",
                    {"purpose": "partner_matching", "action": "given", "occurred_at": "2025-05-01T08:00:00Z",
                     "text_version": "pm-2025-03", "source": "web_form"}), 201)
    # The same person signs in as `subject` and leaves traces in the three other services.
    as_officer = Api(base_url, make_token(authority=authority, roles=["partnership_officer"], sub=subject))
    ok(as_officer.post("/v1/internationalisation/partner-cities", {"name": "Bautzen", "country": "DE"}), 201)
    starts = (datetime.now(timezone.utc) + timedelta(days=20)).replace(microsecond=0)
    meeting = ok(officer.post("/v1/networking/meetings", {
        "title": "Wood network", "topic": "Export", "capacity": 10,
        "starts_at": starts.isoformat().replace("+00:00", "Z"),
        "ends_at": (starts + timedelta(hours=2)).isoformat().replace("+00:00", "Z")}), 201)
    as_sme = Api(base_url, make_token(authority=authority, roles=["sme"], sub=subject, org=sme["id"]))
    ok(as_sme.post(f"/v1/networking/meetings/{meeting['id']}/registrations", {"organisation_id": sme["id"]}), 201)
    as_resident = Api(base_url, make_token(authority=authority, roles=["resident"], sub=subject))
    ok(as_resident.post("/v1/innovation/ideas", {"title": "A tool library", "description": "Shared tools for makers."}), 201)

    query = {"person_id": person["id"], "subjects": [subject]}
    export = ok(dpo.post("/v1/contacts/data-subject-exports", query))
    sections = {section["service"]: section["records"] for section in export["services"]}
    assert sorted(sections) == ["contacts-service", "innovation-service", "internationalisation-service",
                                "networking-service"], export
    assert all(sections[service] for service in sections), f"a service holds nothing: {export}"
    assert "marie@dub.example" in str(sections["contacts-service"])

    # Erasure while internationalisation-service is stopped.
    start_env = dict(os.environ)
    binary_dir = running_binary_dir("internationalisation-service")
    if binary_dir:
        start_env["BIN_PATH"] = binary_dir
    stopped = services_sh("stop", "internationalisation", timeout=60)
    try:
        assert stopped.returncode == 0, explain(stopped)
        assert wait_until(lambda: not port_answers(INTL_PORT), timeout=20), "internationalisation-service still answers"
        request = ok(dpo.post("/v1/contacts/erasure-requests", {**query, "reason": "Art. 17 request"}), 202)

        def status() -> dict:
            return {s["service"]: s for s in ok(dpo.get(f"/v1/contacts/erasure-requests/{request['id']}"))["services"]}

        assert wait_until(lambda: status()["networking-service"]["status"] == "completed"
                          and status()["innovation-service"]["status"] == "completed"
                          and status()["internationalisation-service"]["attempts"] >= 1, timeout=20), status()
        pending = status()["internationalisation-service"]
        assert pending["status"] == "pending" and pending["last_error"] == "not reachable", pending
        assert ok(dpo.get(f"/v1/contacts/erasure-requests/{request['id']}"))["status"] == "pending"
    finally:
        started = services_sh("start", "internationalisation", env=start_env, timeout=180)
        ready = wait_until(lambda: service_ready(INTL_PORT), timeout=60)
        assert started.returncode == 0 and ready, f"internationalisation-service did not come back:\n{explain(started)}"

    assert wait_until(lambda: ok(dpo.get(f"/v1/contacts/erasure-requests/{request['id']}"))["status"] == "completed",
                      timeout=30), ok(dpo.get(f"/v1/contacts/erasure-requests/{request['id']}"))
    after = ok(dpo.post("/v1/contacts/data-subject-exports", query))
    held = str(after["services"])
    for trace in ("marie@dub.example", "Dubová", "Marie", subject):
        assert trace not in held, f"{trace} survived the erasure: {after}"
    remaining = {section["service"]: section["records"] for section in after["services"]}
    assert not remaining["networking-service"] and not remaining["innovation-service"] \
        and not remaining["internationalisation-service"], after
