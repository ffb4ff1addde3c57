"""The exposure meter and the status bar's summary, as pure rules over random days of work.

Invariants checked over random sequences of listings shown, reveals, input and time:
- a sensitive photo counts once per listing however often it is revealed; an unflagged one never;
- the time reported on a listing never exceeds the time it was on screen, never counts more than
  IDLE_AFTER_S after the last input, and equals a straightforward model of it;
- cutting the time into chunks (heartbeats) loses and adds nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from moderator_app.core.exposure_meter import IDLE_AFTER_S, ExposureMeter, ListingFlags
from moderator_app.core.exposure_summary import Pending, Reminder, reminders, summarize
from moderator_app.core.schema import FlagShown
from moderator_app.core.wellness_schema import (
    BreakStatus,
    DayExposure,
    ExposureEventKind,
    ExposureStatus,
    Level,
    ShiftExposure,
)

NUDITY = FlagShown(source="server", kind="server", label="nudity", score=0.9, image_id="p0")
WEAK = FlagShown(source="local-image", kind="nudity", label="Possible nudity", score=0.3, image_id="p0")
PHONE = FlagShown(source="local-image", kind="phone_in_photo", label="Phone number", score=0.99, image_id="p0")


def flags_for(item: int) -> ListingFlags:
    """Even listings have a sensitive first photo; odd ones only harmless or weak flags."""
    if item % 2 == 0:
        return ListingFlags((), {"p0": (NUDITY,), "p1": (PHONE,)})
    return ListingFlags((), {"p0": (WEAK, PHONE)})


steps = st.lists(
    st.one_of(
        st.tuples(st.just("show"), st.integers(0, 5)),
        st.tuples(st.just("hide"), st.just(0)),
        st.tuples(st.just("reveal"), st.sampled_from(["p0", "p1"])),
        st.tuples(st.just("input"), st.just(0)),
        st.tuples(st.just("wait"), st.floats(0, 200, allow_nan=False)),
        st.tuples(st.just("beat"), st.just(0)),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(steps)
def test_reveals_count_once_and_time_follows_the_clock_and_input(actions):
    now = 1000.0
    meter = ExposureMeter(now)
    events = []
    shown: int | None = None
    last_input: float | None = None
    since = now
    expected = {}  # item -> ms it should have been counted
    revealed = set()
    expected_photos = 0

    def accrue(t):
        nonlocal since
        if shown is not None and last_input is not None:
            end = min(t, last_input + IDLE_AFTER_S)
            if end > since:
                expected[shown] = expected.get(shown, 0.0) + (end - since) * 1000
        since = max(since, t)

    for action, arg in actions:
        if action == "show" or action == "hide":
            item = arg if action == "show" else None
            accrue(now)
            if item != shown:
                shown = item
            last_input = now
            meter.show(now, item, flags_for(item) if item is not None else ListingFlags())
        elif action == "reveal" and shown is not None:
            accrue(now)
            last_input = now
            event = meter.reveal(now, shown, arg, flags_for(shown).of_photo(arg))
            first = (shown, arg) not in revealed
            assert (event is not None) == first
            if first:
                revealed.add((shown, arg))
                assert event.sensitive == (shown % 2 == 0 and arg == "p0")
                expected_photos += event.sensitive
                events.append(event)
        elif action == "input":
            accrue(now)
            last_input = now
            meter.input(now)
        elif action == "wait":
            now += arg
        elif action == "beat":
            accrue(now)
            events += meter.take(now)
    accrue(now)
    events += meter.take(now)

    views = [e for e in events if e.kind == ExposureEventKind.view]
    by_item = {}
    for e in views:
        assert e.duration_ms > 0
        assert e.sensitive == (e.item_id % 2 == 0)
        by_item[e.item_id] = by_item.get(e.item_id, 0) + e.duration_ms
    for item, ms in expected.items():  # chunks truncate to whole milliseconds, one per chunk at most
        chunks = sum(1 for e in views if e.item_id == item)
        assert ms - chunks - 1 <= by_item.get(item, 0) <= ms + 1e-6
    assert set(by_item) <= set(expected)
    assert sum(1 for e in events if e.kind == ExposureEventKind.reveal and e.sensitive) == expected_photos
    assert len({e.event_id for e in events}) == len(events)


def status(level=Level.ok, routed=False, shift_minutes=10.0, break_due=False, minutes_to_break=30.0):
    now = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    return ExposureStatus(
        username="moderator1", team_id="default", level=level, routed=routed,
        shift=ShiftExposure(sensitive_minutes=shift_minutes, sensitive_photos=2, nudity_photos=2,
                            violence_photos=0, budget_minutes=120, budget_photos=None, share=shift_minutes / 120,
                            shift_id=1, started_at=now - timedelta(hours=1), last_active_at=now, active_minutes=60),
        day=DayExposure(sensitive_minutes=shift_minutes, sensitive_photos=2, nudity_photos=2, violence_photos=0,
                        budget_minutes=300, budget_photos=None, share=shift_minutes / 300, day=now.date()),
        breaks=BreakStatus(interval_minutes=60, since=now - timedelta(minutes=60 - minutes_to_break),
                           minutes_since_break=60 - minutes_to_break, due=break_due,
                           due_at=now + timedelta(minutes=minutes_to_break)),
        server_time=now,
    )


def test_the_summary_adds_what_the_desk_has_not_reported_and_runs_the_break_clock():
    summary = summarize(status(shift_minutes=100.0), 0.0, Pending(minutes=25.0, photos=1))
    assert (summary.shift_minutes, summary.shift_photos) == (125.0, 3)
    assert summary.level == Level.reached  # 125 of 120 minutes, before the server knows it
    later = summarize(status(minutes_to_break=5.0), 6 * 60.0, Pending())
    assert later.break_due and later.minutes_to_break == 0.0 and later.level == Level.reminder
    assert summarize(None, 0.0, Pending(3.0, 1)).known is False


def test_each_reminder_comes_once_when_its_condition_starts():
    ok = summarize(status(), 0, Pending())
    due = summarize(status(break_due=True, level=Level.reminder), 0, Pending())
    near = summarize(status(level=Level.reminder, shift_minutes=100), 0, Pending())
    reached = summarize(status(level=Level.reached, routed=True, shift_minutes=121), 0, Pending())
    assert reminders(None, ok) == []
    assert reminders(ok, due) == [Reminder.break_due]
    assert reminders(due, due) == []
    assert reminders(ok, near) == [Reminder.budget_near]
    assert reminders(near, reached) == [Reminder.budget_reached, Reminder.routed]
    assert reminders(reached, reached) == []
    assert reminders(None, reached) == [Reminder.budget_reached, Reminder.routed]
    assert reminders(reached, ok) == [Reminder.unrouted]
