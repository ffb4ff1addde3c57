"""What the audit log records about decisions, audits and disputes, in one canonical form.

The writers put these facts in the entries they append (a decision's entry carries its decision's
facts), and ``verify-audit`` recomputes them from the tables and compares: a decision changed in
the ``decisions`` table no longer matches its entry. Rows written in bulk (the demo's history, or
the rows a database held before its chain was sealed) are vouched for by one entry whose payload
``covers`` them: id ranges, a count and the sha256 of their facts, one canonical line per row.

Facts are plain JSON values. Free text (notes, comments, dispute reasons) appears as its sha256:
the log proves the text, it does not repeat it. Only what cannot change is in the facts of a row;
what may change later (a dispute's settlement, an audit's error flag after an overturn) is checked
against the entries that changed it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from moderator_app.core.metrics import flag_key

# The keys of a decision's facts, in the order they are documented (docs/audit-log.md).
DECISION_KEYS = (
    "decision_id", "idempotency_key", "item_id", "queue_id", "listing_id", "listing_version",
    "moderator_id", "action", "reason_codes", "escalate_to", "note_sha256", "time_spent_ms",
    "flags_shown", "decided_at", "received_at", "category",
)  # fmt: skip
AUDIT_KEYS = (
    "audit_id", "decision_id", "source", "auditor", "moderator_id", "agree", "correct_action",
    "correct_reason_codes", "severity", "comment_sha256", "audited_at",
)  # fmt: skip
DISPUTE_KEYS = ("dispute_id", "audit_id", "moderator_id", "reason_sha256", "opened_at")


def text_digest(text: str) -> str:
    """sha256 of free text, for payloads (which never carry the text itself)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def _codes(value: str | None) -> list[str]:
    return json.loads(value) if value else []


def decision_facts(row) -> dict[str, Any]:
    """The facts of a ``decisions`` row (as its entry records them).

    A decision taken in a cluster decision also has ``cluster_decision_id``; the key is left out
    for every other decision, so that rows vouched for before it existed keep their digests.
    """
    facts = {
        "decision_id": row.id,
        "idempotency_key": row.idempotency_key,
        "item_id": row.item_id,
        "queue_id": row.queue_id,
        "listing_id": row.listing_id,
        "listing_version": row.listing_version,
        "moderator_id": row.moderator_id,
        "action": row.action,
        "reason_codes": _codes(row.reason_codes),
        "escalate_to": row.escalate_to,
        "note_sha256": text_digest(row.note),
        "time_spent_ms": row.time_spent_ms,
        "flags_shown": json.loads(row.flags_shown or "[]"),
        "decided_at": _iso(row.decided_at),
        "received_at": _iso(row.received_at),
        "category": row.category,
    }
    cluster_decision_id = getattr(row, "cluster_decision_id", None)
    if cluster_decision_id is not None:
        facts["cluster_decision_id"] = cluster_decision_id
    return facts


def cluster_decision_facts(row) -> dict[str, Any]:
    """The facts of a ``cluster_decisions`` row (its entry adds the ids of its members' decisions)."""
    return {
        "cluster_decision_id": row.id,
        "idempotency_key": row.idempotency_key,
        "cluster_id": row.cluster_id,
        "moderator_id": row.moderator_id,
        "action": row.action,
        "reason_codes": _codes(row.reason_codes),
        "escalate_to": row.escalate_to,
        "note_sha256": text_digest(row.note),
        "item_ids": json.loads(row.item_ids),
        "excluded_item_ids": json.loads(row.excluded_item_ids),
        "evidence_sha256": text_digest(row.evidence),
        "decided_at": _iso(row.decided_at),
        "received_at": _iso(row.received_at),
    }


def audit_facts(row) -> dict[str, Any]:
    """The facts of an ``audits`` row that never change (``is_error`` follows its dispute)."""
    return {
        "audit_id": row.id,
        "decision_id": row.decision_id,
        "source": row.source,
        "auditor": row.auditor,
        "moderator_id": row.moderator_id,
        "agree": bool(row.agree),
        "correct_action": row.correct_action,
        "correct_reason_codes": _codes(row.correct_reason_codes),
        "severity": row.severity,
        "comment_sha256": text_digest(row.comment),
        "audited_at": _iso(row.audited_at),
    }


def dispute_facts(row) -> dict[str, Any]:
    """The facts of a ``disputes`` row that never change (its settlement has its own entry)."""
    return {
        "dispute_id": row.id,
        "audit_id": row.audit_id,
        "moderator_id": row.moderator_id,
        "reason_sha256": text_digest(row.reason),
        "opened_at": _iso(row.opened_at),
    }


def flag_keys(flags_shown: Iterable[dict]) -> set[str]:
    """The scoring keys (decision_flags rows) of a decision's shown flags."""
    return {flag_key(str(f.get("kind", "")), str(f.get("label") or "")) for f in flags_shown if f.get("kind")}


def fact_line(facts: dict[str, Any]) -> bytes:
    """One row's facts as the canonical line a coverage digest hashes."""
    return (json.dumps(facts, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n").encode(
        "utf-8"
    )


def id_ranges(ids: Sequence[int]) -> list[list[int]]:
    """Sorted ids as inclusive [first, last] runs: [1, 2, 3, 7] -> [[1, 3], [7, 7]]."""
    runs: list[list[int]] = []
    for i in sorted(ids):
        if runs and i == runs[-1][1] + 1:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return runs


def in_ranges(value: int, ranges: Sequence[Sequence[int]]) -> bool:
    return any(first <= value <= last for first, last in ranges)


class Coverage:
    """Builds the ``covers`` part of a bulk entry for one table: add rows in id order."""

    def __init__(self) -> None:
        self.ids: list[int] = []
        self._hash = hashlib.sha256()

    def add(self, row_id: int, facts: dict[str, Any]) -> None:
        self.ids.append(row_id)
        self._hash.update(fact_line(facts))

    def payload(self) -> dict[str, Any]:
        return {"ranges": id_ranges(self.ids), "count": len(self.ids), "sha256": self._hash.hexdigest()}
