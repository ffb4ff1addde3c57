"""HTTP conditional-request helpers (ETag / If-None-Match)."""

from __future__ import annotations


def if_none_match_hits(header: str | None, etag: str) -> bool:
    """True when an If-None-Match header matches ``etag`` (weak comparison, RFC 9110 §13.1.2)."""
    if not header:
        return False
    wanted = etag.removeprefix("W/")
    for candidate in header.split(","):
        candidate = candidate.strip()
        if candidate == "*" or candidate.removeprefix("W/") == wanted:
            return True
    return False
