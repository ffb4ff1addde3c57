"""The DSA texts: the seller's statement of reasons, the reply to an appeal, the decision facts.

Templates live in resources/dsa/templates.json (one per reason and per language: French, Spanish,
English). The seller's language is the listing's market language; English elsewhere.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import lru_cache

from moderator_app.assets import resource_path
from moderator_app.core.dsa_schema import SellerNotice

LANGUAGES = ("fr", "es", "en")
# Markets whose sellers get French or Spanish texts (ISO 3166 alpha-2 of the listing's country).
_MARKET_LANGUAGE = {
    **dict.fromkeys(("FR", "BE", "LU", "MC", "CH", "MA", "TN", "DZ", "SN", "CI"), "fr"),
    **dict.fromkeys(("ES", "AD", "MX", "AR", "CO", "CL", "PE", "UY", "EC", "VE", "BO"), "es"),
}
# The language a listing's content is in, where the country leaves no doubt (content_language).
_CONTENT_LANGUAGE = {
    **dict.fromkeys(("FR", "MC"), "FR"),
    **dict.fromkeys(("ES", "MX", "AR", "CO", "CL", "PE", "UY"), "ES"),
    **dict.fromkeys(("GB", "IE", "US", "MT"), "EN"),
    **dict.fromkeys(("DE", "AT"), "DE"),
    "PT": "PT",
    "IT": "IT",
    "NL": "NL",
}
_MAX_TITLE = 120


@lru_cache(maxsize=1)
def templates() -> dict:
    return json.loads(resource_path("dsa", "templates.json").read_text(encoding="utf-8"))


def market_language(country: str) -> str:
    return _MARKET_LANGUAGE.get((country or "").upper(), "en")


def content_language(country: str) -> str | None:
    return _CONTENT_LANGUAGE.get((country or "").upper())


def reason_text(code: str, label: str, language: str) -> str:
    per_language = templates()["reasons"].get(code)
    if per_language and language in per_language:
        return per_language[language]
    return templates()["reason_fallback"][language].format(label=label)


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _MAX_TITLE else flat[: _MAX_TITLE - 1] + "…"


def seller_notice(
    *,
    language: str,
    listing_id: str,
    title: str,
    applied_at: datetime,
    source_type: str,
    automated_detection: str,
    reasons: list[tuple[str, str, str, str | None]],
) -> SellerNotice:
    """The statement of reasons the seller receives. ``reasons``: (code, label, tos clause,
    legal ground or None) in the order the moderator chose them."""
    frame = templates()["seller_notice"][language]
    lines = [
        frame["intro"].format(listing_id=listing_id, title=_short(title), date=applied_at.date().isoformat()),
        frame["source"][source_type],
        frame["automated"][automated_detection],
        "",
        frame["reasons_heading"],
    ]
    for code, label, clause, legal in reasons:
        lines.append(f"- {reason_text(code, label, language)}")
        lines.append(f"  {frame['incompatible'].format(tos_clause=clause)}")
        if legal:
            lines.append(f"  {frame['illegal'].format(legal_ground=legal)}")
    lines += ["", frame["scope"], "", frame["redress"]]
    return SellerNotice(
        language=language, subject=frame["subject"].format(listing_id=listing_id), text="\n".join(lines)
    )


def appeal_reply(
    *, language: str, listing_id: str, received_at: datetime, outcome: str, restrictive: bool, reply: str
) -> SellerNotice:
    """The reasoned reply to a complaint (Art. 20(5)), naming out-of-court settlement (Art. 21)."""
    frame = templates()["appeal_reply"][language]
    lines = [frame[outcome].format(listing_id=listing_id, received=received_at.date().isoformat())]
    if outcome == "reverse":
        lines.append(frame["reversed_restriction" if restrictive else "reversed_approval"])
    if reply.strip():
        lines.append(frame["reviewer"].format(reply=reply.strip()))
    lines.append(frame["ods"])
    return SellerNotice(
        language=language, subject=frame["subject"].format(listing_id=listing_id), text="\n\n".join(lines)
    )


def decision_facts(
    *,
    category: str,
    source_type: str,
    notice_count: int,
    notice_categories: list[str],
    signals: list[str],
    labels: list[str],
) -> str:
    """The decision_facts of the Transparency Database statement (English; no personal data)."""
    frame = templates()["decision_facts"]
    parts = [frame["intro"].format(category=category)]
    parts.append(
        frame["source"][source_type].format(
            count=notice_count, categories=", ".join(notice_categories) or "-"
        )
    )
    if signals:
        parts.append(frame["automated"].format(signals=", ".join(signals)))
    parts.append(frame["findings"].format(labels="; ".join(labels)))
    parts.append(frame["outcome"])
    return " ".join(parts)
