"""Notices (Arts. 16, 22, 23): intake, one case per listing, the priority lane, track records.

A notice joins the open item of its listing (one case, many notices), or opens one: in the
Reported queue, or in the priority lane when it comes from a trusted flagger or an authority.
A trusted flagger's notice on an item waiting elsewhere moves that item into the lane (unless a
moderator holds it, or it waits for a lead in Escalations: then it only moves up its queue).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import datetime, timedelta

from sqlalchemy import Connection, and_, case, func, insert, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from moderator_app.core.dsa_schema import (
    NoticeCreate,
    NoticeReceipt,
    NotifierIn,
    NotifierPage,
    NotifierRecord,
)
from moderator_app.core.schema import NoticeView, NotifierTrackRecord
from moderator_app.server import tables as t
from moderator_app.server.audit import append_entry
from moderator_app.server.auth import Principal
from moderator_app.server.context import ServerContext
from moderator_app.server.dsa.config import (
    APPEALS_QUEUE,
    NOTICE_QUEUE,
    PRIORITY_BOOST,
    PRIORITY_QUEUE,
    DsaSettings,
    ensure_queue,
)
from moderator_app.server.dsa.statements import NoticeFacts
from moderator_app.server.listings import enqueue_item
from moderator_app.server.problems import forbidden, invalid

log = logging.getLogger(__name__)

n = t.notices
nf = t.notifiers
PRIORITY_KINDS = ("trusted_flagger", "authority")
_STAY_PUT = (PRIORITY_QUEUE, "escalations", APPEALS_QUEUE)


def lane_for(kinds: list[str]) -> str:
    return PRIORITY_QUEUE if any(k in PRIORITY_KINDS for k in kinds) else NOTICE_QUEUE


def _identity(notifier: NotifierIn) -> str | None:
    if notifier.flagger_id and notifier.kind in PRIORITY_KINDS:
        return f"flagger:{notifier.flagger_id.strip().lower()}"
    if notifier.email:
        return f"email:{notifier.email.strip().lower()}"
    if notifier.kind == "authority" and notifier.name:
        return f"authority:{notifier.name.strip().lower()}"
    return None  # anonymous: no track record


def _notifier_row(conn: Connection, notifier: NotifierIn, now: datetime):
    identity = _identity(notifier)
    if identity is None:
        return None
    values = {
        "kind": notifier.kind,
        "identity": identity,
        "name": notifier.name,
        "email": notifier.email.strip().lower() if notifier.email else None,
        "flagger_id": notifier.flagger_id,
        "created_at": now,
    }
    # Concurrent first notices of one notifier insert one row; the others find it.
    dialect_insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    conn.execute(dialect_insert(nf).values(values).on_conflict_do_nothing(index_elements=["identity"]))
    return conn.execute(select(nf).where(nf.c.identity == identity)).one()


def _open_item(conn: Connection, listing_id: str):
    return conn.execute(
        select(t.items)
        .where(
            t.items.c.listing_id == listing_id, t.items.c.state == "open", t.items.c.queue_id != APPEALS_QUEUE
        )
        .order_by(t.items.c.id.desc())
        .limit(1)
        .with_for_update()
    ).first()


def _promote(conn: Connection, item, now: datetime) -> str:
    """Move an item into the priority lane (or only up its queue); returns its queue."""
    free = item.lease_owner is None or item.lease_expires_at is None or item.lease_expires_at <= now
    values = {"priority": max(item.priority, PRIORITY_BOOST)}
    queue = item.queue_id
    if free and item.queue_id not in _STAY_PUT:
        ensure_queue(conn, PRIORITY_QUEUE)
        queue = values["queue_id"] = PRIORITY_QUEUE
    conn.execute(update(t.items).where(t.items.c.id == item.id).values(**values))
    return queue


def open_case(conn: Connection, listing_id: str, version: int, kinds: list[str], now: datetime) -> int:
    """A new item for notices that have none: in the Reported queue or the priority lane."""
    lane = lane_for(kinds)
    ensure_queue(conn, lane)
    return enqueue_item(conn, lane, listing_id, version, PRIORITY_BOOST if lane == PRIORITY_QUEUE else 0, now)


def receive(ctx: ServerContext, user: Principal, body: NoticeCreate) -> NoticeReceipt:
    """Record a notice, gather it on its listing's case, and acknowledge it."""
    if not body.good_faith:
        raise invalid(
            "A notice must confirm the notifier's good faith (DSA Art. 16(2)(d)).",
            "body.good_faith",
            "good_faith_required",
        )
    if body.notifier.kind == "trusted_flagger" and not body.notifier.flagger_id:
        raise invalid(
            "A trusted flagger's notice needs its flagger_id.",
            "body.notifier.flagger_id",
            "flagger_id_required",
        )
    now = ctx.now()
    with ctx.db.write() as conn:
        listing = conn.execute(
            select(t.listings.c.id, t.listings.c.status, t.listings.c.current_version)
            .where(t.listings.c.id == body.listing_id)
            .with_for_update()
        ).first()
        if listing is None:
            raise invalid(
                f"Listing {body.listing_id!r} does not exist.", "body.listing_id", "unknown_listing"
            )
        notifier = _notifier_row(conn, body.notifier, now)
        if notifier is not None and notifier.suspended_until is not None and notifier.suspended_until > now:
            raise forbidden(
                f"Notices from this notifier are suspended until {notifier.suspended_until.isoformat()} "
                "(DSA Art. 23(2)).",
                "notifier_suspended",
            )
        item_id, queue_id, state, outcome = None, None, "open", None
        if listing.status == "rejected":
            state, outcome = "closed", "already_restricted"
        else:
            item = _open_item(conn, listing.id)
            if item is None:
                item_id = open_case(conn, listing.id, listing.current_version, [body.notifier.kind], now)
                queue_id = lane_for([body.notifier.kind])
            else:
                item_id, queue_id = item.id, item.queue_id
                if body.notifier.kind in PRIORITY_KINDS:
                    queue_id = _promote(conn, item, now)
        notice_id = conn.execute(
            insert(n)
            .values(
                listing_id=listing.id,
                listing_version=listing.current_version,
                item_id=item_id,
                category=body.category,
                explanation=body.explanation,
                url=body.url,
                notifier_kind=body.notifier.kind,
                notifier_id=notifier.id if notifier is not None else None,
                good_faith=True,
                received_at=now,
                state=state,
                outcome=outcome,
                decided_at=now if state == "closed" else None,
                manifestly_unfounded=False,
            )
            .returning(n.c.id)
        ).scalar_one()
        append_entry(
            conn,
            ctx.db.audit_key,
            at=now,
            actor=user.username,
            kind="dsa.notice_received",
            payload={
                "notice_id": notice_id,
                "listing_id": listing.id,
                "item_id": item_id,
                "category": body.category,
                "notifier_kind": body.notifier.kind,
            },
        )
    log.info("notice %s on listing %s -> item %s", notice_id, body.listing_id, item_id)
    return NoticeReceipt(
        notice_id=notice_id,
        received_at=now,
        item_id=item_id,
        queue_id=queue_id,
        state=state,
        resolution=outcome,
    )


# --- reading ---------------------------------------------------------------------------------


def track_records(conn: Connection, notifier_ids: set[int]) -> dict[int, NotifierTrackRecord]:
    if not notifier_ids:
        return {}
    decided = case((n.c.state == "decided", 1), else_=0)
    upheld = case((and_(n.c.state == "decided", n.c.outcome == "upheld"), 1), else_=0)
    unfounded = case((n.c.manifestly_unfounded.is_(True), 1), else_=0)
    rows = conn.execute(
        select(
            n.c.notifier_id,
            func.sum(decided).label("decided"),
            func.sum(upheld).label("upheld"),
            func.sum(unfounded).label("unfounded"),
        )
        .where(n.c.notifier_id.in_(notifier_ids))
        .group_by(n.c.notifier_id)
    )
    result = {}
    for row in rows:
        done, kept = int(row.decided or 0), int(row.upheld or 0)
        result[row.notifier_id] = NotifierTrackRecord(
            decided=done,
            upheld=kept,
            upheld_share=kept / done if done else None,
            manifestly_unfounded=int(row.unfounded or 0),
        )
    return result


def views(conn: Connection, condition) -> list[NoticeView]:
    """The notices matching ``condition``, oldest first, as reviewers see them."""
    rows = conn.execute(
        select(n, nf.c.name.label("notifier_name"))
        .select_from(n.outerjoin(nf, nf.c.id == n.c.notifier_id))
        .where(condition)
        .order_by(n.c.received_at, n.c.id)
    ).all()
    records = track_records(conn, {r.notifier_id for r in rows if r.notifier_id is not None})
    return [
        NoticeView(
            notice_id=r.id,
            received_at=r.received_at,
            category=r.category,
            explanation=r.explanation,
            url=r.url,
            notifier_kind=r.notifier_kind,
            notifier_name=r.notifier_name if r.notifier_kind in PRIORITY_KINDS else None,
            track_record=records.get(r.notifier_id, NotifierTrackRecord())
            if r.notifier_id is not None
            else None,
            state=r.state,
            outcome=r.outcome,
            manifestly_unfounded=bool(r.manifestly_unfounded),
        )
        for r in rows
    ]


def item_notices(conn: Connection, item_id: int) -> list[NoticeView]:
    return views(conn, and_(n.c.item_id == item_id, n.c.state == "open"))


def decision_notices(conn: Connection, decision_id: int) -> list[NoticeView]:
    linked = select(t.decision_notices.c.notice_id).where(t.decision_notices.c.decision_id == decision_id)
    return views(conn, n.c.id.in_(linked))


def facts(views_: list[NoticeView]) -> list[NoticeFacts]:
    return [NoticeFacts(v.notifier_kind, v.category) for v in views_]


# --- leads: notifiers (Art. 23) -----------------------------------------------------------------


def notifier_page(
    conn: Connection,
    settings: DsaSettings,
    now: datetime,
    *,
    flagged_only: bool,
    kind: str | None,
    limit: int,
    offset: int,
) -> NotifierPage:
    since = now - timedelta(days=settings.unfounded_window_days)
    decided = func.coalesce(func.sum(case((n.c.state == "decided", 1), else_=0)), 0)
    upheld = func.coalesce(
        func.sum(case((and_(n.c.state == "decided", n.c.outcome == "upheld"), 1), else_=0)), 0
    )
    unfounded = func.coalesce(func.sum(case((n.c.manifestly_unfounded.is_(True), 1), else_=0)), 0)
    recent = func.coalesce(
        func.sum(case((and_(n.c.manifestly_unfounded.is_(True), n.c.received_at >= since), 1), else_=0)), 0
    )
    columns = (
        nf.c.id,
        nf.c.kind,
        nf.c.name,
        nf.c.email,
        nf.c.flagger_id,
        nf.c.suspended_until,
        nf.c.suspension_reason,
    )
    query = (
        select(
            *columns,
            func.count(n.c.id).label("notices"),
            decided.label("decided"),
            upheld.label("upheld"),
            unfounded.label("unfounded"),
            recent.label("recent"),
            func.max(n.c.received_at).label("last_at"),
        )
        .select_from(nf.outerjoin(n, n.c.notifier_id == nf.c.id))
        .group_by(*columns)
    )
    if kind is not None:
        query = query.where(nf.c.kind == kind)
    if flagged_only:
        query = query.having(recent >= settings.unfounded_flag_count)
    total = conn.execute(select(func.count()).select_from(query.subquery())).scalar_one()
    flagged = case((recent >= settings.unfounded_flag_count, 1), else_=0)
    rows = conn.execute(
        query.order_by(flagged.desc(), unfounded.desc(), func.count(n.c.id).desc(), nf.c.id)
        .limit(limit)
        .offset(offset)
    ).all()
    records = []
    for r in rows:
        done, kept = int(r.decided), int(r.upheld)
        records.append(
            NotifierRecord(
                notifier_id=r.id,
                kind=r.kind,
                name=r.name,
                email=r.email,
                flagger_id=r.flagger_id,
                notices=r.notices,
                decided=done,
                upheld=kept,
                not_upheld=done - kept,
                manifestly_unfounded=int(r.unfounded),
                upheld_share=kept / done if done else None,
                last_notice_at=r.last_at,
                flagged=int(r.recent) >= settings.unfounded_flag_count,
                suspended_until=r.suspended_until if r.suspended_until and r.suspended_until > now else None,
                suspension_reason=r.suspension_reason
                if r.suspended_until and r.suspended_until > now
                else None,
            )
        )
    return NotifierPage(notifiers=records, total=total)


# --- moving notices with their case ---------------------------------------------------------------


def move_open(conn: Connection, from_items: list[int], to_item: int) -> None:
    conn.execute(update(n).where(n.c.item_id.in_(from_items), n.c.state == "open").values(item_id=to_item))


def after_supersede(
    conn: Connection,
    listing_id: str,
    version: int,
    superseded: list[int],
    new_item: int | None,
    now: datetime,
) -> None:
    """A new version of a listing replaced open items: their notices follow the case."""
    if not superseded:
        return
    kinds = list(
        conn.execute(
            select(n.c.notifier_kind).where(n.c.item_id.in_(superseded), n.c.state == "open")
        ).scalars()
    )
    if not kinds:
        return
    target = new_item if new_item is not None else open_case(conn, listing_id, version, kinds, now)
    move_open(conn, superseded, target)


def open_notice_rows(conn: Connection, item_id: int):
    return conn.execute(
        select(n.c.id, n.c.notifier_kind, n.c.category)
        .where(n.c.item_id == item_id, n.c.state == "open")
        .order_by(n.c.id)
    ).all()


def close_as_decided(
    conn: Connection, ids: list[int], *, upheld: bool, decision_id: int, now: datetime, unfounded: set[int]
) -> None:
    if not ids:
        return
    conn.execute(
        update(n)
        .where(n.c.id.in_(ids))
        .values(
            state="decided",
            outcome="upheld" if upheld else "not_upheld",
            decision_id=decision_id,
            decided_at=now,
            manifestly_unfounded=or_(n.c.manifestly_unfounded, n.c.id.in_(unfounded))
            if unfounded
            else n.c.manifestly_unfounded,
        )
    )


def link(conn: Connection, decision_id: int, notice_ids: list[int]) -> None:
    if notice_ids:
        conn.execute(
            insert(t.decision_notices), [{"decision_id": decision_id, "notice_id": i} for i in notice_ids]
        )


def kinds_by_decision(conn: Connection, decision_ids: list[int]) -> dict[int, list[tuple[int, str, str]]]:
    rows = conn.execute(
        select(t.decision_notices.c.decision_id, n.c.id, n.c.notifier_kind, n.c.category)
        .select_from(t.decision_notices.join(n, n.c.id == t.decision_notices.c.notice_id))
        .where(t.decision_notices.c.decision_id.in_(decision_ids))
        .order_by(n.c.id)
    )
    result: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for row in rows:
        result[row.decision_id].append((row.id, row.notifier_kind, row.category))
    return result
