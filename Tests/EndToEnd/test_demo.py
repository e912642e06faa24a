"""The demo data is searchable through the gateway, and each service answers its operator endpoints."""

from __future__ import annotations

import pytest
import requests

from e2e_helpers import HTTP_TIMEOUT, SERVICES, describe

DEMO_LODZ_ID = "0193a000-0000-7000-8000-000000000101"
DEMO_TUL_ID = "0193a000-0000-7000-8000-000000000102"


def search(api, query: str) -> list[dict]:
    response = api.get("/v1/contacts/organisations", params={"q": query, "limit": 100})
    assert response.status_code == 200, describe(response)
    assert response.headers.get("Content-Type", "").startswith("application/json"), describe(response)
    body = response.json()
    assert isinstance(body.get("items"), list), body
    return body["items"]


def test_search_without_diacritics_finds_the_demo_organisation_in_lodz(api, demo_authority):
    items = search(api, "lodz")
    found = [item for item in items if item.get("id") == DEMO_LODZ_ID]
    assert found, f"the demo organisation {DEMO_LODZ_ID} is not among {[i.get('legal_name') for i in items]}"
    organisation = found[0]
    assert organisation["municipality"] == "Łódź"
    assert organisation["legal_name"] == "Łódzkie Zakłady Tekstylne Sp. z o.o."
    assert organisation["authority_id"] == demo_authority
    # Only the caller's authority is searched.
    assert all(item.get("authority_id") == demo_authority for item in items), items


def test_search_with_a_typo_finds_the_technical_university_of_liberec(api):
    items = search(api, "liberc")
    names = [item.get("legal_name") for item in items]
    assert "Technická univerzita v Liberci" in names, names
    university = next(item for item in items if item.get("legal_name") == "Technická univerzita v Liberci")
    assert university["id"] == DEMO_TUL_ID
    assert university["municipality"] == "Liberec"


def test_another_authority_does_not_see_the_demo_organisations(other_api):
    response = other_api.get("/v1/contacts/organisations", params={"q": "lodz"})
    assert response.status_code == 200, describe(response)
    ids = [item.get("id") for item in response.json()["items"]]
    assert DEMO_LODZ_ID not in ids, ids


@pytest.mark.parametrize("service", SERVICES)
@pytest.mark.parametrize("endpoint", ["/readyz", "/healthz"])
def test_service_answers_its_health_endpoints_on_its_own_port(service, endpoint):
    port, _ = SERVICES[service]
    response = requests.get(f"http://127.0.0.1:{port}{endpoint}", timeout=HTTP_TIMEOUT)
    assert response.status_code == 200, describe(response)


@pytest.mark.parametrize("service", SERVICES)
def test_service_metrics_count_http_requests(service, make_token):
    port, prefix = SERVICES[service]
    # At least one API request, so the counter has a sample whatever ran before.
    requests.get(f"http://127.0.0.1:{port}{prefix}/e2e-metrics-probe", timeout=HTTP_TIMEOUT,
                 headers={"Authorization": f"Bearer {make_token()}"})
    response = requests.get(f"http://127.0.0.1:{port}/metrics", timeout=HTTP_TIMEOUT)
    assert response.status_code == 200, describe(response)
    samples = [line for line in response.text.splitlines() if line.startswith("http_requests_total")]
    assert samples, f"no http_requests_total sample in /metrics of {service}:\n{response.text[:1500]}"


def test_gateway_does_not_expose_the_operator_endpoints(base_url):
    for endpoint in ("/readyz", "/metrics"):
        response = requests.get(base_url + endpoint, timeout=HTTP_TIMEOUT)
        assert response.status_code == 404, describe(response)
