"""Engines and transactions for the reference server (SQLite by default, PostgreSQL by URL).

Two kinds of transaction exist:
- :meth:`Database.read` — a plain transaction (on SQLite a deferred one, which WAL lets run
  beside a writer);
- :meth:`Database.write` — on SQLite ``BEGIN IMMEDIATE``, which takes the database's single
  write lock up front, so claims and decisions are serialised even across processes; on
  PostgreSQL an ordinary READ COMMITTED transaction whose row locks do that job
  (``FOR UPDATE SKIP LOCKED`` for claims).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

from moderator_app.server.audit_key import AuditKey, load_audit_key

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 30_000
# Enough for 32+ concurrent clients on one process, well under PostgreSQL's max_connections
# even with several server processes.
PG_POOL_SIZE = 20
PG_MAX_OVERFLOW = 20


def normalize_database_url(database: str) -> str:
    """Accept a SQLAlchemy URL or a plain file path (which means SQLite) and return a URL."""
    if "://" in database:
        url = make_url(database)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    return f"sqlite:///{Path(database).expanduser().resolve()}"


class Database:
    """One engine plus the transaction helpers the server uses, and the key that seals the
    database's audit log (``server.audit_key``; loaded from the environment when not given)."""

    def __init__(self, database_url: str, audit_key: AuditKey | None = None) -> None:
        self._audit_key = audit_key
        self.url = normalize_database_url(database_url)
        self.is_sqlite = self.url.startswith("sqlite")
        self.engine = _create_engine(self.url)
        # Writers on SQLite queue up on this lock instead of spinning in SQLite's busy handler
        # (which sleeps 1, 2, 5, 10… ms between retries); BEGIN IMMEDIATE still guards the file.
        self._write_lock = _WriterLock(self.url) if self.is_sqlite else None
        self._write_engine = self.engine.execution_options(sqlite_immediate=True)
        self._autocommit_engine = (
            None if self.is_sqlite else self.engine.execution_options(isolation_level="AUTOCOMMIT")
        )

    @property
    def audit_key(self) -> AuditKey:
        if self._audit_key is None:
            self._audit_key = load_audit_key()
        return self._audit_key

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A transaction for reads; committed on exit (rolled back on error)."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A transaction for writes that serialises writers on SQLite; committed on exit."""
        if self._write_lock is None:
            with self.engine.begin() as conn:
                yield conn
            return
        with self._write_lock, self._write_engine.begin() as conn:
            yield conn

    @contextmanager
    def write_statement(self) -> Iterator[Connection]:
        """A connection for ONE writing statement, which is atomic on its own.

        On PostgreSQL the statement runs in autocommit: no BEGIN and COMMIT round trips around
        it. On SQLite it is a :meth:`write` transaction (writers must queue anyway).
        """
        if self._autocommit_engine is None:
            with self.write() as conn:
                yield conn
            return
        with self._autocommit_engine.connect() as conn:
            yield conn

    def dispose(self) -> None:
        self.engine.dispose()
        if self._write_lock is not None:
            self._write_lock.close()


class _WriterLock:
    """Serialises SQLite writers: threads of this process, and every process on the same file.

    A thread lock orders this process's writers; an advisory ``flock`` on ``<database>-writer``
    orders the processes (``moderator-server --workers N``). A blocked ``flock`` wakes as soon as
    the holder lets go, where SQLite's busy handler would poll with growing sleeps. Where
    ``flock`` does not exist (Windows) or for an in-memory database, only the thread lock is used,
    and SQLite's own locking still keeps several processes correct.
    """

    def __init__(self, url: str) -> None:
        self._thread_lock = threading.Lock()
        self._fd: int | None = None
        path = url.removeprefix("sqlite:///")
        if fcntl is not None and path and path != ":memory:" and url != "sqlite://":
            try:
                self._fd = os.open(f"{path}-writer", os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:  # a read-only directory: SQLite alone will arbitrate
                log.warning(
                    "no writer lock file next to %s (%s); relying on SQLite's busy handler", path, exc
                )

    def __enter__(self) -> None:
        self._thread_lock.acquire()
        if self._fd is not None:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX)
            except BaseException:
                self._thread_lock.release()
                raise

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        self._thread_lock.release()

    def close(self) -> None:
        with self._thread_lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None


def _create_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:")
        connect_args = {"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        if memory:  # one shared connection, or every checkout would see a different empty database
            engine = create_engine(url, connect_args=connect_args, poolclass=StaticPool)
        else:
            engine = create_engine(url, connect_args=connect_args, pool_size=16, max_overflow=32)
        _install_sqlite_hooks(engine, wal=not memory)
        return engine
    # No pre-ping: it costs a round trip per transaction. A connection broken by a database
    # restart fails one request, and SQLAlchemy then discards the whole stale pool.
    return create_engine(url, pool_size=PG_POOL_SIZE, max_overflow=PG_MAX_OVERFLOW, pool_recycle=1800)


def _install_sqlite_hooks(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        # Take transaction control away from the sqlite3 module so BEGIN is ours to emit.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        if wal:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        # NORMAL is durable across application crashes in WAL mode; only an OS crash can lose
        # the last commits, never corrupt the file.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
