"""Prepares the next listings ahead of time so that the switch takes one frame.

For each upcoming ReviewItem: the highlighted text documents and photo flags are built on
the UI thread in idle time, the risk assessment is computed, and the photos are decoded
(and veiled) on a worker. Decoded photos are cached by file and veil, so a re-screened
item (a new ReviewItem object) reuses them.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from moderator_app.core import code_labels
from moderator_app.core.risk_score import ListingContext, RiskAssessment, assess_seller
from moderator_app.views import theme as themes
from moderator_app.views.listing_panel import PreparedListing, prepare_listing
from moderator_app.views.photo_decode import DecodedPhoto, DisplayFit, decode_photo, fits, refit
from moderator_app.views.photo_flags import (
    DEFAULT_HIDDEN,
    DuplicateLink,
    PhotoFlags,
    duplicate_links,
    photo_flags,
    veil_mode_for,
)
from moderator_app.views.task_runner import TaskRunner

log = logging.getLogger(__name__)

_CONTACT_KINDS = ("phone", "email", "url", "messaging")
# A handle after a messaging app's name is contact detail: its app is already counted as one.
_NOT_SCAM_WORDING = frozenset({"messaging_handle"})
PhotoKey = tuple[str, str, str | None]  # image id, file path, veil mode


@dataclass
class PreparedItem:
    """Everything the review screen needs to show one item without further work."""

    item: Any
    listing: PreparedListing
    flags: dict[str, PhotoFlags]
    veil_modes: dict[str, str | None]
    duplicates: list[DuplicateLink]
    assessment: RiskAssessment | None
    theme_name: str
    photo_keys: dict[str, PhotoKey] = field(default_factory=dict)


def assess(item: Any, now: datetime | None = None) -> RiskAssessment | None:
    """The seller's risk for this listing, or None when the seller history is not cached yet."""
    if item.seller is None:
        return None
    context = ListingContext(
        price=item.listing.price,
        currency=item.listing.currency,
        usual_price=item.price_range,
        contact_details_found=sum(1 for f in item.text_findings if f.kind in _CONTACT_KINDS),
        reused_photo_matches=sum(1 for s in item.similar_images if s.seller_id != item.listing.seller_id),
        scam_patterns=scam_labels(item.text_findings),
    )
    try:
        return assess_seller(item.seller, now or datetime.now(UTC), context)
    except Exception:  # a malformed history must not block the review
        log.exception("risk assessment failed for item %s", item.item_id)
        return None


def scam_labels(findings: Sequence[Any]) -> tuple[str, ...]:
    """The distinct scam patterns among ``findings``, as their English labels, in text order."""
    names = (code_labels.scam_pattern_name(f.rule) for f in findings if f.kind == "scam_pattern")
    labels = (
        code_labels.SCAM_PATTERNS.get(name) or code_labels.spelt_out(name)
        for name in names
        if name is not None and name not in _NOT_SCAM_WORDING
    )
    return tuple(dict.fromkeys(labels))


def unavailable_photo(item: Any, image_id: str) -> DecodedPhoto:
    """The placeholder of a photo without a file: why it could not be fetched, or that it is
    still on its way."""
    code = getattr(item, "image_errors", {}).get(image_id)
    source = code_labels.PHOTO_ERRORS.get(code) if code else None
    if source is None:
        return decode_photo(image_id, None, None)
    return DecodedPhoto.failed(image_id, QCoreApplication.translate(code_labels.PHOTO_ERROR_CONTEXT, source))


class PrefetchCache:
    """Prepared items by item id, and decoded photos by (image, file, veil)."""

    def __init__(self, decoder: TaskRunner, max_photos: int = 64) -> None:
        self._decoder = decoder
        self._items: dict[int, PreparedItem] = {}
        self._photos: OrderedDict[PhotoKey, DecodedPhoto] = OrderedDict()
        self._pending: set[PhotoKey] = set()
        self._max_photos = max_photos
        self.blur_mode = "blur"
        self.always_blur = False
        self.hidden: tuple[str, ...] = DEFAULT_HIDDEN
        self.photo_ready: Callable[[DecodedPhoto, PhotoKey], None] | None = None
        self.fonts: tuple[QFont, QFont] | None = None  # the listing views' fonts, for layout-free swaps
        # Where photos will be painted; photos are pre-scaled for it on the worker.
        self.display_fit: Callable[[], DisplayFit] | None = None

    def set_veil(self, blur_mode: str, always_blur: bool, hidden: Sequence[str] = DEFAULT_HIDDEN) -> None:
        """The user's photo-hiding settings; prepared items are rebuilt under the new ones."""
        new = (blur_mode, always_blur, tuple(hidden))
        if new != (self.blur_mode, self.always_blur, self.hidden):
            self.blur_mode, self.always_blur, self.hidden = new
            self._items.clear()

    def clear(self) -> None:
        self._items.clear()
        self._photos.clear()

    def prepared(self, item: Any) -> PreparedItem:
        """The prepared form of `item`, built now if it is missing or stale."""
        cached = self._items.get(item.item_id)
        theme = themes.current()
        if cached is not None and cached.item is item and cached.theme_name == theme.name:
            return cached
        if (
            cached is not None
            and cached.theme_name == theme.name
            and cached.item.listing is item.listing
            and cached.item.text_findings is item.text_findings
        ):
            listing = cached.listing
        else:
            listing = prepare_listing(item.listing, item.text_findings, theme, self.fonts)
        flags = {img.id: photo_flags(item, img.id, self.hidden) for img in item.listing.images}
        veil_modes = {i: veil_mode_for(f, self.blur_mode, self.always_blur) for i, f in flags.items()}
        prepared = PreparedItem(
            item=item,
            listing=listing,
            flags=flags,
            veil_modes=veil_modes,
            duplicates=duplicate_links(item),
            assessment=assess(item),
            theme_name=theme.name,
        )
        for img in item.listing.images:
            path = item.image_paths.get(img.id)
            if path is not None:
                prepared.photo_keys[img.id] = (img.id, str(path), veil_modes[img.id])
        self._items[item.item_id] = prepared
        self.request_photos(prepared)
        return prepared

    def request_photos(self, prepared: PreparedItem, first_only: bool = False) -> None:
        """Start decoding the item's photos that are not cached or on their way."""
        keys = list(prepared.photo_keys.values())
        fit = self.display_fit() if self.display_fit is not None else None
        for key in keys[:1] if first_only else keys:
            if key in self._pending:
                continue
            cached = self._photos.get(key)
            if cached is not None:
                if fit is not None and not fits(cached, fit):
                    # Decoded before the view took its size (or it was resized): scale again, off the UI thread.
                    self._pending.add(key)
                    self._decoder.run(
                        lambda c=cached, f=fit: refit(c, f),
                        on_success=lambda photo, k=key: self._photo_done(k, photo),
                    )
                continue
            self._pending.add(key)
            image_id, path, veil = key
            self._decoder.run(
                lambda i=image_id, p=path, v=veil: decode_photo(i, Path(p), v, fit),
                on_success=lambda photo, k=key: self._photo_done(k, photo),
            )

    def _photo_done(self, key: PhotoKey, photo: DecodedPhoto) -> None:
        self._pending.discard(key)
        self._photos[key] = photo
        self._photos.move_to_end(key)
        while len(self._photos) > self._max_photos:
            self._photos.popitem(last=False)
        if self.photo_ready is not None:
            self.photo_ready(photo, key)

    def decoded(self, prepared: PreparedItem) -> dict[str, DecodedPhoto | None]:
        """Decoded photos of an item; a photo without a file gets its placeholder at once."""
        out: dict[str, DecodedPhoto | None] = {}
        for img in prepared.item.listing.images:
            key = prepared.photo_keys.get(img.id)
            if key is None:
                out[img.id] = unavailable_photo(prepared.item, img.id)
            else:
                out[img.id] = self._photos.get(key)
        return out

    def pending_count(self) -> int:
        return len(self._pending)

    def keep_only(self, item_ids: set[int]) -> None:
        """Forget prepared items that are no longer in the list."""
        for item_id in list(self._items):
            if item_id not in item_ids:
                del self._items[item_id]
