"""The checked-in OpenAPI document is the one the server serves."""

from __future__ import annotations

import json

import httpx

from moderator_app.assets import resource_path
from moderator_app.server.openapi_dump import openapi_text

REGENERATE = "python -m moderator_app.server.openapi_dump > resources/api/openapi.json"


def test_checked_in_openapi_matches_the_served_one(live_server):
    checked_in = resource_path("api", "openapi.json")
    served = httpx.get(f"{live_server.url}/openapi.json").json()
    assert checked_in.is_file(), f"resources/api/openapi.json is missing; run: {REGENERATE}"
    assert json.loads(checked_in.read_text("utf-8")) == served, (
        f"The API changed but resources/api/openapi.json did not. Regenerate it with:\n  {REGENERATE}\n"
        "and review the diff."
    )
    assert checked_in.read_text("utf-8") == openapi_text(), f"not in the canonical layout; run: {REGENERATE}"


def test_every_error_response_is_documented_as_a_problem(live_server):
    spec = httpx.get(f"{live_server.url}/openapi.json").json()
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            if path != "/v1/auth/token":
                assert "401" in operation["responses"], f"{method.upper()} {path} does not document 401"
