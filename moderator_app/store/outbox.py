"""The decision outbox: decisions written durably before the UI moves on, then sent in order.

A row goes ``pending`` -> ``sending`` -> ``sent`` (or ``conflict`` on a 409, ``rejected`` on a
422). A row left in ``sending`` by a crash goes back to ``pending`` on the next start: sending it
again is safe because the server answers a repeated idempotency key with the first result.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from moderator_app.core import schema
from moderator_app.store.writer import StoreWriter, transaction

if TYPE_CHECKING:
    import sqlite_utils

UNSENT_STATES = ("pending", "sending")


@dataclass(frozen=True)
class OutboxEntry:
    seq: int
    key: str
    item_id: int
    request: schema.DecisionRequest
    state: str
    attempts: int
    created_at: float
    sent_at: float | None
    result: str | None
    error: str | None


@dataclass(frozen=True)
class ConflictRecord:
    """A decision the server refused with 409: shown in the conflicts list, never blocking."""

    key: str
    item_id: int
    listing_id: str | None
    title: str | None
    action: str
    code: str | None  # lease_expired | lease_foreign | item_decided | invalid
    detail: str
    at: float


_COLUMNS = "seq, key, item_id, payload, state, attempts, created_at, sent_at, result, error"


def _entry(row: tuple) -> OutboxEntry:
    return OutboxEntry(row[0], row[1], row[2], schema.DecisionRequest.model_validate_json(row[3]), *row[4:])


class DecisionOutbox:
    """The outbox table of one local database; every call runs on the writer thread."""

    def __init__(self, writer: StoreWriter):
        self._w = writer

    def add(self, server_url: str, username: str, request: schema.DecisionRequest) -> str:
        """Commit the decision and mark its item decided, in one transaction; return the key.

        Returns only after COMMIT, which with synchronous=FULL means the row is on disk.
        """
        key = str(request.idempotency_key)

        def run(db: sqlite_utils.Database) -> None:
            with transaction(db):
                db.execute(
                    """INSERT INTO outbox (key, server_url, username, item_id, payload, state, created_at)
                       VALUES (?, ?, ?, ?, ?, 'pending', ?)""",
                    [
                        key,
                        server_url.rstrip("/"),
                        username,
                        request.item_id,
                        request.model_dump_json(),
                        time.time(),
                    ],
                )
                db.execute("UPDATE leases SET decided = 1 WHERE item_id = ?", [request.item_id])

        self._w.call(run)
        return key

    def undo(self, key: str, window_s: float, now: float | None = None) -> int | None:
        """Delete a decision that is still pending and younger than ``window_s``; return its item id."""
        cutoff = (now if now is not None else time.time()) - window_s

        def run(db: sqlite_utils.Database) -> int | None:
            with transaction(db):
                row = db.execute(
                    "SELECT item_id FROM outbox WHERE key = ? AND state = 'pending' AND created_at >= ?",
                    [key, cutoff],
                ).fetchone()
                if row is None:
                    return None
                db.execute("DELETE FROM outbox WHERE key = ?", [key])
                db.execute("UPDATE leases SET decided = 0 WHERE item_id = ?", [row[0]])
                return row[0]

        return self._w.call(run)

    def claim_next(self, server_url: str, username: str, created_before: float) -> OutboxEntry | None:
        """Take the oldest pending row of this account created before ``created_before``: mark it sending."""

        def run(db: sqlite_utils.Database) -> OutboxEntry | None:
            with transaction(db):
                row = db.execute(
                    f"""SELECT {_COLUMNS} FROM outbox
                        WHERE state = 'pending' AND server_url = ? AND username = ? AND created_at < ?
                        ORDER BY seq LIMIT 1""",
                    [server_url.rstrip("/"), username, created_before],
                ).fetchone()
                if row is None:
                    return None
                db.execute(
                    "UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE seq = ?", [row[0]]
                )
            return _entry(row)

        return self._w.call(run)

    def mark_sent(self, key: str, result: schema.DecisionResult) -> None:
        self._w.call(
            lambda db: db.execute(
                "UPDATE outbox SET state = 'sent', sent_at = ?, result = ?, error = NULL WHERE key = ?",
                [time.time(), result.model_dump_json(), key],
            )
        )

    def mark_conflict(
        self,
        key: str,
        code: str | None,
        detail: str,
        *,
        state: str = "conflict",
        listing_id: str | None = None,
        title: str | None = None,
    ) -> ConflictRecord:
        """Close the row as refused and add it to the conflicts list, in one transaction."""
        now = time.time()

        def run(db: sqlite_utils.Database) -> ConflictRecord:
            with transaction(db):
                row = db.execute("SELECT item_id, payload FROM outbox WHERE key = ?", [key]).fetchone()
                action = json.loads(row[1])["action"]
                db.execute(
                    "UPDATE outbox SET state = ?, sent_at = ?, result = ?, error = ? WHERE key = ?",
                    [state, now, json.dumps({"code": code, "detail": detail}), detail, key],
                )
                db.execute(
                    """INSERT OR REPLACE INTO conflicts (key, item_id, listing_id, title, action, code, detail, at)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    [key, row[0], listing_id, title, action, code, detail, now],
                )
            return ConflictRecord(key, row[0], listing_id, title, action, code, detail, now)

        return self._w.call(run)

    def back_to_pending(self, key: str, error: str) -> None:
        """The send failed for a transient reason: keep the row first in line for the next try."""
        self._w.call(
            lambda db: db.execute(
                "UPDATE outbox SET state = 'pending', error = ? WHERE key = ? AND state = 'sending'",
                [error, key],
            )
        )

    def recover_after_crash(self) -> int:
        """Rows a crash left in 'sending' go back to 'pending'; return how many."""
        return self._w.call(
            lambda db: db.execute("UPDATE outbox SET state = 'pending' WHERE state = 'sending'").rowcount
        )

    def unsent_count(self, server_url: str | None = None, username: str | None = None) -> int:
        sql = "SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'sending')"
        params: list = []
        if server_url is not None:
            sql += " AND server_url = ? AND username = ?"
            params = [server_url.rstrip("/"), username]
        return self._w.call(lambda db: db.execute(sql, params).fetchone()[0])

    def entries(self, states: tuple[str, ...] | None = None) -> list[OutboxEntry]:
        sql = f"SELECT {_COLUMNS} FROM outbox"
        params: list = []
        if states:
            sql += f" WHERE state IN ({', '.join('?' * len(states))})"
            params = list(states)
        rows = self._w.call(lambda db: db.execute(sql + " ORDER BY seq", params).fetchall())
        return [_entry(r) for r in rows]

    def entry(self, key: str) -> OutboxEntry | None:
        row = self._w.call(
            lambda db: db.execute(f"SELECT {_COLUMNS} FROM outbox WHERE key = ?", [key]).fetchone()
        )
        return _entry(row) if row else None

    def conflicts(self) -> list[ConflictRecord]:
        rows = self._w.call(
            lambda db: db.execute(
                "SELECT key, item_id, listing_id, title, action, code, detail, at FROM conflicts ORDER BY id"
            ).fetchall()
        )
        return [ConflictRecord(*r) for r in rows]

    def purge_finished(self, max_age_days: float, now: float | None = None) -> int:
        """Delete sent/refused rows older than the limit (they hold notes: personal data)."""
        cutoff = (now if now is not None else time.time()) - max_age_days * 86400
        return self._w.call(
            lambda db: (
                db.execute(
                    "DELETE FROM outbox WHERE state NOT IN ('pending', 'sending') AND created_at < ?",
                    [cutoff],
                ).rowcount
            )
        )
