"""Images: how much structure their perceptual hash rests on (flat photos are never matched).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_CHUNK = 200


def _quality(data: bytes) -> int:
    """The hash quality of stored bytes, scored as an upload is; 100 (compared, as before) for
    bytes that no longer pass the upload's checks."""
    from moderator_app.server.images import ImageRejected, inspect_image

    try:
        return inspect_image(data).hash_quality
    except ImageRejected:
        return 100


def upgrade() -> None:
    op.add_column("images", sa.Column("hash_quality", sa.Integer, nullable=True))
    conn = op.get_bind()
    images = sa.table("images", sa.column("id"), sa.column("hash_quality"))
    blobs = sa.table("image_blobs", sa.column("image_id"), sa.column("data"))
    ids = [row.id for row in conn.execute(sa.select(images.c.id))]
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        stored = dict(conn.execute(sa.select(blobs.c.image_id, blobs.c.data).where(blobs.c.image_id.in_(chunk))).all())
        rows = [{"b_id": i, "b_quality": _quality(stored[i]) if i in stored else 100} for i in chunk]
        conn.execute(
            images.update().where(images.c.id == sa.bindparam("b_id")).values(hash_quality=sa.bindparam("b_quality")),
            rows,
        )
    # The column stays nullable: making it NOT NULL would rebuild the table on SQLite, which its
    # photos' blobs (a foreign key) forbid. Every row has a value after this backfill.


def downgrade() -> None:
    op.drop_column("images", "hash_quality")
