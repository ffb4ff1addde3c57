"""Appeal outcomes the reviewer confirmed, durable until the server answered.

An outcome is written here (with its idempotency key) before it is first sent, and closed only by
the server's answer: recorded (2xx) or refused for good (its own problem document). A quit, a crash
or a lost answer leaves it pending, and it is sent again with the same key, which the server
applies once.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from moderator_app.core import dsa_schema as dsa
from moderator_app.store.outbox import ConflictRecord
from moderator_app.store.writer import StoreWriter, transaction

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class PendingOutcome:
    """A confirmed outcome; ``listing_id`` and ``title`` (the listing's) name it in the conflicts list."""

    appeal_id: int
    item_id: int
    request: dsa.AppealOutcomeRequest
    listing_id: str | None = None
    title: str | None = None

    @property
    def key(self) -> str:
        return str(self.request.idempotency_key)


class AppealOutbox:
    """The appeal_outcomes table of one local database; every call runs on the writer thread."""

    def __init__(self, writer: StoreWriter, wall: Callable[[], float] = time.time):
        self._w = writer
        self._wall = wall

    def add(self, server_url: str, username: str, outcome: PendingOutcome) -> None:
        """Commit the confirmed outcome; returns after COMMIT. The same key again is a no-op, a
        different outcome under a key already used is refused (ValueError)."""
        key, appeal_id = outcome.key, outcome.appeal_id
        payload = outcome.request.model_dump_json()
        row = (key, server_url.rstrip("/"), username, appeal_id, outcome.item_id, outcome.listing_id,
               outcome.title, payload, self._wall())  # fmt: skip

        def run(db: sqlite_utils.Database) -> None:
            with transaction(db):
                old = db.execute("SELECT appeal_id, payload FROM appeal_outcomes WHERE key = ?", [key]).fetchone()
                if old is not None:
                    if (old[0], old[1]) != (appeal_id, payload):
                        raise ValueError(f"idempotency key {key} already carries another appeal outcome")
                    return
                db.execute(
                    """INSERT INTO appeal_outcomes
                       (key, server_url, username, appeal_id, item_id, listing_id, title, payload, state,
                        created_at)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)""",
                    list(row),
                )

        self._w.call(run)

    def pending(self, server_url: str, username: str) -> list[PendingOutcome]:
        """This account's outcomes not yet answered, in the order they were confirmed."""
        rows = self._w.call(
            lambda db: db.execute(
                """SELECT appeal_id, item_id, payload, listing_id, title FROM appeal_outcomes
                   WHERE server_url = ? AND username = ? AND state = 'pending' ORDER BY seq""",
                [server_url.rstrip("/"), username],
            ).fetchall()
        )
        return [
            PendingOutcome(r[0], r[1], dsa.AppealOutcomeRequest.model_validate_json(r[2]), r[3], r[4]) for r in rows
        ]

    def attempted(self, key: str, error: str) -> None:
        """A send that got no answer (network fault): the outcome stays pending."""
        self._w.call(
            lambda db: db.execute(
                "UPDATE appeal_outcomes SET attempts = attempts + 1, error = ? WHERE key = ? AND state = 'pending'",
                [error, key],
            )
        )

    def mark_sent(self, key: str) -> None:
        self._w.call(
            lambda db: db.execute(
                "UPDATE appeal_outcomes SET state = 'sent', sent_at = ?, error = NULL WHERE key = ?",
                [self._wall(), key],
            )
        )

    def mark_refused(self, key: str, code: str | None, detail: str) -> ConflictRecord:
        """Close the outcome as refused and add it to the conflicts list, in one transaction."""
        now = self._wall()

        def run(db: sqlite_utils.Database) -> ConflictRecord:
            with transaction(db):
                row = db.execute(
                    "SELECT item_id, payload, listing_id, title FROM appeal_outcomes WHERE key = ?", [key]
                ).fetchone()
                action = dsa.AppealOutcomeRequest.model_validate_json(row[1]).outcome
                db.execute(
                    "UPDATE appeal_outcomes SET state = 'refused', sent_at = ?, error = ? WHERE key = ?",
                    [now, detail, key],
                )
                db.execute(
                    """INSERT OR REPLACE INTO conflicts (key, item_id, listing_id, title, action, code, detail, at)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    [key, row[0], row[2], row[3], action, code, detail, now],
                )
            return ConflictRecord(key, row[0], row[2], row[3], action, code, detail, now)

        return self._w.call(run)

    def state(self, key: str) -> str | None:
        row = self._w.call(lambda db: db.execute("SELECT state FROM appeal_outcomes WHERE key = ?", [key]).fetchone())
        return str(row[0]) if row else None

    def pending_count(self, server_url: str, username: str) -> int:
        return len(self.pending(server_url, username))
