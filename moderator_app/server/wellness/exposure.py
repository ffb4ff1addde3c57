"""Recording what desks report of their moderators' exposure, and each moderator's status.

Definitions (docs/clusters-and-wellness.md):
- **sensitive**: content carrying a nudity or violence flag (core.exposure_rules): the flags the
  desk reports with an event, the server's flags on the listing version (or on the photo), and
  photos a desk reported sensitive before (``image_sensitivity``);
- **exposure**: a sensitive photo revealed (one per reveal event), and the time a sensitive
  listing was on screen (view events);
- **shift**: a run of reports without a pause of the team's ``shift_gap_minutes``; a pause of
  ``break_minutes`` or more between reports, or a break the desk recorded, is a **break**;
- **day**: the calendar day of the event in the team's time zone.

Each event carries a desk-made id: a retry of a report counts nothing twice. Events about content
without a sensitive flag count as work only and are not kept.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, and_, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from moderator_app.core.decision_rules import DECIDED_AT_ALLOWANCE_S
from moderator_app.core.exposure_rules import categories, flag_category
from moderator_app.core.wellness_schema import (
    BreakStatus,
    DayExposure,
    ExposureCategory,
    ExposureEvent,
    ExposureEventKind,
    ExposureReport,
    ExposureStatus,
    Level,
    OnBudget,
    ReportReceipt,
    ShiftExposure,
    WellnessSettings,
)
from moderator_app.server import tables as t
from moderator_app.server.auth import Principal
from moderator_app.server.wellness.teams import team_of

OLDEST_EVENT = timedelta(days=7)  # a desk offline longer than this has lost nothing a lead acts on
_ALLOWANCE = timedelta(seconds=DECIDED_AT_ALLOWANCE_S)
e = t.exposure_events
sh = t.wellness_shifts


def _aware(moment: datetime) -> datetime:
    from datetime import UTC

    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def local_day(moment: datetime, settings: WellnessSettings) -> date:
    return _aware(moment).astimezone(ZoneInfo(settings.timezone)).date()


# --- recording ---------------------------------------------------------------------------------


def _latest_shift(conn: Connection, user_id: int, before: datetime | None = None):
    query = select(sh).where(sh.c.user_id == user_id)
    if before is not None:
        query = query.where(sh.c.started_at <= before)
    return conn.execute(query.order_by(sh.c.started_at.desc(), sh.c.id.desc()).limit(1)).first()


def touch(conn: Connection, user_id: int, at: datetime, settings: WellnessSettings):
    """Record work at ``at``: extend the current shift or open a new one. Returns the shift row."""
    shift = _latest_shift(conn, user_id)
    gap = timedelta(minutes=settings.shift_gap_minutes)
    if shift is None or at - shift.last_active_at >= gap:
        shift_id = conn.execute(
            insert(sh)
            .values(user_id=user_id, started_at=at, last_active_at=at, last_break_at=at, active_ms=0)
            .returning(sh.c.id)
        ).scalar_one()
        return conn.execute(select(sh).where(sh.c.id == shift_id)).one()
    if at <= shift.last_active_at:
        return shift
    pause = at - shift.last_active_at
    values: dict = {"last_active_at": at}
    if pause >= timedelta(minutes=settings.break_minutes):
        values["last_break_at"] = at  # a pause long enough is a break
    else:
        values["active_ms"] = shift.active_ms + int(pause.total_seconds() * 1000)
    conn.execute(update(sh).where(sh.c.id == shift.id).values(**values))
    return conn.execute(select(sh).where(sh.c.id == shift.id)).one()


def _server_flags_of(conn: Connection, event: ExposureEvent) -> list[tuple[str, str, float | None]]:
    """The server's flags and known-sensitive photos behind the event's content."""
    f, li, s = t.server_flags, t.listing_images, t.image_sensitivity
    found: list[tuple[str, str, float | None]] = []
    if event.kind == ExposureEventKind.reveal and event.image_id:
        found += (
            conn.execute(select(f.c.source, f.c.label, f.c.score).where(f.c.image_id == event.image_id))
            .all()
        )
        found += [
            ("image", c, None)
            for c in conn.execute(select(s.c.category).where(s.c.image_id == event.image_id)).scalars()
        ]
    if event.kind == ExposureEventKind.view and event.item_id:
        item = conn.execute(
            select(t.items.c.listing_id, t.items.c.listing_version).where(t.items.c.id == event.item_id)
        ).first()
        if item is not None:
            found += (
                conn.execute(
                    select(f.c.source, f.c.label, f.c.score).where(
                        f.c.listing_id == item.listing_id, f.c.version == item.listing_version
                    )
                )
                .all()
            )
            found += [
                ("image", c, None)
                for c in conn.execute(
                    select(s.c.category)
                    .join(li, li.c.image_id == s.c.image_id)
                    .where(li.c.listing_id == item.listing_id, li.c.version == item.listing_version)
                ).scalars()
            ]
    return found


def _remember_sensitive_photos(
    conn: Connection, event: ExposureEvent, user: Principal, now: datetime
) -> None:
    """Photos the desk's own screening found sensitive: routed claims skip the listings showing them."""
    rows = []
    for flag in event.flags:
        image_id = flag.image_id or (event.image_id if event.kind == ExposureEventKind.reveal else None)
        category = flag_category(flag.kind, flag.label, flag.score)
        if image_id and category is not None and flag.source != "server":
            rows.append(
                {
                    "image_id": image_id,
                    "category": category.value,
                    "reported_by": user.username,
                    "reported_at": now,
                }
            )
    if not rows:
        return
    known = set(
        conn.execute(select(t.images.c.id).where(t.images.c.id.in_({r["image_id"] for r in rows}))).scalars()
    )
    rows = [r for r in rows if r["image_id"] in known]
    if rows:
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        conn.execute(dialect.insert(t.image_sensitivity).on_conflict_do_nothing(), rows)


def _problem(event: ExposureEvent, now: datetime) -> str | None:
    at = _aware(event.at)
    if at > now + _ALLOWANCE:
        return "it is dated in the future (check the desk's clock)"
    if at < now - OLDEST_EVENT:
        return "it is older than 7 days"
    if event.kind == ExposureEventKind.reveal and not event.image_id:
        return "a reveal names its image_id"
    if event.kind == ExposureEventKind.view and not event.item_id:
        return "a view names its item_id"
    return None


def record(conn: Connection, user: Principal, report: ExposureReport, now: datetime) -> ReportReceipt:
    """Store the report's events and the work it shows, in the caller's write transaction."""
    _team, settings = team_of(conn, user.id)
    receipt = ReportReceipt(accepted=0, duplicates=0, not_sensitive=0)
    events = []
    for event in report.events:  # refusals in the order the desk sent the events
        problem = _problem(event, now)
        if problem is not None:
            receipt.rejected.append(f"event {event.event_id}: {problem}")
        else:
            events.append(event)
    events.sort(key=lambda ev: _aware(ev.at))
    # The work the report shows, in time order: each event's span (a view or a break ends at `at`),
    # then the report itself while the moderator is at work.
    for event in events:
        if event.kind != ExposureEventKind.pause:
            at = _aware(event.at)
            touch(conn, user.id, at - timedelta(milliseconds=event.duration_ms), settings)
            touch(conn, user.id, at, settings)
    if report.active:
        touch(conn, user.id, now, settings)
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    for event in events:
        at = _aware(event.at)
        _remember_sensitive_photos(conn, event, user, now)
        category = None
        if event.kind != ExposureEventKind.pause:
            found = categories(
                [(f.kind, f.label, f.score) for f in event.flags] + _server_flags_of(conn, event)
            )
            if not found:
                receipt.not_sensitive += 1
                continue
            category = "+".join(sorted(c.value for c in found))
        shift = _latest_shift(conn, user.id, before=at)
        long_enough = event.duration_ms >= settings.break_minutes * 60_000
        if (
            event.kind == ExposureEventKind.pause
            and shift is not None
            and long_enough
            and at > shift.last_break_at
        ):
            conn.execute(update(sh).where(sh.c.id == shift.id).values(last_break_at=at))
        inserted = conn.execute(
            dialect.insert(e)
            .values(
                user_id=user.id,
                event_id=str(event.event_id),
                kind=event.kind.value,
                at=at,
                received_at=now,
                shift_id=shift.id if shift is not None else None,
                day=local_day(at, settings),
                item_id=event.item_id,
                image_id=event.image_id,
                duration_ms=event.duration_ms,
                category=category,
            )
            .on_conflict_do_nothing()
            .returning(e.c.id)
        ).first()
        if inserted is not None:
            receipt.accepted += 1
        else:
            receipt.duplicates += 1
    return receipt


# --- status ------------------------------------------------------------------------------------


def tally(groups) -> tuple[float, int, int, int]:
    """(sensitive minutes, sensitive photos, nudity photos, violence photos) of event groups given
    as (kind, category, count, summed duration_ms)."""
    minutes, photos, nudity, violence = 0.0, 0, 0, 0
    for kind, category, count, spent in groups:
        if kind == ExposureEventKind.view.value:
            minutes += int(spent) / 60_000
        elif kind == ExposureEventKind.reveal.value:
            photos += count
            nudity += count if ExposureCategory.nudity.value in category else 0
            violence += count if ExposureCategory.violence.value in category else 0
    return minutes, photos, nudity, violence


GROUPED = (e.c.kind, e.c.category, func.count(), func.coalesce(func.sum(e.c.duration_ms), 0))


def _counts(conn: Connection, condition) -> tuple[float, int, int, int]:
    return tally(
        conn.execute(select(*GROUPED).where(condition, e.c.category.is_not(None)).group_by(e.c.kind, e.c.category))
    )


def counted(totals: tuple[float, int, int, int], budget_minutes: int | None, budget_photos: int | None) -> dict:
    """The ExposureCounts fields of these totals against these budgets."""
    minutes, photos, nudity, violence = totals
    shares = [v / b for v, b in ((minutes, budget_minutes), (photos, budget_photos)) if b]
    return {
        "sensitive_minutes": round(minutes, 2),
        "sensitive_photos": photos,
        "nudity_photos": nudity,
        "violence_photos": violence,
        "budget_minutes": budget_minutes,
        "budget_photos": budget_photos,
        "share": round(max(shares), 3) if shares else None,
    }


def current_shift(conn: Connection, user_id: int, now: datetime, settings: WellnessSettings):
    shift = _latest_shift(conn, user_id)
    if shift is None or now - shift.last_active_at >= timedelta(minutes=settings.shift_gap_minutes):
        return None
    return shift


def status(conn: Connection, user: Principal, now: datetime) -> ExposureStatus:
    team_id, settings = team_of(conn, user.id)
    shift_row = current_shift(conn, user.id, now, settings)
    shift = None
    if shift_row is not None:
        shift = ShiftExposure(
            shift_id=shift_row.id,
            started_at=shift_row.started_at,
            last_active_at=shift_row.last_active_at,
            active_minutes=round(shift_row.active_ms / 60_000, 2),
            **counted(
                _counts(conn, e.c.shift_id == shift_row.id), settings.shift_budget_minutes, settings.shift_budget_photos
            ),
        )
    today = local_day(now, settings)
    day = DayExposure(
        day=today,
        **counted(
            _counts(conn, and_(e.c.user_id == user.id, e.c.day == today)),
            settings.day_budget_minutes,
            settings.day_budget_photos,
        ),
    )
    breaks = None
    if shift_row is not None:
        since = shift_row.last_break_at
        due_at = since + timedelta(minutes=settings.break_interval_minutes)
        breaks = BreakStatus(
            interval_minutes=settings.break_interval_minutes,
            since=since,
            minutes_since_break=round((now - since).total_seconds() / 60, 1),
            due=now >= due_at,
            due_at=due_at,
        )
    shares = [s for s in (shift.share if shift else None, day.share) if s is not None]
    reached = any(s >= 1 for s in shares)
    if reached:
        level = Level.reached
    elif any(s >= settings.reminder_share for s in shares) or (breaks is not None and breaks.due):
        level = Level.reminder
    else:
        level = Level.ok
    return ExposureStatus(
        username=user.username,
        team_id=team_id,
        level=level,
        routed=reached and settings.on_budget == OnBudget.route,
        shift=shift,
        day=day,
        breaks=breaks,
        server_time=now,
    )
