"""HTTP details a security review looks at: no redirect built from the Host header, errors
documented as the problem documents they are, and 405 answers that name every allowed method."""

from __future__ import annotations

import httpx
import pytest
from api_helpers import assert_problem


def test_a_trailing_slash_is_not_redirected_to_the_clients_host(live_server):
    """Seen: a redirect copied the client's Host header into Location."""
    with live_server.client("lead1", follow_redirects=False) as client:
        response = client.get("/v1/queues/", headers={"Host": "evil.example"})
    assert "location" not in response.headers
    assert_problem(response, 404)


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("DELETE", "/v1/decisions", {"GET", "HEAD", "POST"}),
        ("PUT", "/v1/qa/golden", {"GET", "HEAD", "POST"}),
        ("GET", "/v1/auth/token", {"POST"}),
        ("POST", "/v1/queues", {"GET", "HEAD"}),
    ],
)
def test_405_names_every_allowed_method(live_server, method, path, allowed):
    """Seen: Allow named one route's methods only (GET and POST /v1/decisions are two routes)."""
    with live_server.client("lead1") as client:
        response = client.request(method, path)
    assert_problem(response, 405, "method_not_allowed")
    assert {m.strip() for m in response.headers["allow"].split(",")} == allowed
    assert response.headers["x-content-type-options"] == "nosniff"


def test_errors_are_documented_as_problem_documents(live_server):
    """Seen: error bodies were application/problem+json, the OpenAPI document said application/json."""
    spec = httpx.get(f"{live_server.url}/openapi.json").json()
    wrong = []
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            for status, response in operation["responses"].items():
                if int(status) >= 400 and list(response.get("content", {})) != ["application/problem+json"]:
                    wrong.append(f"{method.upper()} {path} {status}")
    assert wrong == []
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    assert spec["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"


def test_every_operation_with_a_json_body_documents_400_and_413(live_server):
    spec = httpx.get(f"{live_server.url}/openapi.json").json()
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            if "application/json" in operation.get("requestBody", {}).get("content", {}):
                assert {"400", "413", "422"} <= set(operation["responses"]), f"{method} {path}"
