"""Cached server data: queues, leases, item details, listings, sellers, images, similar photos, policy.

Every method runs on the store's single writer thread (see writer.py). Cached personal data
(listings, sellers, images, findings, similar-photo matches, conflicts) expires after
``max_age_days`` through :meth:`CacheStore.purge_expired`.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from moderator_app.core import schema
from moderator_app.store.image_files import ImageFiles
from moderator_app.store.writer import StoreWriter, transaction

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

# Tables holding server data of one account; cleared when another account signs in on this desk.
_ACCOUNT_TABLES = (
    "queues",
    "leases",
    "lease_releases",
    "items",
    "listings",
    "sellers",
    "similar_images",
    "text_findings",
    "policy",
)
# Meta keys of one account: a claim still waiting for its answer, the server clock's offset.
_ACCOUNT_META = ("pending_claim", "server_clock_offset")


@dataclass(frozen=True)
class LeaseRow:
    """A live lease held by this desk. ``expires_at`` is on the server's clock (epoch seconds)."""

    item_id: int
    queue_id: str
    listing_id: str
    listing_version: int
    lease_token: str
    expires_at: float
    priority: int
    position: float


@dataclass(frozen=True)
class PendingClaim:
    """A claim sent (or about to be) whose answer has not arrived: retried with the same id."""

    request_id: str
    queue_id: str
    count: int


@dataclass(frozen=True)
class ImageRow:
    image_id: str
    sha256: str
    path: Path | None
    error: str | None


@dataclass(frozen=True)
class PurgeReport:
    listings: int
    sellers: int
    images: int
    leases: int
    conflicts: int


class CacheStore:
    """Reads and writes of cached server data. Thread-safe through the writer."""

    def __init__(self, writer: StoreWriter, images: ImageFiles, wall: Callable[[], float] = time.time):
        self._w = writer
        self.images = images
        self._wall = wall  # stamps cached data, which expires by it

    # --- identity -----------------------------------------------------------------

    def set_identity(self, server_url: str, username: str) -> bool:
        """Record who this cache belongs to; on a change of server or user, drop the old account's data.

        Returns True when the identity changed. The outbox is kept: its rows name their account and
        are only sent by that account.
        """

        def run(db: sqlite_utils.Database) -> bool:
            identity = json.dumps([server_url.rstrip("/"), username])
            row = db.execute("SELECT value FROM meta WHERE key = 'identity'").fetchone()
            if row and row[0] == identity:
                return False
            with transaction(db):
                if row:
                    for table in _ACCOUNT_TABLES:
                        db.execute(f"DELETE FROM {table}")
                    for key in _ACCOUNT_META:
                        db.execute("DELETE FROM meta WHERE key = ?", [key])
                db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('identity', ?)", [identity])
            return True

        return self._w.call(run)

    # --- queues ---------------------------------------------------------------------

    def save_queues(self, queues: list[schema.QueueInfo]) -> None:
        now = self._wall()

        def run(db: sqlite_utils.Database) -> None:
            with transaction(db):
                db.execute("DELETE FROM queues")
                for i, q in enumerate(queues):
                    db.execute(
                        "INSERT INTO queues (id, position, json, fetched_at) VALUES (?, ?, ?, ?)",
                        [q.id, i, q.model_dump_json(), now],
                    )

        self._w.call(run)

    def load_queues(self) -> list[schema.QueueInfo]:
        rows = self._w.call(lambda db: db.execute("SELECT json FROM queues ORDER BY position").fetchall())
        return [schema.QueueInfo.model_validate_json(r[0]) for r in rows]

    # --- meta ----------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self._w.call(lambda db: db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone())
        return str(row[0]) if row else None

    def set_meta(self, key: str, value: str | None) -> None:
        if value is None:
            self._w.call(lambda db: db.execute("DELETE FROM meta WHERE key = ?", [key]))
        else:
            self._w.call(
                lambda db: db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])
            )

    # --- leases -----------------------------------------------------------------------

    def add_leases(self, leases: list[schema.Lease], *, answered_claim: bool = False) -> None:
        """Store leases (new ones at the back of the local order; known ones take the server's token
        and expiry). ``answered_claim``: they answer the pending claim, which is cleared with them."""
        now = self._wall()

        def run(db: sqlite_utils.Database) -> None:
            with transaction(db):
                top = db.execute("SELECT COALESCE(MAX(position), 0) FROM leases").fetchone()[0]
                for i, lease in enumerate(leases, start=1):
                    db.execute(
                        """INSERT INTO leases (item_id, queue_id, listing_id, listing_version, lease_token,
                               expires_at, priority, claimed_at, position)
                           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                           ON CONFLICT (item_id) DO UPDATE SET
                               lease_token = excluded.lease_token, expires_at = excluded.expires_at,
                               listing_version = excluded.listing_version""",
                        [
                            lease.item_id,
                            lease.queue_id,
                            lease.listing_id,
                            lease.listing_version,
                            lease.lease_token,
                            lease.expires_at.timestamp(),
                            lease.priority,
                            now,
                            top + i,
                        ],
                    )
                if answered_claim:
                    db.execute("DELETE FROM meta WHERE key = 'pending_claim'")

        self._w.call(run)

    def leases(self) -> list[LeaseRow]:
        rows = self._w.call(
            lambda db: db.execute(
                """SELECT item_id, queue_id, listing_id, listing_version, lease_token, expires_at, priority,
                          position FROM leases ORDER BY position"""
            ).fetchall()
        )
        return [LeaseRow(*r) for r in rows]

    def drop_leases(self, item_ids: list[int]) -> None:
        """Forget leases (and their item detail) that are gone: decided and sent, lost, or released."""

        def run(db: sqlite_utils.Database) -> None:
            with transaction(db):
                for item_id in item_ids:
                    db.execute("DELETE FROM leases WHERE item_id = ?", [item_id])
                    db.execute("DELETE FROM items WHERE item_id = ?", [item_id])

        self._w.call(run)

    def pending_claim(self) -> PendingClaim | None:
        raw = self.meta("pending_claim")
        if raw is None:
            return None
        data = json.loads(raw)
        return PendingClaim(str(data["request_id"]), str(data["queue_id"]), int(data["count"]))

    def save_pending_claim(self, claim: PendingClaim | None) -> None:
        """Remember a claim before it is sent (so a retry after any failure, even a crash, reuses its id)."""
        value = None if claim is None else json.dumps(
            {"request_id": claim.request_id, "queue_id": claim.queue_id, "count": claim.count}
        )
        self.set_meta("pending_claim", value)

    def give_back(self, item_ids: list[int], expiries: dict[int, float]) -> None:
        """Drop these leases and queue their release for the server, in one transaction."""
        now = self._wall()

        def run(db: sqlite_utils.Database) -> None:
            with transaction(db):
                for item_id in item_ids:
                    db.execute("DELETE FROM leases WHERE item_id = ?", [item_id])
                    db.execute("DELETE FROM items WHERE item_id = ?", [item_id])
                    db.execute(
                        "INSERT OR REPLACE INTO lease_releases (item_id, expires_at, queued_at) VALUES (?, ?, ?)",
                        [item_id, expiries.get(item_id, now), now],
                    )

        self._w.call(run)

    def pending_releases(self) -> dict[int, float]:
        """Releases not sent yet: item id -> the lease's end on the server's clock."""
        rows = self._w.call(lambda db: db.execute("SELECT item_id, expires_at FROM lease_releases").fetchall())
        return {int(r[0]): float(r[1]) for r in rows}

    def releases_done(self, item_ids: list[int]) -> None:
        def run(db: sqlite_utils.Database) -> None:
            with transaction(db):
                for item_id in item_ids:
                    db.execute("DELETE FROM lease_releases WHERE item_id = ?", [item_id])

        self._w.call(run)

    # --- item detail, listings, sellers ------------------------------------------------------

    def save_item(self, detail: schema.ItemDetail) -> None:
        now = self._wall()
        listing = detail.listing

        def run(db: sqlite_utils.Database) -> None:
            with transaction(db):
                db.execute(
                    "INSERT OR REPLACE INTO items (item_id, listing_id, json, fetched_at) VALUES (?, ?, ?, ?)",
                    [detail.item_id, listing.id, detail.model_dump_json(), now],
                )
                db.execute(
                    """INSERT OR REPLACE INTO listings (listing_id, version, seller_id, json, fetched_at)
                       VALUES (?, ?, ?, ?, ?)""",
                    [listing.id, listing.version, listing.seller_id, listing.model_dump_json(), now],
                )

        self._w.call(run)

    def item(self, item_id: int) -> schema.ItemDetail | None:
        row = self._w.call(
            lambda db: db.execute("SELECT json FROM items WHERE item_id = ?", [item_id]).fetchone()
        )
        return schema.ItemDetail.model_validate_json(row[0]) if row else None

    def save_seller(self, seller: schema.SellerHistory) -> None:
        self._w.call(
            lambda db: db.execute(
                "INSERT OR REPLACE INTO sellers (seller_id, json, fetched_at) VALUES (?, ?, ?)",
                [seller.seller_id, seller.model_dump_json(), self._wall()],
            )
        )

    def seller(self, seller_id: str) -> schema.SellerHistory | None:
        row = self._w.call(
            lambda db: db.execute("SELECT json FROM sellers WHERE seller_id = ?", [seller_id]).fetchone()
        )
        return schema.SellerHistory.model_validate_json(row[0]) if row else None

    def save_similar(self, listing_id: str, similar: list[schema.SimilarImage]) -> None:
        data = json.dumps([s.model_dump(mode="json") for s in similar])
        self._w.call(
            lambda db: db.execute(
                "INSERT OR REPLACE INTO similar_images (listing_id, json, fetched_at) VALUES (?, ?, ?)",
                [listing_id, data, self._wall()],
            )
        )

    def similar(self, listing_id: str) -> list[schema.SimilarImage] | None:
        row = self._w.call(
            lambda db: db.execute(
                "SELECT json FROM similar_images WHERE listing_id = ?", [listing_id]
            ).fetchone()
        )
        return [schema.SimilarImage.model_validate(s) for s in json.loads(row[0])] if row else None

    # --- images ---------------------------------------------------------------------------------

    def save_image(self, image_id: str, sha256: str, path: Path | None, error: str | None = None) -> None:
        self._w.call(
            lambda db: db.execute(
                "INSERT OR REPLACE INTO images (image_id, sha256, path, error, fetched_at) VALUES (?, ?, ?, ?, ?)",
                [image_id, sha256, str(path) if path else None, error, self._wall()],
            )
        )

    def image(self, image_id: str) -> ImageRow | None:
        row = self._w.call(
            lambda db: db.execute(
                "SELECT image_id, sha256, path, error FROM images WHERE image_id = ?", [image_id]
            ).fetchone()
        )
        if not row:
            return None
        path = Path(row[2]) if row[2] else None
        if path is not None and not path.is_file():  # purged or deleted behind our back
            path = None
        return ImageRow(row[0], row[1], path, row[3])

    # --- policy and findings ----------------------------------------------------------------

    def save_policy(self, policy: schema.Policy, etag: str | None) -> None:
        self._w.call(
            lambda db: db.execute(
                "INSERT OR REPLACE INTO policy (id, etag, json, fetched_at) VALUES (1, ?, ?, ?)",
                [etag, policy.model_dump_json(), self._wall()],
            )
        )

    def policy(self) -> tuple[schema.Policy, str | None] | None:
        row = self._w.call(lambda db: db.execute("SELECT json, etag FROM policy WHERE id = 1").fetchone())
        return (schema.Policy.model_validate_json(row[0]), row[1]) if row else None

    def save_findings(self, listing_id: str, version: int, policy_version: str, findings_json: str) -> None:
        self._w.call(
            lambda db: db.execute(
                """INSERT OR REPLACE INTO text_findings (listing_id, version, policy_version, json, computed_at)
                   VALUES (?, ?, ?, ?, ?)""",
                [listing_id, version, policy_version, findings_json, self._wall()],
            )
        )

    def findings(self, listing_id: str, version: int, policy_version: str) -> str | None:
        row = self._w.call(
            lambda db: db.execute(
                "SELECT json FROM text_findings WHERE listing_id = ? AND version = ? AND policy_version = ?",
                [listing_id, version, policy_version],
            ).fetchone()
        )
        return row[0] if row else None

    # --- expiry ------------------------------------------------------------------------------------

    def purge_expired(self, max_age_days: float, now: float | None = None) -> PurgeReport:
        """Delete cached personal data older than ``max_age_days`` (and image files nobody uses).

        Leases whose item data is gone and that are older than the limit are dropped as well (a
        lease lasts minutes, so this only happens to a desk left offline for days).
        """
        cutoff = (now if now is not None else self._wall()) - max_age_days * 86400

        def run(db: sqlite_utils.Database) -> tuple[PurgeReport, list[str]]:
            with transaction(db):
                listings = db.execute("DELETE FROM listings WHERE fetched_at < ?", [cutoff]).rowcount
                db.execute("DELETE FROM items WHERE fetched_at < ?", [cutoff])
                db.execute(
                    "DELETE FROM text_findings WHERE listing_id NOT IN (SELECT listing_id FROM listings)"
                )
                db.execute("DELETE FROM similar_images WHERE fetched_at < ?", [cutoff])
                sellers = db.execute("DELETE FROM sellers WHERE fetched_at < ?", [cutoff]).rowcount
                leases = db.execute(
                    "DELETE FROM leases WHERE item_id NOT IN (SELECT item_id FROM items) AND claimed_at < ?",
                    [cutoff],
                ).rowcount
                db.execute("DELETE FROM lease_releases WHERE queued_at < ?", [cutoff])
                conflicts = db.execute("DELETE FROM conflicts WHERE at < ?", [cutoff]).rowcount
                old = db.execute("SELECT sha256 FROM images WHERE fetched_at < ?", [cutoff]).fetchall()
                images = db.execute("DELETE FROM images WHERE fetched_at < ?", [cutoff]).rowcount
                still_used = {r[0] for r in db.execute("SELECT sha256 FROM images").fetchall()}
            orphans = sorted({r[0] for r in old} - still_used)
            return PurgeReport(listings, sellers, images, leases, conflicts), orphans

        report, orphans = self._w.call(run)
        for sha in orphans:
            try:
                self.images.delete(sha)
            except ValueError:
                log.warning("Skipping an image row with an invalid digest during purge")
        if any(report.__dict__.values()):
            log.info("Purged expired cache data: %s", report)
        return report
