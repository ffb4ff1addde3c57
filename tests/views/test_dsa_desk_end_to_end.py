"""The DSA loop end to end through the API, the CLI and the workstation, on SQLite and PostgreSQL:
a user's notice (the marketplace's intake account), its listing reviewed in the real workstation
(the notices panel, the statement preview, a rejection by keyboard sent through the outbox), the
statement of reasons submitted by `moderator-server submit-sor` to the Transparency Database
stand-in, the seller's appeal, and its reversal on the appeal screen of another moderator."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from desk_support import close_desk, open_desk, press
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from moderator_app.server.dsa.tdb_validation import validate
from moderator_app.sync.appeal_flow import Step
from moderator_app.views.appeal_screen import AppealScreen
from tests.server.dsa_helpers import TDB_TOKEN, RunningStandIn, add_intake_user, notice_body

pytestmark = pytest.mark.slow


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request):
    return request.getfixturevalue("live_server" if request.param == "sqlite" else "pg_live_server")


@pytest.fixture
def standin():
    running = RunningStandIn()
    yield running
    running.stop()


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "moderator_app.server.cli", *args], capture_output=True, text=True, timeout=120
    )


def test_notice_rejection_statement_submission_appeal_and_reversal_in_the_workstation(
    qtbot, runner, server, standin, tmp_path
):
    # 1. The marketplace relays a user's notice about P0002 (intake account, API).
    intake = add_intake_user(server)
    body = notice_body(
        "P0002",
        category="STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
        explanation="Asks for a Western Union payment before any viewing.",
    )
    receipt = intake.post("/v1/notices", json=body)
    assert receipt.status_code == 201, receipt.text
    notice_id = receipt.json()["notice_id"]

    # 2. moderator1 reviews the Reported queue in the workstation: the notice is on screen.
    desk = open_desk(qtbot, runner, server, tmp_path / "desk1", queue_id="reported", ready=1, hold=0.0)
    try:
        review, ws = desk.review, desk.ws
        item = review.current_item()
        assert item.listing.id == "P0002" and [n.notice_id for n in item.notices] == [notice_id]
        cached = ws.cache.item(item.item_id)
        assert cached is not None and [n.notice_id for n in cached.notices] == [notice_id], "kept for offline"
        panel = review.notices_panel
        assert panel.isVisible() and panel.header.text() == "Notices (1)"
        assert panel.cards[0].title.text() == "1 · Scams and fraud"
        assert panel.cards[0].meta.text().startswith("User — ")
        assert panel.cards[0].explanation.text() == body["explanation"]

        # The statement preview, from the reject flow, then back to the reasons with Esc.
        queue = review.current_queue()
        digit = getattr(Qt.Key, f"Key_{queue.reason_codes.index('counterfeit') + 1}")
        press(review, Qt.Key.Key_R, digit, Qt.Key.Key_T)
        dialog = review.preview_dialog
        qtbot.waitUntil(lambda: dialog.view.isVisible(), timeout=15_000)
        assert dialog.view.source_value.text() == "A user's notice (Art. 16)"
        assert dialog.view.category_value.text().startswith("Intellectual property")
        assert "article 21" in dialog.view.notice_text.toPlainText()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not dialog.isVisible() and review.isActiveWindow(), timeout=5_000)

        # The rejection, by keyboard, through the outbox: it records the notice it answers.
        press(review, Qt.Key.Key_Return)
        [entry] = ws.outbox.entries()
        assert entry.request.action.value == "reject" and entry.request.reason_codes == ["counterfeit"]
        assert entry.request.notice_ids == [notice_id] and entry.request.unfounded_notice_ids == []
        qtbot.waitUntil(lambda: len(ws.outbox.entries(("sent",))) == 1, timeout=30_000)
    finally:
        close_desk(desk)

    with server.client("lead1") as lead:
        [decision] = lead.get("/v1/decisions", params={"moderator": "moderator1", "limit": 5}).json()["decisions"]
        assert decision["listing_id"] == "P0002" and decision["notice_ids"] == [notice_id]
        assert decision["source_type"] == "SOURCE_ARTICLE_16"
        envelope = lead.get(f"/v1/decisions/{decision['decision_id']}/statement-of-reasons").json()
    statement = envelope["statement"]
    assert statement["puid"] == decision["statement_puid"] and validate(statement) == {}
    assert statement["source_type"] == "SOURCE_ARTICLE_16"
    assert statement["category"] == "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS"
    assert "Western Union" not in json.dumps(statement), "no notice text in the statement"
    submitted = {k: v for k, v in statement.items() if v is not None}  # what the database receives
    print("statement of reasons:", json.dumps(submitted, indent=2, sort_keys=True, ensure_ascii=False))

    # 3. The CLI submits it to the Transparency Database stand-in; a second run sends nothing.
    token_file = tmp_path / "tdb-token"
    token_file.write_text(TDB_TOKEN + "\n")
    token_file.chmod(0o600)
    submit = ("submit-sor", "--database", server.database_url, "--endpoint", standin.url,
              "--token-file", str(token_file))  # fmt: skip
    run = cli(*submit)
    assert run.returncode == 0, run.stderr
    assert statement["puid"] in standin.state.stored
    calls = len(standin.state.calls)
    assert cli(*submit).returncode == 0 and len(standin.state.calls) == calls

    # 4. The seller appeals (intake account).
    appeal = intake.post(
        "/v1/appeals",
        json={"decision_id": decision["decision_id"], "appellant": "seller", "explanation": "Genuine, with invoice."},
    )
    assert appeal.status_code == 201, appeal.text
    appeal = appeal.json()
    intake.close()

    # 5. moderator2 picks the Appeals queue in the workstation and reverses the decision by keyboard.
    desk2 = open_desk(qtbot, runner, server, tmp_path / "desk2", username="moderator2", wait_item=False)
    try:
        window = desk2.window
        appeals_queue = next(q for q in desk2.ws.refresh_queues() if q.id == "appeals")
        window.start_queue(appeals_queue)
        screen = window.pages.currentWidget()
        assert isinstance(screen, AppealScreen)
        qtbot.waitUntil(lambda: screen.flow.step == Step.READING, timeout=30_000)
        case = screen.flow.case
        assert case.detail.appeal.appeal_id == appeal["appeal_id"]
        assert screen.column.statement.puid_value.text() == statement["puid"]
        assert screen.column.appeal_text.text() == "Genuine, with invoice."
        assert [c.title.text() for c in screen.column.notices.cards if c.isVisible()] == ["1 · Scams and fraud"]
        screen.setFocus()
        press(screen, Qt.Key.Key_R, Qt.Key.Key_M)
        QTest.keyClicks(screen.reply_edit, "The invoice shows the goods are genuine.")
        QTest.keyClick(screen.reply_edit, Qt.Key.Key_Return)
        with qtbot.waitSignal(screen.decided, timeout=30_000) as decided:
            press(screen, Qt.Key.Key_Return)
        result = decided.args[0]
    finally:
        close_desk(desk2)

    assert result.new_decision.reverses_decision_id == decision["decision_id"]
    assert result.new_decision.action.value == "approve"
    assert "invoice" in result.reply.text and "21" in result.reply.text
    with server.client("lead1") as lead:
        history = lead.get("/v1/sellers/S1/history").json()
        assert {p["listing_id"]: p["outcome"] for p in history["past_listings"]}["P0002"] == "approved"
        notifiers = lead.get("/v1/notifiers").json()["notifiers"]
        assert [(n["decided"], n["upheld"]) for n in notifiers if n["email"] == body["notifier"]["email"]] == [(1, 0)]
