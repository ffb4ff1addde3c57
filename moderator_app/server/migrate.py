"""Apply the server's schema migrations (Alembic, run programmatically) on start.

Several server processes may start at once on the same database, so the upgrade runs under a
lock: a PostgreSQL advisory lock, or SQLite's write lock (``BEGIN IMMEDIATE``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from moderator_app.server.db import Database

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Any constant works; it only has to be the same in every server process.
_PG_MIGRATION_LOCK = 0x6D6F6431


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def upgrade(db: Database) -> None:
    """Bring the database to the newest schema; a no-op when it is already there."""
    config = alembic_config()
    with db.write() as conn:
        if not db.is_sqlite:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        current = MigrationContext.configure(conn).get_current_revision()
        if current == head_revision():
            return
        log.info("migrating database schema from %s to %s", current, head_revision())
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
