"""Where the rest of the server calls into the DSA module (small, named entry points)."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import Connection, select

from moderator_app.core.schema import Action, DecisionRequest, DecisionResult
from moderator_app.server import tables as t
from moderator_app.server.dsa import notices, records
from moderator_app.server.dsa.statements import NoticeFacts, source_type
from moderator_app.server.problems import invalid


def after_decision(
    conn: Connection,
    *,
    item,
    req: DecisionRequest,
    decision_id: int,
    decided_at: datetime,
    now: datetime,
    escalated_item: int | None,
    golden: bool,
    linked: tuple[int, tuple[str, ...]] | None = None,
) -> dict:
    """Answer the item's notices, write the statement of a rejection; returns the DSA fields of
    the decision's result. Runs in the decision's transaction. ``linked`` (a decision taken in a
    cluster decision): how many other listings it was decided with, and the kinds of evidence that
    linked them."""
    if golden:  # a test of the moderator: the listing is not acted on
        return {"source_type": None}
    open_rows = notices.open_notice_rows(conn, item.id)
    open_ids = [r.id for r in open_rows]
    _check_notice_ids(req, open_ids)
    shown = set(req.notice_ids) if req.notice_ids is not None else set(open_ids)
    considered = open_ids if req.action != Action.approve else [i for i in open_ids if i in shown]
    notices.link(conn, decision_id, considered)
    facts = [NoticeFacts(r.notifier_kind, r.category) for r in open_rows if r.id in considered]
    result = {"source_type": source_type(facts), "notice_ids": considered}
    if req.action == Action.escalate:
        if escalated_item is not None:
            notices.move_open(conn, [item.id], escalated_item)
        return result
    notices.close_as_decided(
        conn,
        considered,
        upheld=req.action == Action.reject,
        decision_id=decision_id,
        now=now,
        unfounded=set(req.unfounded_notice_ids),
    )
    left = [r for r in open_rows if r.id not in considered]
    if left:  # arrived after the desk loaded the item: they get a review of their own
        case = notices.open_case(
            conn, item.listing_id, item.listing_version, [r.notifier_kind for r in left], now
        )
        notices.move_open(conn, [item.id], case)
    if req.action == Action.reject:
        result["statement_puid"] = records.record(
            conn,
            decision_id=decision_id,
            reason_codes=req.reason_codes,
            listing_id=item.listing_id,
            version=item.listing_version,
            applied_at=decided_at,
            notices=facts,
            flags_shown=[f.model_dump(mode="json") for f in req.flags_shown],
            now=now,
            linked=linked,
        )
    return result


def _check_notice_ids(req: DecisionRequest, open_ids: list[int]) -> None:
    known = set(open_ids)
    for field, ids in (
        ("body.notice_ids", req.notice_ids or []),
        ("body.unfounded_notice_ids", req.unfounded_notice_ids),
    ):
        stray = [i for i in ids if i not in known]
        if stray:
            raise invalid(f"Notice(s) {stray} are not open on item {req.item_id}.", field, "unknown_notice")
    if req.unfounded_notice_ids:
        if req.action != Action.approve:
            raise invalid(
                "Only an approval can find notices manifestly unfounded.",
                "body.unfounded_notice_ids",
                "unfounded_needs_approval",
            )
        if req.notice_ids is not None and not set(req.unfounded_notice_ids) <= set(req.notice_ids):
            raise invalid(
                "A notice judged unfounded must be one the desk showed.",
                "body.unfounded_notice_ids",
                "unknown_notice",
            )


def decision_extras(conn: Connection, decision_ids: list[int]) -> dict[int, dict]:
    """The DSA fields of stored decisions' results (for replays and listings)."""
    if not decision_ids:
        return {}
    linked = notices.kinds_by_decision(conn, decision_ids)
    puids = dict(
        conn.execute(
            select(t.statements.c.decision_id, t.statements.c.puid).where(
                t.statements.c.decision_id.in_(decision_ids)
            )
        ).all()
    )
    reverses = dict(
        conn.execute(
            select(t.appeals.c.new_decision_id, t.appeals.c.decision_id).where(
                t.appeals.c.new_decision_id.in_(decision_ids)
            )
        ).all()
    )
    golden = set(
        conn.execute(
            select(t.decisions.c.id)
            .join(t.golden_items, t.golden_items.c.item_id == t.decisions.c.item_id)
            .where(t.decisions.c.id.in_(decision_ids))
        ).scalars()
    )
    result = {}
    for decision_id in decision_ids:
        rows = linked.get(decision_id, [])
        result[decision_id] = {
            "source_type": None
            if decision_id in golden
            else source_type([NoticeFacts(k, c) for _, k, c in rows]),
            "notice_ids": [i for i, _, _ in rows],
            "statement_puid": puids.get(decision_id),
            "reverses_decision_id": reverses.get(decision_id),
        }
    return result


def with_extras(conn: Connection, results: list[DecisionResult]) -> list[DecisionResult]:
    extras = decision_extras(conn, [r.decision_id for r in results])
    return [r.model_copy(update=extras.get(r.decision_id, {})) for r in results]


def item_notice_views(conn: Connection, item_id: int):
    return notices.item_notices(conn, item_id)


def after_supersede(
    conn: Connection,
    listing_id: str,
    version: int,
    superseded: list[int],
    new_item: int | None,
    now: datetime,
) -> None:
    notices.after_supersede(conn, listing_id, version, superseded, new_item, now)


def flags_of(row) -> list[dict]:
    return json.loads(row.flags_shown) if row.flags_shown else []
