"""Turns a ReviewItem's image results and server flags into what the gallery draws.

This is presentation only: which flags get a box, which chip colour, and whether a photo
is veiled under the user's settings. The screening itself lives in moderator_app.screening.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from moderator_app.views import theme as themes
from moderator_app.views.chip_row import Chip
from moderator_app.views.finding_labels import flag_name
from moderator_app.views.photo_view import FlagBox

DEFAULT_HIDDEN = ("nudity", "sexual", "violence")  # the settings' default "blur_categories"


@dataclass(frozen=True)
class DuplicateLink:
    """Another listing that uses the same (or a near-identical) photo."""

    image_id: str
    listing_id: str
    seller_id: str
    distance: int


@dataclass
class PhotoFlags:
    boxes: list[FlagBox] = field(default_factory=list)
    chips: list[Chip] = field(default_factory=list)
    sensitive: bool = False
    flagged: bool = False


def _mentions(text: str, hidden: Sequence[str]) -> bool:
    # Stems, so "violence" also catches "violent" and "sexual" catches "sexually_explicit".
    text = text.lower()
    return any(name.lower()[:6] in text for name in hidden if name)


def _is_sensitive_flag(flag: Any, hidden: Sequence[str]) -> bool:
    details = getattr(flag, "details", {}) or {}
    if flag.kind == "nudity":
        # The detector's label map says which labels are sexual; covered/neutral labels are not.
        return bool(details.get("sexual", True)) and _mentions("nudity sexual", hidden)
    return _mentions(
        f"{details.get('category', '')} {flag.label if flag.kind != 'text_in_image' else ''}", hidden
    )


def _score_text(score: float | None) -> str:
    return "" if score is None else f" {round(float(score) * 100)}%"


def photo_flags(item: Any, image_id: str, hidden: Sequence[str] = DEFAULT_HIDDEN) -> PhotoFlags:
    """Boxes, chips and sensitivity for one photo of a ReviewItem; `hidden` names what the user hides."""
    out = PhotoFlags()
    result = (item.image_results or {}).get(image_id)
    if result is not None:
        for flag in result.flags:
            colour = themes.flag_colour(flag.kind)
            label = flag.label or flag_name(flag.kind)
            if flag.box is not None and len(flag.box) == 4:
                out.boxes.append(FlagBox(flag.kind, label, tuple(float(v) for v in flag.box)))
            tooltip = f"{flag_name(flag.kind)} · {label}{_score_text(flag.score)}"
            out.chips.append(
                Chip(f"{flag_name(flag.kind)}: {label}{_score_text(flag.score)}", colour, tooltip)
            )
            out.sensitive = out.sensitive or _is_sensitive_flag(flag, hidden)
            out.flagged = out.flagged or flag.kind in ("nudity", "text_in_image", "duplicate")
    for sflag in item.server_flags or ():
        if sflag.image_id != image_id:
            continue
        source = sflag.model or sflag.source
        out.chips.append(
            Chip(
                f"{sflag.label}{_score_text(sflag.score)}",
                themes.flag_colour("server"),
                QCoreApplication.translate("PhotoFlags", "Server flag from %1").replace("%1", source),
            )
        )
        out.flagged = True
        out.sensitive = out.sensitive or _mentions(sflag.label, hidden)
    return out


MAX_DUPLICATE_CHIPS = 6


def duplicate_links(item: Any) -> list[DuplicateLink]:
    """Other listings that use one of this listing's photos (from the server's pHash index):
    one link per listing, at its closest photo, closest first."""
    closest: dict[str, DuplicateLink] = {}
    for sim in item.similar_images or ():
        if sim.listing_id == item.listing.id:
            continue
        known = closest.get(sim.listing_id)
        if known is None or sim.distance < known.distance:
            closest[sim.listing_id] = DuplicateLink(sim.image_id, sim.listing_id, sim.seller_id, sim.distance)
    return sorted(closest.values(), key=lambda link: (link.distance, link.listing_id))


def duplicate_chips(links: list[DuplicateLink]) -> list[Chip]:
    """Clickable chips naming the other listings with the same photo, the closest few first."""
    chips = [
        Chip(
            QCoreApplication.translate("PhotoFlags", "Same photo in listing %1").replace(
                "%1", link.listing_id
            ),
            themes.flag_colour("duplicate"),
            QCoreApplication.translate("PhotoFlags", "Seller %1 · pHash distance %2 of 64 bits")
            .replace("%1", link.seller_id)
            .replace("%2", str(link.distance)),
            payload=link,
        )
        for link in links[:MAX_DUPLICATE_CHIPS]
    ]
    hidden = len(links) - MAX_DUPLICATE_CHIPS
    if hidden > 0:
        chips.append(
            Chip(
                QCoreApplication.translate("PhotoFlags", "and %1 more listings").replace("%1", str(hidden)),
                themes.flag_colour("duplicate"),
            )
        )
    return chips


def veil_mode_for(flags: PhotoFlags, blur_mode: str, always_blur: bool) -> str | None:
    """The veil to prepare for a photo (None: shown as is) under the user's settings."""
    if flags.sensitive or always_blur:
        return blur_mode
    return None
