"""Path and query parameters with their bounds, declared once for every route.

Ids are 32-bit integers in the tables, offsets are capped, names and codes have a maximum length:
a value outside is a 422 with the parameter named, never a database overflow (a 500), and the
OpenAPI document states each bound.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query

from moderator_app.core.schema import MAX_CODE_CHARS, MAX_ID

MAX_OFFSET = 10_000_000
MAX_SEQ = 2**63 - 1  # audit-log sequence numbers are 64-bit

PathId = Annotated[int, Path(ge=1, le=MAX_ID)]
PathCode = Annotated[str, Path(min_length=1, max_length=MAX_CODE_CHARS)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]


def name_query(description: str):
    """A bounded text filter (a username, a queue id) in the query string."""
    return Query(min_length=1, max_length=MAX_CODE_CHARS, description=description)
