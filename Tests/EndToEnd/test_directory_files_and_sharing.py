"""Through the gateway: an authority's large CSV reaches the import (16 MiB there, 1 MiB elsewhere),
the directory streams out as CSV, and a neighbouring authority reads only what is shared with it."""

from __future__ import annotations

import uuid

from e2e_helpers import Api, check_problem, register_authority

HEADER = ("organisation_ref;kind;legal_name;registration_number;country;municipality;address;website;languages;sectors;"
          "keywords;description;staff_headcount;annual_turnover_eur;balance_sheet_total_eur;partner_role;person_ref;"
          "given_name;family_name;position;email;phone;person_languages;consent_partner_matching;consent_text_version;"
          "consent_given_at;consent_source")


def test_a_large_file_reaches_the_import_and_the_directory_streams_out(env, base_url, make_token):
    authority = str(uuid.uuid4())
    register_authority(env, authority, name="E2E files authority")
    officer = Api(base_url, make_token(authority=authority, roles=["partnership_officer"], sub="e2e-files"))

    # 2 MiB of rows with an invalid kind: past the gateway and the service (not 413), refused row by row.
    row = "ORG-X;castle;" + "x" * 300 + ";" * 24
    large = (HEADER + "\n" + "\n".join([row] * 7000) + "\n").encode("utf-8")
    assert len(large) > 2 * 1024 * 1024
    refused = check_problem(officer.request("POST", "/v1/contacts/imports", data=large,
                                            headers={"Content-Type": "text/csv"}), 422)
    assert refused["errors"][0]["field"] == "line 2: kind", refused["errors"][:3]
    # Elsewhere the limit stays at 1 MiB.
    big_json = b'{"kind":"sme","legal_name":"x","country":"CZ","description":"' + b"x" * (1100 * 1024) + b'"}'
    check_problem(officer.request("POST", "/v1/contacts/organisations", data=big_json,
                                  headers={"Content-Type": "application/json"}), 413)

    good = HEADER + "\nP-1;company;Glashütte Lausitz GmbH;;DE;Weißwasser;;;de;23.13;glass;;;;;;PER-1;Karin;Weiß;CEO;" \
                    "karin@glas.example;;de;given;v1;2025-01-01T00:00:00Z;paper_form\n"
    report = officer.request("POST", "/v1/contacts/imports", data=good.encode("utf-8"), headers={"Content-Type": "text/csv"})
    assert report.status_code == 200, report.text
    exported = officer.request("GET", "/v1/contacts/exports/directory?include_persons=true", headers={"Accept": "text/csv"})
    assert exported.status_code == 200, exported.text
    assert exported.headers["Content-Type"].startswith("text/csv")
    lines = exported.content.decode("utf-8").splitlines()
    assert lines[0] == HEADER
    assert any("Glashütte Lausitz GmbH" in line and "karin@glas.example" in line for line in lines[1:]), lines


def test_a_neighbour_reads_only_what_is_shared_until_it_is_revoked(env, base_url, make_token):
    owner, neighbour = str(uuid.uuid4()), str(uuid.uuid4())
    register_authority(env, owner, name="E2E owner authority")
    register_authority(env, neighbour, name="E2E neighbour authority")
    admin = Api(base_url, make_token(authority=owner, roles=["authority_admin"], sub="e2e-owner-admin"))
    reader = Api(base_url, make_token(authority=neighbour, roles=["partnership_officer"], sub="e2e-neighbour"))
    shared = admin.post("/v1/contacts/organisations", {"kind": "company", "legal_name": "Sdílená sklárna", "country": "CZ",
                                                       "sectors": ["23.13"]}).json()
    private = admin.post("/v1/contacts/organisations", {"kind": "company", "legal_name": "Soukromá pekárna", "country": "CZ",
                                                        "sectors": ["10.71"]}).json()
    agreement = admin.post("/v1/contacts/sharing-agreements", {"neighbour_authority_id": neighbour, "sectors": ["23"]})
    assert agreement.status_code == 201, agreement.text

    page = reader.get(f"/v1/contacts/shared-organisations?from_authority={owner}")
    assert page.status_code == 200, page.text
    ids = [item["id"] for item in page.json()["items"]]
    assert shared["id"] in ids and private["id"] not in ids, ids
    check_problem(reader.get(f"/v1/contacts/organisations/{shared['id']}"), 404)

    assert admin.post(f"/v1/contacts/sharing-agreements/{agreement.json()['id']}/revoke").status_code == 200
    check_problem(reader.get(f"/v1/contacts/shared-organisations?from_authority={owner}"), 404)
