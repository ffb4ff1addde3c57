"""Every request body is bounded: each string and each list has a maximum, each integer a range,
each number is finite, and the OpenAPI document says so. A decision cannot write megabytes."""

from __future__ import annotations

import httpx
from api_helpers import assert_problem, claim, decision_body


def _walk(schema: dict, components: dict, path: str, seen: set, out: list) -> None:
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        if name in seen:
            return
        _walk(components[name], components, f"{path}<{name}>", seen | {name}, out)
        return
    for key in ("anyOf", "oneOf", "allOf"):
        for part in schema.get(key, []):
            _walk(part, components, path, seen, out)
    kind = schema.get("type")
    if kind == "string" and "enum" not in schema and "format" not in schema and "maxLength" not in schema:
        out.append(f"{path}: string without maxLength")
    elif kind == "array":
        if "maxItems" not in schema:
            out.append(f"{path}: array without maxItems")
        _walk(schema.get("items", {}), components, f"{path}[]", seen, out)
    elif kind == "integer" and "maximum" not in schema:
        out.append(f"{path}: integer without maximum")
    elif kind == "object":
        for name, prop in schema.get("properties", {}).items():
            _walk(prop, components, f"{path}.{name}", seen, out)


def test_every_request_body_is_bounded_in_the_openapi_document(live_server):
    spec = httpx.get(f"{live_server.url}/openapi.json").json()
    components = spec["components"]["schemas"]
    unbounded: list[str] = []
    bodies = 0
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            content = operation.get("requestBody", {}).get("content", {})
            if "application/json" in content:
                bodies += 1
                _walk(
                    content["application/json"]["schema"],
                    components,
                    f"{method.upper()} {path}",
                    set(),
                    unbounded,
                )
            for parameter in operation.get("parameters", []):
                _walk(
                    parameter["schema"],
                    components,
                    f"{method.upper()} {path} ?{parameter['name']}",
                    set(),
                    unbounded,
                )
    assert bodies >= 15
    assert unbounded == []


def test_a_decision_with_huge_flags_is_refused(live_server):
    """Seen: one decision wrote about 20 MB (flag labels had no limit)."""
    with live_server.client("moderator1") as client:
        lease = claim(client)[0]
        flags = [{"source": "local-image", "kind": "nudity", "label": "x" * 40_000}] * 500
        response = client.post("/v1/decisions", json=decision_body(lease, flags_shown=flags))
        assert response.status_code in (413, 422)
        one_long = [{"source": "local-image", "kind": "nudity", "label": "x" * 201}]
        body = assert_problem(
            client.post("/v1/decisions", json=decision_body(lease, flags_shown=one_long)), 422
        )
        assert body["errors"][0]["loc"].startswith("body.flags_shown.0.label")
        assert client.post("/v1/decisions", json=decision_body(lease)).status_code == 200


def test_non_finite_numbers_are_refused(live_server):
    with live_server.client("admin1") as admin:
        response = admin.post(
            "/v1/admin/listings",
            content=b'{"id": "N1", "seller_id": "S1", "title": "t", "description": "d", "category": "home", '
            b'"country": "FR", "price": NaN}',
            headers={"content-type": "application/json"},
        )
    assert response.status_code in (400, 422)
