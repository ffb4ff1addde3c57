"""Schema of the local database, as numbered migrations applied on open (PRAGMA user_version)."""

from __future__ import annotations

import logging
import sqlite3

log = logging.getLogger(__name__)

# Append only. Each entry moves the schema from version i to i + 1.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE queues (
        id TEXT PRIMARY KEY, position INTEGER NOT NULL, json TEXT NOT NULL, fetched_at REAL NOT NULL);
    CREATE TABLE leases (
        item_id INTEGER PRIMARY KEY,
        queue_id TEXT NOT NULL,
        listing_id TEXT NOT NULL,
        listing_version INTEGER NOT NULL,
        lease_token TEXT NOT NULL,
        expires_at REAL NOT NULL,
        priority INTEGER NOT NULL,
        claimed_at REAL NOT NULL,
        position REAL NOT NULL,          -- local review order; skip moves an item to the back
        decided INTEGER NOT NULL DEFAULT 0,
        lost INTEGER NOT NULL DEFAULT 0  -- the server refused to renew it
    );
    CREATE INDEX leases_queue ON leases (queue_id, decided, position);
    CREATE TABLE items (
        item_id INTEGER PRIMARY KEY, listing_id TEXT NOT NULL, json TEXT NOT NULL, fetched_at REAL NOT NULL);
    CREATE TABLE listings (
        listing_id TEXT PRIMARY KEY, version INTEGER NOT NULL, seller_id TEXT NOT NULL,
        json TEXT NOT NULL, fetched_at REAL NOT NULL);
    CREATE TABLE sellers (seller_id TEXT PRIMARY KEY, json TEXT NOT NULL, fetched_at REAL NOT NULL);
    CREATE TABLE images (
        image_id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, path TEXT, error TEXT, fetched_at REAL NOT NULL);
    CREATE TABLE similar_images (
        listing_id TEXT PRIMARY KEY, json TEXT NOT NULL, fetched_at REAL NOT NULL);
    CREATE TABLE text_findings (
        listing_id TEXT NOT NULL, version INTEGER NOT NULL, policy_version TEXT NOT NULL,
        json TEXT NOT NULL, computed_at REAL NOT NULL, PRIMARY KEY (listing_id, version));
    CREATE TABLE policy (
        id INTEGER PRIMARY KEY CHECK (id = 1), etag TEXT, json TEXT NOT NULL, fetched_at REAL NOT NULL);
    CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,   -- send order
        key TEXT NOT NULL UNIQUE,                -- the idempotency key
        server_url TEXT NOT NULL,
        username TEXT NOT NULL,
        item_id INTEGER NOT NULL,
        payload TEXT NOT NULL,                   -- DecisionRequest JSON
        state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'conflict', 'rejected')),
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at REAL NOT NULL,
        sent_at REAL,
        result TEXT,                             -- DecisionResult JSON, or the problem
        error TEXT
    );
    CREATE INDEX outbox_state ON outbox (state, seq);
    CREATE TABLE conflicts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        key TEXT NOT NULL UNIQUE,
        item_id INTEGER NOT NULL,
        listing_id TEXT,
        title TEXT,
        action TEXT NOT NULL,
        code TEXT,
        detail TEXT NOT NULL,
        at REAL NOT NULL
    );
    """,
    # The review session owns whether a listing is decided (the outbox says which decisions are
    # unsent), and a lost lease is dropped at once: the leases table keeps only live leases.
    # Releases the desk could not send yet (offline, or at quit) wait in lease_releases.
    """
    DROP INDEX leases_queue;
    ALTER TABLE leases DROP COLUMN decided;
    ALTER TABLE leases DROP COLUMN lost;
    CREATE INDEX leases_queue ON leases (queue_id, position);
    CREATE TABLE lease_releases (
        item_id INTEGER PRIMARY KEY,
        expires_at REAL NOT NULL,        -- the lease's end on the server's clock: later, nothing to release
        queued_at REAL NOT NULL
    );
    """,
    # A cluster decision waits in the same outbox as single decisions, in the same send order and
    # under the same hold: its payload is a ClusterDecisionRequest and item_id the listing it was
    # decided from.
    """
    ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'decision' CHECK (kind IN ('decision', 'cluster'));
    """,
    # Exposure events the desk measured (store.exposure_queue): kept until the server answered
    # the report that carried them, then purged after a day.
    """
    CREATE TABLE exposure_events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,   -- send order
        event_id TEXT NOT NULL UNIQUE,           -- the server counts each event once by this id
        server_url TEXT NOT NULL,
        username TEXT NOT NULL,
        payload TEXT NOT NULL,                   -- ExposureEvent JSON
        sensitive INTEGER NOT NULL,              -- by the desk's own flags (the status bar's pending figures)
        kind TEXT NOT NULL,
        duration_ms INTEGER NOT NULL,
        created_at REAL NOT NULL,
        sent_at REAL
    );
    CREATE INDEX exposure_events_unsent ON exposure_events (server_url, username, sent_at, seq);
    """,
    # Appeal outcomes the reviewer confirmed (store.appeal_outbox): written before the first send,
    # sent again with the same key until the server answered, so a quit or a crash loses none.
    """
    CREATE TABLE appeal_outcomes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,   -- send order
        key TEXT NOT NULL UNIQUE,                -- the idempotency key
        server_url TEXT NOT NULL,
        username TEXT NOT NULL,
        appeal_id INTEGER NOT NULL,
        item_id INTEGER NOT NULL,
        listing_id TEXT,                         -- for the conflicts list
        title TEXT,
        payload TEXT NOT NULL,                   -- AppealOutcomeRequest JSON
        state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'refused')),
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at REAL NOT NULL,
        sent_at REAL,
        error TEXT
    );
    CREATE INDEX appeal_outcomes_pending ON appeal_outcomes (server_url, username, state, seq);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the missing migrations, each in its own transaction; return the schema version."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise RuntimeError(
            f"The local database was written by a newer version of the app (schema {current}, "
            f"this app knows {SCHEMA_VERSION})."
        )
    for version in range(current, SCHEMA_VERSION):
        log.info("Migrating the local database to schema %d", version + 1)
        # executescript commits first; wrap the script so the migration is all-or-nothing.
        conn.executescript(
            f"BEGIN IMMEDIATE; {MIGRATIONS[version]} PRAGMA user_version = {version + 1}; COMMIT;"
        )
    return SCHEMA_VERSION
