"""The append-only audit log: a chain of entries sealed with a key the database never holds.

Each entry is sealed in two steps. Its *MAC* is HMAC-SHA256, under the audit key
(``server.audit_key``), of the canonical JSON of ``{at, actor, kind, payload}``; its ``hash`` is
SHA-256 of ``"<mac>:<prev_hash>:<seq>"``, where ``prev_hash`` is the previous entry's hash (64
zeros for the first). The MAC is never stored: the verifier recomputes it from the entry with the
key. So an edited entry cannot be given a valid hash without the key, and a removed or reordered
entry cannot be relinked either, since relinking the entries after it needs their MACs. The split
lets PostgreSQL finish the link in the statement that locks the chain's head (one round trip while
the head is locked): the key itself never reaches the database, only each new entry's MAC, as a
bind parameter. Cutting the tail and moving
the head back is caught by the signed checkpoints exported outside the database
(``server.audit_checkpoints``); a decision, audit or dispute changed in its own table is caught by
comparing it with its entry (``server.audit_verify``). docs/audit-log.md describes the scheme.

Entries are appended inside the caller's transaction, so a decision and its entry commit or fail
together. Appenders lock the single ``audit_head`` row, which orders the chain across processes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, text, update

from moderator_app.server import tables as t
from moderator_app.server.audit_key import AuditKey

GENESIS_HASH = "0" * 64

_LOCK_HEAD = select(t.audit_head.c.seq, t.audit_head.c.hash).where(t.audit_head.c.id == 1).with_for_update()
_INSERT_ENTRY = insert(t.audit_log)
_MOVE_HEAD = (
    update(t.audit_head)
    .where(t.audit_head.c.id == 1)
    .values(seq=bindparam("b_seq"), hash=bindparam("b_hash"))
)
# PostgreSQL: lock the head, link the entry (its MAC computed beforehand, in Python) and move the
# head in ONE round trip. The head row orders every decision of every process and stays locked
# until the commit: no Python runs while it is held (a thread waiting for the GIL would hold it).
_PG_APPEND = text(
    """
    WITH old AS (SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE),
    new AS (
        SELECT old.seq + 1 AS seq, old.hash AS prev_hash,
               encode(sha256(convert_to(:mac || ':' || old.hash || ':' || (old.seq + 1)::text, 'UTF8')), 'hex')
                   AS hash
        FROM old
    ),
    entry AS (
        INSERT INTO audit_log (seq, at, actor, kind, payload, prev_hash, hash)
        SELECT seq, :at, :actor, :kind, :payload, prev_hash, hash FROM new
    )
    UPDATE audit_head SET seq = new.seq, hash = new.hash FROM new WHERE audit_head.id = 1
    RETURNING new.seq
    """
)


def canonical_json(value: Any) -> str:
    """Deterministic JSON: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_mac(key: AuditKey, at: str, actor: str, kind: str, payload_json: str) -> str:
    """The entry's MAC: HMAC-SHA256 under the audit key of its canonical contents (never stored).

    The contents are ``canonical_json({at, actor, kind, payload})``, assembled around the stored
    payload text (already canonical) instead of parsing and dumping it again: decisions pay this
    on every append. A stored payload that is not canonical JSON cannot match its MAC.
    """
    text = (
        f'{{"actor":{canonical_json(actor)},"at":{canonical_json(at)},'
        f'"kind":{canonical_json(kind)},"payload":{payload_json}}}'
    )
    return key.seal(text.encode("utf-8"))


def link_hash(mac: str, prev_hash: str, seq: int) -> str:
    """The stored hash: SHA-256 of the MAC, the previous hash and the sequence number."""
    return hashlib.sha256(f"{mac}:{prev_hash}:{seq}".encode("ascii")).hexdigest()


def entry_hash(
    key: AuditKey, seq: int, at: str, actor: str, kind: str, payload_json: str, prev_hash: str
) -> str:
    """The hash an entry must have under the audit key."""
    return link_hash(entry_mac(key, at, actor, kind, payload_json), prev_hash, seq)


def legacy_entry_hash(seq: int, at: str, actor: str, kind: str, payload_json: str, prev_hash: str) -> str:
    """The unkeyed sha256 of schema revisions before 0004 (used once, to re-seal an old chain)."""
    document = {
        "seq": seq,
        "at": at,
        "actor": actor,
        "kind": kind,
        "payload": json.loads(payload_json),
        "prev_hash": prev_hash,
    }
    return hashlib.sha256(canonical_json(document).encode("utf-8")).hexdigest()


def append_entry(
    conn: Connection, key: AuditKey, *, at: datetime, actor: str, kind: str, payload: dict
) -> int:
    """Append one entry in the caller's transaction and return its sequence number.

    Call it last in the transaction: it locks the chain's head until the commit.
    """
    at_text = at.isoformat()
    payload_json = canonical_json(payload)
    mac = entry_mac(key, at_text, actor, kind, payload_json)
    if conn.dialect.name == "postgresql":
        return conn.execute(
            _PG_APPEND, {"mac": mac, "at": at_text, "actor": actor, "kind": kind, "payload": payload_json}
        ).scalar_one()
    head = conn.execute(_LOCK_HEAD).one()
    seq = head.seq + 1
    digest = link_hash(mac, head.hash, seq)
    conn.execute(
        _INSERT_ENTRY,
        {
            "seq": seq,
            "at": at_text,
            "actor": actor,
            "kind": kind,
            "payload": payload_json,
            "prev_hash": head.hash,
            "hash": digest,
        },
    )
    conn.execute(_MOVE_HEAD, {"b_seq": seq, "b_hash": digest})
    return seq


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    broken_seq: int | None = None
    reason: str = ""


def iter_entries(conn: Connection, batch: int = 5000):
    """Every entry row in chain order, read in batches."""
    last_seq = 0
    while True:
        rows = conn.execute(
            select(t.audit_log).where(t.audit_log.c.seq > last_seq).order_by(t.audit_log.c.seq).limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        last_seq = rows[-1].seq


def verify_chain(conn: Connection, key: AuditKey, on_entry=None, *, legacy: bool = False) -> ChainReport:
    """Walk the whole log in order and report the first entry that does not verify.

    ``on_entry(row)`` is called for every entry that verifies (the cross-checks collect what they
    need there). ``legacy`` checks the unkeyed sha256 chain of revisions before 0004 instead.
    """
    expected_prev = GENESIS_HASH
    expected_seq = 1
    count = 0
    for row in iter_entries(conn):
        if row.seq != expected_seq:
            return ChainReport(False, count, expected_seq, f"entry {expected_seq} is missing")
        if row.prev_hash != expected_prev:
            return ChainReport(False, count, row.seq, "prev_hash does not match the previous entry's hash")
        try:
            if legacy:
                digest = legacy_entry_hash(row.seq, row.at, row.actor, row.kind, row.payload, row.prev_hash)
            else:
                digest = entry_hash(key, row.seq, row.at, row.actor, row.kind, row.payload, row.prev_hash)
        except ValueError:
            return ChainReport(False, count, row.seq, "payload is not valid JSON")
        if digest != row.hash:
            return ChainReport(
                False, count, row.seq, "hash does not match the entry's contents under the audit key"
            )
        if on_entry is not None:
            on_entry(row)
        expected_prev = row.hash
        expected_seq += 1
        count += 1
    head = conn.execute(select(t.audit_head.c.seq, t.audit_head.c.hash).where(t.audit_head.c.id == 1)).first()
    if head is not None and (head.seq != count or head.hash != expected_prev):
        return ChainReport(False, count, count + 1, "the log ends before the recorded head (entries removed)")
    return ChainReport(True, count)
