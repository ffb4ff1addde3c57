"""The appeal screen against the real server, by keyboard: the case as decided (listing, decision,
statement of reasons, appeal text), uphold or reverse with a reasoned reply, the author of the
decision never gets the appeal, and an outcome whose answer is lost is sent again with its key."""

from __future__ import annotations

import uuid

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from moderator_app.core import schema
from moderator_app.net.api_client import ApiClient
from moderator_app.net.retry import Backoff
from moderator_app.sync.appeal_flow import Step
from moderator_app.sync.qa_desk import QaDesk
from moderator_app.views.appeal_screen import AppealScreen
from tests.server.dsa_helpers import add_intake_user

pytestmark = pytest.mark.slow


class SwitchableTransport(httpx.BaseTransport):
    """Loopback HTTP that the test can cut (a dropped desk network): fault injection only."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.down = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.down:
            raise httpx.ConnectError("network down", request=request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


@pytest.fixture
def appealed(live_server):
    """A rejection by moderator1 and the seller's appeal against it (through the intake API)."""
    moderator = ApiClient(live_server.url, token=live_server.token("moderator1"))
    [lease] = moderator.claim("new-fr", 1)
    decision = moderator.decide(
        schema.DecisionRequest(
            idempotency_key=uuid.uuid4(), item_id=lease.item_id, lease_token=lease.lease_token, action="reject",
            reason_codes=["contact_details"], time_spent_ms=4000, listing_version=lease.listing_version,
        )
    )  # fmt: skip
    moderator.close()
    with add_intake_user(live_server) as intake:
        response = intake.post(
            "/v1/appeals",
            json={
                "decision_id": decision.decision_id,
                "appellant": "seller",
                "explanation": "The number is <b>the shop's</b> landline, allowed by your rules.",
            },
        )
        assert response.status_code == 201, response.text
    return decision, response.json()


@pytest.fixture
def screen_of(qtbot, live_server, runner):
    made: list[ApiClient] = []

    def build(username: str, transport: httpx.BaseTransport | None = None) -> AppealScreen:
        client = ApiClient(
            live_server.url, token=live_server.token(username), transport=transport, retries=1,
            backoff=Backoff(base=0.01, cap=0.02),
        )  # fmt: skip
        made.append(client)
        screen = AppealScreen(QaDesk(lambda: client), runner)
        qtbot.addWidget(screen)
        screen.resize(1500, 900)
        screen.show()
        qtbot.waitExposed(screen)
        screen.activateWindow()
        qtbot.waitUntil(screen.isActiveWindow, timeout=5_000)
        return screen

    yield build
    for client in made:
        client.close()


def key(screen, *keys):
    for k in keys:
        QTest.keyClick(screen, k)


def claim(qtbot, screen: AppealScreen):
    with qtbot.waitSignal(screen.case_shown, timeout=20_000) as shown:
        screen.start()
    return shown.args[0]


def test_the_reviewer_reads_the_case_and_reverses_it_with_a_reasoned_reply(qtbot, screen_of, appealed, live_server):
    decision, appeal = appealed
    screen = screen_of("moderator2")
    case = claim(qtbot, screen)
    assert case is not None and case.detail.appeal.appeal_id == appeal["appeal_id"]
    assert screen.flow.step == Step.READING
    column = screen.column
    assert column.appeal_text.text() == "The number is <b>the shop's</b> landline, allowed by your rules."
    assert column.appeal_text.textFormat() == Qt.TextFormat.PlainText
    assert column.appeal_meta.text().startswith("From the seller, received")
    assert "due in" in column.appeal_meta.text()
    assert column.decision_text.text() == "Reject: Contact details or messaging handle in the listing"
    assert column.statement.isVisible()
    assert column.statement.puid_value.text() == decision.statement_puid
    assert "STATEMENT_CATEGORY" not in column.statement.category_value.text()
    assert screen.listing_panel.title_view.toPlainText() == case.detail.listing.title
    assert not column.reply_preview.isVisible()

    screen.setFocus()
    key(screen, Qt.Key.Key_R)
    assert screen.flow.step == Step.CONFIRMING and screen.flow.outcome == "reverse"
    assert column.reply_preview.isVisible()
    template = case.detail.reply_preview["reverse"]
    assert column.reply_preview.toPlainText() == template
    key(screen, Qt.Key.Key_M)
    assert screen.reply_edit.hasFocus()
    QTest.keyClicks(screen.reply_edit, "Landline of a registered shop")
    assert screen.flow.step == Step.REPLYING, "letters typed in the reply decide nothing"
    QTest.keyClick(screen.reply_edit, Qt.Key.Key_Return)  # leaves the field, keeps the words
    assert screen.flow.step == Step.CONFIRMING
    assert column.reply_preview.toPlainText().endswith("Landline of a registered shop")
    with qtbot.waitSignal(screen.decided, timeout=20_000) as decided:
        key(screen, Qt.Key.Key_Return)
    result = decided.args[0]
    assert result.appeal.outcome == "reverse"
    assert result.new_decision.action == "approve"
    assert result.new_decision.reverses_decision_id == decision.decision_id
    assert "Landline of a registered shop" in result.reply.text
    qtbot.waitUntil(lambda: screen.flow.step == Step.IDLE, timeout=20_000)
    assert "No appeal is waiting" in screen.empty_label.text()


def test_the_author_of_the_decision_never_gets_the_appeal(qtbot, screen_of, appealed):
    screen = screen_of("moderator1")
    assert claim(qtbot, screen) is None
    assert screen.stack.currentIndex() == 1 and "No appeal is waiting" in screen.empty_label.text()


def test_an_outcome_whose_answer_is_lost_is_kept_and_sent_again_with_its_key(qtbot, screen_of, appealed, live_server):
    _decision, appeal = appealed
    transport = SwitchableTransport()
    screen = screen_of("moderator2", transport)
    claim(qtbot, screen)
    screen.setFocus()
    key(screen, Qt.Key.Key_U)
    assert screen.flow.step == Step.CONFIRMING and screen.flow.outcome == "uphold"
    transport.down = True
    key(screen, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.flow.step == Step.UNSENT, timeout=20_000)
    assert "Not sent" in screen.state_label.text()
    pending = screen.flow.pending
    assert pending is not None
    key(screen, Qt.Key.Key_Escape, Qt.Key.Key_R)  # the confirmed outcome cannot change meanwhile
    assert screen.flow.step == Step.UNSENT and screen.flow.pending == pending
    transport.down = False
    with qtbot.waitSignal(screen.decided, timeout=20_000) as decided:
        key(screen, Qt.Key.Key_Return)
    assert decided.args[0].appeal.outcome == "uphold"
    with live_server.client("lead1") as lead:
        appeals = lead.get("/v1/appeals", params={"state": "decided"}).json()["appeals"]
    assert [(a["appeal_id"], a["outcome"]) for a in appeals] == [(appeal["appeal_id"], "uphold")]
