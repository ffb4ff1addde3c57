"""The seller risk score: every factor is visible with its points, and the sums are hand-checked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from moderator_app.core import schema
from moderator_app.core.risk_score import (
    RULES,
    ListingContext,
    RiskLevel,
    assess_seller,
    level_for,
    translate_noop,
)

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def days_ago(d: float) -> datetime:
    return NOW - timedelta(days=d)


def past(outcome: str, at: datetime | None = None, n: int = 1) -> list[schema.PastListing]:
    return [
        schema.PastListing(
            listing_id=f"{outcome}-{i}", title="t", created_at=at or days_ago(30), outcome=outcome, reasons=[]
        )
        for i in range(n)
    ]


def seller(**changes) -> schema.SellerHistory:
    """A trustworthy seller: two years old, fully verified, a clean history."""
    fields = dict(
        seller_id="s1",
        display_name="Seller",
        account_created_at=days_ago(730),
        verification=schema.Verification(email=True, phone=True, kyc="verified"),
        past_listings=past("approved", n=10),
        reports_received=0,
        strikes=[],
        linked_accounts=[],
    )
    fields.update(changes)
    return schema.SellerHistory(**fields)


def linked(strikes: int, shared: list[str]) -> schema.LinkedAccount:
    return schema.LinkedAccount(
        seller_id="x", display_name="X", shared=shared, strikes=strikes, account_created_at=days_ago(100)
    )


def points(assessment) -> dict[str, int]:
    return {f.key: f.points for f in assessment.factors}


def test_a_clean_verified_seller_has_no_factors():
    result = assess_seller(seller(), NOW)
    assert (result.score, result.level, result.factors) == (0, RiskLevel.LOW, ())


def test_a_fresh_unverified_account_posting_in_bursts():
    history = seller(
        account_created_at=days_ago(2.5),
        verification=schema.Verification(email=False, phone=False, kyc="none"),
        past_listings=past("pending", at=NOW - timedelta(hours=3), n=6),
    )
    result = assess_seller(history, NOW)
    # 15 new account + 10 KYC + 5 phone + 3 email + 15 burst = 48
    assert points(result) == {
        "new_account": 15,
        "kyc_missing": 10,
        "phone_unverified": 5,
        "email_unverified": 3,
        "listing_burst": 15,
    }
    assert (result.score, result.level) == (48, RiskLevel.MEDIUM)
    by_key = {f.key: f for f in result.factors}
    assert by_key["new_account"].detail == "Account created 2 days ago"
    assert by_key["listing_burst"].detail == "6 listings in the last 24 hours"
    assert by_key["listing_burst"].label == "Burst of listings from a new account"


def test_recent_strikes_weigh_more_than_old_ones_and_are_capped():
    strikes = [schema.Strike(at=days_ago(d), reason="scam") for d in (1, 10, 30, 89, 200, 400)]
    result = assess_seller(seller(strikes=strikes), NOW)
    # 4 recent x 12 = 48 capped at 36; 2 older x 4 = 8
    assert points(result) == {"recent_strikes": 36, "old_strikes": 8}
    assert result.factors[0].detail == "4 strikes in the last 90 days"
    assert dict(result.factors[0].args) == {"count": 4, "days": 90}


def test_reports_and_rejection_ratio():
    history = seller(reports_received=2, past_listings=past("rejected", n=1) + past("approved", n=2))
    result = assess_seller(history, NOW)
    # reports 2 x 3 = 6; 1 of 3 rejected -> round(20 / 3) = 7
    assert points(result) == {"reports": 6, "rejected_listings": 7}
    assert result.factors[1].detail == "1 of 3 moderated listings rejected"


def test_too_few_moderated_listings_say_nothing_about_rejections():
    history = seller(past_listings=past("rejected", n=2) + past("pending", n=5))
    assert "rejected_listings" not in points(assess_seller(history, NOW))


def test_linked_accounts_and_their_strikes():
    history = seller(
        linked_accounts=[linked(0, ["phone"]), linked(2, ["device", "phone"]), linked(1, ["payment"])]
    )
    result = assess_seller(history, NOW)
    # 3 linked x 4 = 12; 2 with strikes x 10 = 20
    assert points(result) == {"linked_accounts": 12, "linked_with_strikes": 20}
    assert result.factors[0].detail == "3 accounts share: device, payment, phone"
    assert result.factors[1].detail == "2 linked accounts have 3 strikes in total"


def usual(low: float = 400, median: float = 600, high: float = 800, currency: str = "EUR") -> schema.PriceRange:
    return schema.PriceRange(
        category="phones", currency=currency, basis="similar", listings=30, low=low, median=median, high=high
    )


def test_the_listing_adds_contact_details_low_price_and_reused_photos():
    context = ListingContext(
        price=80, currency="EUR", usual_price=usual(), contact_details_found=2, reused_photo_matches=3
    )
    result = assess_seller(seller(), NOW, context)
    # 10 contact + 20 price (under half the usual range's low end) + 3 x 8 = 24 capped at 16
    assert points(result) == {"contact_in_text": 10, "price_below_market": 20, "reused_photos": 16}
    assert {f.key: f.detail for f in result.factors}[
        "price_below_market"
    ] == "13% of the usual 600 EUR (30 listings)"


@pytest.mark.parametrize(
    "price, currency, range_",
    [
        (250, "EUR", usual()),  # low, but not under half the low end: a bargain, not bait
        (80, "EUR", None),  # the server knows no usual price
        (None, "EUR", usual()),
        (80, "GBP", usual()),  # another currency: not comparable
        (80, "EUR", usual(low=0, median=0)),
    ],
)
def test_a_fair_or_unknown_price_is_no_factor(price, currency, range_):
    context = ListingContext(price=price, currency=currency, usual_price=range_)
    assert assess_seller(seller(), NOW, context).factors == ()


def test_the_price_factor_fires_exactly_when_the_price_finding_does():
    from moderator_app.screening.price_check import price_finding

    range_ = usual(low=100, median=180, high=260)
    for price in [0.0, 1, 20, 49.99, 50, 50.01, 80, 99, 100, 180, 1000]:
        factor = assess_seller(seller(), NOW, ListingContext(price=price, currency="EUR", usual_price=range_))
        assert bool(factor.factors) == (price_finding(price, "EUR", range_) is not None), price


def test_scam_wording_weighs_per_distinct_pattern_and_is_capped():
    one = assess_seller(seller(), NOW, ListingContext(scam_patterns=("Coded sexual services",)))
    assert points(one) == {"scam_patterns": 20}
    assert one.factors[0].detail == "Coded sexual services"
    assert dict(one.factors[0].args)["patterns"] == ("Coded sexual services",)
    three = ListingContext(scam_patterns=("Payment before delivery", "Seller abroad", "Deposit before a visit"))
    assert points(assess_seller(seller(), NOW, three)) == {"scam_patterns": 40}
    assert assess_seller(seller(), NOW, ListingContext(scam_patterns=())).factors == ()


def test_one_scam_pattern_on_a_new_unverified_account_is_at_least_medium_risk():
    fresh = seller(
        account_created_at=days_ago(2),
        verification=schema.Verification(email=True, phone=True, kyc="pending"),
        past_listings=[],
    )
    assert assess_seller(fresh, NOW).level == RiskLevel.LOW
    scam = ListingContext(scam_patterns=("Coded sexual services",))
    assert assess_seller(fresh, NOW, scam).level != RiskLevel.LOW


def test_an_old_account_posting_many_listings_is_no_burst():
    history = seller(past_listings=past("pending", at=NOW - timedelta(hours=1), n=20))
    assert assess_seller(history, NOW).factors == ()


def test_everything_at_once_is_capped_at_100_and_high():
    history = seller(
        account_created_at=days_ago(1),
        verification=schema.Verification(email=False, phone=False, kyc="pending"),
        strikes=[schema.Strike(at=days_ago(1), reason="scam")] * 3,
        reports_received=10,
        linked_accounts=[linked(3, ["phone"])],
    )
    result = assess_seller(history, NOW, ListingContext(contact_details_found=1))
    assert sum(f.points for f in result.factors) > 100
    assert (result.score, result.level) == (100, RiskLevel.HIGH)


def test_the_score_is_the_sum_of_the_listed_factors_and_deterministic():
    history = seller(
        reports_received=3, verification=schema.Verification(email=True, phone=False, kyc="none")
    )
    first = assess_seller(history, NOW)
    assert first == assess_seller(history, NOW)
    assert first.score == sum(f.points for f in first.factors) == 9 + 5 + 10


def test_the_same_history_scored_later_loses_the_new_account_factor():
    history = seller(account_created_at=days_ago(6))
    assert "new_account" in points(assess_seller(history, NOW))
    assert "new_account" not in points(assess_seller(history, NOW + timedelta(days=2)))


@pytest.mark.parametrize(
    "score, level", [(0, "low"), (29, "low"), (30, "medium"), (59, "medium"), (60, "high")]
)
def test_levels(score, level):
    assert level_for(score) == level


def test_every_rule_has_an_english_label_and_a_detail_template():
    assert translate_noop("RiskFactor", "text") == "text"
    for key, rule in RULES.items():
        assert rule.key == key and rule.label and rule.detail and rule.points > 0
