"""The one writer: a single thread that owns the SQLite connection and runs every store call.

Serializing all database work on one thread (as Anki's collection executor does) removes lock
contention and "database is locked" errors, and gives the outbox a simple ordering guarantee.

Durability choice: WAL with ``synchronous=FULL``. In WAL mode, NORMAL survives an application
crash but can lose the last commits on a power cut, because the WAL is only fsynced at
checkpoints. A decision must survive a power cut, so every commit fsyncs the WAL (FULL). The
cost is one fsync per transaction; prefetch writes are batched per item so this stays small.
"""

from __future__ import annotations

import concurrent.futures
import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from moderator_app.store.migrations import migrate
from moderator_app.store.sqlite_utils_import import import_sqlite_utils

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

T = TypeVar("T")


def open_database(path: Path) -> sqlite_utils.Database:
    """Open (creating if needed) the local database with its pragmas and migrations applied."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a commit is exactly where we say.
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=10.0)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=10000")
    migrate(conn)
    return import_sqlite_utils().Database(conn)


class StoreWriter:
    """Runs callables ``fn(db, ...)`` on the single database thread and returns their result."""

    def __init__(self, path: Path):
        self.path = path
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="store-writer"
        )
        self._thread: threading.Thread | None = None
        self._db: sqlite_utils.Database | None = None
        self._closed = False
        self._executor.submit(self._open).result()

    def _open(self) -> None:
        self._thread = threading.current_thread()
        self._db = open_database(self.path)

    def call(self, fn: Callable[..., T], *args, **kwargs) -> T:
        """Run ``fn(db, *args, **kwargs)`` on the writer thread; block until it is done."""
        if threading.current_thread() is self._thread:
            return fn(self._db, *args, **kwargs)
        if self._closed:
            raise RuntimeError("the local store is closed")
        return self._executor.submit(self._run, fn, args, kwargs).result()

    def _run(self, fn: Callable[..., T], args: tuple, kwargs: dict) -> T:
        return fn(self._db, *args, **kwargs)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True

        def _close(db: sqlite_utils.Database) -> None:
            try:
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error as exc:  # another reader holds the WAL: harmless, it checkpoints later
                log.info("Checkpoint on close skipped: %s", exc)
            db.conn.close()

        self._executor.submit(self._run, _close, (), {}).result()
        self._executor.shutdown(wait=True)


def transaction(db: sqlite_utils.Database):
    """``with transaction(db):`` BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error)."""
    return _Transaction(db.conn)


class _Transaction:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")
