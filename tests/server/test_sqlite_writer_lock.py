"""SQLite writers of several server processes queue on one lock file, not in SQLite's busy loop."""

from __future__ import annotations

import os
import threading

import pytest
from sqlalchemy import text

from moderator_app.server.db import Database, fcntl


@pytest.mark.skipif(fcntl is None, reason="flock is POSIX-only; SQLite's own locking is used elsewhere")
def test_a_second_process_writer_waits_for_the_lock_file_and_then_proceeds(tmp_path):
    path = tmp_path / "shared.sqlite3"
    # Two Database objects open the lock file separately, exactly as two worker processes do.
    first, second = Database(str(path)), Database(str(path))
    try:
        with first.write() as conn:
            conn.execute(text("CREATE TABLE t (n INTEGER)"))
        assert (tmp_path / "shared.sqlite3-writer").exists()

        holding, release = threading.Event(), threading.Event()
        order: list[str] = []

        def hold() -> None:
            with first.write() as conn:
                conn.execute(text("INSERT INTO t VALUES (1)"))
                holding.set()
                release.wait(30)
                order.append("first commits")

        def follow() -> None:
            with second.write() as conn:
                order.append("second writes")
                conn.execute(text("INSERT INTO t VALUES (2)"))

        holder = threading.Thread(target=hold)
        holder.start()
        assert holding.wait(30)
        follower = threading.Thread(target=follow)
        follower.start()
        follower.join(0.5)
        assert follower.is_alive(), "the second writer got in while the first held the lock"
        # What another process sees: the lock file is taken.
        probe = os.open(tmp_path / "shared.sqlite3-writer", os.O_RDWR)
        try:
            with pytest.raises(BlockingIOError):
                fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
            release.set()
            holder.join(30)
            follower.join(30)
            assert order == ["first commits", "second writes"]
            fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)  # and free once both are done
        finally:
            os.close(probe)
        with second.read() as conn:
            assert sorted(conn.execute(text("SELECT n FROM t")).scalars()) == [1, 2]
    finally:
        first.dispose()
        second.dispose()


def test_an_in_memory_database_needs_no_lock_file(tmp_path):
    db = Database("sqlite://")
    try:
        assert not list(tmp_path.iterdir())
        with db.write() as conn:
            assert conn.execute(text("SELECT 1")).scalar_one() == 1
    finally:
        db.dispose()
