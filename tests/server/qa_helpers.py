"""Builders shared by the QA server tests (plain functions, no fixtures)."""

from __future__ import annotations

import httpx
from api_helpers import claim, decision_body
from sqlalchemy import select

from moderator_app.server import tables as t

# A rule that samples nothing: tests switch on exactly the rate they exercise.
NOTHING = {
    "base_rate": 0.0,
    "new_moderator_rate": 0.0,
    "new_moderator_days": 0,
    "error_threshold": 1.0,
    "high_error_rate": 0.0,
}


def set_rule(lead: httpx.Client, queue: str = "new-fr", **overrides) -> dict:
    response = lead.put(f"/v1/qa/rules/{queue}", json={**NOTHING, **overrides})
    assert response.status_code == 200, response.text
    return response.json()


def decide_next(
    client: httpx.Client, action: str = "approve", queue: str = "new-fr", **overrides
) -> httpx.Response:
    """Claim the best item of the queue and decide it; returns the decision response."""
    lease = claim(client, queue)[0]
    if action == "escalate":
        overrides.setdefault("escalate_to", "escalations")
    response = client.post("/v1/decisions", json=decision_body(lease, action, **overrides))
    assert response.status_code == 200, response.text
    return response


def sampled_decisions(server) -> dict[int, str]:
    """decision id -> sampling rule name, read straight from the server's database."""
    with server.db.read() as conn:
        return {
            row.decision_id: row.rule
            for row in conn.execute(select(t.qa_samples.c.decision_id, t.qa_samples.c.rule))
        }


def create_golden(lead: httpx.Client, listing_id: str, action: str, codes=(), priority: int = 100) -> dict:
    response = lead.post(
        "/v1/qa/golden",
        json={
            "listing_id": listing_id,
            "queue_id": "new-fr",
            "expected_action": action,
            "expected_reason_codes": list(codes),
            "priority": priority,
        },
    )
    assert response.status_code == 201, response.text
    return response.json()


def golden_audit(
    lead: httpx.Client, moderator: httpx.Client, listing_id: str, expected: str, given: str
) -> dict:
    """A golden item decided by the moderator; returns the lead's view of its audit record."""
    golden = create_golden(lead, listing_id, expected, ["contact_details"] if expected == "reject" else [])
    lease = claim(moderator)[0]
    assert lease["item_id"] == golden["item_id"]
    decision = moderator.post("/v1/decisions", json=decision_body(lease, given)).json()
    records = lead.get("/v1/qa/audits").json()
    return next(r for r in records if r["decision_id"] == decision["decision_id"])


def audit_log_kinds(admin: httpx.Client) -> list[str]:
    return [entry["kind"] for entry in admin.get("/v1/audit-log", params={"limit": 1000}).json()]


def fresh_client(server, username: str) -> httpx.Client:
    """A client with a new token (after the test clock moved past the cached tokens' expiry)."""
    response = httpx.post(f"{server.url}/v1/auth/token", json={"username": username, "password": "demo"})
    response.raise_for_status()
    token = response.json()["access_token"]
    return httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {token}"}, timeout=30)
