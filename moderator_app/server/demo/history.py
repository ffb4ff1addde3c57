"""A synthetic, deterministic moderation history: decided items, decisions, audits, disputes.

Used twice: by the demo (a few thousand decisions, so the lead dashboard has weeks of figures
to show) and by the metrics benchmark (a million decisions). The history reuses the users,
queues and listings already in the database and only ever inserts *decided* items, so the
moderators' live queues and the QA queue stay exactly as they were. It is written in bulk
(executemany on SQLite, COPY on PostgreSQL) and leaves one summary entry in the audit log, so
the hash chain stays valid.

:func:`generate_history` invents the rows (seeded random: the same arguments give the same
history); :func:`write_history` writes any sequence of :class:`HistoryDecision` /
:class:`HistoryAudit` pairs, which tests use to insert a small known history.
"""

from __future__ import annotations

import json
import logging
import random
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import islice
from types import SimpleNamespace

from sqlalchemy import Connection, exists, func, insert, select, text

from moderator_app.server import tables as t
from moderator_app.server.audit_facts import Coverage, audit_facts, decision_facts, dispute_facts, flag_keys
from moderator_app.server.audit_key import AuditKey
from moderator_app.server.audit_seal import append_covering_entry
from moderator_app.server.audit_verify import settlement_facts
from moderator_app.server.context import utc_now
from moderator_app.server.db import Database

log = logging.getLogger(__name__)

DEMO_WEEKS = 8
DEMO_DECISIONS = 4000
DEMO_AUDITS = 400
# Recent decisions left waiting in the QA queue, so the demo's auditor (qa1) has work to do.
DEMO_WAITING_SAMPLES = 30
_CHUNK = 20_000
_DIGEST = "0" * 64  # history rows were never requested over the API: no request to digest
# Idempotency keys of history decisions: UUIDs (as the API's) derived from the decision id.
HISTORY_KEYS = uuid.UUID("6d1f2a8e-2f3b-4c83-9a64-1f5a3e7c9b20")


@dataclass(frozen=True, slots=True)
class HistoryDecision:
    """One past decision of a decided item (times are aware or naive UTC)."""

    moderator: str
    queue_id: str
    listing_id: str
    action: str  # approve | reject | escalate
    decided_at: datetime
    time_spent_ms: int
    enqueued_at: datetime
    reason_codes: tuple[str, ...] = ()
    category: str | None = None  # None: the listing's (version 1) category
    flags_shown: str = "[]"  # JSON text of a list of FlagShown
    escalate_to: str | None = None


@dataclass(frozen=True, slots=True)
class HistoryAudit:
    """The audit of the decision it is paired with. An error is a disagreement not overturned."""

    agree: bool
    correct_action: str
    audited_at: datetime
    auditor: str | None = None  # None for golden-item grading
    source: str = "qa"
    severity: str | None = None
    comment: str = ""
    correct_reason_codes: tuple[str, ...] = ()
    dispute: str | None = None  # open | upheld | overturned

    @property
    def is_error(self) -> bool:
        return not self.agree and self.dispute != "overturned"


Pair = tuple[HistoryDecision, HistoryAudit | None]


# --- generation ------------------------------------------------------------------------------

# The flags a desk shows (source, kind, label: as views.review_screen.flags_shown writes them) and
# the reasons each one tends to come with: a flag appears with probability `hit` on a decision
# whose violation is one of its reasons, and `miss` on any other (the false alarms).
_FLAGS = (
    ("local-text", "phone", "phone", ("contact_details",), 0.7, 0.02),
    ("local-text", "email", "email", ("contact_details",), 0.3, 0.01),
    ("local-text", "messaging", "messaging", ("contact_details",), 0.25, 0.01),
    ("local-image", "text_in_image", "Phone number in photo", ("contact_details",), 0.3, 0.02),
    ("local-text", "payment", "payment", ("off_platform_payment", "scam_suspected"), 0.5, 0.01),
    ("local-text", "banned_term", "scams_and_fraud", ("scam_suspected", "off_platform_payment"), 0.55, 0.03),
    ("local-text", "banned_term", "unsafe_and_prohibited_products", ("prohibited_item",), 0.6, 0.02),
    ("local-text", "banned_term", "intellectual_property_infringements", ("counterfeit",), 0.55, 0.02),
    ("local-text", "banned_term", "pornography_or_sexualized_content", ("adult_content",), 0.5, 0.01),
    ("local-text", "banned_term", "animal_welfare", ("protected_animal",), 0.6, 0.01),
    ("local-image", "nudity", "Possible nudity", ("adult_content",), 0.7, 0.01),
    ("local-image", "duplicate", "Photo used by another seller", ("stolen_photos", "duplicate_listing"), 0.7, 0.04),
    ("local-image", "quality", "Blurred or tiny photo", ("poor_quality_photos",), 0.75, 0.03),
    ("server", "server", "scam_likelihood", ("scam_suspected", "off_platform_payment"), 0.6, 0.02),
    ("server", "server", "reported_by_user", (), 0.0, 0.05),
)
_FLAG_JSON = [
    json.dumps(
        {
            "source": source,
            "kind": kind,
            "label": label,
            "score": 0.0,
            "field": "description" if source == "local-text" else None,
            "image_id": None,
        }
    ).replace("0.0", "{score}")
    for source, kind, label, _, _, _ in _FLAGS
]
_SEVERITIES = (("minor", 50), ("major", 35), ("critical", 15))
_COMMENTS = {
    "minor": (
        "Wrong reason code chosen.",
        "Borderline; policy says otherwise.",
        "Missed a secondary reason.",
    ),
    "major": (
        "Contact details in the photo were missed.",
        "This is a known counterfeit pattern.",
        "Approved a prohibited item.",
    ),
    "critical": (
        "Weapon listing approved.",
        "Scam listing approved; seller is in a known ring.",
        "Minor safety issue missed.",
    ),
}


@dataclass
class _Moderator:
    username: str
    created_at: datetime
    error_rate: float
    speed: float  # > 1: faster than average
    shift_hour: float
    weekends: bool


def generate_history(
    conn: Connection,
    *,
    now: datetime,
    weeks: int,
    decisions: int,
    audits: int,
    seed: int = 6,
) -> Iterator[Pair]:
    """Yield ``decisions`` (decision, audit or None) pairs over the ``weeks`` before today (UTC).

    Moderators (role moderator) work shifts on their working days, from the day their account was
    opened; each decision's handling
    time, pause and outcome are drawn from a ``random.Random(seed)``; ``audits`` of them are
    audited by the QA/lead accounts (a moderator's error rate is their own), a few errors are
    disputed. Reads users, queues and listings from ``conn``; yields in time order, day by day.
    """
    if audits > decisions:
        raise ValueError(f"cannot audit {audits} of {decisions} decisions")
    rng = random.Random(seed)
    users = conn.execute(
        select(t.users.c.username, t.users.c.role, t.users.c.created_at).order_by(t.users.c.id)
    ).all()
    moderators = [
        _Moderator(
            name,
            created_at=created_at,
            error_rate=rng.uniform(0.02, 0.14),
            speed=rng.uniform(0.7, 1.4),
            shift_hour=rng.choice((6.0, 7.0, 8.0, 9.0, 13.0, 14.0)),
            weekends=rng.random() < 0.2,
        )
        for name, role, created_at in users
        if role == "moderator"
    ]
    auditors = [name for name, role, _ in users if role in ("qa", "lead")] or [None]
    queues = conn.execute(
        select(
            t.queues.c.id, t.queues.c.sla_seconds, t.queues.c.reason_codes, t.queues.c.escalation_targets
        ).order_by(t.queues.c.id)
    ).all()
    listings = conn.execute(select(t.listings.c.id).order_by(t.listings.c.id)).scalars().all()
    if decisions and not (moderators and queues and listings):
        raise ValueError("a history needs moderators, queues and listings in the database")
    queue_weights = [1 if q.id == "escalations" else 6 if q.id.startswith("new-") else 3 for q in queues]
    queue_rules = {
        q.id: (q.sla_seconds, json.loads(q.reason_codes), json.loads(q.escalation_targets)) for q in queues
    }

    today = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    days = [today - timedelta(days=n) for n in range(weeks * 7, 0, -1)]
    slots = [
        (m, day)
        for day in days
        for m in moderators
        if (m.weekends or day.weekday() < 5) and day >= m.created_at.replace(hour=0, minute=0, second=0, microsecond=0)
    ]
    counts = _spread(rng, decisions, [m.speed * rng.uniform(0.6, 1.4) for m, _ in slots])
    audited = set(rng.sample(range(decisions), audits))
    latest = now - timedelta(minutes=1)

    index = 0
    pending: list[Pair] = []  # one day of decisions, released in time order like live ones
    for (moderator, day), count in zip(slots, counts, strict=True):
        if pending and pending[0][0].decided_at.date() != day.date():
            yield from _in_time_order(pending)
        clock = day + timedelta(hours=moderator.shift_hour, minutes=rng.uniform(0, 50))
        for _ in range(count):
            pause = rng.expovariate(1 / 6.0)
            if rng.random() < 0.02:  # a break: longer than the five-minute bridge
                pause += rng.uniform(360, 2400)
            spent_ms = int(min(600_000, rng.lognormvariate(10.4, 0.5) / moderator.speed))
            decided = clock + timedelta(seconds=pause, milliseconds=spent_ms)
            clock = decided
            queue = rng.choices(queues, queue_weights)[0]
            sla_seconds, codes, targets = queue_rules[queue.id]
            violation = rng.random() < 0.3
            if targets and rng.random() < 0.04:
                action, escalate_to = "escalate", rng.choice(targets)
                reasons = (rng.choice(codes),) if codes and rng.random() < 0.5 else ()
            elif violation and codes:
                action, escalate_to = "reject", None
                reasons = tuple(rng.sample(codes, 2 if rng.random() < 0.15 and len(codes) > 1 else 1))
            else:
                action, escalate_to, reasons = "approve", None, ()
            violated = set(reasons)
            shown = [
                _FLAG_JSON[k].replace("{score}", str(rng.randrange(50, 100) / 100))
                for k, (_, _, _, predicts, hit, miss) in enumerate(_FLAGS)
                if rng.random() < (hit if violated & set(predicts) else miss)
            ]
            wait = spent_ms / 1000 + rng.expovariate(1 / (sla_seconds * 0.35))
            decision = HistoryDecision(
                moderator=moderator.username,
                queue_id=queue.id,
                listing_id=rng.choice(listings),
                action=action,
                decided_at=decided,
                time_spent_ms=spent_ms,
                enqueued_at=decided - timedelta(seconds=wait),
                reason_codes=reasons,
                flags_shown="[" + ", ".join(shown) + "]",
                escalate_to=escalate_to,
            )
            audit = None
            if index in audited:
                audit = _audit(rng, decision, moderator, auditors, codes, latest)
            index += 1
            pending.append((decision, audit))
    yield from _in_time_order(pending)


def _in_time_order(pending: list[Pair]) -> list[Pair]:
    """Empty ``pending`` and return its pairs sorted by decision time."""
    ordered = sorted(pending, key=lambda pair: pair[0].decided_at)
    pending.clear()
    return ordered


def _spread(rng: random.Random, total: int, weights: Sequence[float]) -> list[int]:
    """Split ``total`` into len(weights) counts proportional to the weights, summing exactly."""
    if not weights:
        return []
    scale = total / sum(weights)
    counts = [int(w * scale) for w in weights]
    remainder = total - sum(counts)  # less than len(weights): each floor loses under one
    for k in rng.sample(range(len(weights)), min(remainder, len(weights))):
        counts[k] += 1
    counts[-1] += total - sum(counts)  # float rounding only
    return counts


def _audit(
    rng: random.Random,
    decision: HistoryDecision,
    moderator: _Moderator,
    auditors: list[str | None],
    codes: list[str],
    latest: datetime,
) -> HistoryAudit:
    audited_at = min(latest, decision.decided_at + timedelta(hours=rng.uniform(1, 72)))
    auditor = rng.choice(auditors)
    if rng.random() >= moderator.error_rate:
        return HistoryAudit(
            True, decision.action, audited_at, auditor, correct_reason_codes=decision.reason_codes
        )
    severity = rng.choices([s for s, _ in _SEVERITIES], [w for _, w in _SEVERITIES])[0]
    if decision.action == "approve" and codes:
        correct, correct_codes = "reject", (rng.choice(codes),)
    elif decision.action == "reject" and rng.random() < 0.4 and codes:
        # Right outcome, wrong reason: still an error, usually a minor one.
        others = [c for c in codes if c not in decision.reason_codes] or codes
        correct, correct_codes, severity = "reject", (rng.choice(others),), "minor"
    else:
        correct, correct_codes = "approve", ()
    dispute = None
    if rng.random() < 0.15:
        dispute = rng.choices(("open", "upheld", "overturned"), (2, 5, 3))[0]
    return HistoryAudit(
        agree=False,
        correct_action=correct,
        audited_at=audited_at,
        auditor=auditor,
        severity=severity,
        comment=rng.choice(_COMMENTS[severity]),
        correct_reason_codes=correct_codes,
        dispute=dispute,
    )


# --- writing ---------------------------------------------------------------------------------

_ITEM_COLS = ("id", "queue_id", "listing_id", "listing_version", "priority", "enqueued_at", "state")
_DECISION_COLS = (
    "id", "idempotency_key", "request_digest", "item_id", "queue_id", "listing_id", "listing_version",
    "moderator_id", "moderator", "action", "reason_codes", "escalate_to", "note", "time_spent_ms",
    "flags_shown", "decided_at", "received_at", "category",
)  # fmt: skip
_REASON_COLS = ("decision_id", "reason_code")
_FLAG_COLS = ("decision_id", "flag")
_AUDIT_COLS = (
    "id", "decision_id", "source", "auditor_id", "auditor", "moderator_id", "queue_id", "decided_at",
    "blind_action", "agree", "correct_action", "correct_reason_codes", "severity", "comment",
    "audited_at", "is_error", "time_spent_ms",
)  # fmt: skip
_AUDIT_REASON_COLS = ("audit_id", "reason_code")
_DISPUTE_COLS = (
    "id", "audit_id", "moderator_id", "reason", "opened_at", "state", "settled_by", "settled_at",
    "settle_comment",
)  # fmt: skip
_TABLES = (
    (t.items, _ITEM_COLS),
    (t.decisions, _DECISION_COLS),
    (t.decision_reasons, _REASON_COLS),
    (t.decision_flags, _FLAG_COLS),
    (t.audits, _AUDIT_COLS),
    (t.audit_reasons, _AUDIT_REASON_COLS),
    (t.disputes, _DISPUTE_COLS),
)
_SEQUENCED = ("items", "decisions", "audits", "disputes")
_TIMES = frozenset({"decided_at", "received_at", "audited_at", "opened_at", "settled_at"})


def _naive(at: datetime) -> datetime:
    return at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo is not None else at


def _as_read_back(columns: tuple[str, ...], row: tuple) -> SimpleNamespace:
    """A written row as the database hands it back (times aware UTC), for its audit-log facts."""
    values = dict(zip(columns, row, strict=True))
    for name in _TIMES & values.keys():
        if values[name] is not None:
            values[name] = values[name].replace(tzinfo=UTC)
    return SimpleNamespace(**values)


class _Writer:
    """Turns pairs into rows with explicit ids and writes them table by table, chunk by chunk,
    keeping the facts of every row for the audit-log entry that covers them (server.audit_facts)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.pg = conn.dialect.name == "postgresql"
        self.user_ids = dict(conn.execute(select(t.users.c.username, t.users.c.id)).all())
        self.categories = dict(
            conn.execute(
                select(t.listing_versions.c.listing_id, t.listing_versions.c.category).where(
                    t.listing_versions.c.version == 1
                )
            ).all()
        )
        self.settler = conn.execute(
            select(t.users.c.username)
            .where(t.users.c.role.in_(("lead", "admin")))
            .order_by(t.users.c.id)
            .limit(1)
        ).scalar_one_or_none()
        self.next = {name: self._max_id(name) + 1 for name in _SEQUENCED}
        self.counts = dict.fromkeys(("decisions", "audits", "errors", "disputes"), 0)
        self.covers = {"decisions": Coverage(), "audits": Coverage(), "disputes": Coverage()}

    def _max_id(self, table: str) -> int:
        return self.conn.execute(
            select(func.coalesce(func.max(t.metadata.tables[table].c.id), 0))
        ).scalar_one()

    def _take(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value

    def write(self, pairs: Iterable[Pair]) -> None:
        iterator = iter(pairs)
        while chunk := list(islice(iterator, _CHUNK)):
            rows: dict[str, list[tuple]] = {table.name: [] for table, _ in _TABLES}
            for decision, audit in chunk:
                self._rows(decision, audit, rows)
            for table, columns in _TABLES:
                if rows[table.name]:
                    self._insert(table, columns, rows[table.name])

    def _rows(self, dec: HistoryDecision, audit: HistoryAudit | None, rows: dict[str, list[tuple]]) -> None:
        item_id, decision_id = self._take("items"), self._take("decisions")
        moderator_id = self.user_ids[dec.moderator]
        decided = _naive(dec.decided_at)
        codes = tuple(dict.fromkeys(dec.reason_codes))
        category = dec.category if dec.category is not None else self.categories.get(dec.listing_id)
        rows["items"].append(
            (item_id, dec.queue_id, dec.listing_id, 1, 0, _naive(dec.enqueued_at), "decided")
        )
        decision = (
            decision_id,
            str(uuid.uuid5(HISTORY_KEYS, str(decision_id))),
            _DIGEST,
            item_id,
            dec.queue_id,
            dec.listing_id,
            1,
            moderator_id,
            dec.moderator,
            dec.action,
            json.dumps(list(codes)),
            dec.escalate_to,
            "",
            dec.time_spent_ms,
            dec.flags_shown,
            decided,
            decided,
            category,
        )  # fmt: skip
        rows["decisions"].append(decision)
        facts = decision_facts(_as_read_back(_DECISION_COLS, decision))
        self.covers["decisions"].add(decision_id, facts)
        rows["decision_reasons"].extend((decision_id, code) for code in codes)
        rows["decision_flags"].extend((decision_id, key) for key in sorted(flag_keys(facts["flags_shown"])))
        self.counts["decisions"] += 1
        if audit is None:
            return
        audit_id = self._take("audits")
        is_error = audit.is_error
        correct_codes = tuple(dict.fromkeys(audit.correct_reason_codes))
        audit_row = (
            audit_id,
            decision_id,
            audit.source,
            self.user_ids.get(audit.auditor) if audit.auditor else None,
            audit.auditor,
            moderator_id,
            dec.queue_id,
            decided,
            audit.correct_action if audit.source == "qa" else dec.action,
            audit.agree,
            audit.correct_action,
            json.dumps(list(correct_codes)),
            audit.severity,
            audit.comment,
            _naive(audit.audited_at),
            is_error,
            # one to four minutes per audit (deterministic, from the id): the auditors' pace
            (60 + (audit_id * 7919) % 180) * 1000 if audit.source == "qa" else None,
        )  # fmt: skip
        rows["audits"].append(audit_row)
        rows["audit_reasons"].extend((audit_id, code) for code in correct_codes)
        self.covers["audits"].add(audit_id, audit_facts(_as_read_back(_AUDIT_COLS, audit_row)))
        self.counts["audits"] += 1
        self.counts["errors"] += is_error
        if audit.dispute is not None:
            opened = _naive(audit.audited_at) + timedelta(hours=6)
            settled = opened + timedelta(days=1) if audit.dispute != "open" else None
            dispute_id = self._take("disputes")
            dispute = (
                dispute_id,
                audit_id,
                moderator_id,
                "I followed the policy for this category.",
                opened,
                audit.dispute,
                self.settler if settled else None,
                settled,
                "Checked against the policy." if settled else "",
            )  # fmt: skip
            rows["disputes"].append(dispute)
            back = _as_read_back(_DISPUTE_COLS, dispute)
            back.settle_comment = dispute[-1]
            self.covers["disputes"].add(dispute_id, {**dispute_facts(back), "settlement": settlement_facts(back)})
            self.counts["disputes"] += 1

    def _insert(self, table, columns: tuple[str, ...], rows: list[tuple]) -> None:
        if self.pg:
            raw = self.conn.connection.driver_connection
            with (
                raw.cursor() as cursor,
                cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row(row)
        else:
            self.conn.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])

    def finish(self) -> None:
        """Move PostgreSQL's id sequences past the explicit ids and refresh the planner's statistics."""
        if not self.pg:
            return
        for name in _SEQUENCED:
            self.conn.execute(
                text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT max(id) FROM {name}))")
            )
        if self.counts["decisions"] >= _CHUNK:
            for table, _ in _TABLES:
                self.conn.execute(text(f"ANALYZE {table.name}"))


def write_history(
    conn: Connection, key: AuditKey, pairs: Iterable[Pair], *, now: datetime | None = None
) -> dict[str, int]:
    """Insert the pairs (decided item, decision, reasons, flags, audit, dispute) in the caller's
    transaction, then append one ``admin.history_seeded`` entry that covers every row written
    (server.audit_facts), so verify-audit vouches for them. Returns counts.

    Raises KeyError when a moderator or auditor is not a user. Decisions without a category
    take their listing's.
    """
    writer = _Writer(conn)
    writer.write(pairs)
    writer.finish()
    counts = dict(writer.counts)
    append_covering_entry(
        conn,
        key,
        at=now or utc_now(),
        actor="system",
        kind="admin.history_seeded",
        summary=counts,
        covers=writer.covers,
    )
    return counts


def seed_history(
    db: Database,
    *,
    weeks: int = DEMO_WEEKS,
    decisions: int = DEMO_DECISIONS,
    audits: int = DEMO_AUDITS,
    seed: int = 6,
    now: datetime | None = None,
    waiting_samples: int = DEMO_WAITING_SAMPLES,
) -> dict[str, int]:
    """Generate and write a history into ``db`` in one write transaction; returns counts.

    The newest ``waiting_samples`` unaudited decisions are left in the QA queue, as sampling
    would have put them there.
    """
    now = now or utc_now()
    started = time.perf_counter()
    with db.write() as conn:
        pairs = generate_history(conn, now=now, weeks=weeks, decisions=decisions, audits=audits, seed=seed)
        counts = write_history(conn, db.audit_key, pairs, now=now)
        counts["qa_samples"] = _leave_samples_waiting(conn, waiting_samples, now)
    log.info("history seeded in %.2fs: %s", time.perf_counter() - started, counts)
    return counts


def _leave_samples_waiting(conn: Connection, count: int, now: datetime) -> int:
    """Put the newest ``count`` decisions that have no audit and no sample into the QA queue."""
    if count <= 0:
        return 0
    newest = conn.execute(
        select(t.decisions.c.id, t.decisions.c.queue_id, t.decisions.c.decided_at)
        .where(
            ~exists().where(t.audits.c.decision_id == t.decisions.c.id),
            ~exists().where(t.qa_samples.c.decision_id == t.decisions.c.id),
        )
        .order_by(t.decisions.c.decided_at.desc())
        .limit(count)
    ).all()
    if newest:
        conn.execute(
            insert(t.qa_samples),
            [
                {
                    "decision_id": r.id,
                    "queue_id": r.queue_id,
                    "rule": "base",
                    "sampled_at": r.decided_at,
                    "state": "open",
                }
                for r in newest
            ],
        )
    return len(newest)
