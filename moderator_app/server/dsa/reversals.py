"""Decisions reversed on appeal, as SQL: what the error rates count as errors when leads say so."""

from __future__ import annotations

from sqlalchemy import select

from moderator_app.server import tables as t


def reversed_decisions():
    """A subquery of the ids of decisions reversed on appeal (one row each)."""
    ap = t.appeals
    return (
        select(ap.c.decision_id)
        .where(ap.c.outcome == "reverse")
        .group_by(ap.c.decision_id)
        .subquery("reversed")
    )
