"""The role x operation matrix through the gateway (docs/security.md): a few decisive cases.

The Swift SecurityMatrixTests walk every operation with every role in-process; these check that
the running binaries behind nginx answer the same way.
"""
from __future__ import annotations

from e2e_helpers import Api, check_problem, unique


def test_the_demo_officer_token_searches_the_directory(base_url, make_token):
    officer = Api(base_url, make_token(roles=["partnership_officer"], sub="e2e-officer-only"))
    response = officer.get("/v1/contacts/organisations", params={"q": "lodz"})
    assert response.status_code == 200, response.text


def test_a_resident_may_not_add_organisations(base_url, make_token):
    resident = Api(base_url, make_token(roles=["resident"], sub="e2e-resident"))
    response = resident.post(
        "/v1/contacts/organisations", {"kind": "sme", "legal_name": unique("Resident Ltd"), "country": "CZ"}
    )
    body = check_problem(response, 403)
    assert "roles" in body.get("detail", "")


def test_a_feed_consumer_reads_meetings_but_does_not_schedule_them(base_url, make_token):
    chamber = Api(base_url, make_token(roles=["feed_consumer"], sub="e2e-chamber"))
    assert chamber.get("/v1/networking/meetings").status_code == 200
    response = chamber.post(
        "/v1/networking/meetings",
        {"title": "x", "topic": "y", "starts_at": "2027-01-01T10:00:00Z", "ends_at": "2027-01-01T12:00:00Z", "capacity": 5},
    )
    check_problem(response, 403)


def test_a_partnership_officer_may_not_vote_for_ideas(base_url, make_token, api):
    ideas = api.get("/v1/innovation/ideas", params={"limit": 1}).json()["items"]
    assert ideas, "the demo data has ideas"
    officer = Api(base_url, make_token(roles=["partnership_officer"], sub="e2e-officer-vote"))
    check_problem(officer.post(f"/v1/innovation/ideas/{ideas[0]['id']}/support"), 403)
