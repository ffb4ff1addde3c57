"""The desk's persistent cache of image pre-screening results, keyed by content hash.

Two tables in one SQLite file (sqlite-utils):

- ``image_results``: the content analysis of one image (sha256 -> result JSON), tagged with the
  configuration that produced it (model versions and thresholds), so a model update re-screens;
- ``image_hashes``: which listing photo had which bytes and pHash: the local index that reused
  photos are searched in.

Rows expire (``max_age_days``): moderation data is personal data and a desk keeps only what it
needs. The cache is safe to use from several worker threads; writes are serialised.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import sqlite_utils

log = logging.getLogger(__name__)

DEFAULT_MAX_AGE_DAYS = 30.0


@dataclass(frozen=True)
class SimilarImage:
    """A listing photo in the local index whose pHash is within the asked distance."""

    image_id: str
    listing_id: str | None
    sha256: str
    phash: str
    distance: int


def _signed64(value: int) -> int:
    # SQLite integers are signed 64-bit.
    return value - (1 << 64) if value >= (1 << 63) else value


class ScreeningCache:
    """Results by sha256 and the pHash index of listing photos, in the SQLite file at ``path``."""

    def __init__(self, path: str | Path, max_age_days: float = DEFAULT_MAX_AGE_DAYS) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.max_age_seconds = max_age_days * 86400.0
        self._lock = threading.RLock()
        try:
            self._open()
        except sqlite3.DatabaseError as exc:
            # The cache holds nothing that cannot be recomputed: set a damaged file aside.
            aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
            log.warning("screening cache %s is damaged (%s); starting a new one", self.path.name, exc)
            if getattr(self, "db", None) is not None:
                self.db.conn.close()
            self.path.rename(aside)
            self._open()
        self._index: tuple[np.ndarray, list[tuple[str, str | None, str, str]]] | None = None
        self.purge_expired()

    def _open(self) -> None:
        connection = sqlite3.connect(str(self.path), check_same_thread=False, timeout=30.0)
        self.db = sqlite_utils.Database(connection)
        self.db.execute("PRAGMA journal_mode=WAL")
        self._migrate()

    def _migrate(self) -> None:
        with self._lock:
            results = self.db.table("image_results")
            if not results.exists():
                results.create(
                    {"sha256": str, "config_key": str, "result": str, "phash": str, "created_at": float},
                    pk="sha256",
                )
            hashes = self.db.table("image_hashes")
            if not hashes.exists():
                hashes.create(
                    {
                        "image_id": str,
                        "listing_id": str,
                        "sha256": str,
                        "phash": str,
                        "phash_int": int,
                        "seen_at": float,
                    },
                    pk="image_id",
                )
                hashes.create_index(["sha256"])

    def get(self, sha256: str, config_key: str) -> dict[str, Any] | None:
        """The cached result JSON for these bytes under this configuration, or None."""
        with self._lock:
            rows = list(
                self.db.query(
                    "select result, config_key, created_at from image_results where sha256 = ?", [sha256]
                )
            )
        if not rows:
            return None
        row = rows[0]
        if row["config_key"] != config_key or time.time() - row["created_at"] > self.max_age_seconds:
            return None
        try:
            result: dict[str, Any] | None = json.loads(row["result"])
            return result
        except json.JSONDecodeError:
            log.warning("discarding a corrupt cached screening result")
            return None

    def put(self, sha256: str, config_key: str, result: dict[str, Any], phash: str | None) -> None:
        """Store (or replace) the result for these bytes."""
        record = {
            "sha256": sha256,
            "config_key": config_key,
            "result": json.dumps(result, ensure_ascii=False),
            "phash": phash or "",
            "created_at": time.time(),
        }
        with self._lock, self.db.conn:
            self.db.table("image_results").upsert(record, pk="sha256")

    def remember_image(
        self, image_id: str, sha256: str, phash: str | None, listing_id: str | None = None
    ) -> None:
        """Record that listing photo ``image_id`` has these bytes and this pHash."""
        if not phash:
            return
        record = {
            "image_id": image_id,
            "listing_id": listing_id,
            "sha256": sha256,
            "phash": phash,
            "phash_int": _signed64(int(phash, 16)),
            "seen_at": time.time(),
        }
        with self._lock, self.db.conn:
            self.db.table("image_hashes").upsert(record, pk="image_id")
            self._index = None

    def _load_index(self) -> tuple[np.ndarray, list[tuple[str, str | None, str, str]]]:
        if self._index is None:
            rows = list(
                self.db.query("select image_id, listing_id, sha256, phash, phash_int from image_hashes")
            )
            table = np.array([row["phash_int"] for row in rows], dtype=np.int64).view(np.uint64)
            meta = [(row["image_id"], row["listing_id"], row["sha256"], row["phash"]) for row in rows]
            self._index = (table, meta)
        return self._index

    def similar(
        self,
        phash: str,
        max_distance: int,
        exclude_image_id: str | None = None,
        exclude_listing_id: str | None = None,
    ) -> list[SimilarImage]:
        """Indexed photos within ``max_distance`` bits of ``phash``, nearest first, leaving out
        the photo itself and the photos of the same listing."""
        with self._lock:
            table, meta = self._load_index()
        if not len(meta):
            return []
        query = np.uint64(int(phash, 16))
        found = np.bitwise_count(table ^ query)
        matches = []
        for index in np.flatnonzero(found <= max_distance):
            image_id, listing_id, sha256, stored_phash = meta[int(index)]
            if image_id == exclude_image_id:
                continue
            if exclude_listing_id is not None and listing_id == exclude_listing_id:
                continue
            matches.append(SimilarImage(image_id, listing_id, sha256, stored_phash, int(found[index])))
        matches.sort(key=lambda m: (m.distance, m.image_id))
        return matches

    def purge_expired(self, now: float | None = None) -> int:
        """Delete rows older than the cache's maximum age; return how many went."""
        cutoff = (time.time() if now is None else now) - self.max_age_seconds
        with self._lock, self.db.conn:
            removed = self.db.execute("delete from image_results where created_at < ?", [cutoff]).rowcount
            removed += self.db.execute("delete from image_hashes where seen_at < ?", [cutoff]).rowcount
            if removed:
                self._index = None
        return removed

    def close(self) -> None:
        with self._lock:
            self.db.conn.close()
