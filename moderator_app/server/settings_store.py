"""Reading and writing one value of the ``server_settings`` table (JSON text, by key)."""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert, select, update

from moderator_app.server import tables as t

_s = t.server_settings


def get_value(conn: Connection, key: str) -> str | None:
    return conn.execute(select(_s.c.value).where(_s.c.key == key)).scalar()


def put_value(conn: Connection, key: str, value: str) -> None:
    """Insert or replace the value (the row is locked first, so concurrent writers queue)."""
    if conn.execute(select(_s.c.key).where(_s.c.key == key).with_for_update()).first():
        conn.execute(update(_s).where(_s.c.key == key).values(value=value))
    else:
        conn.execute(insert(_s).values(key=key, value=value))


def drop_value(conn: Connection, key: str) -> None:
    conn.execute(delete(_s).where(_s.c.key == key))
