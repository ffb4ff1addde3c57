"""The decision outbox: decisions written durably before the screen moves on, then sent in order.

A row goes ``pending`` -> ``sending`` -> ``sent`` (or ``conflict``/``rejected`` when the queue
server refused it). ``attempts`` counts the times it was handed to the network: a decision
attempted once may have been applied by the server even if no answer came back, so only a row
still ``pending`` with no attempt can be withdrawn (undo). A row is a single decision
(``kind = 'decision'``, a DecisionRequest) or a cluster decision (``kind = 'cluster'``, a
ClusterDecisionRequest, its item the listing it was decided from); both wait under the same hold
and are withdrawn the same way. One sender works on the outbox at a
time; a row it finds ``sending`` that it is not sending now was left so by a crash or a failed
write, and is sent again: the server answers a repeated idempotency key with the first result.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from moderator_app.core import schema
from moderator_app.core.cluster_schema import ClusterDecisionRequest, ClusterDecisionResult
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
class ClusterOutboxEntry:
    """A cluster decision in the outbox; ``item_id`` is the listing it was decided from."""

    seq: int
    key: str
    item_id: int
    request: ClusterDecisionRequest
    state: str
    attempts: int

    @property
    def member_ids(self) -> list[int]:
        return [m.item_id for m in self.request.members]


@dataclass(frozen=True)
class ConflictRecord:
    """A decision the queue server refused: shown in the conflicts list, never blocking."""

    key: str
    item_id: int
    listing_id: str | None
    title: str | None
    action: str
    code: str | None  # the server's problem code: lease_expired, lease_foreign, item_decided...
    detail: str
    at: float


_COLUMNS = "seq, key, item_id, payload, state, attempts, created_at, sent_at, result, error"


def _entry(row: tuple[Any, ...]) -> OutboxEntry:
    return OutboxEntry(row[0], row[1], row[2], schema.DecisionRequest.model_validate_json(row[3]), *row[4:])


def _cluster_entry(row: tuple[Any, ...]) -> ClusterOutboxEntry:
    request = ClusterDecisionRequest.model_validate_json(row[3])
    return ClusterOutboxEntry(row[0], row[1], row[2], request, row[4], row[5])


class DecisionOutbox:
    """The outbox table of one local database; every call runs on the writer thread.

    ``wall`` gives the epoch seconds stamped on rows (shown to people, and for the expiry of old
    rows); nothing here decides by it when a decision may be sent or undone.
    """

    def __init__(self, writer: StoreWriter, wall: Callable[[], float] = time.time):
        self._w = writer
        self._wall = wall

    def add(self, server_url: str, username: str, request: schema.DecisionRequest) -> str:
        """Commit the decision; return its key. Returns only after COMMIT (synchronous=FULL: on disk).

        Raises StorageError when the disk refuses it: then nothing was stored.
        """
        key = str(request.idempotency_key)
        self._w.call(
            lambda db: db.execute(
                """INSERT INTO outbox (key, server_url, username, item_id, payload, state, created_at)
                   VALUES (?, ?, ?, ?, ?, 'pending', ?)""",
                [
                    key,
                    server_url.rstrip("/"),
                    username,
                    request.item_id,
                    request.model_dump_json(),
                    self._wall(),
                ],
            )
        )
        return key

    def add_cluster(
        self, server_url: str, username: str, request: ClusterDecisionRequest, item_id: int
    ) -> str:
        """Commit a cluster decision decided from listing ``item_id``; return its key (as ``add``)."""
        key = str(request.idempotency_key)
        self._w.call(
            lambda db: db.execute(
                """INSERT INTO outbox (key, server_url, username, item_id, payload, state, created_at, kind)
                   VALUES (?, ?, ?, ?, ?, 'pending', ?, 'cluster')""",
                [key, server_url.rstrip("/"), username, item_id, request.model_dump_json(), self._wall()],
            )
        )
        return key

    def withdraw(self, key: str) -> int | None:
        """Delete a decision that was never handed to the network; return its item id (None: too late)."""

        def run(db: sqlite_utils.Database) -> int | None:
            with transaction(db):
                row = db.execute(
                    "SELECT item_id FROM outbox WHERE key = ? AND state = 'pending' AND attempts = 0", [key]
                ).fetchone()
                if row is None:
                    return None
                db.execute("DELETE FROM outbox WHERE key = ?", [key])
                return int(row[0])

        return self._w.call(run)

    def claim_next(self, server_url: str, username: str, held: Collection[str] = ()) -> OutboxEntry | None:
        """Take the oldest unsent decision of this account whose key is not ``held``: mark it sending."""
        row = self._claim_row("decision", server_url, username, held)
        return _entry(row) if row is not None else None

    def claim_next_cluster(
        self, server_url: str, username: str, held: Collection[str] = ()
    ) -> ClusterOutboxEntry | None:
        """Take the oldest unsent cluster decision of this account not ``held``: mark it sending."""
        row = self._claim_row("cluster", server_url, username, held)
        return _cluster_entry(row) if row is not None else None

    def _claim_row(
        self, kind: str, server_url: str, username: str, held: Collection[str]
    ) -> tuple[Any, ...] | None:
        def run(db: sqlite_utils.Database) -> tuple[Any, ...] | None:
            with transaction(db):
                rows = db.execute(
                    f"""SELECT {_COLUMNS} FROM outbox
                        WHERE state IN ('pending', 'sending') AND server_url = ? AND username = ? AND kind = ?
                        ORDER BY seq""",
                    [server_url.rstrip("/"), username, kind],
                ).fetchall()
                row = next((r for r in rows if r[1] not in held), None)
                if row is None:
                    return None
                db.execute(
                    "UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE seq = ?", [row[0]]
                )
            return tuple(row)

        return self._w.call(run)

    def mark_sent(self, key: str, result: schema.DecisionResult | ClusterDecisionResult) -> None:
        self._w.call(
            lambda db: db.execute(
                "UPDATE outbox SET state = 'sent', sent_at = ?, result = ?, error = NULL WHERE key = ?",
                [self._wall(), result.model_dump_json(), key],
            )
        )

    def mark_refused(
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
        now = self._wall()

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

    def unsent(self, server_url: str | None = None, username: str | None = None) -> list[OutboxEntry]:
        """Rows not yet answered by the server (of one account, or of all), in send order."""
        sql = f"SELECT {_COLUMNS} FROM outbox WHERE state IN ('pending', 'sending') AND kind = 'decision'"
        params: list[Any] = []
        if server_url is not None:
            sql += " AND server_url = ? AND username = ?"
            params = [server_url.rstrip("/"), username]
        rows = self._w.call(lambda db: db.execute(sql + " ORDER BY seq", params).fetchall())
        return [_entry(r) for r in rows]

    def cluster_entries(self, states: tuple[str, ...] | None = None) -> list[ClusterOutboxEntry]:
        """Cluster decisions (in these states), in send order."""
        return [_cluster_entry(r) for r in self._rows("cluster", states)]

    def _rows(self, kind: str, states: tuple[str, ...] | None) -> list[tuple[Any, ...]]:
        sql = f"SELECT {_COLUMNS} FROM outbox WHERE kind = ?"
        params: list[Any] = [kind]
        if states:
            sql += f" AND state IN ({', '.join('?' * len(states))})"
            params += list(states)
        return list(self._w.call(lambda db: db.execute(sql + " ORDER BY seq", params).fetchall()))

    def unsent_count(self, server_url: str | None = None, username: str | None = None) -> int:
        sql = "SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'sending')"
        params: list[Any] = []
        if server_url is not None:
            sql += " AND server_url = ? AND username = ?"
            params = [server_url.rstrip("/"), username]
        return int(self._w.call(lambda db: db.execute(sql, params).fetchone()[0]))

    def unsent_items(self) -> set[int]:
        """Items with a decision not yet answered by the server (a cluster decision's members too)."""
        rows = self._w.call(
            lambda db: db.execute(
                "SELECT item_id, kind, payload FROM outbox WHERE state IN ('pending', 'sending')"
            ).fetchall()
        )
        items = {int(r[0]) for r in rows}
        for _item, kind, payload in rows:
            if kind == "cluster":
                items.update(m["item_id"] for m in json.loads(payload)["members"])
        return items

    def entries(self, states: tuple[str, ...] | None = None) -> list[OutboxEntry]:
        """Single decisions (in these states), in send order."""
        return [_entry(r) for r in self._rows("decision", states)]

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

    def purge_finished(self, max_age_days: float) -> int:
        """Delete sent/refused rows older than the limit (they hold notes: personal data)."""
        cutoff = self._wall() - max_age_days * 86400
        return int(
            self._w.call(
                lambda db: (
                    db.execute(
                        "DELETE FROM outbox WHERE state NOT IN ('pending', 'sending') AND created_at < ?",
                        [cutoff],
                    ).rowcount
                )
            )
        )
