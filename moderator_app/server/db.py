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
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

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
    """One engine plus the transaction helpers the server uses."""

    def __init__(self, database_url: str) -> None:
        self.url = normalize_database_url(database_url)
        self.is_sqlite = self.url.startswith("sqlite")
        self.engine = _create_engine(self.url)
        # Writers on SQLite queue up on this lock inside one process instead of spinning in
        # SQLite's busy handler; BEGIN IMMEDIATE still guards against other processes.
        self._write_lock = threading.Lock() if self.is_sqlite else None
        self._write_engine = self.engine.execution_options(sqlite_immediate=True)

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

    def dispose(self) -> None:
        self.engine.dispose()


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
