"""A confirmed appeal outcome survives the app: written to the local store before it travels, sent
again with its key after a crash and a restart on the same data directory, applied once by the real
server; a refusal the server gives meanwhile lands in the conflicts list, never silently lost."""

from __future__ import annotations

import sqlite3

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt

from moderator_app.net.token_store import TokenStore
from moderator_app.sync.appeal_flow import Step
from moderator_app.sync.qa_desk import QaDesk
from moderator_app.sync.workstation import Workstation
from moderator_app.views.appeal_screen import AppealScreen
from tests.client.client_support import crash
from tests.faults.fault_proxy import FaultProxy
from tests.views.test_appeal_screen import appealed, claim, key  # noqa: F401  (appealed: a fixture)

pytestmark = pytest.mark.slow


def outcome_posts(request, _n: int) -> bool:
    return request.method == "POST" and request.path.split("?")[0].endswith("/outcome")


def desk(data_dir, url: str) -> Workstation:
    ws = Workstation(
        url, data_dir=data_dir, token_store=TokenStore(keyring.backends.fail.Keyring()),
        prescreen_images=False, screen_text=False,
    )  # fmt: skip
    ws.sign_in("moderator2", "demo")
    ws.start()
    return ws


def appeal_screen(qtbot, ws: Workstation, runner) -> AppealScreen:
    screen = AppealScreen(QaDesk(ws.qa_client, appeal_sender=ws.appeal_sender), runner)
    qtbot.addWidget(screen)
    screen.resize(1500, 900)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def server_db(live_server) -> sqlite3.Connection:
    return sqlite3.connect(live_server.database_url.removeprefix("sqlite:///"))


def confirm_reversal_unanswered(qtbot, screen: AppealScreen) -> None:
    claim(qtbot, screen)
    screen.setFocus()
    key(screen, Qt.Key.Key_R)  # reversing a rejection: no reasons, straight to the reply
    assert screen.flow.step == Step.CONFIRMING and screen.flow.outcome == "reverse"
    key(screen, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.flow.step == Step.UNSENT, timeout=60_000)


def test_an_outcome_whose_answer_is_cut_is_applied_once_after_a_crash_and_a_restart(
    qtbot, live_server, runner, appealed, tmp_path  # noqa: F811
):
    decision, appeal = appealed
    # The server applies each outcome POST, the desk never gets the answer.
    proxy = FaultProxy(live_server.url, lambda r, n: "cut" if outcome_posts(r, n) else None)
    try:
        ws = desk(tmp_path / "desk", proxy.url)
        screen = appeal_screen(qtbot, ws, runner)
        confirm_reversal_unanswered(qtbot, screen)
        key_sent = screen.flow.pending.request.idempotency_key
        assert ws.appeal_sender.pending_count() == 1
        screen.close()
        crash(ws)  # the app dies before any answer came through

        proxy.plan = lambda r, n: None
        ws = desk(tmp_path / "desk", proxy.url)
        try:
            qtbot.waitUntil(lambda: ws.appeal_sender.pending_count() == 0, timeout=60_000)
            assert ws.conflicts() == []
        finally:
            ws.stop()
    finally:
        proxy.close()
    assert proxy.applied["cut"] >= 1
    with live_server.client("lead1") as lead:
        decided = lead.get("/v1/appeals", params={"state": "decided"}).json()["appeals"]
    assert [(a["appeal_id"], a["outcome"]) for a in decided] == [(appeal["appeal_id"], "reverse")]
    with server_db(live_server) as db:
        reversals = db.execute("SELECT COUNT(*) FROM decisions WHERE item_id = ?", [appeal["item_id"]]).fetchone()
        [(new_decision, key_kept)] = db.execute(
            "SELECT new_decision_id, outcome_key FROM appeals WHERE id = ?", [appeal["appeal_id"]]
        ).fetchall()
    assert reversals == (1,)  # one decision taken on appeal, however often the outcome travelled
    assert new_decision != decision.decision_id and key_kept == str(key_sent)


def test_an_outcome_the_server_refuses_after_the_restart_is_shown_in_the_conflicts_list(
    qtbot, live_server, runner, appealed, tmp_path  # noqa: F811
):
    _decision, appeal = appealed
    # The outcome never reaches the server (a proxy's HTML 502: a network fault, never final).
    proxy = FaultProxy(live_server.url, lambda r, n: "html502_before" if outcome_posts(r, n) else None)
    try:
        ws = desk(tmp_path / "desk", proxy.url)
        screen = appeal_screen(qtbot, ws, runner)
        confirm_reversal_unanswered(qtbot, screen)
        item_id = screen.flow.case.lease.item_id
        assert ws.appeal_sender.pending_count() == 1 and ws.conflicts() == []
        screen.close()
        crash(ws)
        with server_db(live_server) as db:  # meanwhile the lease went to someone else
            db.execute("UPDATE items SET lease_token = 'another-desk' WHERE id = ?", [item_id])

        proxy.plan = lambda r, n: None
        ws = desk(tmp_path / "desk", proxy.url)
        try:
            qtbot.waitUntil(lambda: ws.appeal_sender.pending_count() == 0, timeout=60_000)
            [conflict] = ws.conflicts()
        finally:
            ws.stop()
    finally:
        proxy.close()
    assert (conflict.item_id, conflict.action, conflict.code) == (item_id, "reverse", "lease_expired")
    with live_server.client("lead1") as lead:
        decided = lead.get("/v1/appeals", params={"state": "decided"}).json()["appeals"]
    assert decided == []
    assert appeal["appeal_id"]
