"""The API client under faults, injected at the transport (httpx.MockTransport): errors map to
clear exceptions and only idempotent calls are retried."""

from __future__ import annotations

import uuid

import httpx
import pytest

from moderator_app.core import schema
from moderator_app.net.api_client import ApiClient
from moderator_app.net.errors import (
    AuthFailed,
    Conflict,
    ForeignUrl,
    MalformedResponse,
    ServerError,
    Unauthorized,
    Unreachable,
    ValidationFailed,
)
from moderator_app.net.retry import Backoff

FAST = Backoff(base=0.001, cap=0.002)


def client(handler, retries=2) -> ApiClient:
    return ApiClient(
        "http://server.test/",
        token="t",
        transport=httpx.MockTransport(handler),
        retries=retries,
        backoff=FAST,
    )


def problem(status: int, **extra) -> httpx.Response:
    body = {"type": "about:blank", "title": "x", "status": status, "detail": "the detail", **extra}
    return httpx.Response(status, json=body, headers={"Content-Type": "application/problem+json"})


def decision_request() -> schema.DecisionRequest:
    return schema.DecisionRequest(
        idempotency_key=uuid.uuid4(),
        item_id=1,
        lease_token="lt",
        action=schema.Action.approve,
        time_spent_ms=10,
        listing_version=1,
    )


def decision_result(request: schema.DecisionRequest) -> dict:
    return {
        "decision_id": 1,
        "idempotency_key": str(request.idempotency_key),
        "item_id": 1,
        "listing_id": "L1",
        "listing_version": 1,
        "moderator": "moderator1",
        "action": "approve",
        "reason_codes": [],
        "escalate_to": None,
        "note": "",
        "time_spent_ms": 10,
        "decided_at": "2026-11-27T12:00:00Z",
        "received_at": "2026-11-27T12:00:00Z",
    }


def test_a_decision_is_retried_after_a_timeout_and_a_dropped_connection():
    request = decision_request()
    calls = []

    def handler(req: httpx.Request) -> httpx.Response:
        calls.append(req)
        if len(calls) == 1:
            raise httpx.ReadTimeout("slow", request=req)
        if len(calls) == 2:
            raise httpx.RemoteProtocolError("server disconnected", request=req)
        return httpx.Response(200, json=decision_result(request))

    result = client(handler).decide(request)
    assert result.idempotency_key == request.idempotency_key
    assert len(calls) == 3
    assert {c.content for c in calls} == {calls[0].content}  # the same key every time


def test_5xx_is_retried_then_reported():
    calls = []

    def handler(req):
        calls.append(req)
        return problem(503)

    with pytest.raises(ServerError):
        client(handler).queues()
    assert len(calls) == 3


def test_claim_is_never_retried():
    calls = []

    def handler(req):
        calls.append(req)
        raise httpx.ConnectError("refused", request=req)

    with pytest.raises(Unreachable):
        client(handler).claim("new-fr", 5)
    assert len(calls) == 1


def test_malformed_json_is_a_clear_error():
    with pytest.raises(MalformedResponse):
        client(lambda req: httpx.Response(200, content=b"{not json")).queues()
    with pytest.raises(MalformedResponse):
        client(lambda req: httpx.Response(200, json={"unexpected": True})).me()


def test_problem_details_map_to_exceptions():
    with pytest.raises(Conflict) as conflict:
        client(lambda req: problem(409, code="lease_expired")).decide(decision_request())
    assert conflict.value.code == "lease_expired"
    assert conflict.value.detail == "the detail"

    errors = [{"loc": "body.note", "msg": "too long"}]
    with pytest.raises(ValidationFailed) as invalid:
        client(lambda req: problem(422, errors=errors)).decide(decision_request())
    assert invalid.value.errors == errors

    with pytest.raises(Unauthorized):
        client(lambda req: problem(401)).me()


def test_wrong_password_is_auth_failed_and_not_retried():
    calls = []

    def handler(req):
        calls.append(req)
        return problem(401)

    with pytest.raises(AuthFailed, match="Wrong username or password"):
        client(handler).login("moderator1", "nope")
    assert len(calls) == 1


def test_media_urls_outside_the_server_are_never_fetched():
    calls = []

    def handler(req):
        calls.append(req)
        return httpx.Response(200, content=b"img")

    api = client(handler)
    for url in ("https://evil.example/x.jpg", "//evil.example/x.jpg", "http://server.test:9999/v1/media/x"):
        image = schema.ImageRef(id="x", url=url, sha256="0" * 64, width=1, height=1)
        with pytest.raises(ForeignUrl):
            api.media(image)
    assert calls == []
    image = schema.ImageRef(id="x", url="/v1/media/x", sha256="0" * 64, width=1, height=1)
    assert api.media(image) == b"img"
    assert str(calls[0].url) == "http://server.test/v1/media/x"


def test_redirects_are_not_followed():
    def handler(req):
        return httpx.Response(302, headers={"Location": "https://evil.example/"})

    with pytest.raises(Exception) as exc:
        client(handler).me()
    assert "302" in str(exc.value)


def test_backoff_grows_exponentially_with_jitter_up_to_the_cap():
    backoff = Backoff(base=1.0, cap=30.0)
    for attempt, ceiling in ((0, 1.0), (1, 2.0), (3, 8.0), (10, 30.0), (60, 30.0)):
        delays = {backoff.delay(attempt) for _ in range(50)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(delays) > 1  # jittered
    assert Backoff(base=1.0, cap=30.0, jitter=False).delay(2) == 4.0
