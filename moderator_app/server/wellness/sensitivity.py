"""Which queue items are sensitive, in SQL: the definition of core.exposure_rules, for claims.

An item is sensitive when its listing version carries a server flag whose label names nudity or
violence (core.exposure_rules.STEMS) with a score of at least SENSITIVE_MIN_SCORE, or shows a photo
that a desk's screening reported sensitive (``image_sensitivity``). Correlated to ``items``: use it
in a query over that table.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, exists, func, or_, select

from moderator_app.core.exposure_rules import SENSITIVE_MIN_SCORE, STEMS
from moderator_app.server import tables as t

i = t.items


def label_is_sensitive(label) -> ColumnElement:
    lowered = func.lower(label)
    return or_(*(lowered.like(f"%{stem}%") for stems in STEMS.values() for stem in stems))


def sensitive_item() -> ColumnElement:
    f, li, s = t.server_flags, t.listing_images, t.image_sensitivity
    flagged = (
        exists()
        .where(
            f.c.listing_id == i.c.listing_id,
            f.c.version == i.c.listing_version,
            f.c.score >= SENSITIVE_MIN_SCORE,
            label_is_sensitive(f.c.label),
        )
        .correlate(i)
    )
    shown = exists(
        select(li.c.image_id)
        .join(s, s.c.image_id == li.c.image_id)
        .where(li.c.listing_id == i.c.listing_id, li.c.version == i.c.listing_version)
    ).correlate(i)
    return or_(flagged, shown)
