"""Building a statement of reasons (Art. 17) in the Transparency Database's current schema.

:func:`build` is pure: everything it needs comes in as arguments, so the decision hook, the
preview endpoint and the demo build statements the same way. Nothing personal goes in: no listing
text, no seller or notifier identity, no moderator note; only the policy's own texts, the
marketplace category, dates, counts and the kinds of automated signals. docs/dsa.md lists each
field and how it is derived.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime

from moderator_app.core import dsa_vocabulary as v
from moderator_app.core.dsa_schema import SellerNotice, StatementOfReasons
from moderator_app.server.dsa import texts
from moderator_app.server.dsa.reasons import ReasonMapping

# How an automated signal is named in the decision facts (kinds of the desk's screening).
_SIGNALS = {
    "phone": "phone number in the text",
    "email": "e-mail address in the text",
    "url": "link in the text",
    "messaging": "messaging handle in the text",
    "payment": "payment method in the text",
    "banned_term": "policy wording in the text",
    "nudity": "possible nudity in a photo",
    "weapon": "possible weapon in a photo",
    "text_in_image": "contact details written in a photo",
    "duplicate": "photo reused from other listings",
    "quality": "unusable photo",
    "unreadable": "unreadable photo",
}
# How cluster evidence is named in the decision facts (core.schema.EvidenceKind values).
_LINKS = {
    "photo": "the same photos",
    "phone": "the same phone number",
    "email": "the same e-mail address",
    "handle": "the same messaging handle",
    "iban": "the same bank account",
    "text": "near-identical text",
}
_SAFE = re.compile(r"[^A-Za-z0-9 _/&-]+")


@dataclass(frozen=True)
class NoticeFacts:
    kind: str  # "user" | "trusted_flagger" | "authority"
    category: str


@dataclass(frozen=True)
class ListingFacts:
    listing_id: str
    title: str  # for the seller's notice only, never the statement
    category: str
    country: str
    created_at: datetime


def new_puid(decision_id: int) -> str:
    """A platform unique identifier that is never reused, even across databases."""
    return f"dec-{decision_id}-{uuid.uuid4().hex}"


def source_type(notices: list[NoticeFacts]) -> str:
    """The information source: a trusted flagger's notice first, then an Art. 16 notice (about
    illegal content), then any other notification; none is the platform's own initiative."""
    if not notices:
        return v.SOURCE_VOLUNTARY
    if any(n.kind == "trusted_flagger" for n in notices):
        return v.SOURCE_TRUSTED_FLAGGER
    if any(n.kind == "user" and n.category != "STATEMENT_CATEGORY_OTHER_VIOLATION_TC" for n in notices):
        return v.SOURCE_ARTICLE_16
    return v.SOURCE_OTHER_NOTIFICATION


def supports(flag: dict, mapping: ReasonMapping) -> bool:
    """Whether a flag shown to the moderator is a screening result behind this reason."""
    kind = flag.get("kind")
    if flag.get("source") == "local-text" and kind == "banned_term":
        return flag.get("label") in mapping.dsa.term_categories
    return kind in mapping.dsa.flag_kinds


def _join(parts: list[str], limit: int, separator: str = "; ") -> str:
    text = separator.join(dict.fromkeys(p for p in parts if p))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _day(moment: datetime, earliest: str) -> str:
    return max(moment.date().isoformat(), earliest)


def build(
    *,
    puid: str,
    reasons: list[ReasonMapping],
    listing: ListingFacts,
    applied_at: datetime,
    notices: list[NoticeFacts],
    flags_shown: list[dict],
    linked: tuple[int, tuple[str, ...]] | None = None,
) -> tuple[StatementOfReasons, SellerNotice]:
    """The statement of a removal for these reasons (in the moderator's order), and the seller's
    notice in the seller's language. ``linked``: the listing was decided together with this many
    others, found by automated means through these kinds of shared evidence (a cluster)."""
    if not reasons:
        raise ValueError("a statement of reasons needs at least one reason")
    source = source_type(notices)
    backing = [(m, f) for m in reasons for f in flags_shown if supports(f, m)]
    detected = "Yes" if backing or linked else "No"
    content = {v.CONTENT_PRODUCT}
    for mapping in reasons:
        content.update(mapping.dsa.content_types)
    for _, flag in backing:
        content.add(
            v.CONTENT_IMAGE if flag.get("image_id") or flag.get("source") == "local-image" else v.CONTENT_TEXT
        )
    illegal = [m for m in reasons if m.dsa.decision_ground == v.GROUND_ILLEGAL and m.dsa.legal_ground]
    # The main category is that of the first reason the ground rests on; the others are additions.
    primary = (illegal or reasons)[0].dsa
    additions = [
        c for c in dict.fromkeys(m.dsa.statement_category for m in reasons) if c != primary.statement_category
    ]
    keywords = list(dict.fromkeys(k for m in reasons for k in m.dsa.category_specification))
    explanation = _join([texts.reason_text(m.code, m.label, "en") for m in reasons], v.MAX_EXPLANATION, " ")
    fields: dict = {}
    if illegal:
        fields.update(
            decision_ground=v.GROUND_ILLEGAL,
            illegal_content_legal_ground=_join([m.dsa.legal_ground or "" for m in illegal], v.MAX_SHORT_TEXT),
            illegal_content_explanation=explanation,
        )
    else:
        fields.update(
            decision_ground=v.GROUND_INCOMPATIBLE,
            incompatible_content_ground=_join([m.dsa.tos_clause for m in reasons], v.MAX_SHORT_TEXT),
            incompatible_content_explanation=explanation,
        )
        if any(m.illegal_without_ground for m in reasons):
            fields["incompatible_content_illegal"] = "Yes"
    urls = [m.dsa.reference_url for m in (illegal or reasons) if m.dsa.reference_url]
    if urls:
        fields["decision_ground_reference_url"] = urls[0]
    category = _SAFE.sub("", listing.category)[:60].strip() or "unspecified"
    signals = list(dict.fromkeys(_SIGNALS[f["kind"]] for _, f in backing if f.get("kind") in _SIGNALS))
    if linked:
        others, kinds = linked
        shared = ", ".join(_LINKS.get(k, k) for k in kinds) or "shared evidence"
        signals.append(f"linked to {others} other listing(s) by {shared}")
    facts = texts.decision_facts(
        category=category,
        source_type=source,
        notice_count=len(notices),
        notice_categories=list(dict.fromkeys(v.CATEGORIES.get(n.category, "unspecified") for n in notices)),
        signals=signals,
        labels=[m.label for m in reasons],
    )
    statement = StatementOfReasons(
        decision_visibility=["DECISION_VISIBILITY_CONTENT_REMOVED"],
        category=primary.statement_category,
        category_addition=additions or None,
        category_specification=keywords or None,
        content_type=sorted(content),
        content_language=texts.content_language(listing.country),
        # Never after the decision (a listing re-dated by its marketplace, demo history).
        content_date=_day(min(listing.created_at, applied_at), v.EARLIEST_CONTENT_DATE),
        territorial_scope=list(v.EEA_COUNTRIES),
        application_date=_day(applied_at, v.EARLIEST_APPLICATION_DATE),
        decision_facts=facts[: v.MAX_FACTS],
        source_type=source,
        automated_detection=detected,
        automated_decision=v.AUTOMATED_NOT,
        puid=puid,
        **fields,
    )
    notice = texts.seller_notice(
        language=texts.market_language(listing.country),
        listing_id=listing.listing_id,
        title=listing.title,
        applied_at=applied_at,
        source_type=source,
        automated_detection=detected,
        reasons=[
            (m.code, m.label, m.dsa.tos_clause, m.dsa.legal_ground if m in illegal else None) for m in reasons
        ],
    )
    return statement, notice
