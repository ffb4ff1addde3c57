"""The live desk of the view tests: the real main window on a real Workstation, signed in to the
real reference server on loopback, reviewing a queue. Keys go to the review screen as a
keyboard-only moderator's do."""

from __future__ import annotations

import re
from dataclasses import dataclass

import keyring.backends.fail
from PySide6.QtTest import QTest

from moderator_app.core.review_session import REPEAT_GUARD_S
from moderator_app.net.retry import Backoff
from moderator_app.net.token_store import TokenStore
from moderator_app.sync.engine import SyncSettings
from moderator_app.sync.workstation import Workstation
from moderator_app.views.main_window import MainWindow

READY_TEXT = re.compile(r"^(\d+) of (\d+) ready$")


def desk_settings(hold: float, **overrides) -> SyncSettings:
    values = dict(
        runway=5,
        refill_below=3,
        send_hold_s=hold,
        idle_poll_s=0.2,
        empty_queue_retry_s=0.5,
        backoff=Backoff(base=0.05, cap=0.5),
    )
    values.update(overrides)
    return SyncSettings(**values)


@dataclass
class LiveDesk:
    window: MainWindow
    ws: Workstation
    server: object

    @property
    def review(self):
        return self.window.review


def open_desk(
    qtbot,
    runner,
    server,
    data_dir,
    *,
    hold=0.0,
    transport=None,
    queue_id="new-fr",
    wait_item=True,
    settings=None,
    screen_text=True,
    ready=3,
    **overrides,
) -> LiveDesk:
    ws = Workstation(
        server.url,
        data_dir=data_dir,
        token_store=TokenStore(keyring.backends.fail.Keyring()),
        settings=settings or desk_settings(hold, **overrides),
        prescreen_images=False,
        screen_text=screen_text,
        transport=transport,
    )
    ws.sign_in("moderator1", "demo")
    ws.start()
    window = MainWindow(ws, runner)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    queue = next(q for q in ws.refresh_queues() if q.id == queue_id)
    window.start_queue(queue)
    if wait_item:
        qtbot.waitUntil(lambda: window.review.current_item() is not None, timeout=30_000)
        qtbot.waitUntil(lambda: len(ws.review_items()) >= ready, timeout=30_000)
    window.review.setFocus()
    return LiveDesk(window, ws, server)


def close_desk(desk: LiveDesk) -> None:
    desk.window.detach()
    desk.ws.stop()


def shown(review) -> int | None:
    item = review.current_item()
    return item.item_id if item is not None else None


def shown_as_ready(review) -> bool:
    """What the moderator reads: "n of N ready" in the header and live decision buttons."""
    match = READY_TEXT.match(review.position_label.text())
    bar = review.decision_bar
    return bool(match) and int(match.group(1)) >= 1 and bar.isEnabled() and bar.approve_button.isEnabled()


def recorded(ws) -> list[tuple[int, str]]:
    return [(e.item_id, e.request.action.value) for e in ws.outbox.entries()]


def press(widget, *keys) -> None:
    for key in keys:
        QTest.keyClick(widget, key)


def after_guard() -> None:
    QTest.qWait(int(REPEAT_GUARD_S * 1000) + 30)


def decide_shown(review, ws, keys, action: str) -> int:
    """Press a deciding key sequence on the listing shown as ready; it must be recorded for it."""
    after_guard()
    target = shown(review)
    assert target is not None and shown_as_ready(review), review.position_label.text()
    before = len(recorded(ws))
    press(review, *keys)
    after = recorded(ws)
    assert after[before:] == [(target, action)], (target, after[before:])
    return target
