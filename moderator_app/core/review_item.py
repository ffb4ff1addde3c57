"""ReviewItem: everything the review screen shows for one leased listing, ready in memory."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from moderator_app.core import schema


@dataclass(frozen=True)
class ReviewItem:
    """One leased item as the workstation holds it: listing, seller, flags and local files.

    ``text_findings`` holds moderator_app.core.findings.Finding objects; ``image_results`` maps an
    image id to the image pre-screener's result, or None while it is pending. ``image_paths`` maps an
    image id to its cached file, or None when it could not be fetched (the gallery shows a
    placeholder). ``similar_images`` lists other listings that use the same or a near-identical photo.
    """

    item_id: int
    queue_id: str
    lease_expires_at: datetime
    listing: schema.Listing
    seller: schema.SellerHistory | None = None
    server_flags: list[schema.ServerFlag] = field(default_factory=list)
    text_findings: list[Any] = field(default_factory=list)
    image_paths: dict[str, Path | None] = field(default_factory=dict)
    image_results: dict[str, Any | None] = field(default_factory=dict)
    similar_images: list[schema.SimilarImage] = field(default_factory=list)
    decided: bool = False

    @property
    def listing_version(self) -> int:
        return self.listing.version
