"""Small builders shared by the server tests (plain functions, no fixtures)."""

from __future__ import annotations

import uuid

import httpx


def decision_body(lease: dict, action: str = "approve", **overrides) -> dict:
    body = {
        "idempotency_key": str(uuid.uuid4()),
        "item_id": lease["item_id"],
        "lease_token": lease["lease_token"],
        "action": action,
        "reason_codes": [],
        "time_spent_ms": 1500,
        "listing_version": lease["listing_version"],
    }
    if action == "reject":
        body["reason_codes"] = ["contact_details"]
    body.update(overrides)
    return body


def claim(client: httpx.Client, queue: str = "new-fr", count: int = 1) -> list[dict]:
    response = client.post(f"/v1/queues/{queue}/claim", json={"count": count})
    assert response.status_code == 200, response.text
    return response.json()["leases"]


def assert_problem(response: httpx.Response, status: int, code: str | None = None) -> dict:
    """The response is an RFC 9457 problem with this status (and code); returns its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status
    assert body["detail"]
    if code is not None:
        assert body["code"] == code, body
    return body
