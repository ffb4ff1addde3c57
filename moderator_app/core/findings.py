"""The finding: one thing in a listing's text (or image) that a moderator must look at.

A finding carries exact offsets into the *original*, un-normalised field value, so that the
workstation can highlight ``value[start:end]`` without re-running any normalisation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

FindingKind = Literal[
    "phone", "email", "url", "messaging", "payment", "banned_term", "scam_pattern", "bidi_control", "price"
]
FINDING_KINDS: tuple[str, ...] = (
    "phone",
    "email",
    "url",
    "messaging",
    "payment",
    "banned_term",
    "scam_pattern",
    "bidi_control",
    "price",
)

# The exact key set of the JSON form (the `moderator-app screen` contract, docs/formats.md).
JSON_KEYS: tuple[str, ...] = (
    "kind",
    "field",
    "start",
    "end",
    "text",
    "normalized",
    "category",
    "explanation",
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One highlighted span.

    - ``start``/``end`` are Python ``str`` indices into the original field value and
      ``text == value[start:end]``.
    - ``normalized`` is the E.164 number, with ``;ext=N`` after an extension (phone), the
      lower-case address (email), the policy term (banned_term), the compact IBAN or service
      name (payment), the app or handle (messaging), the lower-case URL (url), the pattern's
      name or ``app:handle`` (scam_pattern), the controls such as ``RLO+PDF`` (bidi_control),
      or the price and currency (price).
    - ``category`` is the policy category for ``banned_term``, ``scam_pattern`` and ``price``
      findings, ``None`` otherwise.
    - ``severity`` (``"reject"`` | ``"review"``), ``rule`` (a short identifier of what
      matched) and ``details`` (structured facts, such as the usual price range of a ``price``
      finding) are extra facts for the workstation; they are not part of ``to_json()``.
    """

    kind: FindingKind
    field: str
    start: int
    end: int
    text: str
    normalized: str
    category: str | None
    explanation: str
    severity: str | None = None
    rule: str | None = None
    details: dict[str, Any] | None = None

    def to_json(self) -> dict[str, object]:
        """The finding as the JSON object of the screening contract (exactly ``JSON_KEYS``)."""
        return {
            "kind": self.kind,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "normalized": self.normalized,
            "category": self.category,
            "explanation": self.explanation,
        }
