"""End to end: the real main window, the real Workstation and the real reference server on loopback.

Sign in through the dialog, pick a queue, approve, reject and escalate by keyboard, undo,
and check on the server that exactly those decisions arrived.
"""

from __future__ import annotations

import time

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from moderator_app.core.desk_events import QueuesChanged
from moderator_app.core.review_session import REPEAT_GUARD_S
from moderator_app.net.retry import Backoff
from moderator_app.net.token_store import TokenStore
from moderator_app.sync.engine import SyncSettings
from moderator_app.sync.workstation import Workstation
from moderator_app.views.main_window import MainWindow
from moderator_app.views.sign_in_dialog import SignInDialog

pytestmark = pytest.mark.slow


@pytest.fixture
def workstation(live_server, tmp_path, monkeypatch):
    monkeypatch.setenv("MODERATOR_APP_HOME", str(tmp_path / "home"))
    settings = SyncSettings(
        runway=5,
        refill_below=3,
        send_hold_s=3.0,  # long enough to undo on a loaded machine, short enough to wait for the send
        idle_poll_s=0.2,
        empty_queue_retry_s=0.5,
        backoff=Backoff(base=0.05, cap=0.5),
    )
    ws = Workstation(
        live_server.url,
        data_dir=tmp_path / "data",
        token_store=TokenStore(keyring.backends.fail.Keyring()),  # headless: no system keyring
        settings=settings,
        prescreen_images=False,
    )
    ws.start()
    yield ws
    ws.stop()



def sign_in_dialog(ws, runner) -> SignInDialog:
    return SignInDialog(lambda url, user, password: (ws, ws.sign_in(user, password)),
                        lambda url: ws.token_storage_note, runner, server_url=ws.server_url)


def test_sign_in_shows_a_clear_error_and_where_the_token_lives(qtbot, workstation, runner):
    dialog = sign_in_dialog(workstation, runner)
    qtbot.addWidget(dialog)
    assert "keyring" in dialog.note_label.text().lower()
    QTest.keyClicks(dialog.user_edit, "moderator1")
    QTest.keyClicks(dialog.password_edit, "wrong")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_label.isVisibleTo(dialog), timeout=10_000)
    assert dialog.error_label.text() == "Wrong username or password."
    assert dialog.result_value is None


def press(widget, key, qtbot=None):
    QTest.keyClick(widget, key)


def test_review_by_keyboard_against_the_real_server(qtbot, workstation, runner, live_server):
    dialog = sign_in_dialog(workstation, runner)
    qtbot.addWidget(dialog)
    QTest.keyClicks(dialog.user_edit, "moderator1")
    QTest.keyClicks(dialog.password_edit, "demo")
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        dialog.submit()
    assert workstation.user.username == "moderator1"

    window = MainWindow(workstation, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.picker.model.rowCount() > 0, timeout=15_000)
    row = next(r for r in range(window.picker.model.rowCount()) if window.picker.model.queue(r).id == "new-fr")
    window.picker.table.selectRow(row)
    window.picker.table.setFocus()
    QTest.keyClick(window.picker.table, Qt.Key.Key_Return)
    review = window.review
    assert window.pages.currentWidget() is review
    qtbot.waitUntil(lambda: review.current_item() is not None, timeout=20_000)
    review.setFocus()

    decided: list[tuple[int, str]] = []
    review.decided.connect(lambda item_id, action: decided.append((item_id, action)))

    def wait_guard():
        QTest.qWait(int(REPEAT_GUARD_S * 1000) + 50)

    def next_item_ready():
        qtbot.waitUntil(lambda: review.current_item() is not None
                        and review.current_item().item_id not in [d[0] for d in decided], timeout=20_000)

    first = review.current_item().item_id
    press(review, Qt.Key.Key_A)
    next_item_ready()
    wait_guard()
    second = review.current_item().item_id
    press(review, Qt.Key.Key_R)
    press(review, Qt.Key.Key_1)
    press(review, Qt.Key.Key_Return)
    next_item_ready()
    wait_guard()
    third = review.current_item().item_id
    press(review, Qt.Key.Key_E)
    press(review, Qt.Key.Key_Return)  # the queue's only target is preselected
    next_item_ready()
    wait_guard()
    fourth = review.current_item().item_id
    press(review, Qt.Key.Key_A)
    # Undo as soon as the decision is written (a key pressed while it is being written is dropped
    # with a hint): the decision is still held in the outbox, and the listing comes back.
    qtbot.waitUntil(lambda: review.undo_seconds_left() is not None, timeout=10_000)
    press(review, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: review.current_item() is not None and review.current_item().item_id == fourth,
                    timeout=10_000)
    assert decided == [(first, "approve"), (second, "reject"), (third, "escalate"), (fourth, "approve")]

    qtbot.waitUntil(lambda: workstation.status().outbox_count == 0, timeout=30_000)
    with live_server.client("lead1") as client:
        page = client.get("/v1/decisions", params={"moderator": "moderator1"}).json()
    on_server = {d["item_id"]: d for d in page["decisions"]}
    assert set(on_server) == {first, second, third}
    assert on_server[first]["action"] == "approve"
    assert on_server[second]["action"] == "reject"
    assert on_server[second]["reason_codes"] == ["contact_details"]
    assert on_server[third]["action"] == "escalate"
    assert on_server[third]["escalate_to"] == "escalations"
    window.detach()


def test_an_open_window_does_not_keep_refreshing_the_queues(qtbot, workstation, runner, live_server, monkeypatch):
    """Each "queues" event repaints the picker from the cache; it must not cause another fetch
    (that was a loop that kept a core busy for as long as the app was open)."""
    workstation.sign_in("lead1", "demo")
    window = MainWindow(workstation, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.picker.model.rowCount() > 0, timeout=15_000)
    # Let the start-up refreshes (the window's and the engine's first round) land: wait until no
    # "queues" event has come for 1.5 s (a fixed pause was too short on a loaded machine).
    last_event = [time.monotonic()]
    workstation.add_listener(
        lambda event: isinstance(event, QueuesChanged) and last_event.__setitem__(0, time.monotonic())
    )
    qtbot.waitUntil(lambda: time.monotonic() - last_event[0] > 1.5, timeout=20_000)
    requested: list[bool] = []
    fetch = workstation.engine.prefetcher.refresh_queues
    monkeypatch.setattr(
        workstation.engine.prefetcher, "refresh_queues", lambda api: (requested.append(True), fetch(api))[1]
    )
    fetched: list[str] = []
    workstation.add_listener(lambda event: isinstance(event, QueuesChanged) and fetched.append(event))
    workstation.refresh_queues()  # one refresh from the server, as the Refresh button does
    qtbot.waitUntil(lambda: len(fetched) >= 1, timeout=5_000)
    QTest.qWait(1500)  # the test engine polls every 0.2 s; queues are due again only after 60 s
    assert requested == [True], "showing refreshed queues asked for yet another refresh"
    assert len(fetched) == 1, f"{len(fetched)} queue refreshes"
