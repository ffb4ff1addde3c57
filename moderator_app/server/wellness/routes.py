"""The wellness endpoints: a desk's exposure reports and its moderator's status, the leads' view of
exposure per moderator (figures only, never a photo), and teams with their settings."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from sqlalchemy import and_, select

from moderator_app.core.schema import Role
from moderator_app.core.wellness_schema import (
    DEFAULT_TEAM,
    ExposureDayRow,
    ExposureHistory,
    ExposureReport,
    ExposureStatus,
    ModeratorExposure,
    Team,
    TeamExposure,
    TeamMembers,
    TeamUpsert,
    WellnessSettings,
)
from moderator_app.server import tables as t
from moderator_app.server.audit import append_entry
from moderator_app.server.auth import Principal, require_roles
from moderator_app.server.context import Ctx
from moderator_app.server.metrics_sql import MAX_RANGE_DAYS
from moderator_app.server.params import name_query
from moderator_app.server.problems import invalid, not_found, problem_responses
from moderator_app.server.wellness import exposure, routing, teams

router = APIRouter(tags=["wellness"])
# Whoever looks at listings: moderators, leads and admins who pitch in, QA auditors.
viewers = require_roles(Role.moderator, Role.lead, Role.qa, Role.admin)
leads = require_roles(Role.lead, Role.admin)
PathTeam = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")]
_WORKING_ROLES = (Role.moderator.value, Role.lead.value, Role.qa.value, Role.admin.value)


@router.post("/me/exposure", response_model=ExposureStatus, responses=problem_responses(401, 403, 422))
def report_exposure(
    body: ExposureReport, user: Annotated[Principal, Depends(viewers)], ctx: Ctx
) -> ExposureStatus:
    """The desk's report (also its heartbeat, at least once a minute while its moderator works):
    events are counted once each (by `event_id`); the answer is the moderator's status, with what
    became of each event in `receipt`."""
    now = ctx.now()
    with ctx.db.write() as conn:
        receipt = exposure.record(conn, user, body, now)
        current = exposure.status(conn, user, now)
        _team, settings = teams.team_of(conn, user.id)
    routing.remember(ctx, user, current.routed, settings.serve_when_only_sensitive)
    return current.model_copy(update={"receipt": receipt})


@router.get("/me/exposure", response_model=ExposureStatus, responses=problem_responses(401, 403))
def my_exposure(user: Annotated[Principal, Depends(viewers)], ctx: Ctx) -> ExposureStatus:
    """The caller's exposure this shift and today, against the team's budgets, and their break status."""
    with ctx.db.read() as conn:
        return exposure.status(conn, user, ctx.now())


def _people(conn, team_id: str | None):
    rows = conn.execute(
        select(
            t.users.c.id, t.users.c.username, t.users.c.display_name, t.users.c.role, t.team_members.c.team_id
        )
        .outerjoin(t.team_members, t.team_members.c.user_id == t.users.c.id)
        .where(t.users.c.active.is_(True), t.users.c.role.in_(_WORKING_ROLES))
        .order_by(t.users.c.username)
    ).all()
    return [r for r in rows if team_id is None or (r.team_id or DEFAULT_TEAM) == team_id]


@router.get("/wellness/exposure", response_model=TeamExposure, responses=problem_responses(401, 403, 422))
def team_exposure(
    _user: Annotated[Principal, Depends(leads)],
    ctx: Ctx,
    team: Annotated[str | None, name_query("team id")] = None,
) -> TeamExposure:
    """Exposure per moderator now: this shift, today, break status, whether their claims are
    routed away from sensitive listings. Figures only: no photo, no listing."""
    now = ctx.now()
    rows = []
    with ctx.db.read() as conn:
        for person in _people(conn, team):
            principal = Principal(person.id, person.username, person.display_name, Role(person.role))
            current = exposure.status(conn, principal, now)
            rows.append(
                ModeratorExposure(
                    username=person.username,
                    display_name=person.display_name,
                    team_id=current.team_id,
                    level=current.level,
                    routed=current.routed,
                    last_active_at=current.shift.last_active_at if current.shift else None,
                    shift=current.shift,
                    day=current.day,
                    minutes_since_break=current.breaks.minutes_since_break if current.breaks else None,
                    break_due=bool(current.breaks and current.breaks.due),
                )
            )
    return TeamExposure(team_id=team, rows=rows, server_time=now)


@router.get(
    "/wellness/exposure/history", response_model=ExposureHistory, responses=problem_responses(401, 403, 422)
)
def exposure_history(
    _user: Annotated[Principal, Depends(leads)],
    ctx: Ctx,
    date_from: Annotated[date, Query(alias="from", description="first day, inclusive (team time zone)")],
    date_to: Annotated[date, Query(alias="to", description="last day, inclusive")],
    team: Annotated[str | None, name_query("team id")] = None,
    moderator: Annotated[str | None, name_query("username")] = None,
) -> ExposureHistory:
    """Exposure per moderator and day over a range, against the day budget of their team."""
    if date_to < date_from:
        raise invalid("'to' is before 'from'.", "query.to")
    if (date_to - date_from).days + 1 > MAX_RANGE_DAYS:
        raise invalid(f"The range may span at most {MAX_RANGE_DAYS} days.", "query.to")
    e = t.exposure_events
    out = []
    with ctx.db.read() as conn:
        people = {p.id: p for p in _people(conn, team) if moderator is None or p.username == moderator}
        settings_of = {}
        groups: dict = defaultdict(list)
        for user_id, day, *group in conn.execute(
            select(e.c.user_id, e.c.day, *exposure.GROUPED)
            .where(and_(e.c.day >= date_from, e.c.day <= date_to, e.c.category.is_not(None)))
            .group_by(e.c.user_id, e.c.day, e.c.kind, e.c.category)
        ):
            if user_id in people:
                groups[(user_id, day)].append(group)
        for (user_id, day), found in sorted(groups.items(), key=lambda kv: (kv[0][1], people[kv[0][0]].username)):
            if user_id not in settings_of:
                settings_of[user_id] = teams.team_of(conn, user_id)
            team_id, settings = settings_of[user_id]
            fields = exposure.counted(exposure.tally(found), settings.day_budget_minutes, settings.day_budget_photos)
            out.append(
                ExposureDayRow(
                    username=people[user_id].username,
                    team_id=team_id,
                    day=day,
                    reached=fields["share"] is not None and fields["share"] >= 1,
                    **fields,
                )
            )
    return ExposureHistory(rows=out)


@router.get("/teams", response_model=list[Team], responses=problem_responses(401, 403))
def list_teams(_user: Annotated[Principal, Depends(leads)], ctx: Ctx) -> list[Team]:
    """Every team with its members and wellness settings."""
    with ctx.db.write() as conn:  # creates the default team on first use
        return teams.list_teams(conn)


def _team_or_404(conn, team_id: str) -> Team:
    team = teams.get_team(conn, team_id)
    if team is None:
        raise not_found(f"Team {team_id!r} does not exist.")
    return team


@router.put("/teams/{team_id}", response_model=Team, responses=problem_responses(401, 403, 422))
def put_team(
    team_id: PathTeam, body: TeamUpsert, user: Annotated[Principal, Depends(leads)], ctx: Ctx
) -> Team:
    """Create a team or rename it (audited)."""
    now = ctx.now()
    with ctx.db.write() as conn:
        created = teams.upsert_team(conn, team_id, body.name, user.username, now)
        append_entry(
            conn,
            ctx.db.audit_key,
            at=now,
            actor=user.username,
            kind="wellness.team_saved",
            payload={"team_id": team_id, "name": body.name, "created": created},
        )
        return _team_or_404(conn, team_id)


@router.put("/teams/{team_id}/members", response_model=Team, responses=problem_responses(401, 403, 404, 422))
def put_members(
    team_id: PathTeam, body: TeamMembers, user: Annotated[Principal, Depends(leads)], ctx: Ctx
) -> Team:
    """Move these users into the team (each user is in one team; audited)."""
    now = ctx.now()
    with ctx.db.write() as conn:
        _team_or_404(conn, team_id)
        found = dict(
            conn.execute(
                select(t.users.c.username, t.users.c.id).where(t.users.c.username.in_(body.usernames))
            )
            .all()
        )
        unknown = sorted(set(body.usernames) - set(found))
        if unknown:
            raise invalid(f"Unknown user(s): {', '.join(unknown[:10])}.", "body.usernames", "unknown_user")
        teams.move_members(conn, team_id, sorted(found.values()))
        append_entry(
            conn,
            ctx.db.audit_key,
            at=now,
            actor=user.username,
            kind="wellness.team_members_moved",
            payload={"team_id": team_id, "usernames": sorted(found)},
        )
        result = _team_or_404(conn, team_id)
    routing.forget_all(ctx)
    return result


@router.put("/teams/{team_id}/wellness", response_model=Team, responses=problem_responses(401, 403, 404, 422))
def put_wellness(
    team_id: PathTeam, body: WellnessSettings, user: Annotated[Principal, Depends(leads)], ctx: Ctx
) -> Team:
    """Change the team's wellness settings: break reminders, exposure budgets and what happens when
    one is spent (audited; every server process applies it within a quarter of a minute)."""
    now = ctx.now()
    with ctx.db.write() as conn:
        _team_or_404(conn, team_id)
        teams.save_wellness(conn, team_id, body, user.username, now)
        append_entry(
            conn,
            ctx.db.audit_key,
            at=now,
            actor=user.username,
            kind="wellness.settings_changed",
            payload={"team_id": team_id, **body.model_dump(mode="json")},
        )
        result = _team_or_404(conn, team_id)
    routing.forget_all(ctx)
    return result
