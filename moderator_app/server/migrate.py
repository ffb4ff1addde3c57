"""Apply the server's schema migrations (Alembic, run programmatically) on start.

Several server processes may start at once on the same database, so the upgrade runs under a
lock: a PostgreSQL advisory lock, or SQLite's write lock (``BEGIN IMMEDIATE``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from moderator_app.server.db import Database

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Any constant works; it only has to be the same in every server process.
_PG_MIGRATION_LOCK = 0x6D6F6431
# The newest revision in migrations/versions (a test checks it against Alembic's view). Knowing it
# lets a start on an up-to-date database skip importing Alembic, half a second of every start.
HEAD_REVISION = "0007"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _stored_revision(conn) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(db: Database) -> None:
    """Bring the database to the newest schema; a no-op when it is already there.

    Refuses (AuditChainError) a database whose audit log is sealed under another key than
    ``db.audit_key``, and one whose unkeyed chain is broken when it would be sealed (0004).
    """
    from moderator_app.server.audit_seal import check_key

    with db.write() as conn:
        if not db.is_sqlite:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        current = _stored_revision(conn)
        if current == HEAD_REVISION:
            check_key(conn, db.audit_key)
            return
        from alembic import command

        log.info("migrating database schema from %s to %s", current, head_revision())
        config = alembic_config()
        config.attributes["connection"] = conn
        config.attributes["audit_key"] = db.audit_key
        command.upgrade(config, "head")
        check_key(conn, db.audit_key)
