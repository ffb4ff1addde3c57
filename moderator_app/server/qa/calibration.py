"""Calibration sets: a lead picks listings, several reviewers decide them independently, and the
report measures how far they agree (label = action), with the functions of core.metrics."""

from __future__ import annotations

import logging
from collections import defaultdict
from statistics import fmean

from sqlalchemy import Connection, and_, func, insert, select
from sqlalchemy.exc import IntegrityError

from moderator_app.core import metrics
from moderator_app.core.qa_schema import (
    CalibrationAnswer,
    CalibrationCreate,
    CalibrationItemResult,
    CalibrationPair,
    CalibrationReport,
    CalibrationReviewerResult,
    CalibrationSet,
    CalibrationTask,
)
from moderator_app.core.schema import Action, Role
from moderator_app.server import tables as t
from moderator_app.server.audit import append_entry
from moderator_app.server.auth import Principal
from moderator_app.server.context import ServerContext
from moderator_app.server.listings import load_listing
from moderator_app.server.problems import conflict, forbidden, invalid, not_found
from moderator_app.server.qa.common import check_judgement, dumps

log = logging.getLogger(__name__)

SETS, ITEMS, REVIEWERS, ANSWERS = (
    t.calibration_sets,
    t.calibration_items,
    t.calibration_reviewers,
    t.calibration_answers,
)
MANAGERS = (Role.lead, Role.admin)


def create(ctx: ServerContext, user: Principal, body: CalibrationCreate) -> CalibrationSet:
    """Create the set (audited). Listing versions default to the current ones; unknown
    listings, versions or usernames and repeated listings are 422 problems."""
    now = ctx.now()
    reviewers = list(dict.fromkeys(body.reviewers))
    if len(reviewers) < 2:
        raise invalid("A calibration set needs at least two different reviewers.", "body.reviewers")
    listing_ids = [ref.listing_id for ref in body.items]
    if len(set(listing_ids)) != len(listing_ids):
        raise invalid("Each listing may appear only once in a calibration set.", "body.items")
    with ctx.db.write() as conn:
        users = dict(
            conn.execute(
                select(t.users.c.username, t.users.c.id).where(t.users.c.username.in_(reviewers))
            ).all()
        )
        missing = [name for name in reviewers if name not in users]
        if missing:
            raise invalid(f"Unknown reviewer(s): {', '.join(missing)}.", "body.reviewers", "unknown_user")
        versions = _resolve_versions(conn, body)
        set_id = conn.execute(
            insert(SETS).values(name=body.name, created_by=user.username, created_at=now).returning(SETS.c.id)
        ).scalar_one()
        conn.execute(
            insert(ITEMS),
            [
                {"set_id": set_id, "listing_id": ref.listing_id, "listing_version": version, "position": i}
                for i, (ref, version) in enumerate(zip(body.items, versions, strict=True), start=1)
            ],
        )
        conn.execute(insert(REVIEWERS), [{"set_id": set_id, "user_id": users[name]} for name in reviewers])
        append_entry(
            conn,
            ctx.db.audit_key,
            at=now,
            actor=user.username,
            kind="qa.calibration_created",
            payload={
                "set_id": set_id,
                "items": [[ref.listing_id, v] for ref, v in zip(body.items, versions, strict=True)],
                "reviewers": reviewers,
            },
        )
    return CalibrationSet(
        set_id=set_id,
        name=body.name,
        created_by=user.username,
        created_at=now,
        items=len(body.items),
        reviewers=reviewers,
        answered=0,
        my_remaining=len(body.items) if user.username in reviewers else None,
    )


def _resolve_versions(conn: Connection, body: CalibrationCreate) -> list[int]:
    ids = [ref.listing_id for ref in body.items]
    current = dict(
        conn.execute(
            select(t.listings.c.id, t.listings.c.current_version).where(t.listings.c.id.in_(ids))
        ).all()
    )
    stored = {
        (row.listing_id, row.version)
        for row in conn.execute(
            select(t.listing_versions.c.listing_id, t.listing_versions.c.version).where(
                t.listing_versions.c.listing_id.in_(ids)
            )
        )
    }
    versions = []
    for i, ref in enumerate(body.items):
        if ref.listing_id not in current:
            raise invalid(
                f"Listing {ref.listing_id!r} does not exist.", f"body.items.{i}.listing_id", "unknown_listing"
            )
        version = ref.listing_version or current[ref.listing_id]
        if (ref.listing_id, version) not in stored:
            raise invalid(
                f"Listing {ref.listing_id!r} has no version {version}.",
                f"body.items.{i}.listing_version",
                "unknown_version",
            )
        versions.append(version)
    return versions


def list_sets(ctx: ServerContext, user: Principal) -> list[CalibrationSet]:
    """Leads and admins: every set. Anyone else: the sets they review. ``my_remaining`` is set
    for the caller's own sets. Newest first."""
    with ctx.db.read() as conn:
        query = select(SETS).order_by(SETS.c.created_at.desc(), SETS.c.id.desc())
        if user.role not in MANAGERS:
            query = query.where(
                SETS.c.id.in_(select(REVIEWERS.c.set_id).where(REVIEWERS.c.user_id == user.id))
            )
        sets = conn.execute(query).all()
        ids = [s.id for s in sets]
        if not ids:
            return []
        items = _counts(conn, ITEMS, ids)
        answered = _counts(conn, ANSWERS, ids)
        mine = _counts(conn, ANSWERS, ids, ANSWERS.c.reviewer_id == user.id)
        reviewers: dict[int, list[str]] = defaultdict(list)
        for set_id, name in conn.execute(
            select(REVIEWERS.c.set_id, t.users.c.username)
            .select_from(REVIEWERS.join(t.users, t.users.c.id == REVIEWERS.c.user_id))
            .where(REVIEWERS.c.set_id.in_(ids))
            .order_by(t.users.c.username)
        ):
            reviewers[set_id].append(name)
    return [
        CalibrationSet(
            set_id=s.id,
            name=s.name,
            created_by=s.created_by,
            created_at=s.created_at,
            items=items.get(s.id, 0),
            reviewers=reviewers[s.id],
            answered=answered.get(s.id, 0),
            my_remaining=items.get(s.id, 0) - mine.get(s.id, 0) if user.username in reviewers[s.id] else None,
        )
        for s in sets
    ]


def _counts(conn: Connection, table, ids: list[int], *extra) -> dict[int, int]:
    return dict(
        conn.execute(
            select(table.c.set_id, func.count())
            .where(table.c.set_id.in_(ids), *extra)
            .group_by(table.c.set_id)
        ).all()
    )


def _check_reviewer(conn: Connection, user: Principal, set_id: int) -> None:
    if conn.execute(select(SETS.c.id).where(SETS.c.id == set_id)).first() is None:
        raise not_found(f"Calibration set {set_id} does not exist.")
    reviewer = conn.execute(
        select(REVIEWERS.c.user_id).where(REVIEWERS.c.set_id == set_id, REVIEWERS.c.user_id == user.id)
    ).first()
    if reviewer is None:
        raise forbidden(f"You are not a reviewer of calibration set {set_id}.", "not_a_reviewer")


def next_task(ctx: ServerContext, user: Principal, set_id: int) -> CalibrationTask | None:
    """The reviewer's first unanswered item of the set, in the set's order; None when done."""
    with ctx.db.read() as conn:
        _check_reviewer(conn, user, set_id)
        answered = select(ANSWERS.c.listing_id).where(
            ANSWERS.c.set_id == set_id, ANSWERS.c.reviewer_id == user.id
        )
        row = conn.execute(
            select(ITEMS)
            .where(ITEMS.c.set_id == set_id, ITEMS.c.listing_id.not_in(answered))
            .order_by(ITEMS.c.position)
            .limit(1)
        ).first()
        if row is None:
            return None
        total = conn.execute(select(func.count()).where(ITEMS.c.set_id == set_id)).scalar_one()
        listing = load_listing(conn, row.listing_id, row.listing_version)
    return CalibrationTask(set_id=set_id, position=row.position, total=total, listing=listing)


def answer(ctx: ServerContext, user: Principal, set_id: int, body: CalibrationAnswer) -> None:
    """Record the reviewer's answer for one item of the set, once (409 the second time)."""
    now = ctx.now()
    try:
        with ctx.db.write() as conn:
            _check_reviewer(conn, user, set_id)
            check_judgement(ctx, conn, None, body.action, body.reason_codes, "body.reason_codes")
            in_set = conn.execute(
                select(ITEMS.c.listing_id).where(
                    ITEMS.c.set_id == set_id, ITEMS.c.listing_id == body.listing_id
                )
            ).first()
            if in_set is None:
                raise invalid(
                    f"Listing {body.listing_id!r} is not in calibration set {set_id}.", "body.listing_id"
                )
            key = and_(
                ANSWERS.c.set_id == set_id,
                ANSWERS.c.listing_id == body.listing_id,
                ANSWERS.c.reviewer_id == user.id,
            )
            if conn.execute(select(ANSWERS.c.action).where(key)).first() is not None:
                raise conflict(f"You already answered {body.listing_id!r} in this set.", "already_answered")
            conn.execute(
                insert(ANSWERS).values(
                    set_id=set_id,
                    listing_id=body.listing_id,
                    reviewer_id=user.id,
                    action=body.action.value,
                    reason_codes=dumps(body.reason_codes),
                    answered_at=now,
                )
            )
            append_entry(
                conn,
                ctx.db.audit_key,
                at=now,
                actor=user.username,
                kind="qa.calibration_answered",
                payload={
                    "set_id": set_id,
                    "listing_id": body.listing_id,
                    "action": body.action.value,
                    "reason_codes": body.reason_codes,
                },
            )
    except IntegrityError as exc:  # a concurrent copy of this answer won the primary key
        raise conflict(f"You already answered {body.listing_id!r} in this set.", "already_answered") from exc


def report(ctx: ServerContext, set_id: int) -> CalibrationReport:
    """Agreement per item (most disagreement first), per reviewer and per pair, and for the group."""
    with ctx.db.read() as conn:
        head = conn.execute(select(SETS).where(SETS.c.id == set_id)).first()
        if head is None:
            raise not_found(f"Calibration set {set_id} does not exist.")
        items = conn.execute(
            select(ITEMS.c.listing_id, ITEMS.c.listing_version, t.listing_versions.c.title)
            .select_from(
                ITEMS.join(
                    t.listing_versions,
                    and_(
                        t.listing_versions.c.listing_id == ITEMS.c.listing_id,
                        t.listing_versions.c.version == ITEMS.c.listing_version,
                    ),
                )
            )
            .where(ITEMS.c.set_id == set_id)
            .order_by(ITEMS.c.position)
        ).all()
        reviewers = list(
            conn.execute(
                select(t.users.c.username)
                .select_from(REVIEWERS.join(t.users, t.users.c.id == REVIEWERS.c.user_id))
                .where(REVIEWERS.c.set_id == set_id)
                .order_by(t.users.c.username)
            ).scalars()
        )
        answers = conn.execute(
            select(ANSWERS.c.listing_id, t.users.c.username, ANSWERS.c.action)
            .select_from(ANSWERS.join(t.users, t.users.c.id == ANSWERS.c.reviewer_id))
            .where(ANSWERS.c.set_id == set_id)
        ).all()
    ratings: dict[str, dict[str, str]] = {item.listing_id: {} for item in items}
    for listing_id, reviewer, action in answers:
        ratings[listing_id][reviewer] = action
    return _build_report(head, items, reviewers, ratings)


def _build_report(head, items, reviewers: list[str], ratings: dict[str, dict[str, str]]) -> CalibrationReport:
    ranking = metrics.disagreement_ranking({lid: list(by.values()) for lid, by in ratings.items()})
    by_id = {item.listing_id: item for item in items}
    item_results = [
        CalibrationItemResult(
            listing_id=r.item_id,
            listing_version=by_id[r.item_id].listing_version,
            title=by_id[r.item_id].title,
            answers={name: Action(a) for name, a in sorted(ratings[r.item_id].items())},
            majority=Action(r.majority_label) if r.majority_label is not None else None,
            agreement=r.agreement,
        )
        for r in ranking
    ]
    majority = {r.item_id: r.majority_label for r in ranking if r.ratings >= 2}
    kappas = metrics.pairwise_cohen_kappa(ratings)
    reviewer_results = []
    for name in reviewers:
        mine = {lid: by[name] for lid, by in ratings.items() if name in by}
        judged = [lid for lid in mine if majority.get(lid) is not None]
        own_kappas = [k for pair, k in kappas.items() if name in pair]
        reviewer_results.append(
            CalibrationReviewerResult(
                reviewer=name,
                answered=len(mine),
                agreement_with_majority=(
                    sum(mine[lid] == majority[lid] for lid in judged) / len(judged) if judged else None
                ),
                mean_cohen_kappa=fmean(own_kappas) if own_kappas else None,
            )
        )
    pairs = []
    for a, b in sorted(kappas.keys() | _all_pairs(reviewers)):
        shared = [(by[a], by[b]) for by in ratings.values() if a in by and b in by]
        pairs.append(
            CalibrationPair(
                reviewer_a=a,
                reviewer_b=b,
                items=len(shared),
                agreement=metrics.percent_agreement(*zip(*shared, strict=True)) if shared else None,
                cohen_kappa=kappas.get((a, b)),
            )
        )
    complete = [list(by.values()) for by in ratings.values() if len(by) == len(reviewers)]
    per_item = [r.agreement for r in ranking if r.agreement is not None]
    return CalibrationReport(
        set_id=head.id,
        name=head.name,
        items=item_results,
        reviewers=reviewer_results,
        pairs=pairs,
        fleiss_kappa=metrics.fleiss_kappa_from_labels(complete) if complete and len(reviewers) >= 2 else None,
        percent_agreement=fmean(per_item) if per_item else None,
    )


def _all_pairs(reviewers: list[str]) -> set[tuple[str, str]]:
    names = sorted(reviewers)
    return {(a, b) for i, a in enumerate(names) for b in names[i + 1 :]}
