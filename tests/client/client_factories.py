"""Schema objects for store tests that run without a server."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from moderator_app.core import schema

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def lease(item_id: int, queue_id: str = "new-fr", minutes: int = 10) -> schema.Lease:
    return schema.Lease(
        item_id=item_id,
        queue_id=queue_id,
        listing_id=f"L{item_id}",
        listing_version=1,
        lease_token=f"tok-{item_id}",
        expires_at=datetime.now(UTC) + timedelta(minutes=minutes),
        priority=0,
    )


def listing(item_id: int, images: list[schema.ImageRef] | None = None) -> schema.Listing:
    return schema.Listing(
        id=f"L{item_id}",
        version=1,
        title=f"Vélo {item_id}",
        description="Bon état",
        price=120.0,
        currency="EUR",
        category="home",
        location="Lyon",
        country="FR",
        created_at=NOW,
        seller_id=f"S{item_id}",
        images=images or [],
    )


def item_detail(item_id: int, images: list[schema.ImageRef] | None = None) -> schema.ItemDetail:
    return schema.ItemDetail(
        item_id=item_id,
        queue_id="new-fr",
        priority=0,
        enqueued_at=NOW,
        lease=None,
        listing=listing(item_id, images),
        flags=[],
    )


def decision(item_id: int, action: str = "approve") -> schema.DecisionRequest:
    return schema.DecisionRequest(
        idempotency_key=uuid.uuid4(),
        item_id=item_id,
        lease_token=f"tok-{item_id}",
        action=schema.Action(action),
        time_spent_ms=1500,
        listing_version=1,
    )
