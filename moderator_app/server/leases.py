"""Claiming, renewing and releasing leases on queue items.

A claim picks open items whose lease is free or expired, highest priority first, then oldest,
and leases them to one moderator. On PostgreSQL the candidates are read with
``FOR UPDATE SKIP LOCKED``, so concurrent claimers (in any number of processes) skip each
other's rows instead of waiting or double-leasing; the claim is one statement, run in
autocommit (no BEGIN and COMMIT round trips). On SQLite the whole claim runs in one
``BEGIN IMMEDIATE`` transaction: one writer at a time, across processes too.
"""

from __future__ import annotations

import logging
import secrets
from datetime import timedelta

from sqlalchemy import and_, bindparam, or_, select, update

from moderator_app.core.schema import Lease
from moderator_app.server import tables as t
from moderator_app.server.auth import Principal
from moderator_app.server.context import ServerContext
from moderator_app.server.problems import not_found

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
_CLAIM_CANDIDATES = (
    select(t.items.c.id)
    .where(
        t.items.c.queue_id == bindparam("b_queue_id"),
        t.items.c.state == "open",
        or_(t.items.c.lease_expires_at.is_(None), t.items.c.lease_expires_at <= bindparam("b_now")),
    )
    .order_by(t.items.c.priority.desc(), t.items.c.enqueued_at, t.items.c.id)
    .limit(bindparam("b_count"))
    .with_for_update(skip_locked=True)
    .scalar_subquery()
)
_CLAIM = (
    update(t.items)
    .where(t.items.c.id.in_(_CLAIM_CANDIDATES))
    .values(
        lease_owner=bindparam("b_owner"),
        lease_token=bindparam("b_token"),
        lease_expires_at=bindparam("b_expires"),
    )
    .returning(*_LEASE_COLUMNS, t.items.c.enqueued_at)
)


def claim_batch(ctx: ServerContext, user: Principal, queue_id: str, count: int) -> list[Lease]:
    """Lease up to ``count`` items of the queue to ``user`` and return the leases, best first.

    One statement: ``UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED LIMIT n) RETURNING``.
    """
    now = ctx.now()
    params = {
        "b_queue_id": queue_id,
        "b_now": now,
        "b_count": count,
        "b_owner": user.id,
        "b_token": secrets.token_urlsafe(18),
        "b_expires": now + timedelta(seconds=ctx.settings.lease_seconds),
    }
    with ctx.db.write_statement() as conn:
        rows = conn.execute(_CLAIM, params).all()
    rows.sort(key=lambda r: (-r.priority, r.enqueued_at, r.id))
    log.debug("user %s claimed %d items from %s", user.id, len(rows), queue_id)
    return [lease_from_row(r) for r in rows]


def claim(ctx: ServerContext, user: Principal, queue_id: str, count: int) -> list[Lease]:
    """:func:`claim_batch`, and a 404 problem when nothing was claimed because the queue does not exist."""
    claimed = claim_batch(ctx, user, queue_id, count)
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
                select(t.items.c.id).where(t.items.c.id.in_(wanted), _held(user, now)).with_for_update()
            ).scalars()
        )
        if held:
            conn.execute(
                update(t.items)
                .where(t.items.c.id.in_(held), _held(user, now))
                .values(lease_owner=None, lease_token=None, lease_expires_at=None)
            )
    return sorted(held), [i for i in wanted if i not in held]
