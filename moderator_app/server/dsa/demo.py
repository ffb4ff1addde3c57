"""The DSA part of the demo: notices with their notifiers, statements of reasons, appeals.

Runs after the demo dataset and its history are seeded (``moderator-server --demo`` and the
workstation's embedded demo). Deterministic except for the puids, which must never repeat:

- the service account ``intake1`` (password ``demo``) and the Priority notices and Appeals queues;
- past notices on the history's reported decisions, so notifiers have track records: a trusted
  flagger whose notices are mostly upheld, users, and one user whose notices are manifestly
  unfounded again and again (flagged to leads);
- open notices on every item of the Reported queue; those of the trusted flagger and the
  authority put their items in the priority lane;
- a statement of reasons for every rejection of the history;
- appeals: some decided (a few reversed, through the real appeal path), some waiting in the
  Appeals queue, which the authors of the decisions under appeal cannot claim.
"""

from __future__ import annotations

import json
import logging
import random
import secrets
import uuid
from datetime import datetime, timedelta

from sqlalchemy import func, insert, select, update

from moderator_app.core.dsa_schema import AppealCreate, AppealOutcomeRequest
from moderator_app.core.schema import Role
from moderator_app.server import tables as t
from moderator_app.server.auth import Principal, hash_password
from moderator_app.server.context import ServerContext, utc_now
from moderator_app.server.db import Database
from moderator_app.server.dsa import appeals, notices, records, statements
from moderator_app.server.dsa.config import NOTICE_QUEUE, PRIORITY_BOOST, PRIORITY_QUEUE, ensure_queue
from moderator_app.server.dsa.reasons import mappings

log = logging.getLogger(__name__)

INTAKE_USER = "intake1"
_SEED = 20261205
TRUSTED_FLAGGER = ("trusted_flagger", "Alliance anti-contrefaçon (trusted flagger)", None, "FR-TF-0042")
AUTHORITY = ("authority", "Consumer protection authority (demo)", None, "FR-AUTH-0007")
SERIAL = ("user", "Serial reporter", "serial.reporter@example.net", None)
USERS = tuple(("user", f"Buyer {i}", f"buyer{i:02d}@example.org", None) for i in range(1, 13))
_CATEGORY_OF_REASON = {}  # filled from the policy mapping
_EXPLANATIONS = {
    "STATEMENT_CATEGORY_SCAMS_AND_FRAUD": "The seller asks for payment by money transfer before any viewing.",
    "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS": "This item cannot be sold legally.",
    "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS": "These are fakes of our members' brands.",
    "STATEMENT_CATEGORY_ANIMAL_WELFARE": "Ivory and protected species are offered here.",
    "STATEMENT_CATEGORY_OTHER_VIOLATION_TC": "The listing gives a phone number to contact outside the site.",
    "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH": "The text insults a group of people.",
    "STATEMENT_CATEGORY_PROTECTION_OF_MINORS": "This listing looks aimed at children.",
    "STATEMENT_CATEGORY_CONSUMER_INFORMATION": "The price is a bait; the real price is given by phone.",
}
_UNFOUNDED = "I do not like this seller, remove all his listings."


def seed_dsa_demo(db: Database, *, now: datetime | None = None) -> dict[str, int]:
    """Seed the DSA demo data into a database that holds the demo dataset and its history."""
    now = now or utc_now()
    rng = random.Random(_SEED)
    counts: dict[str, int] = {}
    with db.write() as conn:
        _intake_user(conn, now)
        for queue in (PRIORITY_QUEUE, NOTICE_QUEUE, "appeals"):
            ensure_queue(conn, queue)
        known = mappings(conn)
        _CATEGORY_OF_REASON.update({code: m.dsa.statement_category for code, m in known.items()})
        ids = {spec: _notifier(conn, spec, now) for spec in (TRUSTED_FLAGGER, AUTHORITY, SERIAL, *USERS)}
        counts["past_notices"] = _past_notices(conn, rng, ids, now)
        counts["open_notices"] = _open_notices(conn, rng, ids, now)
        counts["statements"] = _statements(conn, known, now)
    counts.update(_appeals(db, rng, now))
    log.info("seeded the DSA demo: %s", counts)
    return counts


def _intake_user(conn, now: datetime) -> None:
    if conn.execute(select(t.users.c.id).where(t.users.c.username == INTAKE_USER)).first() is None:
        conn.execute(
            insert(t.users).values(
                username=INTAKE_USER,
                display_name="Marketplace intake (service account)",
                role=Role.intake.value,
                password_hash=hash_password("demo"),
                active=True,
                created_at=now,
            )
        )


def _notifier(conn, spec: tuple, now: datetime) -> int:
    kind, name, email, flagger_id = spec
    identity = f"flagger:{flagger_id.lower()}" if flagger_id else f"email:{email}"
    return conn.execute(
        insert(t.notifiers)
        .values(kind=kind, identity=identity, name=name, email=email, flagger_id=flagger_id, created_at=now)
        .returning(t.notifiers.c.id)
    ).scalar_one()


def _category(reason_codes: str, rng: random.Random) -> str:
    codes = json.loads(reason_codes or "[]")
    if codes and codes[0] in _CATEGORY_OF_REASON:
        return _CATEGORY_OF_REASON[codes[0]]
    return rng.choice(sorted(_EXPLANATIONS))


def _notice_row(listing_id, version, item_id, category, explanation, spec, notifier_id, at, **state) -> dict:
    return {
        "listing_id": listing_id,
        "listing_version": version,
        "item_id": item_id,
        "category": category,
        "explanation": explanation,
        "url": f"https://marketplace.example/listing/{listing_id}",
        "notifier_kind": spec[0],
        "notifier_id": notifier_id,
        "good_faith": True,
        "received_at": at,
        "state": state.get("state", "open"),
        "outcome": state.get("outcome"),
        "decision_id": state.get("decision_id"),
        "decided_at": state.get("decided_at"),
        "manifestly_unfounded": state.get("unfounded", False),
    }


def _past_notices(conn, rng: random.Random, ids: dict, now: datetime) -> int:
    """Notices answered by the history's decisions in the Reported and Escalations queues."""
    d = t.decisions
    past = conn.execute(
        select(
            d.c.id,
            d.c.item_id,
            d.c.listing_id,
            d.c.listing_version,
            d.c.action,
            d.c.reason_codes,
            d.c.decided_at,
        )
        .where(d.c.queue_id.in_((NOTICE_QUEUE, "escalations")), d.c.action != "escalate")
        .order_by(d.c.id)
    ).all()
    rows, links = [], []
    for dec in past:
        upheld = dec.action == "reject"
        senders = [rng.choice(USERS)]
        if upheld and rng.random() < 0.25:
            senders.append(TRUSTED_FLAGGER)
        if not upheld and rng.random() < 0.18:
            senders = [SERIAL]
        for spec in senders:
            at = dec.decided_at - timedelta(hours=rng.uniform(1, 30))
            category = _category(dec.reason_codes, rng) if upheld else rng.choice(sorted(_EXPLANATIONS))
            rows.append(
                _notice_row(
                    dec.listing_id,
                    dec.listing_version,
                    dec.item_id,
                    category,
                    _UNFOUNDED
                    if spec is SERIAL
                    else _EXPLANATIONS.get(category, "This listing breaks the rules."),
                    spec,
                    ids[spec],
                    at,
                    state="decided",
                    outcome="upheld" if upheld else "not_upheld",
                    decision_id=dec.id,
                    decided_at=dec.decided_at,
                    unfounded=spec is SERIAL,
                )  # fmt: skip
            )
            links.append(dec.id)
    if not rows:
        return 0
    first = conn.execute(select(func.coalesce(func.max(t.notices.c.id), 0))).scalar_one() + 1
    conn.execute(insert(t.notices), rows)
    notice_ids = conn.execute(
        select(t.notices.c.id).where(t.notices.c.id >= first).order_by(t.notices.c.id)
    ).scalars()
    conn.execute(
        insert(t.decision_notices),
        [{"decision_id": dec_id, "notice_id": nid} for dec_id, nid in zip(links, notice_ids, strict=True)],
    )
    return len(rows)


def _open_notices(conn, rng: random.Random, ids: dict, now: datetime) -> int:
    """One to three notices on every open item of the Reported queue; a trusted flagger's or an
    authority's move their item to the priority lane."""
    items = conn.execute(
        select(t.items.c.id, t.items.c.listing_id, t.items.c.listing_version, t.items.c.enqueued_at)
        .where(t.items.c.queue_id == NOTICE_QUEUE, t.items.c.state == "open")
        .order_by(t.items.c.id)
    ).all()
    rows, promoted = [], []
    for index, item in enumerate(items):
        category = rng.choice(sorted(_EXPLANATIONS))
        senders = rng.sample(USERS, rng.randint(1, 3))
        if index % 7 == 0:
            senders.append(TRUSTED_FLAGGER)
        elif index % 11 == 3:
            senders = [AUTHORITY]
        elif index % 5 == 2:
            senders = [SERIAL]
        for spec in senders:
            at = item.enqueued_at + timedelta(minutes=rng.uniform(0, 50))
            explanation = _UNFOUNDED if spec is SERIAL else _EXPLANATIONS[category]
            rows.append(
                _notice_row(
                    item.listing_id, item.listing_version, item.id, category, explanation, spec, ids[spec], at
                )
            )
        if any(spec[0] in notices.PRIORITY_KINDS for spec in senders):
            promoted.append(item.id)
    if rows:
        conn.execute(insert(t.notices), rows)
    if promoted:
        conn.execute(
            update(t.items)
            .where(t.items.c.id.in_(promoted))
            .values(queue_id=PRIORITY_QUEUE, priority=PRIORITY_BOOST)
        )
    return len(rows)


def _statements(conn, known: dict, now: datetime) -> int:
    """A statement of reasons for every rejection that has none (the history's)."""
    d = t.decisions
    golden = select(t.golden_items.c.item_id)
    rejections = conn.execute(
        select(d.c.id, d.c.listing_id, d.c.listing_version, d.c.reason_codes, d.c.flags_shown, d.c.decided_at)
        .where(
            d.c.action == "reject",
            d.c.item_id.not_in(golden),
            d.c.id.not_in(select(t.statements.c.decision_id)),
        )
        .order_by(d.c.id)
    ).all()
    linked = notices.kinds_by_decision(conn, [r.id for r in rejections])
    facts_cache: dict = {}
    for dec in rejections:
        key = (dec.listing_id, dec.listing_version)
        if key not in facts_cache:
            facts_cache[key] = records.listing_facts(conn, *key)
        reasons = [known[c] for c in json.loads(dec.reason_codes) if c in known]
        if not reasons:
            continue
        statement, notice = statements.build(
            puid=statements.new_puid(dec.id),
            reasons=reasons,
            listing=facts_cache[key],
            applied_at=dec.decided_at,
            notices=[statements.NoticeFacts(k, c) for _, k, c in linked.get(dec.id, [])],
            flags_shown=json.loads(dec.flags_shown or "[]"),
        )
        records.store(conn, dec.id, statement, notice, dec.decided_at)
    return len(rejections)


class _Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def _principal(conn, username: str) -> Principal:
    row = conn.execute(select(t.users).where(t.users.c.username == username)).one()
    return Principal(row.id, row.username, row.display_name, Role(row.role))


def _appeals(db: Database, rng: random.Random, now: datetime) -> dict[str, int]:
    """Appeals filed and decided through the real appeal code, at times in the history."""
    d = t.decisions
    with db.read() as conn:
        recent = conn.execute(
            select(d.c.id, d.c.moderator, d.c.action, d.c.decided_at)
            .where(d.c.decided_at >= now - timedelta(days=40), d.c.queue_id != "appeals")
            .where(d.c.id.not_in(select(t.appeals.c.decision_id)))
            .order_by(d.c.id)
        ).all()
        on_notice = set(conn.execute(select(t.decision_notices.c.decision_id)).scalars())
        intake = _principal(conn, INTAKE_USER)
        reviewers = [
            _principal(conn, name)
            for name in conn.execute(
                select(t.users.c.username)
                .where(t.users.c.role.in_(("lead", "moderator")))
                .order_by(t.users.c.username)
            ).scalars()
        ]
    rejections = [r for r in recent if r.action == "reject"]
    declined = [r for r in recent if r.action == "approve" and r.id in on_notice]
    rng.shuffle(rejections)
    rng.shuffle(declined)
    clock = _Clock(now)
    ctx = ServerContext(db=db, clock=clock)
    counts = {"appeals_decided": 0, "appeals_reversed": 0, "appeals_waiting": 0}
    for index, dec in enumerate(rejections[:36] + declined[:4]):
        appellant = "seller" if dec.action == "reject" else "notifier"
        waiting = index >= 26
        filed = dec.decided_at + timedelta(hours=rng.uniform(2, 72))
        if waiting:
            filed = now - timedelta(hours=rng.uniform(1, 40))
        clock.at = min(filed, now - timedelta(minutes=5))
        receipt = appeals.file(
            ctx,
            intake,
            AppealCreate(decision_id=dec.id, appellant=appellant, explanation=_appeal_text(appellant, rng)),
        )
        if waiting:
            counts["appeals_waiting"] += 1
            continue
        reviewer = rng.choice([r for r in reviewers if r.username != dec.moderator])
        clock.at = min(clock.at + timedelta(hours=rng.uniform(1, 30)), now - timedelta(minutes=1))
        reverse = rng.random() < 0.3
        token = _lease(db, receipt.item_id, reviewer, clock.at)
        appeals.decide(
            ctx,
            reviewer,
            receipt.appeal_id,
            AppealOutcomeRequest(
                idempotency_key=uuid.uuid4(),
                lease_token=token,
                outcome="reverse" if reverse else "uphold",
                reply="The photos show a different item than the one the decision describes."
                if reverse
                else "",
                time_spent_ms=rng.randint(40_000, 400_000),
            ),
        )
        counts["appeals_decided"] += 1
        counts["appeals_reversed"] += int(reverse)
    return counts


def _lease(db: Database, item_id: int, reviewer: Principal, at: datetime) -> str:
    """Lease one given appeal item to the reviewer (the demo decides chosen appeals, not the next)."""
    token = secrets.token_urlsafe(18)
    with db.write() as conn:
        conn.execute(
            update(t.items)
            .where(t.items.c.id == item_id)
            .values(lease_owner=reviewer.id, lease_token=token, lease_expires_at=at + timedelta(minutes=10))
        )
    return token


_SELLER_TEXTS = (
    "This is my own bike, I have the invoice. Nothing illegal in my listing.",
    "J'ai retiré le numéro de téléphone, merci de remettre l'annonce en ligne.",
    "El precio es correcto, es una liquidación por mudanza.",
    "These are genuine products bought in a shop; I can send the receipt.",
)
_NOTIFIER_TEXTS = (
    "The listing is still online although it offers counterfeit goods.",
    "Vous avez laissé en ligne une annonce frauduleuse que j'ai signalée.",
)


def _appeal_text(appellant: str, rng: random.Random) -> str:
    return rng.choice(_SELLER_TEXTS if appellant == "seller" else _NOTIFIER_TEXTS)
