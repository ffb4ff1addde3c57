"""The wellness part of the `/v1` wire schema: exposure to sensitive photos, breaks, teams.

The desk reports what its moderator was exposed to (photos revealed that carried a nudity or
violence flag, time spent on listings carrying one, breaks); the server keeps the counts per
shift and per day, answers each moderator with their own status, gives leads the figures per
moderator (never the photos), and routes a moderator whose budget is spent to listings without
sensitive flags. docs/clusters-and-wellness.md defines a shift, a break and "sensitive". No Qt, no I/O.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import Field, StringConstraints, field_validator

from moderator_app.core.schema import Code, FlagShown, Id, _Model

Username = Annotated[str, StringConstraints(min_length=1, max_length=100)]
MAX_TEAM_MEMBERS = 1000
DEFAULT_TEAM = "default"  # the team of every user not placed in another


class ExposureCategory(enum.StrEnum):
    nudity = "nudity"  # nudity and sexual content
    violence = "violence"  # violence and gore


class ExposureEventKind(enum.StrEnum):
    reveal = "reveal"  # the moderator revealed a hidden photo (image_id)
    view = "view"  # a listing was on screen for duration_ms, ending at `at` (item_id)
    pause = "break"  # the moderator took a break of duration_ms, ending at `at`


class ExposureEvent(_Model):
    """One thing the desk saw happen. ``event_id`` makes a retry harmless (counted once).

    ``flags`` are the flags the desk had for the photo (a reveal) or the listing (a view): its own
    image flags and the server's, as it shows them. The server adds what it knows itself.
    """

    event_id: uuid.UUID
    kind: ExposureEventKind
    at: datetime
    item_id: Id | None = None
    image_id: Code | None = None
    duration_ms: int = Field(default=0, ge=0, le=4 * 3600 * 1000)
    flags: list[FlagShown] = Field(default_factory=list, max_length=50)


class ExposureReport(_Model):
    """A desk's report; also its heartbeat: a desk sends one at least every minute while its
    moderator works (``active``), and none while the moderator is away."""

    events: list[ExposureEvent] = Field(default_factory=list, max_length=200)
    active: bool = True


class Level(enum.StrEnum):
    ok = "ok"
    reminder = "reminder"  # a budget is nearly spent (the team's reminder share), or a break is due
    reached = "reached"  # a budget is spent


class ExposureCounts(_Model):
    """Exposure over a shift or a day, against the team's budgets (None: no budget)."""

    sensitive_minutes: float
    sensitive_photos: int
    nudity_photos: int
    violence_photos: int
    budget_minutes: int | None
    budget_photos: int | None
    share: float | None  # the larger of minutes / budget and photos / budget (None: no budget)


class ShiftExposure(ExposureCounts):
    shift_id: int
    started_at: datetime
    last_active_at: datetime
    active_minutes: float  # time at work in the shift (pauses shorter than a break included)


class DayExposure(ExposureCounts):
    day: date  # the calendar day in the team's time zone


class BreakStatus(_Model):
    interval_minutes: int
    since: datetime  # the end of the last break (or the start of the shift)
    minutes_since_break: float
    due: bool
    due_at: datetime


class ReportReceipt(_Model):
    accepted: int  # events counted now
    duplicates: int  # events already counted (a retry)
    not_sensitive: int  # events about content without a sensitive flag (counted as work only)
    rejected: list[str] = Field(default_factory=list)  # "event <id>: why", for events refused


class ExposureStatus(_Model):
    """A moderator's own exposure and break status (what the desk's status bar shows)."""

    username: str
    team_id: str
    level: Level
    # Claims skip listings with sensitive flags while others remain (the budget is spent and the
    # team routes, see WellnessSettings.on_budget).
    routed: bool
    shift: ShiftExposure | None
    day: DayExposure
    breaks: BreakStatus | None
    server_time: datetime
    receipt: ReportReceipt | None = None


class ModeratorExposure(_Model):
    """One moderator's row in the lead's exposure view: figures only, never a photo."""

    username: str
    display_name: str
    team_id: str
    level: Level
    routed: bool
    last_active_at: datetime | None
    shift: ShiftExposure | None
    day: DayExposure
    minutes_since_break: float | None
    break_due: bool


class ExposureDayRow(ExposureCounts):
    """One moderator's exposure on one day, against their team's day budgets."""

    username: str
    team_id: str
    day: date
    reached: bool


class OnBudget(enum.StrEnum):
    remind = "remind"  # the moderator is reminded; nothing else changes
    route = "route"  # reminded, then claims skip sensitive listings while others remain


class WellnessSettings(_Model):
    """A team's wellness settings (leads and admins edit them).

    - a *break* is a pause of at least ``break_minutes`` (no report from the desk, or a break the
      desk recorded); one is due ``break_interval_minutes`` after the last;
    - a *shift* is a run of work without a pause of ``shift_gap_minutes`` or more;
    - a *day* is a calendar day in ``timezone`` (IANA name);
    - budgets cap the minutes spent on sensitive listings and the sensitive photos revealed, per
      shift and per day (None: no budget); at ``reminder_share`` of one the moderator is reminded,
      at 100% ``on_budget`` applies.
    """

    break_interval_minutes: int = Field(default=60, ge=10, le=480)
    break_minutes: int = Field(default=10, ge=1, le=120)
    shift_gap_minutes: int = Field(default=180, ge=30, le=1440)
    shift_budget_minutes: int | None = Field(default=120, ge=1, le=1440)
    day_budget_minutes: int | None = Field(default=300, ge=1, le=1440)
    shift_budget_photos: int | None = Field(default=None, ge=1, le=100_000)
    day_budget_photos: int | None = Field(default=None, ge=1, le=100_000)
    reminder_share: float = Field(default=0.8, ge=0.1, le=1.0)
    on_budget: OnBudget = OnBudget.route
    # When only sensitive listings are left in a queue: serve them anyway (the queue must be
    # worked) or hold them back from a routed moderator.
    serve_when_only_sensitive: bool = True
    timezone: Annotated[str, StringConstraints(min_length=1, max_length=64)] = "UTC"

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value


TeamId = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")]


class Team(_Model):
    team_id: str
    name: str
    members: list[str]
    wellness: WellnessSettings
    updated_by: str | None = None
    updated_at: datetime | None = None


class TeamUpsert(_Model):
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]


class TeamMembers(_Model):
    """The users to move into this team (each user is in one team; the rest stay where they are)."""

    usernames: list[Username] = Field(max_length=MAX_TEAM_MEMBERS)


class TeamExposure(_Model):
    team_id: str | None
    rows: list[ModeratorExposure]
    server_time: datetime


class ExposureHistory(_Model):
    rows: list[ExposureDayRow]
