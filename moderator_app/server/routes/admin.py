"""Back-office ingestion for marketplaces (admin only): users, sellers, images, listings, policy,
and the audit log. Every change here is written to the audit log in the same transaction."""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from moderator_app.core.schema import (
    AdminListingResult,
    AdminListingUpsert,
    AdminSellerUpsert,
    AdminUserCreate,
    AuditEntry,
    ImageRef,
    Policy,
    PolicyUpdate,
    Role,
    UserInfo,
)
from moderator_app.server import tables as t
from moderator_app.server.audit import append_entry
from moderator_app.server.auth import Principal, hash_password, require_roles
from moderator_app.server.context import Ctx, ServerContext
from moderator_app.server.images import ImageFacts, ImageRejected, inspect_image
from moderator_app.server.listings import ListingRejected, media_url, new_media_key, upsert_listing
from moderator_app.server.params import MAX_SEQ, PathCode
from moderator_app.server.problems import ApiError, conflict, invalid, problem_responses
from moderator_app.server.routes.auth import user_info
from moderator_app.server.routes.policy import current_flag_targets, current_policy

log = logging.getLogger(__name__)
router = APIRouter(tags=["admin"])
admin_only = require_roles(Role.admin)
IMAGE_ID_PATTERN = r"^[A-Za-z0-9_.-]{1,100}$"


@router.post(
    "/admin/users", response_model=UserInfo, status_code=201, responses=problem_responses(401, 403, 409, 422)
)
def create_user(
    body: AdminUserCreate, admin: Annotated[Principal, Depends(admin_only)], ctx: Ctx
) -> UserInfo:
    password_hash = hash_password(body.password)
    now = ctx.now()
    try:
        with ctx.db.write() as conn:
            user_id = conn.execute(
                insert(t.users)
                .values(
                    username=body.username,
                    display_name=body.display_name,
                    role=body.role.value,
                    password_hash=password_hash,
                    active=True,
                    created_at=now,
                )
                .returning(t.users.c.id)
            ).scalar_one()
            append_entry(
                conn,
                ctx.db.audit_key,
                at=now,
                actor=admin.username,
                kind="admin.user_created",
                payload={"user_id": user_id, "username": body.username, "role": body.role.value},
            )
            row = conn.execute(select(t.users).where(t.users.c.id == user_id)).one()
    except IntegrityError as exc:
        raise conflict(f"User {body.username!r} already exists.", "user_exists") from exc
    return user_info(row)


@router.put(
    "/admin/sellers/{seller_id}", response_model=AdminSellerUpsert, responses=problem_responses(401, 403, 422)
)
def upsert_seller(
    seller_id: PathCode,
    body: AdminSellerUpsert,
    admin: Annotated[Principal, Depends(admin_only)],
    ctx: Ctx,
) -> AdminSellerUpsert:
    """Create or replace a seller's account facts (the body's id must match the path)."""
    if body.id != seller_id:
        raise invalid("The seller id in the body must match the path.", "body.id")
    values = body.model_dump()
    values["email"] = body.email.strip().lower()
    with ctx.db.write() as conn:
        exists = conn.execute(
            select(t.sellers.c.id).where(t.sellers.c.id == seller_id).with_for_update()
        ).first()
        if exists:
            conn.execute(update(t.sellers).where(t.sellers.c.id == seller_id).values(**values))
        else:
            conn.execute(insert(t.sellers).values(**values))
        append_entry(
            conn,
            ctx.db.audit_key,
            at=ctx.now(),
            actor=admin.username,
            kind="admin.seller_upserted",
            payload={"seller_id": seller_id, "created": not exists},
        )
    return AdminSellerUpsert.model_validate(values)


def _store_image(ctx: ServerContext, admin: Principal, image_id: str, facts: ImageFacts, data: bytes) -> str:
    """Store the image (once) and return its media key."""
    now = ctx.now()
    with ctx.db.write() as conn:
        existing = conn.execute(
            select(t.images.c.sha256, t.images.c.media_key).where(t.images.c.id == image_id)
        ).first()
        if existing is not None:
            if existing.sha256 != facts.sha256:
                raise conflict(f"Image {image_id!r} already exists with other bytes.", "image_exists")
            return existing.media_key
        media_key = new_media_key()
        conn.execute(insert(t.images).values(id=image_id, created_at=now, media_key=media_key, **vars(facts)))
        conn.execute(insert(t.image_blobs).values(image_id=image_id, data=data))
        append_entry(
            conn,
            ctx.db.audit_key,
            at=now,
            actor=admin.username,
            kind="admin.image_uploaded",
            payload={"image_id": image_id, "sha256": facts.sha256, "size_bytes": facts.size_bytes},
        )
    return media_key


@router.post(
    "/admin/images",
    response_model=ImageRef,
    status_code=201,
    responses=problem_responses(401, 403, 409, 413, 422),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                m: {"schema": {"type": "string", "format": "binary"}}
                for m in ("image/jpeg", "image/png", "image/webp")
            },
        }
    },
)
async def upload_image(
    request: Request,
    admin: Annotated[Principal, Depends(admin_only)],
    ctx: Ctx,
    image_id: Annotated[str | None, Query(alias="id", max_length=100, pattern=IMAGE_ID_PATTERN)] = None,
) -> ImageRef:
    """Upload a photo (raw JPEG, PNG or WebP bytes); attach it to a listing by id afterwards.

    Uploading the same bytes under the same id again is a no-op.
    """
    data = await request.body()
    if len(data) > ctx.settings.max_image_bytes:
        raise ApiError(
            413, f"Images are limited to {ctx.settings.max_image_bytes} bytes.", code="image_too_large"
        )
    try:
        facts = await run_in_threadpool(inspect_image, data)
    except ImageRejected as exc:
        raise invalid(f"Not an accepted image: {exc}.", "body", "invalid_image") from exc
    image_id = image_id or f"img-{uuid.uuid4().hex}"
    media_key = await run_in_threadpool(_store_image, ctx, admin, image_id, facts, data)
    return ImageRef(
        id=image_id,
        url=media_url(media_key),
        sha256=facts.sha256,
        width=facts.width,
        height=facts.height,
        phash=facts.phash,
    )


@router.post(
    "/admin/listings", response_model=AdminListingResult, responses=problem_responses(401, 403, 413, 422)
)
def upsert_listing_route(
    body: AdminListingUpsert,
    admin: Annotated[Principal, Depends(admin_only)],
    ctx: Ctx,
) -> AdminListingResult:
    """Create a listing or write a new version of it; with `queue_id`, enqueue that version.

    Open items of older versions are superseded: deciding them answers 409 `item_superseded`.
    """
    now = ctx.now()
    try:
        return _upsert_listing_audited(ctx, admin, body, now)
    except IntegrityError as exc:
        # Two creations of the same new listing raced; the loser may simply send its edit again.
        raise conflict(
            f"Listing {body.id!r} was written concurrently; send the edit again.", "concurrent_edit"
        ) from exc


def _upsert_listing_audited(
    ctx: ServerContext, admin: Principal, body: AdminListingUpsert, now: datetime
) -> AdminListingResult:
    with ctx.db.write() as conn:
        try:
            version, item_id, superseded = upsert_listing(conn, body, now)
        except ListingRejected as exc:
            raise invalid(str(exc), exc.loc) from exc
        append_entry(
            conn,
            ctx.db.audit_key,
            at=now,
            actor=admin.username,
            kind="admin.listing_upserted",
            payload={
                "listing_id": body.id,
                "version": version,
                "item_id": item_id,
                "queue_id": body.queue_id,
                "superseded_items": superseded,
                "content_sha256": hashlib.sha256(
                    json.dumps([body.title, body.description], ensure_ascii=False).encode("utf-8")
                ).hexdigest(),
            },
        )
    return AdminListingResult(
        listing_id=body.id, version=version, item_id=item_id, superseded_items=superseded
    )


@router.put("/admin/policy", response_model=Policy, responses=problem_responses(401, 403, 422))
def update_policy(body: PolicyUpdate, admin: Annotated[Principal, Depends(admin_only)], ctx: Ctx) -> Policy:
    """Publish a new policy version (the banned-term list, and what each flag predicts; flag
    targets left out are kept from the current version); clients pick it up by ETag."""
    now = ctx.now()
    with ctx.db.write() as conn:
        targets = body.flag_targets if body.flag_targets is not None else current_flag_targets(conn)
        conn.execute(
            insert(t.policies).values(
                version=body.version,
                terms=json.dumps([term.model_dump(mode="json") for term in body.terms], ensure_ascii=False),
                created_at=now,
                flag_targets=[target.model_dump(mode="json") for target in targets],
            )
        )
        append_entry(
            conn,
            ctx.db.audit_key,
            at=now,
            actor=admin.username,
            kind="admin.policy_updated",
            payload={"version": body.version, "terms": len(body.terms)},
        )
        return current_policy(conn)


@router.get("/audit-log", response_model=list[AuditEntry], responses=problem_responses(401, 403, 422))
def read_audit_log(
    _admin: Annotated[Principal, Depends(admin_only)],
    ctx: Ctx,
    after_seq: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[AuditEntry]:
    """Audit entries in chain order, starting after `after_seq`."""
    with ctx.db.read() as conn:
        rows = conn.execute(
            select(t.audit_log).where(t.audit_log.c.seq > after_seq).order_by(t.audit_log.c.seq).limit(limit)
        ).all()
    return [
        AuditEntry(
            seq=r.seq,
            at=r.at,
            actor=r.actor,
            kind=r.kind,
            payload=json.loads(r.payload),
            prev_hash=r.prev_hash,
            hash=r.hash,
        )
        for r in rows
    ]
