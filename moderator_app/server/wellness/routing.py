"""Whether a moderator's claims skip sensitive listings now (their exposure budget is spent).

Asked on every claim, so the answer is cached per server process for ROUTING_CACHE_SECONDS (a
report from the moderator's desk refreshes it at once in the process that received it): a claim
costs a dictionary lookup, and a database read once per moderator and period.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime

from moderator_app.server.auth import Principal
from moderator_app.server.context import ServerContext
from moderator_app.server.wellness.exposure import status
from moderator_app.server.wellness.teams import team_of

ROUTING_CACHE_SECONDS = 15.0


@dataclass(frozen=True)
class Routing:
    routed: bool
    serve_when_only_sensitive: bool


_NOT_ROUTED = Routing(False, True)


def routing(ctx: ServerContext, user: Principal, now: datetime) -> Routing:
    key = ("routing", user.id)
    tick = time.monotonic()
    hit = ctx.wellness_cache.get(key)
    if hit is not None and tick - hit[0] < ROUTING_CACHE_SECONDS:
        return hit[1]
    with ctx.db.read() as conn:
        current = status(conn, user, now)
        _team, settings = team_of(conn, user.id)
    answer = Routing(True, settings.serve_when_only_sensitive) if current.routed else _NOT_ROUTED
    ctx.wellness_cache[key] = (tick, answer)
    return answer


def routed(ctx: ServerContext, user: Principal, now: datetime) -> bool:
    return routing(ctx, user, now).routed


def remember(ctx: ServerContext, user: Principal, is_routed: bool, serve_when_only_sensitive: bool) -> None:
    """Store a status just computed (after a report), so this process routes by it at once."""
    answer = Routing(True, serve_when_only_sensitive) if is_routed else _NOT_ROUTED
    ctx.wellness_cache[("routing", user.id)] = (time.monotonic(), answer)


def forget_all(ctx: ServerContext) -> None:
    """After a settings change: every moderator's routing is read again."""
    for key in [k for k in ctx.wellness_cache if k[0] == "routing"]:
        ctx.wellness_cache.pop(key, None)
