"""The local store of confirmed appeal outcomes: committed before sending, one outcome per key, and
only the server's own problem document with a known code closes an outcome as refused."""

from __future__ import annotations

import uuid

import httpx
import pytest

from moderator_app.core import dsa_schema as dsa
from moderator_app.net.api_client import ApiClient
from moderator_app.net.errors import Conflict, ForeignAnswer, ServerError, Unreachable, ValidationFailed
from moderator_app.store.appeal_outbox import AppealOutbox, PendingOutcome
from moderator_app.store.outbox import ConflictRecord
from moderator_app.sync.appeal_sender import AppealSender, final_refusal
from moderator_app.sync.decision_pusher import UnknownRefusal

URL, USER = "http://desk.test", "moderator2"


def outcome(key: uuid.UUID, what: dsa.AppealOutcome = "uphold", appeal_id: int = 7) -> PendingOutcome:
    request = dsa.AppealOutcomeRequest(
        idempotency_key=key, lease_token="t", outcome=what, reply="", reason_codes=[], time_spent_ms=10
    )
    return PendingOutcome(appeal_id, 70 + appeal_id, request, "L-1", "A bike")


def test_an_outcome_stays_pending_until_the_server_answered(writer):
    box = AppealOutbox(writer)
    first, second = outcome(uuid.uuid4()), outcome(uuid.uuid4(), "reverse", appeal_id=8)
    box.add(URL, USER, first)
    box.add(URL, USER, second)
    box.add(URL, USER, first)  # the same outcome again (Enter once more): still one row
    assert box.pending(URL, USER) == [first, second]
    assert box.pending(URL, "moderator3") == []  # another account's desk never sends it
    box.attempted(first.key, "Unreachable")
    box.mark_sent(first.key)
    record = box.mark_refused(second.key, "lease_expired", "Your lease expired.")
    assert box.pending(URL, USER) == []
    assert (record.item_id, record.action, record.code, record.listing_id) == (78, "reverse", "lease_expired", "L-1")
    rows = writer.call(lambda db: db.execute("SELECT key, action, code FROM conflicts").fetchall())
    assert rows == [(second.key, "reverse", "lease_expired")]


def test_a_key_is_never_reused_for_a_different_outcome(writer):
    box = AppealOutbox(writer)
    key = uuid.uuid4()
    box.add(URL, USER, outcome(key, "uphold"))
    with pytest.raises(ValueError):
        box.add(URL, USER, outcome(key, "reverse"))
    with pytest.raises(ValueError):
        box.add(URL, USER, outcome(key, "uphold", appeal_id=9))
    assert [p.request.outcome for p in box.pending(URL, USER)] == ["uphold"]


@pytest.mark.parametrize(
    ("error", "final"),
    [
        (Unreachable("timed out"), False),
        (ForeignAnswer(502, "text/html"), False),
        (ServerError("HTTP 502", status=502), False),
        (Conflict(None, "no problem document"), False),
        (Conflict("something_new", "a code this desk does not know"), False),
        (Conflict("appeal_decided", "already decided"), True),
        (Conflict("lease_expired", "expired"), True),
        (ValidationFailed("bad reasons", status=422, code="reasons_not_allowed"), True),
    ],
)
def test_only_the_servers_known_refusal_is_final(error, final):
    assert final_refusal(error) is final


def problem_transport(status: int, code: str) -> httpx.MockTransport:
    """A server answering every outcome with its own problem document (fault injection)."""
    body = {"type": "about:blank", "title": "Refused", "status": status, "detail": "Refused.", "code": code}
    return httpx.MockTransport(
        lambda request: httpx.Response(status, json=body, headers={"content-type": "application/problem+json"})
    )


def test_the_resend_round_keeps_an_unknown_refusal_and_closes_a_known_one(writer):
    box = AppealOutbox(writer)
    entry = outcome(uuid.uuid4())
    box.add(URL, USER, entry)
    refused: list[ConflictRecord] = []
    sender = AppealSender(box, lambda: (URL, USER), refused.append)
    unknown = ApiClient(URL, token="t", transport=problem_transport(409, "something_new"), retries=0)
    with unknown as api, pytest.raises(UnknownRefusal):
        sender.round(api)
    assert box.pending(URL, USER) == [entry] and refused == []
    with ApiClient(URL, token="t", transport=problem_transport(409, "appeal_decided"), retries=0) as api:
        sender.round(api)
    assert box.pending(URL, USER) == [] and [r.code for r in refused] == ["appeal_decided"]
