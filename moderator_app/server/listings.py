"""Reading listing versions (with their images and flags) and writing new versions.

An edit never changes a stored version: it writes version N+1, and any open queue item of an
older version is superseded, so a decision always names the exact text and photos it judged.
"""

from __future__ import annotations

import json
import logging
import secrets
import time
from datetime import datetime

from sqlalchemy import Connection, insert, select, update

from moderator_app.core.decision_rules import QueueRules
from moderator_app.core.schema import API_PREFIX, AdminListingUpsert, ImageRef, Listing, ServerFlag
from moderator_app.server import tables as t
from moderator_app.server.context import ServerContext

log = logging.getLogger(__name__)


def new_media_key() -> str:
    """A fresh, unguessable key for an image's media URL (144 random bits)."""
    return secrets.token_urlsafe(18)


def media_url(media_key: str) -> str:
    """The path that serves an image: by its unguessable media key (server.media_access)."""
    return f"{API_PREFIX}/media/{media_key}"


def image_refs(conn: Connection, listing_id: str, version: int) -> list[ImageRef]:
    rows = conn.execute(
        select(t.images)
        .join(t.listing_images, t.listing_images.c.image_id == t.images.c.id)
        .where(t.listing_images.c.listing_id == listing_id, t.listing_images.c.version == version)
        .order_by(t.listing_images.c.position)
    ).all()
    return [
        ImageRef(id=r.id, url=media_url(r.media_key), sha256=r.sha256, width=r.width, height=r.height, phash=r.phash)
        for r in rows
    ]


def load_listing(conn: Connection, listing_id: str, version: int | None = None) -> Listing | None:
    """One version of a listing (the current one by default), or None."""
    head = conn.execute(
        select(t.listings.c.seller_id, t.listings.c.current_version, t.listings.c.created_at).where(
            t.listings.c.id == listing_id
        )
    ).first()
    if head is None:
        return None
    wanted = version if version is not None else head.current_version
    row = conn.execute(
        select(t.listing_versions).where(
            t.listing_versions.c.listing_id == listing_id, t.listing_versions.c.version == wanted
        )
    ).first()
    if row is None:
        return None
    return Listing(
        id=listing_id,
        version=wanted,
        title=row.title,
        description=row.description,
        price=row.price,
        currency=row.currency,
        category=row.category,
        location=row.location,
        country=row.country,
        created_at=head.created_at,
        seller_id=head.seller_id,
        images=image_refs(conn, listing_id, wanted),
    )


def load_flags(conn: Connection, listing_id: str, version: int) -> list[ServerFlag]:
    rows = conn.execute(
        select(t.server_flags)
        .where(t.server_flags.c.listing_id == listing_id, t.server_flags.c.version == version)
        .order_by(t.server_flags.c.id)
    ).all()
    return [
        ServerFlag(source=r.source, model=r.model, label=r.label, score=r.score, image_id=r.image_id)
        for r in rows
    ]


class ListingRejected(ValueError):
    """The upsert refers to something that does not exist; ``loc`` names the field."""

    def __init__(self, message: str, loc: str) -> None:
        super().__init__(message)
        self.loc = loc


def upsert_listing(
    conn: Connection, body: AdminListingUpsert, now: datetime
) -> tuple[int, int | None, list[int]]:
    """Write a new version of the listing (creating it if needed) and optionally enqueue it.

    Returns (version, new item id or None, superseded item ids). Runs in the caller's write
    transaction.
    """
    if conn.execute(select(t.sellers.c.id).where(t.sellers.c.id == body.seller_id)).first() is None:
        raise ListingRejected(f"unknown seller {body.seller_id!r}", "body.seller_id")
    if body.queue_id is not None and (
        conn.execute(select(t.queues.c.id).where(t.queues.c.id == body.queue_id)).first() is None
    ):
        raise ListingRejected(f"unknown queue {body.queue_id!r}", "body.queue_id")
    if body.image_ids:
        known = set(conn.execute(select(t.images.c.id).where(t.images.c.id.in_(body.image_ids))).scalars())
        missing = [i for i in body.image_ids if i not in known]
        if missing:
            raise ListingRejected(f"unknown image ids: {', '.join(missing[:5])}", "body.image_ids")
    head = conn.execute(
        select(t.listings.c.current_version, t.listings.c.seller_id)
        .where(t.listings.c.id == body.id)
        .with_for_update()
    ).first()
    if head is None:
        version = 1
        conn.execute(
            insert(t.listings).values(
                id=body.id,
                seller_id=body.seller_id,
                current_version=1,
                created_at=body.created_at or now,
                status="pending" if body.queue_id else "approved",
                status_reasons="[]",
            )
        )
    else:
        if head.seller_id != body.seller_id:
            raise ListingRejected("a listing cannot move to another seller", "body.seller_id")
        version = head.current_version + 1
        values = {"current_version": version}
        if body.queue_id:
            values.update(status="pending", status_reasons="[]")
        conn.execute(update(t.listings).where(t.listings.c.id == body.id).values(**values))
    conn.execute(
        insert(t.listing_versions).values(
            listing_id=body.id,
            version=version,
            title=body.title,
            description=body.description,
            price=body.price,
            currency=body.currency,
            category=body.category,
            location=body.location,
            country=body.country,
            created_at=now,
        )
    )
    if body.image_ids:
        conn.execute(
            insert(t.listing_images),
            [
                {"listing_id": body.id, "version": version, "position": i, "image_id": image_id}
                for i, image_id in enumerate(body.image_ids)
            ],
        )
    if body.flags:
        conn.execute(
            insert(t.server_flags),
            [{"listing_id": body.id, "version": version, **f.model_dump()} for f in body.flags],
        )
    superseded = list(
        conn.execute(
            select(t.items.c.id)
            .where(t.items.c.listing_id == body.id, t.items.c.state == "open")
            .with_for_update()
        ).scalars()
    )
    if superseded:
        conn.execute(
            update(t.items)
            .where(t.items.c.id.in_(superseded))
            .values(state="superseded", lease_owner=None, lease_token=None, lease_expires_at=None)
        )
    item_id = enqueue_item(conn, body.queue_id, body.id, version, body.priority, now) if body.queue_id else None
    from moderator_app.server.dsa.hooks import after_supersede  # the DSA module imports this one

    after_supersede(conn, body.id, version, superseded, item_id, now)  # notices follow their case
    return version, item_id, superseded


_INSERT_ITEM = insert(t.items).returning(t.items.c.id)  # built once: compiled once


def enqueue_item(
    conn: Connection, queue_id: str, listing_id: str, version: int, priority: int, now: datetime
) -> int:
    """Put a listing version in a queue as an open item; returns the item id."""
    return conn.execute(
        _INSERT_ITEM,
        {
            "queue_id": queue_id,
            "listing_id": listing_id,
            "listing_version": version,
            "priority": priority,
            "enqueued_at": now,
            "state": "open",
        },
    ).scalar_one()


def queue_config(conn: Connection, queue_id: str):
    """The queue's row with its JSON lists decoded, or None."""
    row = conn.execute(select(t.queues).where(t.queues.c.id == queue_id)).first()
    if row is None:
        return None
    return {
        "id": row.id,
        "name": row.name,
        "sla_seconds": row.sla_seconds,
        "allowed_actions": json.loads(row.allowed_actions),
        "reason_codes": json.loads(row.reason_codes),
        "escalation_targets": json.loads(row.escalation_targets),
    }


_RULES_TTL_SECONDS = 10.0


def queue_rules(ctx: ServerContext, conn: Connection, queue_id: str) -> tuple[QueueRules, frozenset[str]]:
    """The queue's rules and the known reason codes, cached for a few seconds per process.

    Queues and reason codes change only when a dataset is loaded, so a short cache saves two
    queries on every decision without serving stale rules for long.
    """
    now = time.monotonic()
    hit = ctx.rules_cache.get(queue_id)
    if hit is not None and now - hit[0] < _RULES_TTL_SECONDS:
        return hit[1], hit[2]
    queue = queue_config(conn, queue_id)
    rules = QueueRules.of(
        queue["id"], queue["id"], queue["allowed_actions"], queue["reason_codes"], queue["escalation_targets"]
    )
    known = frozenset(conn.execute(select(t.reason_codes.c.code)).scalars())
    ctx.rules_cache[queue_id] = (now, rules, known)
    return rules, known
