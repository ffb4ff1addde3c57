"""`verify-audit`: is the database what its audit log and the exported checkpoints say it is?

Checks, in order, each reported with the rows at fault:

1. the chain: every entry in sequence, linked to the previous one, sealed under the audit key,
   and the head row at the last entry (``server.audit``);
2. the checkpoints exported outside the database: each signed with the key, of this chain, and
   naming an entry that still exists with that hash (a cut tail or a rolled-back database shows
   here) (``server.audit_checkpoints``);
3. the tables against the log: every decision, audit and dispute matches the entry that recorded
   it, or the bulk entry that covers it; no entry names a row that is gone; an audit's error flag
   follows its verdict and its dispute; the reason, flag and correct-reason rows match their
   decision or audit (the metrics read those rows) (``server.audit_facts``).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from moderator_app.server import tables as t
from moderator_app.server.audit import ChainReport, verify_chain
from moderator_app.server.audit_checkpoints import Checkpoint, check_checkpoints
from moderator_app.server.audit_facts import (
    audit_facts,
    cluster_decision_facts,
    decision_facts,
    dispute_facts,
    fact_line,
    flag_keys,
    in_ranges,
    text_digest,
)
from moderator_app.server.audit_key import AuditKey

MAX_LISTED = 20
_BATCH = 5000


@dataclass
class VerifyReport:
    chain: ChainReport
    checkpoints: int = 0
    decisions: int = 0
    audits: int = 0
    disputes: int = 0
    problems: list[str] = field(default_factory=list)
    more_problems: int = 0

    @property
    def ok(self) -> bool:
        return self.chain.ok and not self.problems

    def problem(self, text: str) -> None:
        if len(self.problems) < MAX_LISTED:
            self.problems.append(text)
        else:
            self.more_problems += 1


def _digest(facts: dict[str, Any], keys) -> str:
    return hashlib.sha256(fact_line({k: facts.get(k) for k in keys})).hexdigest()


@dataclass(frozen=True)
class _Recorded:
    """What an entry recorded about one row: which facts (digested), by whom and when."""

    seq: int
    keys: tuple[str, ...]
    digest: str
    actor: str
    at: str
    extra: Any = None


class Ledger:
    """What the verified chain says about the tables, collected entry by entry (``add``)."""

    def __init__(self) -> None:
        self.decisions: dict[int, _Recorded] = {}
        self.audits: dict[int, _Recorded] = {}
        self.golden: dict[int, dict] = {}  # audit id -> the grading recorded in the decision's entry
        self.disputes_opened: dict[int, _Recorded] = {}
        self.settlements: dict[int, dict] = {}  # dispute id -> the settle entry's payload, at, actor
        self.cluster_decisions: dict[int, _Recorded] = {}
        self.cluster_members: dict[int, list[int]] = {}  # cluster decision id -> its decision ids
        self.covers: list[tuple[int, dict]] = []  # (seq, payload["covers"])
        self.duplicates: list[str] = []

    def add(self, row) -> None:
        payload = json.loads(row.payload)
        kind = row.kind
        if kind == "decision":
            self._record(
                self.decisions,
                payload["decision_id"],
                row,
                payload,
                exclude=("escalated_item_id", "golden_audit"),
            )
            golden = payload.get("golden_audit")
            if golden:
                self.golden[golden["audit_id"]] = {**golden, "decision_id": payload["decision_id"]}
        elif kind == "qa.audit_recorded":
            self._record(self.audits, payload["audit_id"], row, payload, exclude=("sample_id", "rule"))
        elif kind == "qa.dispute_opened":
            self._record(self.disputes_opened, payload["dispute_id"], row, payload, exclude=())
        elif kind == "cluster.decision":
            self._record(
                self.cluster_decisions,
                payload["cluster_decision_id"],
                row,
                payload,
                exclude=("decision_ids",),
            )
            self.cluster_members[payload["cluster_decision_id"]] = sorted(payload["decision_ids"])
        elif kind == "qa.dispute_settled":
            self.settlements[payload["dispute_id"]] = {
                **payload,
                "at": row.at,
                "actor": row.actor,
                "seq": row.seq,
            }
        if "covers" in payload:
            self.covers.append((row.seq, payload["covers"]))

    def _record(self, into: dict, row_id: int, row, payload: dict, exclude: tuple[str, ...]) -> None:
        keys = tuple(sorted(k for k in payload if k not in exclude))
        if row_id in into:
            self.duplicates.append(
                f"entries {into[row_id].seq} and {row.seq} both record {row.kind} {row_id}"
            )
        into[row_id] = _Recorded(row.seq, keys, _digest(payload, keys), row.actor, row.at)

    def covering(self, table: str, row_id: int) -> int | None:
        """The index in ``covers`` of the bulk entry that covers this row of ``table``, or None."""
        for index, (_seq, covers) in enumerate(self.covers):
            part = covers.get(table)
            if part and in_ranges(row_id, part["ranges"]):
                return index
        return None


class _BulkCheck:
    """Recomputes each bulk entry's digests over the rows it covers."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.hashes: dict[tuple[int, str], Any] = defaultdict(hashlib.sha256)
        self.counts: dict[tuple[int, str], int] = defaultdict(int)

    def add(self, index: int, table: str, facts: dict) -> None:
        self.hashes[(index, table)].update(fact_line(facts))
        self.counts[(index, table)] += 1

    def finish(self, report: VerifyReport) -> None:
        for index, (seq, covers) in enumerate(self.ledger.covers):
            for table, part in covers.items():
                count = self.counts.get((index, table), 0)
                digest = self.hashes[(index, table)].hexdigest() if count else hashlib.sha256().hexdigest()
                if count != part["count"]:
                    report.problem(
                        f"entry {seq} covers {part['count']} {table} rows; {count} of them are left"
                    )
                elif digest != part["sha256"]:
                    report.problem(
                        f"the {table} rows covered by entry {seq} were changed since it was written"
                    )


def _rows(conn: Connection, table, order):
    last = None
    while True:
        query = select(table).order_by(order).limit(_BATCH)
        if last is not None:
            query = query.where(order > last)
        rows = conn.execute(query).all()
        if not rows:
            return
        yield from rows
        last = getattr(rows[-1], order.name)


def _grouped(conn: Connection, table, key_col, value_col) -> dict[int, set[str]]:
    out: dict[int, set[str]] = defaultdict(set)
    for row_id, value in conn.execute(select(key_col, value_col)):
        out[row_id].add(value)
    return out


def _check_decisions(conn: Connection, ledger: Ledger, bulk: _BulkCheck, report: VerifyReport) -> None:
    reasons = _grouped(
        conn, t.decision_reasons, t.decision_reasons.c.decision_id, t.decision_reasons.c.reason_code
    )
    flags = _grouped(conn, t.decision_flags, t.decision_flags.c.decision_id, t.decision_flags.c.flag)
    seen: set[int] = set()
    for row in _rows(conn, t.decisions, t.decisions.c.id):
        report.decisions += 1
        seen.add(row.id)
        facts = decision_facts(row)
        recorded = ledger.decisions.get(row.id)
        if recorded is not None:
            if set(facts) - set(recorded.keys):  # e.g. a cluster decision id its entry never had
                report.problem(f"decision {row.id} has facts its entry {recorded.seq} does not record")
            elif _digest(facts, recorded.keys) != recorded.digest:
                changed = _changed_keys(conn, facts, recorded, row)
                report.problem(f"decision {row.id} differs from its entry {recorded.seq} ({changed})")
            elif recorded.actor != row.moderator:
                report.problem(
                    f"decision {row.id}: moderator {row.moderator!r}, entry {recorded.seq} says {recorded.actor!r}"
                )
            elif recorded.at != facts["received_at"]:
                report.problem(f"decision {row.id}: received_at differs from its entry {recorded.seq}")
        else:
            index = ledger.covering("decisions", row.id)
            if index is None:
                report.problem(f"decision {row.id} has no audit-log entry")
            else:
                bulk.add(index, "decisions", facts)
        if set(facts["reason_codes"]) != reasons.get(row.id, set()):
            report.problem(f"decision {row.id}: its reason rows differ from its reason codes")
        if flag_keys(facts["flags_shown"]) != flags.get(row.id, set()):
            report.problem(f"decision {row.id}: its flag rows differ from the flags it showed")
    for decision_id, recorded in ledger.decisions.items():
        if decision_id not in seen:
            report.problem(f"entry {recorded.seq} records decision {decision_id}, which is gone")


def _changed_keys(conn, facts: dict, recorded: _Recorded, row) -> str:
    """Which recorded facts differ (re-reading the entry; only called for a mismatch)."""
    payload = json.loads(
        conn.execute(select(t.audit_log.c.payload).where(t.audit_log.c.seq == recorded.seq)).scalar_one()
    )
    changed = [k for k in recorded.keys if payload.get(k) != facts.get(k)]
    return ", ".join(changed) or "contents"


def _check_cluster_decisions(conn: Connection, ledger: Ledger, report: VerifyReport) -> None:
    """Each cluster decision equals its entry, and its members are the decisions the entry named."""
    members: dict[int, list[int]] = defaultdict(list)
    for decision_id, cluster_decision_id in conn.execute(
        select(t.decisions.c.id, t.decisions.c.cluster_decision_id).where(
            t.decisions.c.cluster_decision_id.is_not(None)
        )
    ):
        members[cluster_decision_id].append(decision_id)
    seen: set[int] = set()
    for row in _rows(conn, t.cluster_decisions, t.cluster_decisions.c.id):
        seen.add(row.id)
        recorded = ledger.cluster_decisions.get(row.id)
        if recorded is None:
            report.problem(f"cluster decision {row.id} has no audit-log entry")
            continue
        if _digest(cluster_decision_facts(row), recorded.keys) != recorded.digest:
            report.problem(f"cluster decision {row.id} differs from its entry {recorded.seq}")
        if sorted(members.get(row.id, [])) != ledger.cluster_members.get(row.id):
            report.problem(
                f"cluster decision {row.id}: its decisions differ from those its entry {recorded.seq} names"
            )
    for cluster_decision_id, recorded in ledger.cluster_decisions.items():
        if cluster_decision_id not in seen:
            report.problem(
                f"entry {recorded.seq} records cluster decision {cluster_decision_id}, which is gone"
            )


def _check_audits(
    conn: Connection, ledger: Ledger, bulk: _BulkCheck, report: VerifyReport, dispute_state: dict[int, str]
) -> None:
    reasons = _grouped(conn, t.audit_reasons, t.audit_reasons.c.audit_id, t.audit_reasons.c.reason_code)
    seen: set[int] = set()
    for row in _rows(conn, t.audits, t.audits.c.id):
        report.audits += 1
        seen.add(row.id)
        facts = audit_facts(row)
        recorded = ledger.audits.get(row.id)
        golden = ledger.golden.get(row.id)
        if recorded is not None:
            if _digest(facts, recorded.keys) != recorded.digest:
                report.problem(
                    f"audit {row.id} differs from its entry {recorded.seq} ({_changed_keys(conn, facts, recorded, row)})"
                )
            elif recorded.at != facts["audited_at"] or recorded.actor != row.auditor:
                report.problem(f"audit {row.id}: auditor or time differs from its entry {recorded.seq}")
        elif golden is not None:
            if (golden["decision_id"], golden["agree"]) != (
                row.decision_id,
                bool(row.agree),
            ) or row.source != "golden":
                report.problem(f"audit {row.id} differs from the golden grading recorded with its decision")
        else:
            index = ledger.covering("audits", row.id)
            if index is None:
                report.problem(f"audit {row.id} has no audit-log entry")
            else:
                bulk.add(index, "audits", facts)
        expected_error = not row.agree and dispute_state.get(row.id) != "overturned"
        if bool(row.is_error) != expected_error:
            report.problem(
                f"audit {row.id}: is_error is {bool(row.is_error)}, its verdict and dispute say {expected_error}"
            )
        if set(facts["correct_reason_codes"]) != reasons.get(row.id, set()):
            report.problem(f"audit {row.id}: its correct-reason rows differ from its correct reason codes")
    for audit_id, recorded in ledger.audits.items():
        if audit_id not in seen:
            report.problem(f"entry {recorded.seq} records audit {audit_id}, which is gone")


def settlement_facts(row) -> dict | None:
    if row.state == "open":
        return None
    return {
        "state": row.state,
        "settled_by": row.settled_by,
        "settled_at": row.settled_at.isoformat() if row.settled_at else None,
        "comment_sha256": text_digest(row.settle_comment),
    }


def _check_disputes(
    conn: Connection, ledger: Ledger, bulk: _BulkCheck, report: VerifyReport
) -> dict[int, str]:
    """Check disputes; returns audit id -> dispute state (for the audits' error flags)."""
    states: dict[int, str] = {}
    seen: set[int] = set()
    for row in _rows(conn, t.disputes, t.disputes.c.id):
        report.disputes += 1
        seen.add(row.id)
        states[row.audit_id] = row.state
        facts = dispute_facts(row)
        settle = ledger.settlements.get(row.id)
        recorded = ledger.disputes_opened.get(row.id)
        if recorded is not None:
            if _digest(facts, recorded.keys) != recorded.digest:
                report.problem(f"dispute {row.id} differs from its entry {recorded.seq}")
        else:
            index = ledger.covering("disputes", row.id)
            if index is None:
                report.problem(f"dispute {row.id} has no audit-log entry")
            else:
                settled_then = None if settle is not None else settlement_facts(row)
                bulk.add(index, "disputes", {**facts, "settlement": settled_then})
        if settle is not None:
            now = settlement_facts(row)
            expected = {
                "state": settle["outcome"],
                "settled_by": settle["actor"],
                "settled_at": settle["at"],
                "comment_sha256": settle["comment_sha256"],
            }
            if now != expected:
                report.problem(f"dispute {row.id}: its settlement differs from entry {settle['seq']}")
        elif recorded is not None and row.state != "open":
            report.problem(f"dispute {row.id} is {row.state} but no entry settled it")
    for dispute_id, recorded in ledger.disputes_opened.items():
        if dispute_id not in seen:
            report.problem(f"entry {recorded.seq} records dispute {dispute_id}, which is gone")
    return states


def verify_database(
    conn: Connection, key: AuditKey, checkpoints: list[Checkpoint] | None = None
) -> VerifyReport:
    """Run every check (see the module docstring); ``checkpoints`` as read from their files."""
    ledger = Ledger()
    chain = verify_chain(conn, key, on_entry=ledger.add)
    report = VerifyReport(chain)
    if not chain.ok:
        return report
    for text in ledger.duplicates:
        report.problem(text)
    if checkpoints is not None:
        report.checkpoints = len(checkpoints)
        for text in check_checkpoints(conn, key, checkpoints):
            report.problem(text)
    bulk = _BulkCheck(ledger)
    _check_decisions(conn, ledger, bulk, report)
    _check_cluster_decisions(conn, ledger, report)
    states = _check_disputes(conn, ledger, bulk, report)
    _check_audits(conn, ledger, bulk, report, states)
    bulk.finish(report)
    return report
