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


def _database_at_0003_with_a_legacy_chain(path, *, break_it: bool = False) -> Database:
    """A database at schema revision 0003 whose audit log was written the old way (plain SHA-256)."""
    from alembic import command
    from sqlalchemy import insert, update

    from moderator_app.server import tables as t
    from moderator_app.server.audit import GENESIS_HASH, canonical_json, legacy_entry_hash
    from moderator_app.server.migrate import alembic_config

    db = Database(str(path))
    with db.write() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
        previous = GENESIS_HASH
        for seq in (1, 2):
            payload = canonical_json({"n": seq})
            at = f"2026-11-0{seq}T10:00:00+00:00"
            digest = legacy_entry_hash(seq, at, "system", "admin.test", payload, previous)
            conn.execute(
                insert(t.audit_log).values(
                    seq=seq,
                    at=at,
                    actor="system",
                    kind="admin.test",
                    payload=payload,
                    prev_hash=previous,
                    hash=digest,
                )
            )
            previous = digest
        conn.execute(update(t.audit_head).where(t.audit_head.c.id == 1).values(seq=2, hash=previous))
        if break_it:
            conn.execute(update(t.audit_log).where(t.audit_log.c.seq == 1).values(actor="someone else"))
    return db


def test_an_old_chain_is_verified_then_sealed_under_the_key(tmp_path):
    from moderator_app.server.audit_verify import verify_database

    db = _database_at_0003_with_a_legacy_chain(tmp_path / "old.sqlite3")
    try:
        upgrade(db)
        with db.read() as conn:
            report = verify_database(conn, db.audit_key, [])
    finally:
        db.dispose()
    assert report.ok and report.chain.entries == 3  # the two old entries and the sealing one


def test_a_broken_old_chain_is_never_sealed(tmp_path):
    from moderator_app.server.audit_seal import AuditChainError

    db = _database_at_0003_with_a_legacy_chain(tmp_path / "broken.sqlite3", break_it=True)
    try:
        with pytest.raises(AuditChainError, match="broken at entry 1"):
            upgrade(db)
    finally:
        db.dispose()


def test_photos_stored_before_hash_quality_get_it_from_their_bytes(tmp_path):
    """An existing database's photos are scored from their stored bytes, so its flat photos
    leave the similar-photo search too."""
    import io

    from alembic import command
    from PIL import Image
    from sqlalchemy import insert, select

    from moderator_app.server import tables as t
    from moderator_app.server.migrate import alembic_config
    from tests.screening.conftest_image import real_photo

    def png(image: Image.Image) -> bytes:
        out = io.BytesIO()
        image.save(out, format="PNG")
        return out.getvalue()

    photos = {
        "blank": png(Image.new("RGB", (400, 300), (250, 250, 250))),
        "real": png(Image.fromarray(real_photo("astronaut"))),
        "broken": b"\x89PNG not really",
    }
    db = Database(str(tmp_path / "old.sqlite3"))
    try:
        with db.write() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            config.attributes["audit_key"] = db.audit_key
            command.upgrade(config, "0005")
            for n, (image_id, data) in enumerate(photos.items()):
                conn.exec_driver_sql(
                    "INSERT INTO images (id, mime, sha256, width, height, phash, size_bytes, created_at, media_key)"
                    " VALUES (?, 'image/png', ?, 1, 1, '8000000000000000', ?, '2026-12-01 10:00:00', ?)",
                    (image_id, f"{n:064x}", len(data), f"key-{n}"),
                )
                conn.execute(insert(t.image_blobs).values(image_id=image_id, data=data))
        upgrade(db)
        with db.read() as conn:
            quality = dict(conn.execute(select(t.images.c.id, t.images.c.hash_quality)).all())
    finally:
        db.dispose()
    assert quality["blank"] == 0 and quality["real"] == 100
    assert quality["broken"] == 100  # unreadable now: compared as before, never hidden
