"""The claim/decide lane (server.hotpath) answers exactly as the FastAPI routes do.

Two servers start from the same seeded database, one with the lane and one without, and get the
same requests. Their answers must match: status, media type, security headers and body (with
the values that differ by nature, lease tokens and timestamps, masked). Requests the lane does not
take (no token, wrong role, invalid body, another content type) must reach FastAPI, and the lane
must really serve the well-formed ones.
"""

from __future__ import annotations

import json
import uuid

import httpx
import pytest
from api_helpers import assert_problem, claim, decision_body

from moderator_app.server.hotpath import HotRoutes

_VOLATILE = {"lease_token", "expires_at", "decided_at", "received_at", "idempotency_key", "server_time", "statement_puid"}
_HEADERS = (
    "content-type",
    "x-content-type-options",
    "x-frame-options",
    "cache-control",
    "idempotent-replayed",
)


def _lane(server) -> HotRoutes:
    layer = server.app.middleware_stack
    while not isinstance(layer, HotRoutes):
        layer = layer.app
    return layer


def _masked(value):
    if isinstance(value, dict):
        return {k: "*" if k in _VOLATILE else _masked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_masked(v) for v in value]
    return value


def _answer(response: httpx.Response) -> tuple:
    headers = {name: response.headers.get(name) for name in _HEADERS}
    try:
        body = _masked(response.json())
    except ValueError:
        body = response.text
    return response.status_code, headers, body


@pytest.fixture
def twin_servers(server_factory):
    """(with the lane, without it), both on a copy of the same seeded database."""
    return server_factory(), server_factory(hot_routes=False)


def _scenario(server) -> list[httpx.Response]:
    """The requests a desk sends, right and wrong, in a fixed order."""
    out = []
    with server.client("moderator1") as client:
        leases = claim(client, count=2)
        out.append(client.post("/v1/queues/new-fr/claim", json={"count": 1}))
        first = decision_body(leases[0], "reject", idempotency_key="00000000-0000-4000-8000-000000000001")
        out.append(client.post("/v1/decisions", json=first))
        out.append(client.post("/v1/decisions", json=first))  # a retry: replayed
        out.append(client.post("/v1/decisions", json=decision_body(leases[0])))  # item decided
        out.append(  # the key again, for another item
            client.post(
                "/v1/decisions", json=decision_body(leases[1], idempotency_key=first["idempotency_key"])
            )
        )
        out.append(client.post("/v1/decisions", json=decision_body(leases[1], lease_token="stale")))
        out.append(client.post("/v1/decisions", json=decision_body(leases[1], listing_version=99)))
        out.append(client.post("/v1/decisions", json=decision_body(leases[1], reason_codes=["nope"])))
        out.append(client.post("/v1/decisions", json=decision_body(leases[1], "escalate", escalate_to="x")))
        out.append(client.post("/v1/decisions", json=decision_body(leases[1], item_id=999_999)))
        out.append(client.post("/v1/queues/no-such-queue/claim", json={"count": 1}))
        # Not the lane's: FastAPI answers these.
        out.append(client.post("/v1/queues/new-fr/claim", json={"count": 0}))
        out.append(client.post("/v1/decisions", json={**decision_body(leases[1]), "extra": 1}))
        out.append(
            client.post("/v1/decisions", content=b"{not json", headers={"content-type": "application/json"})
        )
        out.append(client.post("/v1/decisions", content=b"{}", headers={"content-type": "text/plain"}))
        out.append(
            client.post("/v1/queues/new-fr/claim", json={"count": 1}, headers={"authorization": "Bearer x.y"})
        )
    out.append(httpx.post(f"{server.url}/v1/decisions", json=decision_body(leases[1])))
    with server.client("qa1") as qa:
        out.append(qa.post("/v1/queues/new-fr/claim", json={"count": 1}))
        out.append(qa.post("/v1/decisions", json=decision_body(leases[1])))
    with server.client("moderator2") as other:
        out.append(other.post("/v1/decisions", json=decision_body(leases[1])))  # someone else's lease
    return out


def test_the_lane_answers_like_the_fastapi_routes(twin_servers):
    lane, plain = twin_servers
    with_lane = [_answer(r) for r in _scenario(lane)]
    without = [_answer(r) for r in _scenario(plain)]

    for index, (a, b) in enumerate(zip(with_lane, without, strict=True)):
        assert a == b, f"request {index} differs"
    assert [a[0] for a in with_lane] == [
        *(200, 200, 200),  # claim, decide, the retry
        *(409, 409, 409, 409),  # decided, key reused, stale lease, wrong version
        *(422, 422, 404, 404),  # reason code, escalation target, no such item, no such queue
        *(422, 422, 400, 422),  # FastAPI: count 0, unknown field, broken JSON (400), not JSON
        *(401, 401, 403, 403),  # FastAPI: bad token, no token, QA may neither claim nor decide
        409,  # another moderator's lease
    ]
    assert with_lane[1][1]["idempotent-replayed"] == "false"
    assert with_lane[2][1]["idempotent-replayed"] == "true"
    # The lane served the well-formed requests (12, and the claim that set the scenario up);
    # the plain server never used it.
    assert _lane(lane).served == 13
    assert _lane(plain).served == 0


def test_a_crash_in_the_lane_is_a_500_problem_and_the_next_request_works(live_server, monkeypatch):
    import moderator_app.server.hotpath as hotpath

    real = hotpath.apply_decision
    calls = []

    def crash_once(*args):
        if not calls:
            calls.append(1)
            raise RuntimeError("injected")
        return real(*args)

    monkeypatch.setattr(hotpath, "apply_decision", crash_once)
    with live_server.client("moderator1") as client:
        lease = claim(client)[0]
        body = decision_body(lease)
        crashed = client.post("/v1/decisions", json=body)
        retried = client.post("/v1/decisions", json=body)
    problem = assert_problem(crashed, 500, "internal")
    assert "injected" not in problem["detail"]
    assert retried.status_code == 200 and retried.headers["idempotent-replayed"] == "false"


def test_the_body_limit_still_applies_to_the_lane(live_server):
    limit = live_server.app.state.ctx.settings.max_body_bytes
    body = decision_body({"item_id": 1, "lease_token": "t", "listing_version": 1}, note="x" * (limit + 1))
    with live_server.client("moderator1") as client:
        response = client.post("/v1/decisions", json=body)
    assert_problem(response, 413, "body_too_large")
    assert _lane(live_server).served == 0


def test_a_claim_on_a_path_with_more_segments_is_not_the_lane(live_server):
    with live_server.client("moderator1") as client:
        response = client.post("/v1/queues/new-fr/x/claim", json={"count": 1})
    assert_problem(response, 404)
    assert _lane(live_server).served == 0


def test_an_uppercase_decision_key_comes_back_in_canonical_form(live_server):
    with live_server.client("moderator1") as client:
        lease = claim(client)[0]
        key = uuid.uuid4()
        response = client.post("/v1/decisions", json=decision_body(lease, idempotency_key=str(key).upper()))
    assert response.status_code == 200
    assert response.json()["idempotency_key"] == str(key)


def test_a_chunked_decision_is_read_whole_by_the_lane(live_server):
    with live_server.client("moderator1") as client:
        lease = claim(client)[0]
        data = json.dumps(decision_body(lease, note="é" * 500)).encode()
        chunks = (data[i : i + 7] for i in range(0, len(data), 7))  # sent with Transfer-Encoding: chunked
        response = client.post("/v1/decisions", content=chunks, headers={"content-type": "application/json"})
    assert response.status_code == 200, response.text
    assert response.json()["note"] == "é" * 500
    assert _lane(live_server).served == 2
