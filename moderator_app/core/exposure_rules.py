"""What counts as sensitive exposure: one definition for the desk and the server.

A flag is *sensitive* when it says nudity or sexual content, or violence or gore, with a score of
at least SENSITIVE_MIN_SCORE (or no score). The desk's own image flags say so by their kind
(``nudity``); server flags and any other flag by their label (the stems below, so that
``adult_content``, ``sexually_explicit`` and ``graphic_violence`` all count). The server applies the
same stems in SQL to route claims (server.wellness.sensitivity). No Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable

from moderator_app.core.wellness_schema import ExposureCategory

SENSITIVE_MIN_SCORE = 0.5
# Lower-case stems matched anywhere in a flag's kind or label.
STEMS: dict[ExposureCategory, tuple[str, ...]] = {
    ExposureCategory.nudity: ("nudity", "nude", "sexual", "porn", "explicit", "adult", "nsfw", "erotic"),
    ExposureCategory.violence: ("violen", "gore", "blood", "graphic", "injur", "corpse", "self_harm"),
}


def flag_category(kind: str, label: str, score: float | None) -> ExposureCategory | None:
    """The exposure category of one flag, or None when it is not sensitive."""
    if score is not None and score < SENSITIVE_MIN_SCORE:
        return None
    text = f"{kind} {label}".lower()
    for category, stems in STEMS.items():
        if any(stem in text for stem in stems):
            return category
    return None


def categories(flags: Iterable[tuple[str, str, float | None]]) -> set[ExposureCategory]:
    """The categories of (kind, label, score) flags."""
    found = set()
    for kind, label, score in flags:
        category = flag_category(kind, label, score)
        if category is not None:
            found.add(category)
    return found
