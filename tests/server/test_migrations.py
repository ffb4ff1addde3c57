"""Migrations build exactly the schema the code uses, and re-running them is harmless."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from moderator_app.server.db import Database, normalize_database_url
from moderator_app.server.migrate import HEAD_REVISION, head_revision, upgrade
from moderator_app.server.tables import metadata


def _assert_schema_matches(url: str) -> None:
    db = Database(url)
    try:
        upgrade(db)
        upgrade(db)  # a second start is a no-op
        with db.read() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert context.get_current_revision() == head_revision()
            diff = compare_metadata(context, metadata)
    finally:
        db.dispose()
    assert diff == [], f"migrations and tables.py disagree: {diff}"


def test_sqlite_schema_matches_tables(tmp_path):
    _assert_schema_matches(str(tmp_path / "fresh.sqlite3"))


@pytest.mark.postgres
def test_postgres_schema_matches_tables(pg_url):
    _assert_schema_matches(pg_url)


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path):
    db = Database(str(tmp_path / "wal.sqlite3"))
    try:
        with db.read() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        db.dispose()


def test_plain_paths_and_bare_postgres_urls_are_accepted(tmp_path):
    assert normalize_database_url(str(tmp_path / "a.db")) == f"sqlite:///{tmp_path / 'a.db'}"
    assert normalize_database_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"


def test_the_fast_start_check_knows_the_newest_revision():
    # upgrade() skips Alembic when the stored revision equals HEAD_REVISION; a new migration
    # must move that constant too, or starts would stop migrating.
    assert head_revision() == HEAD_REVISION
