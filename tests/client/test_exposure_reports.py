"""Exposure reports against the real server: a revealed photo with a nudity or violence flag counts
once and an unflagged one never, time on sensitive listings follows the desk's monotonic clock, and
reports made offline survive a restart and are counted exactly once, however often they travel."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from client_dataset import QUEUE
from client_support import crash

from moderator_app.net.api_client import ApiClient
from moderator_app.sync.clocks import Clocks, boot_monotonic
from moderator_app.sync.exposure_reporter import HEARTBEAT_S


class SteppedClock:
    """A monotonic clock the test moves (thread-safe); it starts at the real one's value."""

    def __init__(self) -> None:
        self._now = boot_monotonic()
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += seconds


def flag_half_the_photos(server) -> set[str]:
    """Give every other listing's first photo a server nudity flag; the flagged listing ids."""
    with sqlite3.connect(server.db_path) as db:
        rows = db.execute(
            """SELECT l.id, l.current_version, li.image_id FROM listings l
               JOIN listing_images li ON li.listing_id = l.id AND li.version = l.current_version
               WHERE li.position = 0 ORDER BY l.id"""
        ).fetchall()
        flagged = rows[::2]
        db.executemany(
            """INSERT INTO server_flags (listing_id, version, source, model, label, score, image_id)
               VALUES (?, ?, 'marketplace-ml', 'nsfw-v2', 'nudity', 0.93, ?)""",
            flagged,
        )
    return {r[0] for r in flagged}


@pytest.fixture
def moderator_api(server):
    """moderator1's own API session (signed in once: password hashing is slow on purpose)."""
    with ApiClient(server.url) as api:
        api.login("moderator1", "demo")
        yield api


def reviewing(server, make_workstation, clock: SteppedClock | None = None):
    """A desk of moderator1 reviewing QUEUE, with a flagged and an unflagged listing ready."""
    flagged = flag_half_the_photos(server)
    kwargs = {"clocks": Clocks(monotonic=clock)} if clock is not None else {}
    ws, events = make_workstation(server.url, **kwargs)
    ws.sign_in("moderator1", "demo")
    ws.start()
    ws.start_queue(QUEUE)
    hot, cold = ready(ws, events, flagged)
    return ws, events, hot, cold


def ready(ws, events, flagged: set[str]):
    """A ready listing with a flagged first photo and one without."""
    def pair():
        items = ws.review_items()
        hot = next((i for i in items if i.listing.id in flagged and i.listing.images), None)
        cold = next((i for i in items if i.listing.id not in flagged and i.listing.images), None)
        return (hot, cold) if hot and cold else None

    return events.wait_for(pair, what="a flagged and an unflagged listing ready")


def drained(ws, events) -> None:
    events.wait_for(lambda: ws.exposure._queue.unsent_count() == 0 and ws.exposure.status is not None,
                    what="exposure reports sent")


def test_revealing_a_flagged_photo_counts_once_and_an_unflagged_one_never(server, make_workstation, moderator_api):
    ws, events, hot, cold = reviewing(server, make_workstation)
    hot_photo, cold_photo = hot.listing.images[0].id, cold.listing.images[0].id

    ws.note_listing_shown(hot.item_id)
    ws.note_photo_revealed(hot.item_id, hot_photo)
    ws.note_photo_revealed(hot.item_id, hot_photo)  # the key pressed twice: one exposure
    assert ws.exposure_summary().shift_photos >= 1  # counted on the desk before any answer
    ws.note_listing_shown(cold.item_id)
    ws.note_photo_revealed(cold.item_id, cold_photo)
    drained(ws, events)

    status = moderator_api.my_exposure()
    assert status.shift is not None
    assert (status.shift.sensitive_photos, status.shift.nudity_photos, status.day.sensitive_photos) == (1, 1, 1)
    summary = ws.exposure_summary()
    assert (summary.shift_photos, summary.day_photos, summary.pending.photos) == (1, 1, 0)


def test_time_on_sensitive_listings_accumulates_by_the_desks_clock(server, make_workstation, moderator_api):
    clock = SteppedClock()
    ws, events, hot, cold = reviewing(server, make_workstation, clock)
    drained(ws, events)  # the first heartbeat is out of the way

    ws.note_listing_shown(hot.item_id)
    for _ in range(3):  # 75 s on the flagged listing, with input every 25 s
        clock.advance(25)
        ws.note_input()
    ws.note_listing_shown(cold.item_id)
    clock.advance(20)  # 20 s on the unflagged one: work, never exposure
    ws.note_input()
    assert ws.exposure_summary().shift_minutes == pytest.approx(75 / 60)
    ws.note_listing_shown(None)
    clock.advance(40)  # due: the heartbeat carries the views
    events.wait_for(lambda: (s := moderator_api.my_exposure().shift) is not None and s.sensitive_minutes > 0,
                    what="views counted")
    drained(ws, events)
    status = moderator_api.my_exposure()
    assert status.shift.sensitive_minutes == pytest.approx(75 / 60, abs=1e-3)
    assert ws.exposure_summary().shift_minutes == pytest.approx(75 / 60, abs=1e-3)


def test_time_stops_counting_a_minute_after_the_last_input_and_quitting_keeps_it(
        server, make_workstation, tmp_path):
    clock = SteppedClock()
    ws, _events, hot, _cold = reviewing(server, make_workstation, clock)
    ws.note_listing_shown(hot.item_id)
    ws.engine.stop()  # no heartbeat from here on: what is measured stays in the meter
    clock.advance(100)  # away from the desk: only the first minute counts
    assert ws.exposure_summary().pending.minutes == pytest.approx(1.0)
    ws.stop()  # quit before the next heartbeat: the minute is stored for the next start
    with sqlite3.connect(tmp_path / "client" / "workstation.sqlite3") as db:
        kept = db.execute("SELECT SUM(duration_ms) FROM exposure_events WHERE kind = 'view' AND sent_at IS NULL "
                          "AND sensitive = 1").fetchone()[0]
    assert kept == 60_000


def test_reports_made_offline_survive_a_restart_and_are_counted_exactly_once(
        server, make_workstation, tmp_path, moderator_api):
    flagged = flag_half_the_photos(server)
    data_dir = tmp_path / "desk"
    ws, events = make_workstation(server.url, data_dir=data_dir)
    ws.sign_in("moderator1", "demo")
    ws.start()
    ws.start_queue(QUEUE)
    items = events.wait_for(
        lambda: [i for i in ws.review_items() if i.listing.id in flagged and i.listing.images][:2] or None,
        what="flagged listings ready")
    drained(ws, events)

    server.stop()
    for item in items:
        ws.note_listing_shown(item.item_id)
        ws.note_photo_revealed(item.item_id, item.listing.images[0].id)
    assert ws.exposure._queue.unsent_count() >= len(items)
    assert ws.exposure_summary().pending.photos == len(items)  # shown while offline
    crash(ws)  # killed before anything went out

    server.start()
    clock = SteppedClock()
    ws2, events2 = make_workstation(server.url, data_dir=data_dir, clocks=Clocks(monotonic=clock))
    assert ws2.resume_session() is not None
    ws2.start()
    events2.wait_for(lambda: ws2.exposure._queue.unsent_count() == 0, what="offline reports sent")
    assert moderator_api.my_exposure().shift.sensitive_photos == len(items)

    # The answer was lost (as if the desk died before marking them sent): the same events travel
    # again, and the server counts none of them twice.
    with sqlite3.connect(data_dir / "workstation.sqlite3") as db:
        resent = db.execute("UPDATE exposure_events SET sent_at = NULL WHERE kind = 'reveal'").rowcount
    assert resent == len(items)
    clock.advance(61)  # the next heartbeat
    ws2.note_input()
    events2.wait_for(lambda: ws2.exposure._queue.unsent_count() == 0, what="resent")
    receipt = ws2.exposure.status.receipt
    assert receipt is not None and receipt.duplicates == len(items) and receipt.accepted == 0
    assert moderator_api.my_exposure().shift.sensitive_photos == len(items)


def test_an_idle_desk_sends_nothing_and_waits_for_input(server, make_workstation, moderator_api):
    clock = SteppedClock()
    ws, events, hot, _cold = reviewing(server, make_workstation, clock)
    drained(ws, events)
    assert ws.exposure.status.receipt is None  # only read: nobody worked yet, nothing was reported
    for _ in range(3):  # away: heartbeats come due, yet nothing goes and the job sleeps
        clock.advance(HEARTBEAT_S)
        assert ws.exposure.round(moderator_api) == HEARTBEAT_S
    assert ws.exposure.status.receipt is None
    ws.note_listing_shown(hot.item_id)  # back: the next round reports at once
    ws.exposure.round(moderator_api)
    assert ws.exposure.status.receipt is not None
