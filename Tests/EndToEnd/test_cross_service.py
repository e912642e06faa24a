"""A journey across the services through the gateway: an SME, a partner city, an eligibility check
(internationalisation asks contacts), a meeting and a registration (networking asks contacts)."""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta, timezone

import pytest

from e2e_helpers import describe, iso, unique


@pytest.fixture(scope="module")
def sme(api, create_sme) -> dict:
    return create_sme(api)


@pytest.fixture(scope="module")
def partner_city(api, create_partner_city) -> dict:
    return create_partner_city(api)


@pytest.fixture(scope="module")
def meeting(api, create_meeting) -> dict:
    return create_meeting(api)


def test_created_organisation_is_readable_with_its_etag(api, sme, demo_authority):
    response = api.get(f"/v1/contacts/organisations/{sme['id']}")
    assert response.status_code == 200, describe(response)
    assert response.json()["id"] == sme["id"]
    assert response.json()["authority_id"] == demo_authority
    assert response.headers.get("ETag"), "a read answers an ETag"


def test_small_sme_is_eligible_for_an_active_partner_city(api, sme, partner_city):
    response = api.post("/v1/internationalisation/eligibility-checks",
                        {"organisation_id": sme["id"], "partner_city_id": partner_city["id"]})
    assert response.status_code == 200, describe(response)
    verdict = response.json()
    assert verdict["eligible"] is True, verdict
    assert verdict["organisation_id"] == sme["id"]
    assert verdict["partner_city_id"] == partner_city["id"]
    codes = {reason["code"]: reason["met"] for reason in verdict["reasons"]}
    assert codes and all(codes.values()), verdict
    assert verdict.get("checked_at"), verdict


def test_eligibility_check_of_an_unknown_organisation_is_unprocessable(api, partner_city, assert_problem):
    response = api.post("/v1/internationalisation/eligibility-checks",
                        {"organisation_id": str(uuid.uuid4()), "partner_city_id": partner_city["id"]})
    problem = assert_problem(response, 422)
    assert any(error["field"] == "/organisation_id" for error in problem.get("errors", [])), problem


def test_registration_once_then_conflict_and_unknown_organisation(api, sme, meeting, assert_problem):
    path = f"/v1/networking/meetings/{meeting['id']}/registrations"

    first = api.post(path, {"organisation_id": sme["id"]})
    assert first.status_code == 201, describe(first)
    registration = first.json()
    assert registration["organisation_id"] == sme["id"]
    assert registration["meeting_id"] == meeting["id"]
    assert registration["attendees"] == 1
    assert registration.get("organisation_name") == sme["legal_name"], registration

    again = api.post(path, {"organisation_id": sme["id"]})
    assert_problem(again, 409)

    unknown = api.post(path, {"organisation_id": str(uuid.uuid4())})
    problem = assert_problem(unknown, 422)
    assert any(error["field"] == "/organisation_id" for error in problem.get("errors", [])), problem

    listed = api.get(path)
    assert listed.status_code == 200, describe(listed)
    assert [item["organisation_id"] for item in listed.json()["items"]] == [sme["id"]]
    read = api.get(f"/v1/networking/meetings/{meeting['id']}")
    assert read.status_code == 200, describe(read)
    assert read.json()["registered_count"] == 1, read.json()


def test_client_request_id_comes_back_on_answers_and_errors(api, sme, partner_city):
    request_id = f"e2e-{uuid.uuid4().hex}"
    read = api.get(f"/v1/contacts/organisations/{sme['id']}", headers={"X-Request-ID": request_id})
    assert read.status_code == 200, describe(read)
    assert read.headers.get("X-Request-ID") == request_id, dict(read.headers)

    # An invalid create (no legal_name, no country): the id comes back on the problem too.
    refused = api.post("/v1/contacts/organisations", {"kind": "sme"}, headers={"X-Request-ID": request_id})
    assert refused.status_code == 400, describe(refused)
    assert refused.headers.get("X-Request-ID") == request_id, dict(refused.headers)
    assert refused.json().get("request_id") == request_id, refused.json()

    # Through a service that calls another one (internationalisation asks contacts).
    call = api.post("/v1/internationalisation/eligibility-checks",
                    {"organisation_id": sme["id"], "partner_city_id": partner_city["id"]},
                    headers={"X-Request-ID": request_id})
    assert call.status_code == 200, describe(call)
    assert call.headers.get("X-Request-ID") == request_id, dict(call.headers)


def test_gateway_makes_a_request_id_when_the_client_sends_none(api, sme):
    response = api.get(f"/v1/contacts/organisations/{sme['id']}")
    assert response.status_code == 200, describe(response)
    assert response.headers.get("X-Request-ID"), dict(response.headers)


def test_another_authority_gets_404_for_the_organisation(other_api, sme, partner_city, meeting, assert_problem):
    assert_problem(other_api.get(f"/v1/contacts/organisations/{sme['id']}"), 404)
    # Nor can it reach the organisation, the partner city or the meeting through the other services.
    assert_problem(other_api.get(f"/v1/internationalisation/partner-cities/{partner_city['id']}"), 404)
    assert_problem(other_api.get(f"/v1/networking/meetings/{meeting['id']}"), 404)
    assert_problem(other_api.post(f"/v1/networking/meetings/{meeting['id']}/registrations",
                                  {"organisation_id": sme["id"]}), 404)


def test_another_authoritys_partner_city_cannot_check_our_organisation(other_api, create_partner_city, sme,
                                                                       assert_problem):
    """Their partner city exists, our organisation does not exist for them: 422, not a verdict."""
    theirs = create_partner_city(other_api)
    response = other_api.post("/v1/internationalisation/eligibility-checks",
                              {"organisation_id": sme["id"], "partner_city_id": theirs["id"]})
    assert_problem(response, 422)


def test_meeting_times_without_fractional_seconds_are_accepted(api):
    """`format: date-time` is RFC 3339, where the fraction of a second is optional."""
    starts = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(days=31)
    body = {"title": unique("Whole-second meeting"), "topic": "formats", "capacity": 5,
            "starts_at": iso(starts, fraction=False), "ends_at": iso(starts + timedelta(hours=1), fraction=False)}
    response = api.post("/v1/networking/meetings", body)
    assert response.status_code == 201, describe(response)
    created = response.json()
    assert datetime.fromisoformat(created["starts_at"].replace("Z", "+00:00")) == starts, created


def test_updated_since_without_fractional_seconds_is_accepted(api):
    response = api.get("/v1/contacts/organisations", params={"updated_since": "2020-01-01T00:00:00Z", "limit": 1})
    assert response.status_code == 200, describe(response)


ENTITY_TAG = re.compile(r'^(W/)?"[\x21\x23-\x7e]*"$')  # RFC 9110 entity-tag
# service: (collection, the field that names the object, the rest of a valid body)
CREATABLE = {
    "contacts": ("/v1/contacts/organisations", "legal_name", {"kind": "company", "country": "CZ"}),
    "internationalisation": ("/v1/internationalisation/partner-cities", "name", {"country": "FR"}),
    "networking": ("/v1/networking/meetings", "title", {"topic": "headers", "capacity": 3,
                                                        "starts_at": "2030-02-01T09:00:00.000Z",
                                                        "ends_at": "2030-02-01T10:00:00.000Z"}),
    "innovation": ("/v1/innovation/challenges", "title", {"description": "Checks the headers."}),
}


@pytest.mark.parametrize("service", CREATABLE)
def test_created_objects_have_verbatim_location_and_etag(api, service):
    """Location is the path of the new object and ETag an RFC 9110 entity-tag, both as written
    (not percent-encoded); reading the Location answers the object with the same ETag."""
    collection, name_field, rest = CREATABLE[service]
    created = api.post(collection, {name_field: unique("Header probe"), **rest})
    assert created.status_code == 201, describe(created)
    location, etag = created.headers.get("Location"), created.headers.get("ETag")
    assert location == f"{collection}/{created.json()['id']}", f"Location is {location!r}"
    assert etag and ENTITY_TAG.match(etag), f"ETag is {etag!r}"

    read = api.get(location)
    assert read.status_code == 200, describe(read)
    assert read.headers.get("ETag") == etag, f"ETag of the read is {read.headers.get('ETag')!r}, of the create {etag!r}"
