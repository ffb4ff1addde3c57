"""The moderator's exposure in the status bar: the figures, the break and the routing, reminders
once, and never at the cost of the connection, outbox and lease widgets; and, on the live desk,
revealing a flagged photo with the V key shows up there."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from desk_support import close_desk, open_desk
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow
from sqlalchemy import text

from moderator_app.core.exposure_summary import Pending, summarize
from moderator_app.core.wellness_schema import BreakStatus, DayExposure, ExposureStatus, Level, ShiftExposure
from moderator_app.sync.status import Problem, ProblemKind, SyncStatus
from moderator_app.views import i18n
from moderator_app.views.exposure_indicator import MIN_WIDTH
from moderator_app.views.status_bar import SyncStatusBar


def exposure(level=Level.ok, routed=False, minutes=42.0, photos=3, break_due=False, to_break=18.0):
    now = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    return ExposureStatus(
        username="moderator1", team_id="default", level=level, routed=routed,
        shift=ShiftExposure(sensitive_minutes=minutes, sensitive_photos=photos, nudity_photos=photos,
                            violence_photos=0, budget_minutes=120, budget_photos=None, share=minutes / 120,
                            shift_id=1, started_at=now - timedelta(hours=2), last_active_at=now, active_minutes=120),
        day=DayExposure(sensitive_minutes=minutes + 60, sensitive_photos=photos + 4, nudity_photos=photos,
                        violence_photos=4, budget_minutes=300, budget_photos=None, share=(minutes + 60) / 300,
                        day=now.date()),
        breaks=BreakStatus(interval_minutes=60, since=now - timedelta(minutes=60 - to_break),
                           minutes_since_break=60 - to_break, due=break_due, due_at=now + timedelta(minutes=to_break)),
        server_time=now,
    )


def offline_status() -> SyncStatus:
    return SyncStatus(state="offline", outbox_count=12, ready_count=7, leases_held=7, lease_seconds_left=245.0,
                      problem=Problem(ProblemKind.UNREACHABLE), storage_problem=None, next_retry_in=4.2,
                      active_queue="new-fr")


@pytest.fixture
def bar(qtbot, qapp):
    i18n.install(qapp, "en")  # English plurals come from the English translation file
    window = QMainWindow()
    status_bar = SyncStatusBar(window)
    window.setStatusBar(status_bar)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    status_bar.show_status(offline_status())
    status_bar.set_lease(245.0)
    status_bar.set_conflicts(2)
    return window, status_bar


def test_the_status_bar_shows_exposure_break_and_routing(bar):
    _window, status = bar
    assert status.exposure.isHidden()  # nothing known yet: nothing shown
    status.show_exposure(summarize(exposure(), 0.0, Pending()))
    assert status.exposure.isVisible()
    assert status.exposure.text() == "Exposure 42 min / 2 h 00 · 3 photos · break in 18 min"
    assert "Today: 1 h 42 on sensitive listings (budget: 5 h 00)." in status.exposure.toolTip()

    shown = status.show_exposure(summarize(exposure(level=Level.reminder, break_due=True, to_break=0), 0.0, Pending()))
    assert status.exposure.text().endswith("· break due")
    assert status.exposure.property("level") == "reminder"
    assert shown and "break" in status.message()
    assert status.show_exposure(summarize(exposure(level=Level.reminder, break_due=True, to_break=0), 0.0,
                                          Pending())) == []  # once

    routed = summarize(exposure(level=Level.reached, routed=True, minutes=121), 0.0, Pending(minutes=0.5, photos=1))
    shown = status.show_exposure(routed)
    assert "sensitive listings last" in status.exposure.text()
    assert status.exposure.property("level") == "reached"
    assert any("budget" in t for t in shown) and any("without sensitive flags" in t for t in shown)
    assert "not yet sent to the server" in status.exposure.toolTip()


def test_the_exposure_label_never_covers_the_connection_outbox_and_lease_widgets(bar, qtbot):
    window, status = bar
    reminded = status.show_exposure(summarize(exposure(level=Level.reached, routed=True, break_due=True,
                                                       minutes=130), 0.0, Pending(minutes=3, photos=2)))
    assert len(reminded) == 3 and status.message()  # a long message as well: it must yield too
    others = [status.state_label, status.runway_label, status.outbox_label, status.lease_label,
              status.conflicts_button]
    # Nothing but the permanent widgets' texts sets the bar's minimum: the exposure label and the
    # long message each claim MIN_WIDTH at most (plus spacing between the widgets).
    fixed = sum(w.sizeHint().width() for w in others)
    assert window.minimumSizeHint().width() <= fixed + 2 * MIN_WIDTH + 120
    rng = random.Random(17)
    widths = [rng.randint(520, 1900) for _ in range(40)] + [520, 1900]
    for width in widths:
        window.resize(width, 300)
        QApplication.processEvents()
        assert window.width() == max(width, window.minimumSizeHint().width())
        exposure_box = status.exposure.geometry()
        for widget in others:
            assert widget.isVisible()
            assert not exposure_box.intersects(widget.geometry()), (width, widget.objectName())
        for widget in others[1:]:  # the permanent widgets keep their whole text
            assert widget.width() >= widget.sizeHint().width(), (width, widget.text())
        # The connection state is squeezed only once the exposure label has given up its room,
        # and the exposure label only once the transient message has.
        if status.state_label.width() < status.state_label.sizeHint().width():
            assert status.exposure.width() <= MIN_WIDTH + 1, width
        if status.exposure.width() < status.exposure.sizeHint().width():
            assert status.message_label.width() <= MIN_WIDTH + 1, width
    print(f"status bar checked at {len(widths)} widths")


def flag_every_first_photo(server) -> None:
    with server.db.engine.begin() as conn:
        rows = conn.execute(text(
            """SELECT l.id, l.current_version, li.image_id FROM listings l
               JOIN listing_images li ON li.listing_id = l.id AND li.version = l.current_version
               WHERE li.position = 0""")).all()
        for listing_id, version, image_id in rows:
            conn.execute(text(
                """INSERT INTO server_flags (listing_id, version, source, model, label, score, image_id)
                   VALUES (:l, :v, 'marketplace-ml', 'nsfw-v2', 'graphic_violence', 0.88, :i)"""),
                {"l": listing_id, "v": version, "i": image_id})


@pytest.mark.slow
def test_revealing_a_flagged_photo_with_v_shows_in_the_status_bar(qtbot, runner, live_server, tmp_path):
    flag_every_first_photo(live_server)
    desk = open_desk(qtbot, runner, live_server, tmp_path / "desk")
    try:
        review, ws, status = desk.review, desk.ws, desk.window.status
        qtbot.waitUntil(lambda: review.gallery.current_id() is not None
                        and review.gallery.is_veiled(review.gallery.current_id()), timeout=30_000)
        QTest.keyClick(review, "V")
        QTest.keyClick(review, "V")  # again: one exposure
        qtbot.waitUntil(lambda: ws.exposure.status is not None and ws.exposure.status.receipt is not None
                        and ws.exposure._queue.unsent_count() == 0, timeout=30_000)
        desk.window.refresh_exposure()
        assert ws.exposure.status.shift.sensitive_photos == 1
        assert ws.exposure.status.shift.violence_photos == 1
        assert "· 1 photo" in status.exposure.text()
        assert status.state_label.isVisible() and status.state_label.text().startswith("●")
    finally:
        close_desk(desk)
