"""The inputs that used to crash the server get a clear 4xx problem; a crash that still happens is a
500 problem with the security headers, and the connection stays usable."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time

import httpx
import pytest
from api_helpers import assert_problem

BIG = 2**63  # one past SQLite's and PostgreSQL's 64-bit integers
INT32 = 2**31  # one past the 32-bit id columns

# (method, path template, body template): every place an integer id or offset comes in.
ENDPOINTS = [
    ("GET", "/v1/items/{n}", None),
    ("GET", "/v1/listings/L0001/versions/{n}", None),
    ("GET", "/v1/decisions?offset={n}", None),
    ("GET", "/v1/qa/audits?offset={n}", None),
    ("GET", "/v1/me/feedback?offset={n}", None),
    ("GET", "/v1/disputes?offset={n}", None),
    ("GET", "/v1/audit-log?after_seq={n}", None),
    ("GET", "/v1/metrics/decisions?from=2026-03-01&to=2026-03-02&offset={n}", None),
    ("GET", "/v1/calibrations/{n}/next", None),
    ("GET", "/v1/calibrations/{n}/report", None),
    ("POST", "/v1/calibrations/{n}/answers", {"listing_id": "L0001", "action": "approve"}),
    ("POST", "/v1/qa/audits/{n}/blind", {"action": "approve"}),
    ("POST", "/v1/qa/audits/{n}/verdict", {}),
    ("POST", "/v1/qa/audits/{n}/release", None),
    ("POST", "/v1/audits/{n}/disputes", {"reason": "x"}),
    ("POST", "/v1/disputes/{n}/settle", {"outcome": "upheld"}),
    ("POST", "/v1/leases/renew", {"item_ids": ["{n}"]}),
    ("POST", "/v1/leases/release", {"item_ids": ["{n}"]}),
    ("POST", "/v1/queues/new-fr/claim", {"count": "{n}"}),
    ("POST", "/v1/decisions", {
        "idempotency_key": "00000000-0000-4000-8000-000000000001", "item_id": "{n}", "lease_token": "t",
        "action": "approve", "time_spent_ms": 1, "listing_version": 1,
    }),
    ("POST", "/v1/qa/golden", {"listing_id": "L0001", "queue_id": "new-fr", "expected_action": "approve", "priority": "{n}"}),
    ("POST", "/v1/admin/listings", {
        "id": "X1", "seller_id": "S1", "title": "t", "description": "d", "category": "c", "country": "FR", "priority": "{n}",
    }),
]  # fmt: skip


def _fill(template, n: int):
    if isinstance(template, dict):
        return {k: _fill(v, n) for k, v in template.items()}
    if isinstance(template, list):
        return [_fill(v, n) for v in template]
    return n if template == "{n}" else template


@pytest.mark.parametrize("n", [BIG, INT32, -BIG])
def test_out_of_range_integers_are_422_not_500(any_server, n):
    failures = []
    with any_server.client("admin1") as client:
        for method, path, body in ENDPOINTS:
            if n == INT32 and "after_seq" in path:
                continue  # audit-log sequence numbers are 64-bit: 2^31 is a valid one
            response = client.request(
                method, path.format(n=n), json=_fill(body, n) if body is not None else None
            )
            if response.status_code != 422 or not response.headers["content-type"].startswith(
                "application/problem+json"
            ):
                failures.append(f"{method} {path}: {response.status_code}")
    assert failures == []


def _forged_token(server, user_id: int) -> str:
    """A token validly signed with the server's secret, for a user id no table can hold."""
    secret = server.app.state.ctx.token_secret
    body = (
        base64.urlsafe_b64encode(
            json.dumps({"sub": user_id, "exp": int(time.time()) + 600, "n": "x"}).encode()
        )
        .rstrip(b"=")
        .decode()
    )
    signature = base64.urlsafe_b64encode(hmac.new(secret, body.encode(), hashlib.sha256).digest()).rstrip(
        b"="
    )
    return f"{body}.{signature.decode()}"


@pytest.mark.parametrize("user_id", [BIG, INT32, 0, -1])
def test_a_validly_signed_token_with_an_impossible_user_is_401(any_server, user_id):
    token = _forged_token(any_server, user_id)
    response = httpx.get(f"{any_server.url}/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert_problem(response, 401, "unauthorized")


def test_decisions_list_on_the_demo_history(live_server):
    """Seen: GET /v1/decisions failed for every role on a --demo database (history keys were not
    UUIDs)."""
    from moderator_app.server.demo.history import seed_history

    seed_history(live_server.db, weeks=1, decisions=50, audits=5, waiting_samples=2)
    for user in ("lead1", "qa1", "admin1", "moderator1"):
        with live_server.client(user) as client:
            response = client.get("/v1/decisions", params={"limit": 500})
            assert response.status_code == 200, (user, response.text)


def test_a_crash_is_a_problem_with_the_security_headers_and_the_connection_survives(live_server, monkeypatch):
    from moderator_app.server.routes import queues

    def broken(*_args, **_kwargs):
        raise RuntimeError("injected")

    monkeypatch.setattr(queues.leases, "held_leases", broken)
    with live_server.client("moderator1") as client:
        crashed = client.get("/v1/leases")
        after = client.get("/v1/queues")  # the same keep-alive connection
    problem = assert_problem(crashed, 500, "internal")
    assert "injected" not in problem["detail"]
    assert crashed.headers["x-content-type-options"] == "nosniff"
    assert crashed.headers["x-frame-options"] == "DENY"
    assert crashed.headers.get("connection") != "close"
    assert after.status_code == 200


def test_the_nul_character_is_refused_everywhere(any_server):
    """Found by schemathesis on PostgreSQL: a NUL in a query filter was a 500 (PostgreSQL text
    cannot hold it). It is a 422 on both databases, in the query, the path and JSON bodies."""
    with any_server.client("admin1") as client:
        responses = [
            client.get("/v1/decisions", params={"moderator": "a\x00b"}),
            client.get("/v1/sellers/S1%00/history"),
            client.post(
                "/v1/admin/listings",
                content=b'{"id": "Z1", "seller_id": "S1", "title": "t\\u0000", "description": "d", '
                b'"category": "c", "country": "FR"}',
                headers={"content-type": "application/json"},
            ),
        ]
        kept = client.post(
            "/v1/admin/listings",
            content=b'{"id": "Z2", "seller_id": "S1", "title": "a \\\\u0000 is fine", "description": "d", '
            b'"category": "c", "country": "FR"}',
            headers={"content-type": "application/json"},
        )
    for response in responses:
        assert_problem(response, 422, "nul_character")
    assert kept.status_code == 200, "an escaped backslash before u0000 is text, not a NUL"
