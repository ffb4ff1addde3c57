"""Sealing: bringing rows under the keyed audit chain.

- :func:`seal_legacy_chain` (schema migration 0004, once): the chain written before the audit key
  existed (plain sha256) is verified, then every entry is re-sealed under the key in place, the
  key's id is stored, and one entry vouches for the rows no entry recorded (bulk-seeded history).
  A chain that does not verify is never re-sealed: that would launder whatever broke it.
- :func:`append_covering_entry`: one entry that covers rows written in bulk (``audit_facts``).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from sqlalchemy import Connection, bindparam, insert, select, update

from moderator_app.server import tables as t
from moderator_app.server.audit import GENESIS_HASH, append_entry, entry_hash, iter_entries, verify_chain
from moderator_app.server.audit_facts import Coverage, audit_facts, decision_facts, dispute_facts
from moderator_app.server.audit_key import AuditKey
from moderator_app.server.audit_verify import Ledger, settlement_facts

log = logging.getLogger(__name__)

KEY_ID_SETTING = "audit_key_id"
_CHUNK = 2000


class AuditChainError(RuntimeError):
    """The audit chain cannot be sealed (it is broken) or was sealed under another key."""


def stored_key_id(conn: Connection) -> str | None:
    return conn.execute(
        select(t.server_settings.c.value).where(t.server_settings.c.key == KEY_ID_SETTING)
    ).scalar_one_or_none()


def check_key(conn: Connection, key: AuditKey) -> None:
    """Refuse a key other than the one the chain was sealed with (clear error, before any write)."""
    stored = stored_key_id(conn)
    if stored is not None and stored != key.key_id:
        raise AuditChainError(
            f"the audit key from {key.source or 'the configuration'} (id {key.key_id}) is not the one this "
            f"database's audit log is sealed with (id {stored}); start the server with that key "
            "(--audit-key-file or MODERATOR_AUDIT_KEY_FILE)"
        )


def seal_legacy_chain(conn: Connection, key: AuditKey, now: datetime | None = None) -> int:
    """Verify the unkeyed chain, re-seal it under ``key``, cover unrecorded rows; returns entries re-sealed."""
    report = verify_chain(conn, key, legacy=True)
    if not report.ok:
        raise AuditChainError(
            f"the audit log is broken at entry {report.broken_seq} ({report.reason}); it is not re-sealed "
            "under the audit key. Investigate with a copy of the database before upgrading."
        )
    previous = GENESIS_HASH
    changes = []
    for row in iter_entries(conn):
        digest = entry_hash(key, row.seq, row.at, row.actor, row.kind, row.payload, previous)
        changes.append({"b_seq": row.seq, "b_prev": previous, "b_hash": digest})
        previous = digest
        if len(changes) >= _CHUNK:
            _apply(conn, changes)
    _apply(conn, changes)
    conn.execute(update(t.audit_head).where(t.audit_head.c.id == 1).values(hash=previous))
    conn.execute(insert(t.server_settings).values(key=KEY_ID_SETTING, value=key.key_id))
    ledger = Ledger()
    verify_chain(conn, key, on_entry=ledger.add)
    covers = _unrecorded(conn, ledger)
    payload = {"key_id": key.key_id, "resealed_entries": report.entries}
    if covers:
        payload["covers"] = covers
    append_entry(
        conn,
        key,
        at=now or datetime.now(UTC),
        actor="system",
        kind="admin.audit_chain_sealed",
        payload=payload,
    )
    log.info("audit log sealed under key %s: %d entries re-sealed", key.key_id, report.entries)
    return report.entries


def _apply(conn: Connection, changes: list[dict]) -> None:
    if changes:
        conn.execute(
            update(t.audit_log)
            .where(t.audit_log.c.seq == bindparam("b_seq"))
            .values(prev_hash=bindparam("b_prev"), hash=bindparam("b_hash")),
            changes,
        )
        changes.clear()


_SEALED_DECISION_COLUMNS = (
    "id", "idempotency_key", "item_id", "queue_id", "listing_id", "listing_version", "moderator_id",
    "moderator", "action", "reason_codes", "escalate_to", "note", "time_spent_ms", "flags_shown",
    "decided_at", "received_at", "category",
)  # fmt: skip


def _unrecorded(conn: Connection, ledger: Ledger) -> dict:
    """Coverage of the rows that no entry records, by table (empty tables left out)."""
    decisions, audits, disputes = Coverage(), Coverage(), Coverage()
    # The columns of revision 0004 only: this runs inside that migration, before later columns exist.
    columns = [t.decisions.c[name] for name in _SEALED_DECISION_COLUMNS]
    for row in conn.execute(select(*columns).order_by(t.decisions.c.id)):
        if row.id not in ledger.decisions:
            decisions.add(row.id, decision_facts(row))
    for row in conn.execute(select(t.audits).order_by(t.audits.c.id)):
        if row.id not in ledger.audits and row.id not in ledger.golden:
            audits.add(row.id, audit_facts(row))
    for row in conn.execute(select(t.disputes).order_by(t.disputes.c.id)):
        if row.id not in ledger.disputes_opened:
            settled = None if row.id in ledger.settlements else settlement_facts(row)
            disputes.add(row.id, {**dispute_facts(row), "settlement": settled})
    parts = {"decisions": decisions, "audits": audits, "disputes": disputes}
    return {name: c.payload() for name, c in parts.items() if c.ids}


def append_covering_entry(
    conn: Connection,
    key: AuditKey,
    *,
    at: datetime,
    actor: str,
    kind: str,
    summary: dict,
    covers: dict[str, Coverage],
) -> int:
    """Append an entry whose payload is ``summary`` plus the coverage of the rows just written."""
    parts = {name: c.payload() for name, c in covers.items() if c.ids}
    return append_entry(conn, key, at=at, actor=actor, kind=kind, payload={**summary, "covers": parts})
