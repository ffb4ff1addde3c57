"""The append-only, hash-chained audit log.

Each entry's hash is sha256 over the canonical JSON of ``{seq, at, actor, kind, payload,
prev_hash}``; ``prev_hash`` is the previous entry's hash (64 zeros for the first). Changing,
removing or reordering any stored row breaks the chain at that row, which :func:`verify_chain`
reports. Entries are appended inside the caller's transaction, so a decision and its audit entry
commit or fail together. Appenders lock the single ``audit_head`` row, which orders the chain
across server processes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, text, update

from moderator_app.server import tables as t

GENESIS_HASH = "0" * 64

_LOCK_HEAD = select(t.audit_head.c.seq, t.audit_head.c.hash).where(t.audit_head.c.id == 1).with_for_update()
_INSERT_ENTRY = insert(t.audit_log)
_MOVE_HEAD = (
    update(t.audit_head)
    .where(t.audit_head.c.id == 1)
    .values(seq=bindparam("b_seq"), hash=bindparam("b_hash"))
)


def canonical_json(value: Any) -> str:
    """Deterministic JSON: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(seq: int, at: str, actor: str, kind: str, payload_json: str, prev_hash: str) -> str:
    document = {
        "seq": seq,
        "at": at,
        "actor": actor,
        "kind": kind,
        "payload": json.loads(payload_json),
        "prev_hash": prev_hash,
    }
    return hashlib.sha256(canonical_json(document).encode("utf-8")).hexdigest()


def _hash_prefix(at: str, actor: str, kind: str, payload_json: str) -> str:
    """The canonical JSON of an entry up to its prev_hash value.

    Sorted keys put ``prev_hash`` and ``seq`` last, so the full text is
    ``prefix + prev_hash + '","seq":' + seq + '}'`` — which PostgreSQL can finish and hash itself.
    """
    head = canonical_json({"actor": actor, "at": at, "kind": kind, "payload": json.loads(payload_json)})
    return head[:-1] + ',"prev_hash":"'


# PostgreSQL: lock the head, write the entry and move the head in ONE round trip. The head row
# stays locked until commit, so the fewer round trips after taking it, the more decisions per
# second the chain can absorb.
_PG_APPEND = text(
    """
    WITH old AS (SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE),
    new AS (
        SELECT old.seq + 1 AS seq, old.hash AS prev_hash,
               encode(sha256(convert_to(:prefix || old.hash || '","seq":' || (old.seq + 1)::text || '}', 'UTF8')),
                      'hex') AS hash
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


def append_entry(conn: Connection, *, at: datetime, actor: str, kind: str, payload: dict) -> int:
    """Append one entry in the caller's transaction and return its sequence number.

    Call it last in the transaction: it locks the chain's head until the commit.
    """
    at_text = at.isoformat()
    payload_json = canonical_json(payload)
    if conn.dialect.name == "postgresql":
        return conn.execute(
            _PG_APPEND,
            {
                "prefix": _hash_prefix(at_text, actor, kind, payload_json),
                "at": at_text,
                "actor": actor,
                "kind": kind,
                "payload": payload_json,
            },
        ).scalar_one()
    head = conn.execute(_LOCK_HEAD).one()
    seq = head.seq + 1
    digest = entry_hash(seq, at_text, actor, kind, payload_json, head.hash)
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


def verify_chain(conn: Connection, batch: int = 5000) -> ChainReport:
    """Walk the whole log in order and report the first entry that does not verify."""
    expected_prev = GENESIS_HASH
    expected_seq = 1
    last_seq = 0
    count = 0
    while True:
        rows = conn.execute(
            select(t.audit_log).where(t.audit_log.c.seq > last_seq).order_by(t.audit_log.c.seq).limit(batch)
        ).all()
        if not rows:
            break
        for row in rows:
            if row.seq != expected_seq:
                return ChainReport(False, count, expected_seq, f"entry {expected_seq} is missing")
            if row.prev_hash != expected_prev:
                return ChainReport(
                    False, count, row.seq, "prev_hash does not match the previous entry's hash"
                )
            try:
                digest = entry_hash(row.seq, row.at, row.actor, row.kind, row.payload, row.prev_hash)
            except ValueError:
                return ChainReport(False, count, row.seq, "payload is not valid JSON")
            if digest != row.hash:
                return ChainReport(False, count, row.seq, "hash does not match the entry's contents")
            expected_prev = row.hash
            expected_seq += 1
            last_seq = row.seq
            count += 1
    head = conn.execute(select(t.audit_head.c.seq, t.audit_head.c.hash).where(t.audit_head.c.id == 1)).first()
    if head is not None and (head.seq != last_seq or head.hash != expected_prev):
        return ChainReport(
            False, count, last_seq + 1, "the log ends before the recorded head (entries removed)"
        )
    return ChainReport(True, count)
