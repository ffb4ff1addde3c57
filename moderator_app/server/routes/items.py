"""Item detail, listing versions, media, seller history and reused-photo search."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from sqlalchemy import select

from moderator_app.core.schema import ItemDetail, Listing, Role, SellerHistory, SimilarImage
from moderator_app.server import tables as t
from moderator_app.server.auth import Principal, current_user, require_roles
from moderator_app.server.clusters.reading import item_summary
from moderator_app.server.context import Ctx
from moderator_app.server.dsa.hooks import item_notice_views
from moderator_app.server.leases import lease_from_row
from moderator_app.server.listings import load_flags, load_listing
from moderator_app.server.media_access import may_see_image
from moderator_app.server.params import PathCode, PathId
from moderator_app.server.price_ranges import price_range
from moderator_app.server.problems import forbidden, invalid, not_found, problem_responses
from moderator_app.server.sellers import seller_history, similar_images
from moderator_app.server.validators import if_none_match_hits

router = APIRouter(tags=["items"])


@router.get("/items/{item_id}", response_model=ItemDetail, responses=problem_responses(401, 403, 404))
def get_item(item_id: PathId, user: Annotated[Principal, Depends(current_user)], ctx: Ctx) -> ItemDetail:
    """The item with the listing version it holds and the server's flags.

    Moderators may read only items leased to them; leads and admins may read any item. QA
    auditors read listings through their audit and calibration tasks, not queue items (an item's
    queue can tell how a decision under audit went: an escalated listing reappears in Escalations).
    """
    now = ctx.now()
    with ctx.db.read() as conn:
        item = conn.execute(select(t.items).where(t.items.c.id == item_id)).first()
        if item is None:
            raise not_found(f"Item {item_id} does not exist.")
        leased_to_user = (
            item.state == "open"
            and item.lease_owner == user.id
            and item.lease_expires_at is not None
            and item.lease_expires_at > now
        )
        if user.role not in (Role.lead, Role.admin) and not leased_to_user:
            raise forbidden(f"Item {item_id} is not leased to you.", "lease_foreign")
        listing = load_listing(conn, item.listing_id, item.listing_version)
        flags = load_flags(conn, item.listing_id, item.listing_version)
        notices = item_notice_views(conn, item.id)
        usual_price = price_range(ctx, conn, listing) if listing is not None else None
        cluster = item_summary(conn, item.id, user) if item.state == "open" else None
    live_lease = item.state == "open" and item.lease_expires_at is not None and item.lease_expires_at > now
    # Only the holder sees the lease token: it is what authorises a decision.
    lease = lease_from_row(item) if live_lease and item.lease_owner == user.id else None
    return ItemDetail(
        item_id=item.id,
        queue_id=item.queue_id,
        priority=item.priority,
        enqueued_at=item.enqueued_at,
        lease=lease,
        listing=listing,
        flags=flags,
        notices=notices,
        price_range=usual_price,
        cluster=cluster,
    )


@router.get(
    "/listings/{listing_id}/versions/{version}",
    response_model=Listing,
    responses=problem_responses(401, 403, 404),
)
def get_listing_version(
    listing_id: PathCode,
    version: PathId,
    _user: Annotated[Principal, Depends(require_roles(Role.lead, Role.qa, Role.admin))],
    ctx: Ctx,
) -> Listing:
    """One stored version of a listing, exactly as moderators saw it (for QA and audits)."""
    with ctx.db.read() as conn:
        listing = load_listing(conn, listing_id, version)
    if listing is None:
        raise not_found(f"Listing {listing_id!r} has no version {version}.")
    return listing


@router.get(
    "/media/{media_key}",
    response_class=Response,
    responses={
        200: {
            "content": {"image/jpeg": {}, "image/png": {}, "image/webp": {}},
            "description": "The image bytes",
        },
        304: {"description": "Not modified"},
        **problem_responses(401, 404),
    },
)
def get_media(
    media_key: Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")],
    request: Request,
    user: Annotated[Principal, Depends(current_user)],
    ctx: Ctx,
) -> Response:
    """The bytes of a photo, by the key in its `ImageRef.url`, for users with a right to an item
    that shows it (docs/security.md); 404 for anyone else, as for a key that does not exist.
    Immutable, so cacheable by ETag (privately: the answer depends on who asks)."""
    with ctx.db.read() as conn:
        meta = conn.execute(
            select(t.images.c.id, t.images.c.mime, t.images.c.sha256).where(t.images.c.media_key == media_key)
        ).first()
        if meta is None or not may_see_image(conn, user, meta.id, ctx.now()):
            raise not_found("No such image, or it is not shown on any item you may open.")
        etag = f'"{meta.sha256}"'
        headers = {
            "ETag": etag,
            "Cache-Control": "private, max-age=31536000, immutable",
            "Content-Security-Policy": "default-src 'none'; sandbox",
            "Content-Disposition": "inline",
        }
        if if_none_match_hits(request.headers.get("if-none-match"), etag):
            return Response(status_code=304, headers=headers)
        data = conn.execute(
            select(t.image_blobs.c.data).where(t.image_blobs.c.image_id == meta.id)
        ).scalar_one()
    return Response(content=bytes(data), media_type=meta.mime, headers=headers)


@router.get(
    "/sellers/{seller_id}/history", response_model=SellerHistory, responses=problem_responses(401, 404)
)
def get_seller_history(
    seller_id: PathCode, user: Annotated[Principal, Depends(current_user)], ctx: Ctx
) -> SellerHistory:
    """Account age, verification, past listings and outcomes, strikes and linked accounts. For a
    QA auditor, listings whose decision waits for a blind audit show as pending."""
    with ctx.db.read() as conn:
        history = seller_history(conn, seller_id, blind=user.role == Role.qa)
    if history is None:
        raise not_found(f"Seller {seller_id!r} does not exist.")
    return history


@router.get("/images/similar", response_model=list[SimilarImage], responses=problem_responses(401, 422))
def find_similar_images(
    phash: Annotated[str, Query(min_length=1, max_length=16, description="64-bit pHash as 16 hex digits")],
    _user: Annotated[Principal, Depends(current_user)],
    ctx: Ctx,
    max_distance: Annotated[int, Query(ge=0, le=64, description="Hamming distance in bits")] = 8,
) -> list[SimilarImage]:
    """Images on current listings whose pHash is within `max_distance` bits: reused photos."""
    if len(phash) != 16 or any(c not in "0123456789abcdefABCDEF" for c in phash):
        raise invalid("phash must be exactly 16 hexadecimal digits (a 64-bit pHash).", "query.phash")
    with ctx.db.read() as conn:
        return similar_images(conn, phash.lower(), max_distance)
