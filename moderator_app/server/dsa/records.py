"""Stored statements of reasons: writing one for a decision, reading them back."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import Connection, insert, select

from moderator_app.core.dsa_schema import (
    SellerNotice,
    StatementEnvelope,
    StatementOfReasons,
    SubmissionStatus,
)
from moderator_app.server import tables as t
from moderator_app.server.dsa import statements
from moderator_app.server.dsa.reasons import mappings
from moderator_app.server.dsa.statements import ListingFacts, NoticeFacts

s = t.statements


def listing_facts(conn: Connection, listing_id: str, version: int) -> ListingFacts:
    row = conn.execute(
        select(
            t.listing_versions.c.title,
            t.listing_versions.c.category,
            t.listing_versions.c.country,
            t.listings.c.created_at,
        )
        .select_from(t.listing_versions.join(t.listings, t.listings.c.id == t.listing_versions.c.listing_id))
        .where(t.listing_versions.c.listing_id == listing_id, t.listing_versions.c.version == version)
    ).one()
    return ListingFacts(listing_id, row.title, row.category, row.country, row.created_at)


def compose(
    conn: Connection,
    *,
    puid: str,
    reason_codes: list[str],
    listing: ListingFacts,
    applied_at: datetime,
    notices: list[NoticeFacts],
    flags_shown: list[dict],
    linked: tuple[int, tuple[str, ...]] | None = None,
) -> tuple[StatementOfReasons, SellerNotice]:
    known = mappings(conn, reason_codes)
    return statements.build(
        puid=puid,
        reasons=[known[c] for c in reason_codes if c in known],
        listing=listing,
        applied_at=applied_at,
        notices=notices,
        flags_shown=flags_shown,
        linked=linked,
    )


def record(
    conn: Connection,
    *,
    decision_id: int,
    reason_codes: list[str],
    listing_id: str,
    version: int,
    applied_at: datetime,
    notices: list[NoticeFacts],
    flags_shown: list[dict],
    now: datetime,
    linked: tuple[int, tuple[str, ...]] | None = None,
) -> str:
    """Write the statement of a restrictive decision; returns its puid."""
    puid = statements.new_puid(decision_id)
    statement, notice = compose(
        conn,
        puid=puid,
        reason_codes=reason_codes,
        listing=listing_facts(conn, listing_id, version),
        applied_at=applied_at,
        notices=notices,
        flags_shown=flags_shown,
        linked=linked,
    )
    store(conn, decision_id, statement, notice, now)
    return puid


def store(
    conn: Connection, decision_id: int, statement: StatementOfReasons, notice: SellerNotice, now: datetime
) -> None:
    conn.execute(
        insert(s).values(
            decision_id=decision_id,
            puid=statement.puid,
            body=json.dumps(statement.payload(), ensure_ascii=False, sort_keys=True),
            seller_notice=notice.model_dump_json(),
            created_at=now,
            state="pending",
            attempts=0,
        )
    )


def envelope(row) -> StatementEnvelope:
    return StatementEnvelope(
        decision_id=row.decision_id,
        puid=row.puid,
        created_at=row.created_at,
        statement=StatementOfReasons.model_validate_json(row.body),
        seller_notice=SellerNotice.model_validate_json(row.seller_notice),
        submission=SubmissionStatus(
            state=row.state,
            attempts=row.attempts,
            last_attempt_at=row.last_attempt_at,
            submitted_at=row.submitted_at,
            tdb_uuid=row.tdb_uuid,
            last_error=row.last_error,
        ),
    )


def for_decision(conn: Connection, decision_id: int) -> StatementEnvelope | None:
    row = conn.execute(select(s).where(s.c.decision_id == decision_id)).first()
    return envelope(row) if row is not None else None
