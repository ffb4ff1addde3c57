"""Seller risk history (with linked accounts) and reused-photo search."""

from __future__ import annotations

import json

from sqlalchemy import Connection, and_, func, or_, select

from moderator_app.core.phash import MIN_HASH_QUALITY
from moderator_app.core.schema import (
    LinkedAccount,
    PastListing,
    SellerHistory,
    SimilarImage,
    Strike,
    Verification,
)
from moderator_app.server import tables as t
from moderator_app.server.images import hamming

MAX_PAST_LISTINGS = 200
MAX_LINKED_ACCOUNTS = 100
MAX_SIMILAR_RESULTS = 200

# Which seller columns link two accounts, and the name the API gives each link.
_LINK_COLUMNS = (
    ("phone", t.sellers.c.phone),
    ("email", t.sellers.c.email),
    ("device", t.sellers.c.device_fingerprint),
    ("payment", t.sellers.c.payment_fingerprint),
)


PENDING = "pending"


def seller_history(conn: Connection, seller_id: str, *, blind: bool = False) -> SellerHistory | None:
    """The seller's account facts, past listings with their outcomes, strikes and linked accounts.

    ``blind`` (a QA auditor asking): a listing whose decision waits in the QA queue shows as
    pending, as the moderator saw it before deciding; its outcome is the audit's answer.
    """
    seller = conn.execute(select(t.sellers).where(t.sellers.c.id == seller_id)).first()
    if seller is None:
        return None
    past = conn.execute(
        select(
            t.listings.c.id,
            t.listings.c.created_at,
            t.listings.c.status,
            t.listings.c.status_reasons,
            t.listing_versions.c.title,
        )
        .join(
            t.listing_versions,
            and_(
                t.listing_versions.c.listing_id == t.listings.c.id,
                t.listing_versions.c.version == t.listings.c.current_version,
            ),
        )
        .where(t.listings.c.seller_id == seller_id)
        .order_by(t.listings.c.created_at.desc(), t.listings.c.id)
        .limit(MAX_PAST_LISTINGS)
    ).all()
    hidden = _awaiting_audit(conn, [r.id for r in past]) if blind else set()
    strikes = conn.execute(
        select(t.strikes.c.at, t.strikes.c.reason)
        .where(t.strikes.c.seller_id == seller_id)
        .order_by(t.strikes.c.at)
    ).all()
    return SellerHistory(
        seller_id=seller.id,
        display_name=seller.display_name,
        account_created_at=seller.created_at,
        verification=Verification(email=seller.email_verified, phone=seller.phone_verified, kyc=seller.kyc),
        past_listings=[
            PastListing(
                listing_id=r.id,
                title=r.title,
                created_at=r.created_at,
                outcome=PENDING if r.id in hidden else r.status,
                reasons=[] if r.id in hidden else json.loads(r.status_reasons),
            )
            for r in past
        ],
        reports_received=seller.reports_received,
        strikes=[Strike(at=s.at, reason=s.reason) for s in strikes],
        linked_accounts=_linked_accounts(conn, seller),
    )


def _awaiting_audit(conn: Connection, listing_ids: list[str]) -> set[str]:
    """The listings among these with a decision waiting in the QA queue."""
    if not listing_ids:
        return set()
    return set(
        conn.execute(
            select(t.decisions.c.listing_id)
            .join(t.qa_samples, t.qa_samples.c.decision_id == t.decisions.c.id)
            .where(t.decisions.c.listing_id.in_(listing_ids), t.qa_samples.c.state.in_(("open", "blind")))
        ).scalars()
    )


def _linked_accounts(conn: Connection, seller) -> list[LinkedAccount]:
    conditions = []
    for name, column in _LINK_COLUMNS:
        value = getattr(seller, column.name)
        if value:
            conditions.append((name, column, value))
    if not conditions:
        return []
    strike_count = (
        select(func.count())
        .select_from(t.strikes)
        .where(t.strikes.c.seller_id == t.sellers.c.id)
        .scalar_subquery()
    )
    rows = conn.execute(
        select(t.sellers, strike_count.label("strike_count"))
        .where(t.sellers.c.id != seller.id, or_(*(column == value for _, column, value in conditions)))
        .order_by(t.sellers.c.id)
        .limit(MAX_LINKED_ACCOUNTS)
    ).all()
    linked = []
    for row in rows:
        shared = [name for name, column, value in conditions if getattr(row, column.name) == value]
        linked.append(
            LinkedAccount(
                seller_id=row.id,
                display_name=row.display_name,
                shared=shared,
                strikes=row.strike_count,
                account_created_at=row.created_at,
            )
        )
    return linked


def similar_images(conn: Connection, phash: str, max_distance: int) -> list[SimilarImage]:
    """Images on current listing versions whose pHash is within ``max_distance`` bits, nearest first.

    Photos too flat for their hash to mean anything (core.phash: hash quality under
    MIN_HASH_QUALITY) are never returned: blank and one-colour photos share one hash. A linear
    scan: a few hundred thousand 64-bit comparisons take milliseconds; a marketplace with
    millions of photos would index hash bands instead.
    """
    rows = conn.execute(
        select(t.images.c.id, t.images.c.phash, t.listings.c.id.label("listing_id"), t.listings.c.seller_id)
        .join(t.listing_images, t.listing_images.c.image_id == t.images.c.id)
        .join(
            t.listings,
            and_(
                t.listings.c.id == t.listing_images.c.listing_id,
                t.listings.c.current_version == t.listing_images.c.version,
            ),
        )
        # A flat photo's hash matches every flat photo's; a photo never scored is compared.
        .where(or_(t.images.c.hash_quality.is_(None), t.images.c.hash_quality >= MIN_HASH_QUALITY))
        .distinct()
    ).all()
    found = []
    for row in rows:
        distance = hamming(phash, row.phash)
        if distance <= max_distance:
            found.append(
                SimilarImage(
                    image_id=row.id,
                    listing_id=row.listing_id,
                    seller_id=row.seller_id,
                    phash=row.phash,
                    distance=distance,
                )
            )
    found.sort(key=lambda s: (s.distance, s.listing_id, s.image_id))
    return found[:MAX_SIMILAR_RESULTS]
