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
import errno
import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from moderator_app.store.migrations import migrate
from moderator_app.store.sqlite_utils_import import import_sqlite_utils

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

T = TypeVar("T")


class StorageError(OSError):
    """The local database or the image cache could not be written: the disk is full or failing.

    Nothing of the failed call was stored (its transaction was rolled back). ``full`` says the
    disk is full, which freeing space fixes, rather than failing.
    """

    def __init__(self, full: bool, cause: str) -> None:
        super().__init__(errno.ENOSPC if full else errno.EIO, cause)
        self.full = full


def storage_error(exc: BaseException) -> StorageError | None:
    """The StorageError that ``exc`` means, or None when it is not a disk problem."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError):
        text = str(exc).lower()
        if "full" in text:
            return StorageError(True, str(exc))
        if "disk i/o" in text or "readonly" in text or "unable to open" in text:
            return StorageError(False, str(exc))
        return None
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(True, str(exc))
    if isinstance(exc, OSError) and exc.errno in (errno.EIO, errno.EROFS):
        return StorageError(False, str(exc))
    return None


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
    database: sqlite_utils.Database = import_sqlite_utils().Database(conn)
    return database


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

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``fn(db, *args, **kwargs)`` on the writer thread; block until it is done.

        A full or failing disk raises StorageError (the call's transaction was rolled back).
        """
        if threading.current_thread() is self._thread:
            return self._run(fn, args, kwargs)
        if self._closed:
            raise RuntimeError("the local store is closed")
        return self._executor.submit(self._run, fn, args, kwargs).result()

    def _run(self, fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any]) -> T:
        try:
            return fn(self._db, *args, **kwargs)
        except (sqlite3.Error, OSError) as exc:
            problem = storage_error(exc)
            if problem is None or problem is exc:
                raise
            raise problem from exc

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


def transaction(db: sqlite_utils.Database) -> _Transaction:
    """``with transaction(db):`` BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error, or when COMMIT fails)."""
    return _Transaction(db.conn)


class _Transaction:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error:
                # A COMMIT that fails (a full disk) can leave the transaction open: close it, so the
                # next call starts clean, and let the caller hear of the failure.
                self._rollback()
                raise
        else:
            self._rollback()

    def _rollback(self) -> None:
        # SQLite may already have rolled back (a full disk does): ROLLBACK only an open transaction.
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
