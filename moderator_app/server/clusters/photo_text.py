"""Contact details read in photos, as desks report them.

The server runs no OCR: the desks' pre-screening reads every photo (RapidOCR) before the listing
opens, and reports the contact details it found in one photo here. The server normalizes each the
way it normalizes contacts in listing text (``features.contact_key``) and keeps those that name
someone; a photo shared by several listings links them all. The report is accepted only from a
user who may see the photo (``server.media_access``): the same rule as for its bytes.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from moderator_app.core.cluster_schema import PhotoTextReport, PhotoTextResult
from moderator_app.server import tables as t
from moderator_app.server.auth import Principal
from moderator_app.server.clusters.features import contact_key
from moderator_app.server.context import ServerContext
from moderator_app.server.media_access import may_see_image
from moderator_app.server.problems import not_found


def report(ctx: ServerContext, user: Principal, image_id: str, body: PhotoTextReport) -> PhotoTextResult:
    now = ctx.now()
    keys = {k for k in (contact_key(f.kind, f.normalized) for f in body.findings) if k is not None}
    with ctx.db.write() as conn:
        exists = conn.execute(select(t.images.c.id).where(t.images.c.id == image_id)).first()
        if exists is None or not may_see_image(conn, user, image_id, now):
            raise not_found("No such image, or it is not shown on any item you may open.")
        if keys:
            dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
            conn.execute(
                dialect.insert(t.photo_contacts).on_conflict_do_nothing(),
                [
                    {
                        "image_id": image_id,
                        "kind": kind,
                        "value": value,
                        "reported_by": user.username,
                        "reported_at": now,
                    }
                    for kind, value in sorted(keys)
                ],
            )
    return PhotoTextResult(image_id=image_id, accepted=len(keys), ignored=len(body.findings) - len(keys))
