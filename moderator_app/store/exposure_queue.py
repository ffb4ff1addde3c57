"""The exposure events waiting for the server, durable across restarts and offline spells.

An event is written here before anything tries to send it, and marked sent only once the server
answered the report that carried it. A report whose answer was lost is sent again with the same
event ids, and the server counts each event once by its id (its receipt says how many it had
already): so an event is counted exactly once however often it travels.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from moderator_app.core.wellness_schema import ExposureEvent, ExposureEventKind
from moderator_app.store.writer import StoreWriter, transaction

if TYPE_CHECKING:
    import sqlite_utils

SENT_KEEP_S = 86400.0  # sent events are kept a day (a trace for support), then purged


@dataclass(frozen=True)
class QueuedEvent:
    seq: int
    event: ExposureEvent
    sensitive: bool


class ExposureQueue:
    """The exposure_events table of one local database; every call runs on the writer thread.

    ``wall`` stamps rows (for the purge only: nothing here decides what to send by it).
    """

    def __init__(self, writer: StoreWriter, wall: Callable[[], float] = time.time):
        self._w = writer
        self._wall = wall

    def add(self, server_url: str, username: str, events: Sequence[tuple[ExposureEvent, bool]]) -> None:
        """Commit (event, sensitive by the desk's flags) pairs; returns after COMMIT."""
        if not events:
            return
        now = self._wall()
        rows = [
            (str(e.event_id), server_url.rstrip("/"), username, e.model_dump_json(), int(s), e.kind.value,
             e.duration_ms, now)
            for e, s in events
        ]

        def run(db: sqlite_utils.Database) -> None:
            with transaction(db):
                db.conn.executemany(
                    """INSERT OR IGNORE INTO exposure_events
                       (event_id, server_url, username, payload, sensitive, kind, duration_ms, created_at)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    rows,
                )

        self._w.call(run)

    def unsent(self, server_url: str, username: str, limit: int) -> list[QueuedEvent]:
        """The oldest unsent events of this account, in the order they happened."""
        rows = self._w.call(
            lambda db: db.execute(
                """SELECT seq, payload, sensitive FROM exposure_events
                   WHERE server_url = ? AND username = ? AND sent_at IS NULL ORDER BY seq LIMIT ?""",
                [server_url.rstrip("/"), username, limit],
            ).fetchall()
        )
        return [QueuedEvent(r[0], ExposureEvent.model_validate_json(r[1]), bool(r[2])) for r in rows]

    def mark_sent(self, seqs: Sequence[int]) -> None:
        """The server answered the report that carried these events."""
        if not seqs:
            return
        now = self._wall()
        self._w.call(
            lambda db: db.conn.executemany(
                "UPDATE exposure_events SET sent_at = ? WHERE seq = ?", [(now, s) for s in seqs]
            )
        )

    def pending(self, server_url: str, username: str) -> tuple[float, int]:
        """Sensitive exposure not yet answered by the server: (minutes on listings, photos revealed)."""
        row = self._w.call(
            lambda db: db.execute(
                """SELECT COALESCE(SUM(CASE WHEN kind = ? THEN duration_ms ELSE 0 END), 0),
                          COALESCE(SUM(CASE WHEN kind = ? THEN 1 ELSE 0 END), 0)
                   FROM exposure_events
                   WHERE server_url = ? AND username = ? AND sent_at IS NULL AND sensitive = 1""",
                [ExposureEventKind.view.value, ExposureEventKind.reveal.value, server_url.rstrip("/"), username],
            ).fetchone()
        )
        return int(row[0]) / 60_000, int(row[1])

    def unsent_count(self, server_url: str | None = None, username: str | None = None) -> int:
        sql = "SELECT COUNT(*) FROM exposure_events WHERE sent_at IS NULL"
        params: list[str] = []
        if server_url is not None and username is not None:
            sql += " AND server_url = ? AND username = ?"
            params = [server_url.rstrip("/"), username]
        return int(self._w.call(lambda db: db.execute(sql, params).fetchone()[0]))

    def purge_sent(self) -> int:
        cutoff = self._wall() - SENT_KEEP_S
        return int(
            self._w.call(
                lambda db: db.execute(
                    "DELETE FROM exposure_events WHERE sent_at IS NOT NULL AND sent_at < ?", [cutoff]
                ).rowcount
            )
        )
