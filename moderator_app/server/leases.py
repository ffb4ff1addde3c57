"""Claiming, renewing and releasing leases on queue items.

A claim picks open items whose lease is free or expired, highest priority first, then oldest,
and leases them to one moderator. On PostgreSQL the candidates are read with
``FOR UPDATE SKIP LOCKED``, so concurrent claimers (in any number of processes) skip each
other's rows instead of waiting or double-leasing; the claim is one statement, run in
autocommit (no BEGIN and COMMIT round trips). On SQLite the whole claim runs in one
``BEGIN IMMEDIATE`` transaction: one writer at a time, across processes too.

A claim may carry the desk's request id. The first claim with an id registers it (a row in
``claim_requests``) in the same statement or transaction that leases the items, and stamps the
leases with it; a retry with the same id registers nothing, leases nothing, and returns the live
leases of the first attempt. So a claim whose answer was lost (a timeout, a frozen server, a
dropped connection) never strands a second batch on a desk that did not get the first.
"""

from __future__ import annotations

import logging
import secrets
import time
import uuid
from datetime import datetime, timedelta

from sqlalchemy import and_, bindparam, delete, exists, insert, literal, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from moderator_app.core.schema import Lease
from moderator_app.server import tables as t
from moderator_app.server.auth import Principal
from moderator_app.server.context import ServerContext
from moderator_app.server.problems import not_found
from moderator_app.server.wellness.routing import routing
from moderator_app.server.wellness.sensitivity import sensitive_item

log = logging.getLogger(__name__)

_LEASE_COLUMNS = (
    t.items.c.id,
    t.items.c.queue_id,
    t.items.c.listing_id,
    t.items.c.listing_version,
    t.items.c.lease_token,
    t.items.c.lease_expires_at,
    t.items.c.priority,
)


def lease_from_row(row) -> Lease:
    return Lease(
        item_id=row.id,
        queue_id=row.queue_id,
        listing_id=row.listing_id,
        listing_version=row.listing_version,
        lease_token=row.lease_token,
        expires_at=row.lease_expires_at,
        priority=row.priority,
    )


# Built once: SQLAlchemy then reuses the compiled statement without rebuilding its cache key.
def _claim_statement(*extra):
    candidates = (
        select(t.items.c.id)
        .where(
            t.items.c.queue_id == bindparam("b_queue_id"),
            t.items.c.state == "open",
            or_(t.items.c.lease_expires_at.is_(None), t.items.c.lease_expires_at <= bindparam("b_now")),
            # Never an appeal to the moderator whose decision it contests (DSA Art. 20(6)).
            or_(t.items.c.not_for_user.is_(None), t.items.c.not_for_user != bindparam("b_owner")),
            *extra,
        )
        .order_by(t.items.c.priority.desc(), t.items.c.enqueued_at, t.items.c.id)
        .limit(bindparam("b_count"))
        .with_for_update(skip_locked=True)
        .scalar_subquery()
    )
    return (
        update(t.items)
        .where(t.items.c.id.in_(candidates))
        .values(
            lease_owner=bindparam("b_owner"),
            lease_token=bindparam("b_token"),
            lease_expires_at=bindparam("b_expires"),
            lease_request=bindparam("b_request"),
            leased_at=bindparam("b_now"),
        )
        .returning(*_LEASE_COLUMNS, t.items.c.enqueued_at)
    )


_CLAIM = _claim_statement()
# A moderator whose exposure budget is spent (server.wellness.routing): listings without sensitive
# flags only. It walks the same index in the same order and skips the sensitive rows.
_ROUTED_CLAIM = _claim_statement(~sensitive_item())
_REGISTER_VALUES = {
    "owner": bindparam("b_owner"),
    "request_id": bindparam("b_request"),
    "claimed_at": bindparam("b_now"),
}
# PostgreSQL: register the request id and lease in one autocommit statement. A concurrent copy
# of the same request waits on the primary key until the first commits, then registers nothing
# and so leases nothing.
_PG_REGISTER = (
    pg_insert(t.claim_requests)
    .values(_REGISTER_VALUES)
    .on_conflict_do_nothing()
    .returning(literal(1))
    .cte("reg")
)
_PG_CLAIM_ONCE = _CLAIM.where(exists(select(literal(1)).select_from(_PG_REGISTER))).add_cte(_PG_REGISTER)
_SQLITE_REGISTER = insert(t.claim_requests).values(_REGISTER_VALUES).prefix_with("OR IGNORE")
_LEASED_BY_REQUEST = select(*_LEASE_COLUMNS, t.items.c.enqueued_at).where(
    t.items.c.lease_request == bindparam("b_request"),
    t.items.c.lease_owner == bindparam("b_owner"),
    t.items.c.state == "open",
    t.items.c.lease_expires_at > bindparam("b_now"),
)
_PURGE_EVERY_S = 60.0


def claim_batch(
    ctx: ServerContext, user: Principal, queue_id: str, count: int, request_id: uuid.UUID | None = None
) -> list[Lease]:
    """Lease up to ``count`` items of the queue to ``user`` and return the leases, best first.

    One statement: ``UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED LIMIT n) RETURNING``.
    With a ``request_id`` already seen from this user, nothing new is leased: the live leases of
    that first claim are returned.
    """
    now = ctx.now()
    params = {
        "b_queue_id": queue_id,
        "b_now": now,
        "b_count": count,
        "b_owner": user.id,
        "b_token": secrets.token_urlsafe(18),
        "b_expires": now + timedelta(seconds=ctx.settings.lease_seconds),
        "b_request": str(request_id) if request_id is not None else None,
    }
    route = routing(ctx, user, now)
    if route.routed:
        rows = _claim_routed(ctx, params, route.serve_when_only_sensitive, count)
    elif request_id is None:
        with ctx.db.write_statement() as conn:
            rows = conn.execute(_CLAIM, params).all()
    elif ctx.db.is_sqlite:
        with ctx.db.write() as conn:
            first = conn.execute(_SQLITE_REGISTER, params).rowcount == 1
            rows = conn.execute(_CLAIM if first else _LEASED_BY_REQUEST, params).all()
    else:
        with ctx.db.write_statement() as conn:
            rows = conn.execute(_PG_CLAIM_ONCE, params).all()
        if not rows:  # nothing claimable, or a retry: the retry's leases are committed by now
            with ctx.db.read() as conn:
                rows = conn.execute(_LEASED_BY_REQUEST, params).all()
    if request_id is not None:
        _purge_claim_requests(ctx, now)
    rows.sort(key=lambda r: (-r.priority, r.enqueued_at, r.id))
    log.debug("user %s claimed %d items from %s", user.id, len(rows), queue_id)
    return [lease_from_row(r) for r in rows]


def _claim_routed(ctx: ServerContext, params: dict, serve_sensitive: bool, count: int) -> list:
    """A routed moderator's claim: listings without sensitive flags first; sensitive ones only when
    none other is left and the team says to serve them then. One transaction."""
    with ctx.db.write() as conn:
        if params["b_request"] is not None:
            dialect_insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
            registered = conn.execute(
                dialect_insert(t.claim_requests)
                .values(owner=params["b_owner"], request_id=params["b_request"], claimed_at=params["b_now"])
                .on_conflict_do_nothing()
                .returning(t.claim_requests.c.owner)
            ).first()
            if registered is None:  # a retry: the first attempt's leases
                return conn.execute(_LEASED_BY_REQUEST, params).all()
        rows = conn.execute(_ROUTED_CLAIM, params).all()
        if len(rows) < count and serve_sensitive:
            rows += conn.execute(_CLAIM, {**params, "b_count": count - len(rows)}).all()
    return rows


def _purge_claim_requests(ctx: ServerContext, now: datetime) -> None:
    """Forget request ids whose leases have all expired (at most once a minute per process)."""
    tick = time.monotonic()
    if tick - ctx.claim_purged_at < _PURGE_EVERY_S:
        return
    ctx.claim_purged_at = tick
    horizon = now - timedelta(seconds=2 * ctx.settings.lease_seconds)
    with ctx.db.write() as conn:
        conn.execute(delete(t.claim_requests).where(t.claim_requests.c.claimed_at < horizon))


def claim(
    ctx: ServerContext, user: Principal, queue_id: str, count: int, request_id: uuid.UUID | None = None
) -> list[Lease]:
    """:func:`claim_batch`, and a 404 problem when nothing was claimed because the queue does not exist."""
    claimed = claim_batch(ctx, user, queue_id, count, request_id)
    if not claimed:
        # Checked only when nothing was claimed: the common case stays one transaction.
        with ctx.db.read() as conn:
            if conn.execute(select(t.queues.c.id).where(t.queues.c.id == queue_id)).first() is None:
                raise not_found(f"Queue {queue_id!r} does not exist.")
    return claimed


def _held(user: Principal, now):
    """Items currently leased to ``user`` with a live lease."""
    return and_(
        t.items.c.state == "open",
        t.items.c.lease_owner == user.id,
        t.items.c.lease_expires_at > now,
    )


def held_leases(ctx: ServerContext, user: Principal) -> list[Lease]:
    """Every live lease of ``user``, in every queue, best first (what a desk reconciles against)."""
    now = ctx.now()
    with ctx.db.read() as conn:
        rows = conn.execute(
            select(*_LEASE_COLUMNS, t.items.c.enqueued_at)
            .where(_held(user, now))
            .order_by(t.items.c.priority.desc(), t.items.c.enqueued_at, t.items.c.id)
        ).all()
    return [lease_from_row(r) for r in rows]


def renew(ctx: ServerContext, user: Principal, item_ids: list[int]) -> tuple[list[Lease], list[int]]:
    """Extend the user's live leases on these items; return (renewed leases, ids that were lost).

    An expired lease is not revived: someone else may already hold the item, and a moderator
    whose lease lapsed is told so instead of silently racing another claimer.
    """
    now = ctx.now()
    expires = now + timedelta(seconds=ctx.settings.lease_seconds)
    wanted = sorted(set(item_ids))
    with ctx.db.write() as conn:
        conn.execute(
            update(t.items).where(t.items.c.id.in_(wanted), _held(user, now)).values(lease_expires_at=expires)
        )
        rows = conn.execute(select(*_LEASE_COLUMNS).where(t.items.c.id.in_(wanted), _held(user, now))).all()
    leases = [lease_from_row(r) for r in rows]
    kept = {lease.item_id for lease in leases}
    return leases, [i for i in wanted if i not in kept]


def release(ctx: ServerContext, user: Principal, item_ids: list[int]) -> tuple[list[int], list[int]]:
    """Give back the user's leases on these items; return (released ids, ids not held)."""
    now = ctx.now()
    wanted = sorted(set(item_ids))
    with ctx.db.write() as conn:
        held = set(
            conn.execute(
                select(t.items.c.id)
                .where(t.items.c.id.in_(wanted), _held(user, now))
                .order_by(t.items.c.id)  # rows are locked in id order everywhere: no deadlock
                .with_for_update()
            ).scalars()
        )
        if held:
            conn.execute(
                update(t.items)
                .where(t.items.c.id.in_(held), _held(user, now))
                .values(
                    lease_owner=None,
                    lease_token=None,
                    lease_expires_at=None,
                    lease_request=None,
                    leased_at=None,
                )
            )
    return sorted(held), [i for i in wanted if i not in held]
