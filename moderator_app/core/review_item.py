"""ReviewItem: what the review screen shows for one leased listing, ready in memory.

A ReviewItem is content only. Whether the listing is ready, decided or lost is the review
session's fact (core.review_session), and how long its lease lasts is the leases' (sync).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from moderator_app.core import schema
from moderator_app.core.cluster_schema import ClusterView

MAX_FLAGS_SHOWN = 500  # the API's bound on DecisionRequest.flags_shown


@dataclass(frozen=True)
class ReviewItem:
    """One leased item as the workstation holds it: listing, seller, flags and local files.

    ``text_findings`` holds moderator_app.core.findings.Finding objects; ``image_results`` maps an
    image id to the image pre-screener's result, or None while it is pending. ``image_paths`` maps an
    image id to its cached file, or None when it could not be fetched (the gallery shows a
    placeholder). ``similar_images`` lists other listings that use the same or a near-identical photo.
    ``image_errors`` says why a photo without a file could not be fetched (a code_labels.PHOTO_ERRORS
    key); a photo with neither a file nor an error is still on its way. ``price_range`` is the server's usual price range for the listing (None when it knows none).
    """

    item_id: int
    queue_id: str
    listing: schema.Listing
    seller: schema.SellerHistory | None = None
    server_flags: list[schema.ServerFlag] = field(default_factory=list)
    text_findings: list[Any] = field(default_factory=list)
    image_paths: dict[str, Path | None] = field(default_factory=dict)
    image_results: dict[str, Any | None] = field(default_factory=dict)
    similar_images: list[schema.SimilarImage] = field(default_factory=list)
    price_range: schema.PriceRange | None = None  # the server's usual price of comparable listings
    image_errors: dict[str, str] = field(default_factory=dict)  # image id -> code_labels.PHOTO_ERRORS key
    # The notices gathered on the item (DSA), oldest first: what was reported, by whom, why.
    notices: list[schema.NoticeView] = field(default_factory=list)
    # The cluster the listing belongs to (None: none), and the cluster as the server last showed it
    # from this listing (prefetched, so the cluster view opens offline too; None: not fetched).
    cluster: schema.ClusterSummary | None = None
    cluster_view: ClusterView | None = None

    @property
    def listing_version(self) -> int:
        return self.listing.version


def flags_shown(item: ReviewItem) -> list[schema.FlagShown]:
    """What the moderator was shown beside the listing, for the decision record: kinds and labels,
    never listing text."""
    shown: list[schema.FlagShown] = []
    for f in item.text_findings:
        shown.append(schema.FlagShown(source="local-text", kind=f.kind, label=f.category or f.kind, field=f.field))
    for image_id, result in (item.image_results or {}).items():
        for flag in getattr(result, "flags", None) or ():
            shown.append(
                schema.FlagShown(
                    source="local-image", kind=flag.kind, label=flag.label, score=flag.score, image_id=image_id
                )
            )
    for sflag in item.server_flags:
        shown.append(
            schema.FlagShown(
                source="server", kind="server", label=sflag.label, score=sflag.score, image_id=sflag.image_id
            )
        )
    return shown[:MAX_FLAGS_SHOWN]


_OUTCOMES = {schema.Action.approve: "approved", schema.Action.reject: "rejected", schema.Action.escalate: "escalated"}


def seller_with_outcome(
    seller: schema.SellerHistory, listing_id: str, action: schema.Action | None, reasons: tuple[str, ...] = ()
) -> schema.SellerHistory:
    """The seller's history as it reads once this desk's decision on ``listing_id`` applies
    (``action`` None: the decision was withdrawn, the listing is pending again)."""
    outcome = _OUTCOMES[action] if action is not None else "pending"
    codes = list(reasons) if action is not None else []
    past = [
        p.model_copy(update={"outcome": outcome, "reasons": codes}) if p.listing_id == listing_id else p
        for p in seller.past_listings
    ]
    return seller.model_copy(update={"past_listings": past})
