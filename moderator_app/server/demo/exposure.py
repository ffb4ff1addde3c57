"""Two weeks of exposure for the demo moderators, so the leads' exposure view has figures.

Each moderator worked most days: a shift of six to eight hours with breaks, some minutes on
listings with nudity or violence flags and a few such photos revealed. Today, moderator3 is near
the shift budget (a reminder) and moderator5 has spent it (their claims are routed), and
moderator2 works on the Spanish desk's team. Deterministic from the seed; times are relative to
``now``.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta

from sqlalchemy import insert, select

from moderator_app.core.wellness_schema import WellnessSettings
from moderator_app.server import tables as t
from moderator_app.server.context import utc_now
from moderator_app.server.db import Database
from moderator_app.server.wellness.exposure import local_day
from moderator_app.server.wellness.teams import ensure_default_team, move_members

DAYS = 14
_NAMESPACE = uuid.UUID("3c3f0a52-61a4-4d0e-9b0a-5a1b7f6e2c11")
# Today's state: (minutes on sensitive listings, sensitive photos revealed) this shift.
TODAY = {"moderator1": (25, 3), "moderator3": (100, 9), "moderator5": (128, 14)}
SPANISH_DESK = ("moderator2", "moderator4", "moderator6")


def seed_exposure(db: Database, *, now: datetime | None = None, seed: int = 7) -> int:
    """Write the demo exposure history; returns the number of events written."""
    now = now or utc_now()
    rng = random.Random(f"exposure:{seed}")
    spanish = WellnessSettings(timezone="Europe/Madrid")
    events = 0
    with db.write() as conn:
        ensure_default_team(conn)
        conn.execute(insert(t.teams).values(id="desk-es", name="Desk ES", wellness=spanish.model_dump_json()))
        users = dict(
            conn.execute(select(t.users.c.username, t.users.c.id).where(t.users.c.role == "moderator")).all()
        )
        move_members(conn, "desk-es", [users[name] for name in SPANISH_DESK if name in users])
        for username, user_id in sorted(users.items()):
            settings = spanish if username in SPANISH_DESK else WellnessSettings()
            for days_ago in range(DAYS, -1, -1):
                if days_ago and rng.random() < 0.25:
                    continue  # a day off
                start = (now - timedelta(days=days_ago)).replace(
                    hour=8, minute=rng.randint(0, 40), second=0, microsecond=0
                )
                if days_ago == 0:
                    if username not in TODAY:
                        continue
                    start = now - timedelta(hours=3, minutes=rng.randint(0, 20))
                    end = now - timedelta(minutes=1)
                    minutes, photos = TODAY[username]
                else:
                    end = start + timedelta(hours=rng.uniform(6, 8))
                    minutes, photos = rng.randint(10, 160), rng.randint(0, 18)
                events += _shift(
                    conn, rng, user_id, username, start, end, minutes, photos, settings, days_ago
                )
    return events


def _shift(conn, rng, user_id, username, start, end, minutes, photos, settings, days_ago) -> int:
    last_break = end - timedelta(minutes=rng.randint(5, 50))
    shift_id = conn.execute(
        insert(t.wellness_shifts)
        .values(
            user_id=user_id,
            started_at=start,
            last_active_at=end,
            last_break_at=last_break,
            active_ms=int((end - start).total_seconds() * 1000 * 0.85),
        )
        .returning(t.wellness_shifts.c.id)
    ).scalar_one()
    rows = []
    span = (end - start).total_seconds()
    views = max(1, minutes // 4)
    for k in range(views):
        share = minutes * 60_000 // views
        rows.append(
            (
                "view",
                start + timedelta(seconds=span * (k + 0.5) / views),
                share,
                rng.choice(("nudity", "nudity", "violence")),
            )
        )
    for _ in range(photos):
        rows.append(
            (
                "reveal",
                start + timedelta(seconds=span * rng.random()),
                0,
                rng.choice(("nudity", "nudity", "violence")),
            )
        )
    conn.execute(
        insert(t.exposure_events),
        [
            {
                "user_id": user_id,
                "event_id": str(uuid.uuid5(_NAMESPACE, f"{username}:{days_ago}:{n}")),
                "kind": kind,
                "at": at,
                "received_at": at,
                "shift_id": shift_id,
                "day": local_day(at, settings),
                "item_id": None,
                "image_id": None,
                "duration_ms": duration,
                "category": category,
            }
            for n, (kind, at, duration, category) in enumerate(rows)
        ],
    )
    return len(rows)
