"""Authentication, roles, ownership, and clear 422s for bad input."""

from __future__ import annotations

import httpx
import pytest
from api_helpers import assert_problem, claim, decision_body

from moderator_app.core.schema import MAX_NOTE_CHARS


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/v1/queues"),
        ("POST", "/v1/queues/new-fr/claim"),
        ("GET", "/v1/items/1"),
        ("GET", "/v1/policy"),
        ("GET", "/v1/media/img-red"),
        ("GET", "/v1/decisions"),
        ("POST", "/v1/decisions"),
        ("GET", "/v1/audit-log"),
    ],
)
def test_no_token_is_401(live_server, method, path):
    response = httpx.request(method, f"{live_server.url}{path}", json={})
    body = assert_problem(response, 401, "unauthorized")
    assert response.headers["www-authenticate"] == "Bearer"
    assert "token" in body["detail"]


def test_forged_and_expired_tokens_are_401(live_server):
    token = live_server.token("moderator1")
    body, signature = token.split(".")
    forged = httpx.get(
        f"{live_server.url}/v1/me", headers={"Authorization": f"Bearer {body}.{signature[::-1]}"}
    )
    assert_problem(forged, 401)
    live_server.clock.advance(13 * 3600)
    expired = httpx.get(f"{live_server.url}/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert "expired" in assert_problem(expired, 401)["detail"]


def test_wrong_password_is_401_and_right_one_gives_an_expiring_token(live_server):
    wrong = httpx.post(
        f"{live_server.url}/v1/auth/token", json={"username": "moderator1", "password": "nope"}
    )
    assert_problem(wrong, 401)
    unknown = httpx.post(f"{live_server.url}/v1/auth/token", json={"username": "ghost", "password": "demo"})
    assert_problem(unknown, 401)
    good = httpx.post(f"{live_server.url}/v1/auth/token", json={"username": "lead1", "password": "demo"})
    assert good.status_code == 200
    assert good.json()["user"]["role"] == "lead" and good.json()["expires_at"]


@pytest.mark.parametrize(
    ("user", "method", "path", "body"),
    [
        ("moderator1", "GET", "/v1/audit-log", None),
        ("lead1", "GET", "/v1/audit-log", None),
        (
            "moderator1",
            "POST",
            "/v1/admin/users",
            {"username": "x", "display_name": "X", "role": "admin", "password": "secret1"},
        ),
        ("qa1", "POST", "/v1/queues/new-fr/claim", {"count": 1}),
        ("qa1", "POST", "/v1/decisions", {}),
        ("moderator1", "GET", "/v1/listings/L0001/versions/1", None),
    ],
)
def test_wrong_role_is_403(live_server, user, method, path, body):
    with live_server.client(user) as client:
        response = client.request(method, path, json=body)
    assert_problem(response, 403, "wrong_role")


def test_another_moderators_item_is_forbidden(live_server):
    with live_server.client("moderator1") as one, live_server.client("moderator2") as two:
        lease = claim(one)[0]
        assert one.get(f"/v1/items/{lease['item_id']}").status_code == 200
        assert_problem(two.get(f"/v1/items/{lease['item_id']}"), 403, "lease_foreign")
        stolen = two.post("/v1/decisions", json=decision_body(lease))
        assert_problem(stolen, 409, "lease_foreign")
        assert two.post("/v1/leases/renew", json={"item_ids": [lease["item_id"]]}).json()["lost"] == [
            lease["item_id"]
        ]
        assert two.post("/v1/leases/release", json={"item_ids": [lease["item_id"]]}).json()["released"] == []
    with live_server.client("lead1") as lead:
        detail = lead.get(f"/v1/items/{lease['item_id']}").json()
    assert detail["lease"] is None, "only the holder sees the lease token"


def test_moderators_see_only_their_own_decisions(live_server):
    with live_server.client("moderator1") as one, live_server.client("moderator2") as two:
        for client in (one, two):
            assert client.post("/v1/decisions", json=decision_body(claim(client)[0])).status_code == 200
        mine = one.get("/v1/decisions").json()
        assert {d["moderator"] for d in mine["decisions"]} == {"moderator1"}
        assert_problem(one.get("/v1/decisions", params={"moderator": "moderator2"}), 403)
    with live_server.client("lead1") as lead:
        everyone = lead.get("/v1/decisions").json()
        assert {d["moderator"] for d in everyone["decisions"]} == {"moderator1", "moderator2"}
        filtered = lead.get("/v1/decisions", params={"moderator": "moderator2", "queue": "new-fr"}).json()
        assert filtered["total"] == 1


def test_malformed_json_is_a_documented_400(live_server):
    with live_server.client("moderator1") as client:
        response = client.post(
            "/v1/decisions", content=b'{"item_id": 1,', headers={"content-type": "application/json"}
        )
        spec = client.get("/openapi.json").json()
    body = assert_problem(response, 400, "malformed_body")
    assert "JSON" in body["detail"]
    documented = spec["paths"]["/v1/decisions"]["post"]["responses"]["400"]["content"]
    assert list(documented) == ["application/problem+json"]


def test_missing_and_mistyped_fields_are_named(live_server):
    with live_server.client("moderator1") as client:
        lease = claim(client)[0]
        bad = decision_body(lease, time_spent_ms="soon")
        del bad["lease_token"]
        response = client.post("/v1/decisions", json=bad)
    body = assert_problem(response, 422, "validation_error")
    locs = {e["loc"] for e in body["errors"]}
    assert {"body.lease_token", "body.time_spent_ms"} <= locs
    assert "body.lease_token" in body["detail"]


def test_oversized_note_is_422(live_server):
    with live_server.client("moderator1") as client:
        lease = claim(client)[0]
        response = client.post("/v1/decisions", json=decision_body(lease, note="x" * (MAX_NOTE_CHARS + 1)))
        body = assert_problem(response, 422)
        assert body["errors"][0]["loc"] == "body.note"
        assert str(MAX_NOTE_CHARS) in body["detail"]
        assert "xxxx" not in response.text, "the input is never echoed back"
        ok = client.post("/v1/decisions", json=decision_body(lease, note="x" * MAX_NOTE_CHARS))
        assert ok.status_code == 200


@pytest.mark.parametrize(
    ("overrides", "code", "loc"),
    [
        ({"action": "reject", "reason_codes": ["no_such_code"]}, "unknown_reason_code", "body.reason_codes"),
        ({"action": "reject", "reason_codes": ["weapons"]}, "reason_code_not_allowed", "body.reason_codes"),
        ({"action": "reject", "reason_codes": []}, "reason_required", "body.reason_codes"),
        ({"action": "escalate"}, "target_required", "body.escalate_to"),
        ({"action": "escalate", "escalate_to": "new-es"}, "invalid_escalation_target", "body.escalate_to"),
        ({"action": "approve", "reason_codes": ["counterfeit"]}, "reasons_not_allowed", "body.reason_codes"),
        ({"action": "approve", "escalate_to": "escalations"}, "target_not_allowed", "body.escalate_to"),
        (
            {"action": "reject", "reason_codes": ["counterfeit"] * 2},
            "duplicate_reason_code",
            "body.reason_codes",
        ),
    ],
)
def test_decision_rules_of_the_queue_are_422(live_server, overrides, code, loc):
    with live_server.client("moderator1") as client:
        lease = claim(client)[0]
        body = decision_body(lease)
        body.update(overrides)
        response = client.post("/v1/decisions", json=body)
        problem = assert_problem(response, 422, code)
        assert problem["errors"][0]["loc"] == loc
        # Nothing was applied: the item can still be decided.
        assert client.post("/v1/decisions", json=decision_body(lease)).status_code == 200


def test_escalation_moves_the_item_to_the_target_queue(live_server):
    with live_server.client("moderator1") as client:
        lease = claim(client)[0]
        result = client.post(
            "/v1/decisions", json=decision_body(lease, "escalate", escalate_to="escalations")
        )
        assert result.status_code == 200
        queues = {q["id"]: q for q in client.get("/v1/queues").json()}
        assert queues["escalations"]["size"] == 1
    with live_server.client("lead1") as lead:
        escalated = claim(lead, "escalations")[0]
    assert escalated["listing_id"] == lease["listing_id"]
    assert escalated["item_id"] != lease["item_id"]


def test_unknown_queue_and_item_are_404(live_server):
    with live_server.client("moderator1") as client:
        assert_problem(client.post("/v1/queues/nope/claim", json={"count": 1}), 404)
        assert_problem(client.get("/v1/items/999999"), 404)
        assert_problem(client.get("/v1/sellers/nobody/history"), 404)
