"""What the moderator's status bar says about their exposure, and when to remind them. No Qt, no I/O.

The server owns the figures (core.wellness_schema.ExposureStatus: it counts every desk of the
moderator, knows the team's budgets and decides the routing). The desk adds what it measured and
has not reported yet, so the figures never go backwards nor stand still while the desk is
offline, and carries the break clock forward from the server's answer on the monotonic clock.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from moderator_app.core.wellness_schema import ExposureStatus, Level


@dataclass(frozen=True)
class Pending:
    """Sensitive exposure this desk measured and the server has not counted yet."""

    minutes: float = 0.0
    photos: int = 0


@dataclass(frozen=True)
class ExposureSummary:
    """The moderator's own exposure as the status bar shows it (see the module docstring)."""

    known: bool  # the server answered at least once (its budgets and break clock are known)
    shift_minutes: float
    shift_photos: int
    day_minutes: float
    day_photos: int
    shift_budget_minutes: int | None
    day_budget_minutes: int | None
    shift_budget_photos: int | None
    day_budget_photos: int | None
    share: float | None  # the largest share of a budget spent (None: no budget)
    level: Level
    routed: bool
    break_due: bool
    minutes_to_break: float | None  # None: unknown; 0 when due
    pending: Pending

    @property
    def budget_reached(self) -> bool:
        return self.level == Level.reached

    @property
    def budget_near(self) -> bool:
        """Reminded about a budget, not about a break (the server's level covers both)."""
        return self.level == Level.reminder and not self.break_due


def _share(value: float, budget: int | None) -> float | None:
    return None if budget is None else value / budget


def summarize(status: ExposureStatus | None, elapsed_s: float, pending: Pending) -> ExposureSummary:
    """The summary of the server's last ``status`` (received ``elapsed_s`` ago), plus ``pending``."""
    if status is None:
        return ExposureSummary(
            False, pending.minutes, pending.photos, pending.minutes, pending.photos,
            None, None, None, None, None, Level.ok, False, False, None, pending,
        )
    shift, day = status.shift, status.day
    shift_minutes = (shift.sensitive_minutes if shift else 0.0) + pending.minutes
    shift_photos = (shift.sensitive_photos if shift else 0) + pending.photos
    day_minutes = day.sensitive_minutes + pending.minutes
    day_photos = day.sensitive_photos + pending.photos
    budgets = (
        shift.budget_minutes if shift else None,
        day.budget_minutes,
        shift.budget_photos if shift else None,
        day.budget_photos,
    )
    shares = [
        s
        for s in (
            _share(shift_minutes, budgets[0]),
            _share(day_minutes, budgets[1]),
            _share(shift_photos, budgets[2]),
            _share(day_photos, budgets[3]),
        )
        if s is not None
    ]
    share = max(shares) if shares else None
    level = status.level
    if share is not None and share >= 1.0:
        level = Level.reached  # what this desk has not reported yet already spends the budget
    minutes_to_break: float | None = None
    break_due = False
    if status.breaks is not None:
        left = (status.breaks.due_at - status.server_time).total_seconds() - elapsed_s
        minutes_to_break = max(0.0, left / 60.0)
        break_due = status.breaks.due or left <= 0
        if break_due and level == Level.ok:
            level = Level.reminder
    return ExposureSummary(
        True, shift_minutes, shift_photos, day_minutes, day_photos, *budgets, share, level,
        status.routed, break_due, minutes_to_break, pending,
    )


class Reminder(enum.StrEnum):
    break_due = "break_due"  # the team's break interval has passed
    budget_near = "budget_near"  # the team's reminder share of a budget is spent
    budget_reached = "budget_reached"  # a budget is spent
    routed = "routed"  # claims now skip listings with sensitive flags while others remain
    unrouted = "unrouted"  # back to every listing


def reminders(before: ExposureSummary | None, after: ExposureSummary) -> list[Reminder]:
    """The reminders to show when the summary moves from ``before`` to ``after``: each once, when
    its condition starts (a desk that starts with a spent budget says so once)."""
    if not after.known:
        return []
    was = before if before is not None and before.known else None
    found: list[Reminder] = []
    if after.break_due and not (was and was.break_due):
        found.append(Reminder.break_due)
    if after.budget_reached and not (was and was.budget_reached):
        found.append(Reminder.budget_reached)
    elif after.budget_near and not (was and (was.budget_near or was.budget_reached)):
        found.append(Reminder.budget_near)
    if after.routed and not (was and was.routed):
        found.append(Reminder.routed)
    elif not after.routed and was is not None and was.routed:
        found.append(Reminder.unrouted)
    return found
