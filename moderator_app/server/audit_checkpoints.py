"""Signed checkpoints of the audit chain's head, exported outside the database.

A checkpoint says "entry N of the chain that starts with hash C had hash H at time T", signed with
a key derived from the audit key. The server writes one when the head has moved, every
``ServerSettings.checkpoint_seconds`` and when it stops, as a line appended to a file and as a log
line (``audit-checkpoint {...}``) that a log collector or SIEM keeps. ``verify-audit`` reads them
back from a file or a log extract: a database whose chain was cut below a checkpoint, or rolled
back to an older copy, no longer holds entry N with hash H. Only the last few seconds before an
attack (since the latest checkpoint) can be cut unseen; docs/audit-log.md says how to keep the
checkpoints where the database's writers cannot reach them.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, select

from moderator_app.server import tables as t
from moderator_app.server.audit import canonical_json
from moderator_app.server.audit_key import AuditKey

log = logging.getLogger(__name__)
# A logger of its own, so a deployment can route checkpoint lines to its SIEM alone.
checkpoint_log = logging.getLogger("moderator_app.audit_checkpoint")

LOG_PREFIX = "audit-checkpoint "
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Checkpoint:
    chain: str  # the hash of entry 1: which chain this is
    seq: int
    hash: str
    at: str
    sig: str
    source: str = ""  # "file:line", for messages

    def body(self) -> dict:
        return {"v": FORMAT_VERSION, "chain": self.chain, "seq": self.seq, "hash": self.hash, "at": self.at}

    def line(self) -> str:
        return canonical_json({**self.body(), "sig": self.sig})


def make_checkpoint(key: AuditKey, chain: str, seq: int, head_hash: str, at: datetime) -> Checkpoint:
    body = {"v": FORMAT_VERSION, "chain": chain, "seq": seq, "hash": head_hash, "at": at.isoformat()}
    return Checkpoint(chain, seq, head_hash, body["at"], key.sign_checkpoint(canonical_json(body).encode()))


def current_head(conn: Connection) -> tuple[str, int, str] | None:
    """(chain id, head seq, head hash), or None while the chain is empty."""
    head = conn.execute(select(t.audit_head.c.seq, t.audit_head.c.hash).where(t.audit_head.c.id == 1)).first()
    if head is None or head.seq == 0:
        return None
    first = conn.execute(select(t.audit_log.c.hash).where(t.audit_log.c.seq == 1)).scalar_one_or_none()
    if first is None:
        return None
    return first, head.seq, head.hash


class Checkpointer:
    """Writes a checkpoint when the head has moved since the last one this process wrote."""

    def __init__(self, key: AuditKey, path: Path | None) -> None:
        self.key = key
        self.path = path
        self._last: tuple[int, str] | None = None
        self._lock = threading.Lock()

    def checkpoint(self, conn: Connection, now: datetime, *, force: bool = False) -> Checkpoint | None:
        """Export the head (file and log line) unless it has not moved; returns what was written."""
        head = current_head(conn)
        if head is None:
            return None
        chain, seq, head_hash = head
        with self._lock:
            if not force and self._last == (seq, head_hash):
                return None
            point = make_checkpoint(self.key, chain, seq, head_hash, now)
            checkpoint_log.info("%s%s", LOG_PREFIX, point.line())
            if self.path is not None:
                _append_line(self.path, point.line())
            self._last = (seq, head_hash)
        return point


def _append_line(path: Path, line: str) -> None:
    """Append one line with a single write (O_APPEND), so processes sharing the file never interleave."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o640)
    try:
        os.write(fd, (line + "\n").encode("utf-8"))
    finally:
        os.close(fd)


def read_checkpoints(path: Path) -> list[Checkpoint]:
    """Checkpoints from a file of checkpoint lines or a log extract (other lines are skipped).

    A line that looks like a checkpoint but does not parse is kept as an unsigned checkpoint, so
    that verification reports it instead of silently skipping a damaged record.
    """
    found = []
    with open(path, encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, start=1):
            text = line.strip()
            if LOG_PREFIX.strip() in text:
                text = text.split(LOG_PREFIX.strip(), 1)[1].strip()
            elif not text.startswith('{"at"'):
                continue
            source = f"{path}:{number}"
            try:
                data = json.loads(text)
                found.append(
                    Checkpoint(
                        str(data["chain"]),
                        int(data["seq"]),
                        str(data["hash"]),
                        str(data["at"]),
                        str(data["sig"]),
                        source,
                    )
                )
            except (ValueError, KeyError, TypeError):
                found.append(Checkpoint("", 0, "", "", "", source))
    return found


def check_checkpoints(conn: Connection, key: AuditKey, checkpoints: list[Checkpoint]) -> list[str]:
    """What is wrong between the database and the checkpoints (empty when they agree)."""
    problems = []
    head = current_head(conn)
    for point in checkpoints:
        expected = key.sign_checkpoint(canonical_json(point.body()).encode())
        if not point.sig or point.sig != expected:
            problems.append(f"checkpoint {point.source} is not signed with the audit key (forged or damaged)")
            continue
        if head is None or point.chain != head[0]:
            problems.append(f"checkpoint {point.source} belongs to another chain (or entry 1 was replaced)")
            continue
        stored = conn.execute(
            select(t.audit_log.c.hash).where(t.audit_log.c.seq == point.seq)
        ).scalar_one_or_none()
        if stored is None:
            problems.append(
                f"checkpoint {point.source} saw entry {point.seq} at {point.at}; the log now ends at "
                f"{head[1]} (entries were cut, or the database was rolled back)"
            )
        elif stored != point.hash:
            problems.append(f"entry {point.seq} is not the one checkpoint {point.source} saw at {point.at}")
    return problems
