"""An explainable seller risk score: a sum of named factors, each with its points and why.

The moderator sees every factor that counted and how much, never a bare number. All weights
sit in one table (``RULES``) so a lead can read and tune them; the labels and detail templates
there are the English source texts, marked for Qt Linguist with ``translate_noop``. The score
is deterministic: time-based factors are measured against the ``now`` passed in. No Qt, no I/O.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from moderator_app.core.i18n import translate_noop
from moderator_app.core.schema import PriceRange, SellerHistory

logger = logging.getLogger(__name__)



_CONTEXT = "RiskFactor"

NEW_ACCOUNT_AGE = timedelta(days=7)
RECENT_STRIKE_AGE = timedelta(days=90)
BURST_WINDOW = timedelta(hours=24)
BURST_MIN_LISTINGS = 5
MIN_DECIDED_FOR_RATIO = 3  # below this a rejection ratio says nothing
# "Far below": under half the low end of the usual range (the middle half of comparable
# listings' prices). The price finding and the price factor both ask `far_below_usual`.
FAR_BELOW_USUAL = 0.5
MEDIUM_FROM = 30
HIGH_FROM = 60


@dataclass(frozen=True)
class FactorRule:
    """How one factor scores: ``points`` per occurrence (or the maximum, for a ratio), capped."""

    key: str
    label: str
    detail: str  # a str.format template over the factor's args
    points: int
    cap: int | None = None
    # Tuple-valued args are lists of source texts in this translation context (joined by ", ").
    list_context: str | None = None


RULES: Mapping[str, FactorRule] = {
    rule.key: rule
    for rule in (
        FactorRule(
            "new_account",
            translate_noop(_CONTEXT, "New account"),
            translate_noop(_CONTEXT, "Account created {days} days ago"),
            15,
        ),
        FactorRule(
            "kyc_missing",
            translate_noop(_CONTEXT, "Identity not verified"),
            translate_noop(_CONTEXT, "No identity check (KYC)"),
            10,
        ),
        FactorRule(
            "kyc_pending",
            translate_noop(_CONTEXT, "Identity check pending"),
            translate_noop(_CONTEXT, "Identity check (KYC) not finished"),
            5,
        ),
        FactorRule(
            "phone_unverified",
            translate_noop(_CONTEXT, "Phone not verified"),
            translate_noop(_CONTEXT, "The phone number was never confirmed"),
            5,
        ),
        FactorRule(
            "email_unverified",
            translate_noop(_CONTEXT, "Email not verified"),
            translate_noop(_CONTEXT, "The email address was never confirmed"),
            3,
        ),
        FactorRule(
            "recent_strikes",
            translate_noop(_CONTEXT, "Recent strikes"),
            translate_noop(_CONTEXT, "{count} strikes in the last {days} days"),
            12,
            cap=36,
        ),
        FactorRule(
            "old_strikes",
            translate_noop(_CONTEXT, "Older strikes"),
            translate_noop(_CONTEXT, "{count} strikes more than {days} days ago"),
            4,
            cap=12,
        ),
        FactorRule(
            "reports",
            translate_noop(_CONTEXT, "Reports received"),
            translate_noop(_CONTEXT, "{count} reports from other users"),
            3,
            cap=15,
        ),
        FactorRule(
            "rejected_listings",
            translate_noop(_CONTEXT, "Rejected past listings"),
            translate_noop(_CONTEXT, "{rejected} of {decided} moderated listings rejected"),
            20,
        ),
        FactorRule(
            "linked_accounts",
            translate_noop(_CONTEXT, "Linked accounts"),
            translate_noop(_CONTEXT, "{count} accounts share: {shared}"),
            4,
            cap=12,
        ),
        FactorRule(
            "linked_with_strikes",
            translate_noop(_CONTEXT, "Linked accounts with strikes"),
            translate_noop(_CONTEXT, "{count} linked accounts have {strikes} strikes in total"),
            10,
            cap=20,
        ),
        FactorRule(
            "listing_burst",
            translate_noop(_CONTEXT, "Burst of listings from a new account"),
            translate_noop(_CONTEXT, "{count} listings in the last {hours} hours"),
            15,
        ),
        FactorRule(
            "contact_in_text",
            translate_noop(_CONTEXT, "Contact details in the text"),
            translate_noop(_CONTEXT, "{count} phone numbers, emails or handles in the listing"),
            10,
        ),
        FactorRule(
            "scam_patterns",
            translate_noop(_CONTEXT, "Scam wording in the listing"),
            translate_noop(_CONTEXT, "{patterns}"),
            20,
            cap=40,
            list_context="ScamPattern",
        ),
        FactorRule(
            "price_below_market",
            translate_noop(_CONTEXT, "Price far below market"),
            translate_noop(_CONTEXT, "{percent}% of the usual {median} {currency} ({listings} listings)"),
            20,
        ),
        FactorRule(
            "reused_photos",
            translate_noop(_CONTEXT, "Photos used by other sellers"),
            translate_noop(_CONTEXT, "{count} photos match other sellers' listings"),
            8,
            cap=16,
        ),
    )
}


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


LEVEL_LABELS: Mapping[RiskLevel, str] = {
    RiskLevel.LOW: translate_noop(_CONTEXT, "Low risk"),
    RiskLevel.MEDIUM: translate_noop(_CONTEXT, "Medium risk"),
    RiskLevel.HIGH: translate_noop(_CONTEXT, "High risk"),
}


@dataclass(frozen=True)
class RiskFactor:
    """One factor that counted. ``label`` and ``detail`` are English; to translate ``detail``,
    translate ``RULES[key].detail`` and format it with ``args``."""

    key: str
    label: str
    points: int
    detail: str
    args: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class RiskAssessment:
    score: int  # 0..100: the sum of the factors' points, capped at 100
    level: RiskLevel
    factors: tuple[RiskFactor, ...] = field(default=())  # in RULES order, each with points > 0


@dataclass(frozen=True)
class ListingContext:
    """What the listing under review adds to its seller's risk.

    ``usual_price`` is the server's range for comparable listings (None when it has too few);
    ``scam_patterns`` the distinct scam patterns found in the text, as their English labels.
    """

    price: float | None = None
    currency: str | None = None
    usual_price: PriceRange | None = None
    contact_details_found: int = 0  # contact-detail findings in the title and description
    reused_photo_matches: int = 0  # this listing's photos matching *other* sellers' photos
    scam_patterns: tuple[str, ...] = ()


def amount_text(amount: float) -> str:
    """An amount as a plain number without a trailing ``.0`` (``80``, ``79.5``)."""
    return f"{amount:.2f}".rstrip("0").rstrip(".")


def far_below_usual(price: float | None, currency: str | None, usual: PriceRange | None) -> bool:
    """True when ``price`` is under half the low end of ``usual`` (same currency): too good to be
    true, the bait of advance-payment scams. Unknown prices and ranges are never far below."""
    if price is None or usual is None or usual.currency != currency or usual.low <= 0:
        return False
    return price < usual.low * FAR_BELOW_USUAL


def format_detail(template: str, args: Mapping[str, object]) -> str:
    """``template`` formatted with ``args``, tuple-valued args joined by ", "."""
    return template.format(**{k: ", ".join(map(str, v)) if isinstance(v, tuple) else v for k, v in args.items()})


def level_for(score: int) -> RiskLevel:
    """The level of a score: low below 30, medium below 60, high from 60."""
    if score >= HIGH_FROM:
        return RiskLevel.HIGH
    return RiskLevel.MEDIUM if score >= MEDIUM_FROM else RiskLevel.LOW


def assess_seller(
    seller: SellerHistory, now: datetime, listing: ListingContext | None = None
) -> RiskAssessment:
    """Score ``seller`` (and optionally the listing under review) at time ``now``.

    ``now`` must be timezone-aware when the history's timestamps are (the API's are). Each
    factor appears at most once, with the points it adds; factors adding nothing are left out.
    """
    listing = listing or ListingContext()
    found: list[RiskFactor] = []

    def add(key: str, units: float = 1, **args: object) -> None:
        rule = RULES[key]
        points = round(rule.points * units)
        if rule.cap is not None:
            points = min(points, rule.cap)
        if points > 0:
            found.append(RiskFactor(key, rule.label, points, format_detail(rule.detail, args), tuple(args.items())))

    age = now - seller.account_created_at
    new_account = age < NEW_ACCOUNT_AGE
    if new_account:
        add("new_account", days=max(0, age.days))  # a creation date in the future is clock skew

    kyc = seller.verification.kyc
    if kyc == "pending":
        add("kyc_pending")
    elif kyc != "verified":
        add("kyc_missing")
    if not seller.verification.phone:
        add("phone_unverified")
    if not seller.verification.email:
        add("email_unverified")

    recent = sum(1 for s in seller.strikes if now - s.at <= RECENT_STRIKE_AGE)
    older = len(seller.strikes) - recent
    days = RECENT_STRIKE_AGE.days
    add("recent_strikes", recent, count=recent, days=days)
    add("old_strikes", older, count=older, days=days)
    add("reports", seller.reports_received, count=seller.reports_received)

    rejected = sum(1 for p in seller.past_listings if p.outcome == "rejected")
    decided = rejected + sum(1 for p in seller.past_listings if p.outcome == "approved")
    if decided >= MIN_DECIDED_FOR_RATIO:
        add("rejected_listings", rejected / decided, rejected=rejected, decided=decided)

    linked = seller.linked_accounts
    if linked:
        shared = ", ".join(sorted({kind for account in linked for kind in account.shared}))
        add("linked_accounts", len(linked), count=len(linked), shared=shared)
    struck = [a for a in linked if a.strikes > 0]
    if struck:
        add("linked_with_strikes", len(struck), count=len(struck), strikes=sum(a.strikes for a in struck))

    if new_account:
        burst = sum(1 for p in seller.past_listings if timedelta(0) <= now - p.created_at <= BURST_WINDOW)
        if burst >= BURST_MIN_LISTINGS:
            add("listing_burst", count=burst, hours=int(BURST_WINDOW.total_seconds() // 3600))

    if listing.contact_details_found > 0:
        add("contact_in_text", count=listing.contact_details_found)
    if listing.scam_patterns:
        patterns = tuple(dict.fromkeys(listing.scam_patterns))
        add("scam_patterns", len(patterns), patterns=patterns)
    usual = listing.usual_price
    if usual is not None and listing.price is not None and far_below_usual(listing.price, listing.currency, usual):
        add(
            "price_below_market",
            percent=round(100 * listing.price / usual.median) if usual.median > 0 else 0,
            median=amount_text(usual.median),
            currency=usual.currency,
            listings=usual.listings,
        )
    add("reused_photos", listing.reused_photo_matches, count=listing.reused_photo_matches)

    score = min(100, sum(f.points for f in found))
    return RiskAssessment(score, level_for(score), tuple(found))
