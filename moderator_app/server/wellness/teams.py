"""Teams: who works together and under which wellness settings.

Every user is in one team: the one ``team_members`` names, else the default team (created with
the default settings the first time it is needed). Leads and admins edit teams and their settings;
every change is written to the audit log.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import Connection, delete, insert, select, update

from moderator_app.core.wellness_schema import DEFAULT_TEAM, Team, WellnessSettings
from moderator_app.server import tables as t

DEFAULT_TEAM_NAME = "Moderation desk"


def ensure_default_team(conn: Connection) -> None:
    if conn.execute(select(t.teams.c.id).where(t.teams.c.id == DEFAULT_TEAM)).first() is None:
        conn.execute(
            insert(t.teams).values(
                id=DEFAULT_TEAM, name=DEFAULT_TEAM_NAME, wellness=WellnessSettings().model_dump_json()
            )
        )


def team_of(conn: Connection, user_id: int) -> tuple[str, WellnessSettings]:
    """The user's team and its settings (the default team's defaults when it has no row yet)."""
    row = conn.execute(
        select(t.teams.c.id, t.teams.c.wellness)
        .select_from(t.team_members.join(t.teams, t.teams.c.id == t.team_members.c.team_id))
        .where(t.team_members.c.user_id == user_id)
    ).first()
    if row is None:
        row = conn.execute(
            select(t.teams.c.id, t.teams.c.wellness).where(t.teams.c.id == DEFAULT_TEAM)
        ).first()
    if row is None:
        return DEFAULT_TEAM, WellnessSettings()
    return row.id, WellnessSettings.model_validate_json(row.wellness)


def list_teams(conn: Connection) -> list[Team]:
    ensure_default_team(conn)
    members: dict[str, list[str]] = defaultdict(list)
    placed = set()
    for team_id, user_id, username in conn.execute(
        select(t.team_members.c.team_id, t.users.c.id, t.users.c.username)
        .join(t.users, t.users.c.id == t.team_members.c.user_id)
        .order_by(t.users.c.username)
    ):
        members[team_id].append(username)
        placed.add(user_id)
    for user_id, username in conn.execute(
        select(t.users.c.id, t.users.c.username).order_by(t.users.c.username)
    ):
        if user_id not in placed:
            members[DEFAULT_TEAM].append(username)
    rows = conn.execute(select(t.teams).order_by(t.teams.c.id)).all()
    return [
        Team(
            team_id=r.id,
            name=r.name,
            members=sorted(members.get(r.id, [])),
            wellness=WellnessSettings.model_validate_json(r.wellness),
            updated_by=r.updated_by,
            updated_at=r.updated_at,
        )
        for r in rows
    ]


def get_team(conn: Connection, team_id: str) -> Team | None:
    return next((team for team in list_teams(conn) if team.team_id == team_id), None)


def upsert_team(conn: Connection, team_id: str, name: str, actor: str, now: datetime) -> bool:
    """Create the team or rename it; True when it was created."""
    ensure_default_team(conn)
    if conn.execute(select(t.teams.c.id).where(t.teams.c.id == team_id)).first() is None:
        conn.execute(
            insert(t.teams).values(
                id=team_id,
                name=name,
                wellness=WellnessSettings().model_dump_json(),
                updated_by=actor,
                updated_at=now,
            )
        )
        return True
    conn.execute(
        update(t.teams).where(t.teams.c.id == team_id).values(name=name, updated_by=actor, updated_at=now)
    )
    return False


def move_members(conn: Connection, team_id: str, user_ids: list[int]) -> None:
    conn.execute(delete(t.team_members).where(t.team_members.c.user_id.in_(user_ids)))
    if team_id != DEFAULT_TEAM and user_ids:
        conn.execute(insert(t.team_members), [{"user_id": u, "team_id": team_id} for u in user_ids])


def save_wellness(
    conn: Connection, team_id: str, settings: WellnessSettings, actor: str, now: datetime
) -> None:
    conn.execute(
        update(t.teams)
        .where(t.teams.c.id == team_id)
        .values(wellness=settings.model_dump_json(), updated_by=actor, updated_at=now)
    )
