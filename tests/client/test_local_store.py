"""The local store: migrations, outbox durability and order, undo, expiry."""

from __future__ import annotations

import hashlib
import sqlite3
import time

import pytest
from client_factories import decision, item_detail, lease

from moderator_app.store.image_files import ImageHashMismatch
from moderator_app.store.migrations import SCHEMA_VERSION
from moderator_app.store.writer import StoreWriter

SERVER = "http://127.0.0.1:1/"


def test_migrations_are_applied_on_open_and_reopen(tmp_path):
    path = tmp_path / "db.sqlite3"
    StoreWriter(path).close()
    writer = StoreWriter(path)  # reopening an up-to-date database is a no-op
    try:
        version = writer.call(lambda db: db.execute("PRAGMA user_version").fetchone()[0])
        mode = writer.call(lambda db: db.execute("PRAGMA journal_mode").fetchone()[0])
        sync = writer.call(lambda db: db.execute("PRAGMA synchronous").fetchone()[0])
    finally:
        writer.close()
    assert version == SCHEMA_VERSION
    assert mode == "wal"
    assert sync == 2  # FULL


def test_a_database_from_a_newer_app_is_refused(tmp_path):
    path = tmp_path / "db.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(RuntimeError, match="newer version"):
        StoreWriter(path)


def test_outbox_row_is_committed_before_add_returns(outbox, cache, writer):
    cache.add_leases([lease(1)])
    request = decision(1)
    key = outbox.add(SERVER, "moderator1", request)
    # Another connection (another process would do the same) sees the committed row.
    other = sqlite3.connect(writer.path)
    try:
        row = other.execute("SELECT key, state, item_id FROM outbox").fetchone()
    finally:
        other.close()
    assert row == (key, "pending", 1)
    assert outbox.unsent_items() == {1}


def test_outbox_sends_in_order_and_only_for_its_account(outbox):
    keys = [outbox.add(SERVER, "moderator1", decision(i)) for i in (1, 2, 3)]
    outbox.add(SERVER, "moderator2", decision(4))
    first = outbox.claim_next(SERVER, "moderator1")
    assert first.key == keys[0]
    outbox.back_to_pending(first.key, "offline")
    again = outbox.claim_next(SERVER, "moderator1")
    assert again.key == keys[0]  # a failed send keeps its place in line
    assert outbox.entry(keys[0]).attempts == 2
    assert outbox.unsent_count(SERVER, "moderator1") == 3
    assert outbox.unsent_count(SERVER, "moderator2") == 1


def test_a_row_left_sending_by_a_crash_is_sent_again(outbox):
    key = outbox.add(SERVER, "moderator1", decision(1))
    outbox.claim_next(SERVER, "moderator1")
    assert outbox.entry(key).state == "sending"
    # The next sender (a new run, or the same one after a failed write) takes it again.
    again = outbox.claim_next(SERVER, "moderator1")
    assert again.key == key and outbox.entry(key).attempts == 2


def test_held_rows_are_not_sent(outbox):
    held = outbox.add(SERVER, "moderator1", decision(1))
    free = outbox.add(SERVER, "moderator1", decision(2))
    assert outbox.claim_next(SERVER, "moderator1", held={held}).key == free
    assert outbox.claim_next(SERVER, "moderator1", held={held, free}) is None


def test_send_hold_runs_on_the_monotonic_clock():
    from moderator_app.sync.send_hold import SendHold

    now = [100.0]
    hold = SendHold(lambda: now[0], 5.0)
    hold.hold("k")
    assert hold.held_keys() == {"k"} and hold.next_end_in() == 5.0
    now[0] += 4.99
    assert hold.held_keys() == {"k"}
    now[0] += 0.01
    assert hold.held_keys() == set() and hold.next_end_in() is None


def test_only_a_decision_never_handed_to_the_network_can_be_withdrawn(outbox):
    key1 = outbox.add(SERVER, "moderator1", decision(1))
    assert outbox.withdraw(key1) == 1
    assert outbox.entry(key1) is None

    key2 = outbox.add(SERVER, "moderator1", decision(2))
    outbox.claim_next(SERVER, "moderator1")
    assert outbox.withdraw(key2) is None  # being sent
    outbox.back_to_pending(key2, "the answer was lost")
    assert outbox.withdraw(key2) is None  # pending again, but the server may have applied it
    assert outbox.entry(key2) is not None


def test_conflict_closes_the_row_and_lists_it(outbox):
    key = outbox.add(SERVER, "moderator1", decision(7, "reject"))
    outbox.claim_next(SERVER, "moderator1")
    outbox.mark_refused(key, "lease_expired", "The lease expired.", listing_id="L7", title="Vélo")
    assert outbox.entry(key).state == "conflict"
    [conflict] = outbox.conflicts()
    assert (conflict.item_id, conflict.code, conflict.action, conflict.listing_id) == (
        7,
        "lease_expired",
        "reject",
        "L7",
    )
    assert outbox.unsent_count() == 0


def test_giving_a_lease_back_drops_it_and_queues_its_release_in_one_step(cache):
    cache.add_leases([lease(1), lease(2), lease(3)])
    cache.give_back([1], {1: 1234.0})
    assert [row.item_id for row in cache.leases()] == [2, 3]
    assert cache.pending_releases() == {1: 1234.0}
    cache.releases_done([1])
    assert cache.pending_releases() == {}


def test_a_claim_is_remembered_until_its_leases_arrive(cache):
    from moderator_app.store.cache_store import PendingClaim

    claim = PendingClaim("5f1c0a3e-0000-4000-8000-000000000001", "new-fr", 25)
    cache.save_pending_claim(claim)
    assert cache.pending_claim() == claim
    cache.add_leases([lease(1)], answered_claim=True)
    assert cache.pending_claim() is None


def test_changing_account_clears_the_previous_accounts_cache(cache, outbox):
    assert cache.set_identity(SERVER, "moderator1")
    cache.add_leases([lease(1)])
    outbox.add(SERVER, "moderator1", decision(1))
    assert not cache.set_identity(SERVER, "moderator1")
    cache.give_back([1], {1: 0.0})
    assert cache.set_identity(SERVER, "moderator2")
    assert cache.leases() == [] and cache.pending_releases() == {}
    assert outbox.unsent_count() == 1  # the outbox is kept for its own account


def test_expiry_purges_old_listings_sellers_and_image_files(cache):
    data = b"\x89PNG fake image bytes"
    sha = hashlib.sha256(data).hexdigest()
    path = cache.images.write(sha, data)
    cache.add_leases([lease(1)])
    cache.save_item(item_detail(1))
    cache.save_image("img-1", sha, path)
    fresh = cache.purge_expired(max_age_days=7)
    assert fresh.listings == 0 and path.exists()

    report = cache.purge_expired(max_age_days=7, now=time.time() + 8 * 86400)
    assert report.listings == 1
    assert report.images == 1
    assert not path.exists()
    assert cache.item(1) is None
    assert cache.image("img-1") is None


def test_image_files_refuse_bytes_that_do_not_match_their_digest(cache):
    with pytest.raises(ImageHashMismatch):
        cache.images.write("0" * 64, b"something else")
