"""Who may fetch a photo: only someone with a right to an item that shows it.

A photo is served to leads and admins; to whoever holds a live lease on an open queue item whose
listing version shows it; to the auditor of a QA sample of a decision on such a version (while
they hold the sample, and after, for the audits they recorded); and to the reviewers of a
calibration set that contains such a version. Everyone else gets the same 404 as for a photo that
does not exist, so the answer does not even confirm it exists. Media URLs carry an unguessable
key (``images.media_key``), never the marketplace's image id, so they cannot be enumerated.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, and_, exists, or_, select

from moderator_app.core.schema import Role
from moderator_app.server import tables as t
from moderator_app.server.auth import Principal

li = t.listing_images


def _shows(image_id: str, listing_id_col, version_col):
    """The listing version in these columns shows the image."""
    return exists().where(li.c.image_id == image_id, li.c.listing_id == listing_id_col, li.c.version == version_col)


def may_see_image(conn: Connection, user: Principal, image_id: str, now: datetime) -> bool:
    if user.role in (Role.lead, Role.admin):
        return True
    leased = (
        select(t.items.c.id)
        .where(
            t.items.c.state == "open",
            t.items.c.lease_owner == user.id,
            t.items.c.lease_expires_at > now,
            _shows(image_id, t.items.c.listing_id, t.items.c.listing_version),
        )
        .exists()
    )
    s = t.qa_samples
    d = t.decisions
    audited = (
        select(s.c.id)
        .select_from(s.join(d, d.c.id == s.c.decision_id))
        .where(
            s.c.auditor_id == user.id,
            or_(s.c.state == "done", and_(s.c.state.in_(("open", "blind")), s.c.lease_expires_at > now)),
            _shows(image_id, d.c.listing_id, d.c.listing_version),
        )
        .exists()
    )
    ci, cr = t.calibration_items, t.calibration_reviewers
    reviewed = (
        select(ci.c.set_id)
        .select_from(ci.join(cr, cr.c.set_id == ci.c.set_id))
        .where(cr.c.user_id == user.id, _shows(image_id, ci.c.listing_id, ci.c.listing_version))
        .exists()
    )
    return bool(conn.execute(select(or_(leased, audited, reviewed))).scalar())
