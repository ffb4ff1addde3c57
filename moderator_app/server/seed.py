"""Load a :class:`DemoDataset` into the server's tables, in one transaction, with bulk inserts.

Image facts (sha256, size, pHash) are computed here from the bytes, exactly as for uploads.
When the dataset has a ``reference_time``, every timestamp is shifted so that the dataset's
"now" becomes the real now: queue ages and account ages then look live.
"""

from __future__ import annotations

import json
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

from sqlalchemy import Engine, func, insert, select

from moderator_app.core.schema import FlagTarget, PolicyTerm
from moderator_app.server import tables as t
from moderator_app.server.audit import append_entry
from moderator_app.server.auth import hash_password
from moderator_app.server.context import utc_now
from moderator_app.server.db import Database
from moderator_app.server.demo.dataset import DemoDataset, DemoImage
from moderator_app.server.images import inspect_image
from moderator_app.server.listings import new_media_key

log = logging.getLogger(__name__)


def database_is_empty(db: Database) -> bool:
    """True when no user and no listing exist yet (a fresh, migrated database)."""
    with db.read() as conn:
        users = conn.execute(select(func.count()).select_from(t.users)).scalar_one()
        listings = conn.execute(select(func.count()).select_from(t.listings)).scalar_one()
    return users == 0 and listings == 0


def seed_dataset(
    target: Database | Engine | str, dataset: DemoDataset, *, now: datetime | None = None
) -> dict:
    """Insert the whole dataset and return counts of what was inserted.

    ``target`` is the server's :class:`Database`, an engine, or a database URL / SQLite path;
    its schema must be migrated (``create_app`` does that). Runs in a single write transaction.
    """
    db = target if isinstance(target, Database) else _as_database(target)
    try:
        return _seed(db, dataset, now or utc_now())
    finally:
        if db is not target:
            db.dispose()


def _seed(db: Database, dataset: DemoDataset, now: datetime) -> dict:
    shift = (now - dataset.reference_time) if dataset.reference_time is not None else timedelta(0)
    rows = _build_rows(dataset, shift, now)
    with db.write() as conn:
        for table, table_rows in rows.items():
            if table_rows:
                conn.execute(insert(table), table_rows)
        # Queue items after listings so that the foreign keys hold.
        items = _queue_items(dataset, shift)
        if items:
            conn.execute(insert(t.items), items)
        counts = {table.name: len(table_rows) for table, table_rows in rows.items()}
        counts["items"] = len(items)
        append_entry(conn, db.audit_key, at=now, actor="system", kind="admin.dataset_seeded", payload=counts)
    log.info("seeded %s", counts)
    return counts


def _as_database(target: Engine | str) -> Database:
    if isinstance(target, Engine):
        return Database(target.url.render_as_string(hide_password=False))
    return Database(target)


def _build_rows(dataset: DemoDataset, shift: timedelta, now: datetime) -> dict:
    # Seeded accounts that share a password (the demo's "demo") share one argon2 hash: argon2 is
    # slow by design, and equal seeded passwords are no secret. Real accounts get their own salt.
    hashes = {password: hash_password(password) for password in {user.password for user in dataset.users}}
    users = [
        {
            "username": user.username,
            "display_name": user.display_name,
            "role": user.role,
            "password_hash": hashes[user.password],
            "active": True,
            "created_at": user.created_at + shift if user.created_at is not None else now,
        }
        for user in dataset.users
    ]
    images, blobs = _image_rows(dataset, shift)
    listing_images, versions, listings, flags = [], [], [], []
    for listing in dataset.listings:
        created = listing.created_at + shift
        listings.append(
            {
                "id": listing.id,
                "seller_id": listing.seller_id,
                "current_version": 1,
                "created_at": created,
                "status": (listing.outcome or "approved") if listing.queue_id is None else "pending",
                "status_reasons": json.dumps(list(listing.outcome_reasons)),
            }
        )
        versions.append(
            {
                "listing_id": listing.id,
                "version": 1,
                "title": listing.title,
                "description": listing.description,
                "price": listing.price,
                "currency": listing.currency,
                "category": listing.category,
                "location": listing.location,
                "country": listing.country,
                "created_at": created,
            }
        )
        for position, image in enumerate(listing.images):
            listing_images.append(
                {"listing_id": listing.id, "version": 1, "position": position, "image_id": image.id}
            )
        flags.extend(
            {
                "listing_id": listing.id,
                "version": 1,
                "source": flag.source,
                "model": flag.model,
                "label": flag.label,
                "score": flag.score,
                "image_id": flag.image_id,
            }
            for flag in listing.server_flags
        )
    policy_terms = [PolicyTerm.model_validate(term).model_dump(mode="json") for term in dataset.policy_terms]
    # Dict order is insertion order: parents before children, for the foreign keys.
    return {
        t.users: users,
        t.reason_codes: [
            {
                "code": rc.code,
                "label": rc.label,
                "statement_category": rc.statement_category,
                "decision_ground": rc.decision_ground,
            }
            for rc in dataset.reason_codes
        ],
        t.queues: [
            {
                "id": q.id,
                "name": q.name,
                "sla_seconds": q.sla_seconds,
                "allowed_actions": json.dumps(list(q.allowed_actions)),
                "reason_codes": json.dumps(list(q.reason_codes)),
                "escalation_targets": json.dumps(list(q.escalation_targets)),
            }
            for q in dataset.queues
        ],
        t.sellers: [
            {
                "id": s.id,
                "display_name": s.display_name,
                "created_at": s.created_at + shift,
                "email_verified": s.email_verified,
                "phone_verified": s.phone_verified,
                "kyc": s.kyc,
                "phone": s.phone,
                "email": s.email.strip().lower(),
                "device_fingerprint": s.device_fingerprint,
                "payment_fingerprint": s.payment_fingerprint,
                "reports_received": s.reports_received,
            }
            for s in dataset.sellers
        ],
        t.strikes: [
            {"seller_id": s.id, "at": at + shift, "reason": reason}
            for s in dataset.sellers
            for at, reason in s.strikes
        ],
        t.listings: listings,
        t.listing_versions: versions,
        t.images: images,
        t.image_blobs: blobs,
        t.listing_images: listing_images,
        t.server_flags: flags,
        t.policies: [
            {
                "version": dataset.policy_version,
                "terms": json.dumps(policy_terms, ensure_ascii=False),
                "created_at": now,
                "flag_targets": [FlagTarget.model_validate(f).model_dump(mode="json") for f in dataset.flag_targets],
            }
        ],
    }


def _image_rows(dataset: DemoDataset, shift: timedelta) -> tuple[list[dict], list[dict]]:
    """Rows for every distinct image, its facts computed in parallel (Pillow releases the GIL)."""
    first_use: dict[str, tuple[DemoImage, datetime]] = {}
    for listing in dataset.listings:
        for image in listing.images:
            first_use.setdefault(image.id, (image, listing.created_at + shift))
    unique = list(first_use.values())
    with ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 2)) as pool:
        facts = list(pool.map(lambda entry: inspect_image(entry[0].data), unique))
    images = [
        {"id": image.id, "created_at": created, "media_key": new_media_key(), **vars(f)}
        for (image, created), f in zip(unique, facts, strict=True)
    ]
    blobs = [{"image_id": image.id, "data": image.data} for image, _ in unique]
    return images, blobs


def _queue_items(dataset: DemoDataset, shift: timedelta) -> list[dict]:
    return [
        {
            "queue_id": listing.queue_id,
            "listing_id": listing.id,
            "listing_version": 1,
            "priority": listing.priority,
            # Reported and escalated items enter their queue after the listing was posted.
            "enqueued_at": (listing.enqueued_at or listing.created_at) + shift,
            "state": "open",
        }
        for listing in dataset.listings
        if listing.queue_id is not None
    ]
