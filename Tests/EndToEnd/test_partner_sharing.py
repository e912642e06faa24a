"""The partner database end to end, through the gateway and the real contacts-service binary: an
officer imports partners with contact persons and their consents; an SME under a one-use
agreement searches, asks for a contact, is approved, reveals it once (the second reveal is
refused), follows up until a partnership is established, and the indicators count it. A person
without consent is never revealed."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from e2e_helpers import Api, check_problem, register_authority

HEADER = ("organisation_ref;kind;legal_name;registration_number;country;municipality;address;website;languages;sectors;"
          "keywords;description;staff_headcount;annual_turnover_eur;balance_sheet_total_eur;partner_role;person_ref;"
          "given_name;family_name;position;email;phone;person_languages;consent_partner_matching;consent_text_version;"
          "consent_given_at;consent_source")
ROWS = [
    "SME-1;sme;Sklárna Jizera s.r.o.;25412345;CZ;Kořenov;;;cs|de;23.13;glass|crafts;Hand-blown glass.;8;900000;;;;;;;;;;;;;",
    "P-1;company;Łódzkie Zakłady Włókiennicze sp. z o.o.;;PL;Łódź;;;pl|en;13.10;textiles|export;"
    "\"Technical fabrics; weaving\";120;30000000;;supplier;PER-1;Anna;Kowalska;Export manager;anna.kowalska@example.pl;"
    "+48 42 123 45 67;pl|en;given;pm-2025-03;2025-03-01T10:00:00Z;paper_form",
    "P-1;company;Łódzkie Zakłady Włókiennicze sp. z o.o.;;PL;Łódź;;;pl|en;13.10;textiles|export;"
    "\"Technical fabrics; weaving\";120;30000000;;supplier;PER-2;Piotr;Zieliński;Sales director;piotr.zielinski@example.pl;"
    ";pl;;;;",
]


def ok(response, status=200) -> dict:
    assert response.status_code == status, f"{response.status_code}: {response.text[:2000]}"
    return response.json()


def test_an_sme_finds_a_partner_through_a_one_use_agreement(env, base_url, make_token):
    authority = str(uuid.uuid4())
    register_authority(env, authority, name="E2E sharing authority")
    officer = Api(base_url, make_token(authority=authority, roles=["partnership_officer"], sub="e2e-officer"))

    # The officer imports the partners, their contact persons and consents from the authority's CSV.
    csv = "\n".join([HEADER, *ROWS]) + "\n"
    report = ok(officer.request("POST", "/v1/contacts/imports", data=csv.encode("utf-8"),
                                headers={"Content-Type": "text/csv"}))
    assert (report["organisations_created"], report["persons_created"], report["consents_recorded"]) == (2, 2, 1), report

    organisations = ok(officer.get("/v1/contacts/organisations?limit=100"))["items"]
    sme_id = next(o["id"] for o in organisations if o["external_ref"] == "SME-1")
    partner_id = next(o["id"] for o in organisations if o["external_ref"] == "P-1")
    persons = ok(officer.get(f"/v1/contacts/organisations/{partner_id}/persons"))["items"]
    anna = next(p["id"] for p in persons if p["external_ref"] == "PER-1")
    piotr = next(p["id"] for p in persons if p["external_ref"] == "PER-2")

    created = officer.request("POST", "/v1/contacts/agreements", json_body={
        "sme_organisation_id": sme_id, "access_model": "one_use", "contacts_allowed": 2,
        "authority_role": "facilitator", "responsible_officer": "Ing. Jana Nová", "document_reference": "SML/2026/118",
        "scope": {"sectors": ["C"], "countries": ["PL", "DE"]},
    })
    agreement = ok(created, 201)
    ok(officer.request("POST", f"/v1/contacts/agreements/{agreement['id']}/transitions", json_body={"to": "active"},
                       headers={"If-Match": created.headers["ETag"]}))

    # The SME searches (diacritics-insensitive, organisation-level results only).
    sme = Api(base_url, make_token(authority=authority, roles=["sme"], sub="e2e-sme", org=sme_id))
    found = ok(sme.get("/v1/contacts/organisations?q=lodzkie&sector=C&country=PL"))
    assert [o["id"] for o in found["items"]] == [partner_id], found
    assert "anna.kowalska" not in str(found)
    listed = ok(sme.get(f"/v1/contacts/organisations/{partner_id}/persons"))
    assert "anna.kowalska" not in str(listed) and "Kowalska" not in str(listed)

    # It asks for Anna; the officer approves.
    request = ok(sme.request("POST", "/v1/contacts/access-requests", json_body={
        "agreement_id": agreement["id"], "person_id": anna, "reason": "Technical fabrics for our glass moulds",
        "intended_cooperation": "Supplier contract"}), 201)
    assert request["status"] == "pending"
    decided = ok(officer.request("POST", f"/v1/contacts/access-requests/{request['id']}/decision",
                                 json_body={"decision": "approve", "note": "within scope"}))
    grant = decided["grant_id"]

    revealed = ok(sme.request("POST", f"/v1/contacts/grants/{grant}/reveal"))
    assert revealed["person"]["email"] == "anna.kowalska@example.pl", revealed
    assert revealed["person"]["family_name"] == "Kowalska"
    check_problem(sme.request("POST", f"/v1/contacts/grants/{grant}/reveal"), 409)

    # Piotr gave no consent: approved or not, he is never revealed.
    request2 = ok(sme.request("POST", "/v1/contacts/access-requests", json_body={
        "agreement_id": agreement["id"], "person_id": piotr, "reason": "Sales", "intended_cooperation": "Distribution"}), 201)
    grant2 = ok(officer.request("POST", f"/v1/contacts/access-requests/{request2['id']}/decision",
                                json_body={"decision": "approve"}))["grant_id"]
    refused = check_problem(sme.request("POST", f"/v1/contacts/grants/{grant2}/reveal"), 409)
    assert "piotr" not in str(refused).lower()

    # Follow-up until a partnership is established.
    follow_up = revealed["follow_up_id"]
    for api, outcome in [(sme, "contacted"), (officer, "meeting_held"), (sme, "negotiating"),
                         (sme, "partnership_established")]:
        ok(api.request("POST", f"/v1/contacts/follow-ups/{follow_up}/entries",
                       json_body={"text": f"Now {outcome}", "outcome": outcome}), 201)
    state = ok(officer.get(f"/v1/contacts/follow-ups/{follow_up}"))
    assert state["outcome"] == "partnership_established" and state["closed_at"], state

    today = datetime.now(timezone.utc).date().isoformat()
    indicators = ok(officer.get(f"/v1/contacts/indicators?from=2025-01-01&to={today}&group_by=agreement"))
    assert indicators["total"] == {"key": "total", "contacts_shared": 1, "partnerships_established": 1}, indicators
    assert [row["key"] for row in indicators["rows"]] == [agreement["id"]]

    # Every reveal is in the access log, with its grant and purpose.
    dpo = Api(base_url, make_token(authority=authority, roles=["data_protection_officer"], sub="e2e-dpo"))
    log = ok(dpo.get(f"/v1/contacts/personal-data-access?person_id={anna}"))["items"]
    reveals = [entry for entry in log if entry["action"] == "reveal"]
    assert len(reveals) == 1 and reveals[0]["grant_id"] == grant and reveals[0]["purpose"] == "partner_matching", log
    assert reveals[0]["actor"] == "e2e-sme"
    assert not [entry for entry in ok(dpo.get(f"/v1/contacts/personal-data-access?person_id={piotr}"))["items"]
                if entry["action"] == "reveal"]


def test_an_invalid_file_imports_nothing_and_names_each_line(env, base_url, make_token):
    authority = str(uuid.uuid4())
    register_authority(env, authority, name="E2E import authority")
    officer = Api(base_url, make_token(authority=authority, roles=["partnership_officer"], sub="e2e-officer"))
    bad = "\n".join([HEADER, ROWS[0], ROWS[1].replace(";PL;", ";XX;").replace("P-1;", "P-2;", 1)]) + "\n"
    problem = check_problem(officer.request("POST", "/v1/contacts/imports", data=bad.encode("utf-8"),
                                            headers={"Content-Type": "text/csv"}), 422)
    assert any(error["field"] == "line 3: country" for error in problem["errors"]), problem
    assert ok(officer.get("/v1/contacts/organisations"))["items"] == []
