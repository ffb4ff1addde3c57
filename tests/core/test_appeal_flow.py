"""The appeal flow's keys, step by step (no Qt, no server): what U, R, digits, M, Enter and Esc do,
and that a confirmed outcome keeps its one idempotency key until the server answers."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from moderator_app.core import dsa_schema as dsa
from moderator_app.core import schema
from moderator_app.sync.appeal_flow import (
    MSG_NEEDS_REASONS,
    AppealCase,
    AppealFlow,
    ClaimNext,
    Key,
    Notice,
    SendOutcome,
    Step,
)

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def case(action: str = "reject", reasons: tuple[str, ...] = ("contact_details", "counterfeit")) -> AppealCase:
    listing = schema.Listing(
        id="L1", version=1, title="t", description="d", price=1.0, currency="EUR", category="c",
        location="x", country="FR", created_at=NOW, seller_id="S1", images=[],
    )  # fmt: skip
    decision = schema.DecisionResult(
        decision_id=5, idempotency_key=uuid.uuid4(), item_id=3, listing_id="L1", listing_version=1,
        moderator="moderator1", action=action, reason_codes=["contact_details"] if action == "reject" else [],
        escalate_to=None, note="", time_spent_ms=1, decided_at=NOW, received_at=NOW,
    )  # fmt: skip
    appeal = dsa.AppealView(
        appeal_id=9, decision_id=5, item_id=11, queue_id="appeals", appellant="seller", explanation="e",
        language="fr", received_at=NOW, due_at=NOW + timedelta(hours=48), state="open",
    )  # fmt: skip
    detail = dsa.AppealDetail(
        appeal=appeal, decision=decision, listing=listing, flags=[], statement=None, notices=[],
        reply_preview={"uphold": "Maintenue.", "reverse": "Annulée."},
    )  # fmt: skip
    lease = schema.Lease(
        item_id=11, queue_id="appeals", listing_id="L1", listing_version=1, lease_token="tok",
        expires_at=NOW + timedelta(minutes=15), priority=0,
    )  # fmt: skip
    return AppealCase(lease, detail, reasons)


def flow_with(c: AppealCase) -> tuple[AppealFlow, list[float]]:
    now = [100.0]
    flow = AppealFlow(clock=lambda: now[0], new_key=lambda: uuid.UUID(int=7))
    assert flow.start() == [ClaimNext()]
    flow.loaded(c)
    return flow, now


def test_uphold_with_a_reply_sends_one_request_with_the_reviewers_words():
    flow, now = flow_with(case())
    flow.handle(Key.UPHOLD)
    assert flow.step == Step.CONFIRMING and flow.reply_preview() == "Maintenue."
    flow.handle(Key.REPLY)
    flow.reply_changed("  Le numéro est celui du magasin.  ")
    assert flow.handle(Key.CONFIRM) == [] and flow.step == Step.CONFIRMING  # leaving the field
    now[0] += 42
    [send] = flow.handle(Key.CONFIRM)
    assert isinstance(send, SendOutcome) and send.appeal_id == 9
    assert send.request.outcome == "uphold" and send.request.reply == "Le numéro est celui du magasin."
    assert send.request.lease_token == "tok" and send.request.time_spent_ms == 42_000
    assert send.request.reason_codes == [] and flow.step == Step.SENDING
    assert flow.handle(Key.CONFIRM) == [], "no second send while the first is on its way"


def test_reversing_an_approval_needs_reasons_chosen_with_digits():
    flow, _ = flow_with(case("approve"))
    flow.handle(Key.REVERSE)
    assert flow.step == Step.REASONS
    assert flow.handle(Key.CONFIRM) == [Notice(MSG_NEEDS_REASONS)]
    flow.handle(2)
    flow.handle(1)
    flow.handle(3)  # no third reason: ignored
    assert flow.reasons == ["contact_details", "counterfeit"]
    flow.handle(1)
    flow.handle(Key.CONFIRM)
    assert flow.step == Step.CONFIRMING
    flow.handle(Key.CANCEL)
    assert flow.step == Step.REASONS and flow.reasons == ["counterfeit"], "Esc goes back one step"
    flow.handle(Key.CONFIRM)
    [send] = flow.handle(Key.CONFIRM)
    assert send.request.outcome == "reverse" and send.request.reason_codes == ["counterfeit"]


def test_reversing_a_rejection_needs_no_reason_and_esc_returns_to_reading():
    flow, _ = flow_with(case("reject"))
    flow.handle(Key.REVERSE)
    assert flow.step == Step.CONFIRMING and flow.reply_preview() == "Annulée."
    flow.handle(Key.CANCEL)
    assert flow.step == Step.READING and flow.outcome is None
    flow.handle(1)
    assert flow.reasons == [], "digits mean nothing while reading"


def test_a_lost_answer_keeps_the_same_request_until_it_is_answered():
    flow, _ = flow_with(case())
    flow.handle(Key.UPHOLD)
    [send] = flow.handle(Key.CONFIRM)
    flow.send_failed(refused=False)
    assert flow.step == Step.UNSENT
    flow.handle(Key.CANCEL)
    flow.handle(Key.REVERSE)
    flow.reply_changed("changed my mind")
    assert flow.step == Step.UNSENT and flow.start() == []
    assert flow.handle(Key.CONFIRM) == [send], "the very same request, with its key"
    assert flow.sent()[-1] == ClaimNext() and flow.pending is None


def test_give_back_releases_the_appeal_and_claims_the_next():
    flow, _ = flow_with(case())
    assert flow.handle(Key.GIVE_BACK) == [ClaimNext(give_back=11)]
    assert flow.case is None and flow.step == Step.LOADING
