"""The demo desk's fixed set-up: accounts, reason codes and queues.

Reason codes come from the shipped policy, which maps each onto the EU DSA Transparency
Database vocabulary (statement category, keywords, decision ground), so a decision maps straight
onto a statement of reasons.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from .dataset import DemoQueue, DemoReasonCode, DemoUser

# The dataset's "now" (builder.REFERENCE_TIME); account ages are counted back from it, so that
# the desk's history (eight weeks) is older than its accounts only for the one new moderator.
_NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _opened(days: int) -> datetime:
    return _NOW - timedelta(days=days)


USERS = (
    DemoUser("moderator1", "Camille Roux", "moderator", created_at=_opened(412)),
    DemoUser("moderator2", "Javier Ortega", "moderator", created_at=_opened(230)),
    DemoUser("moderator3", "Yasmine Benali", "moderator", created_at=_opened(181)),
    DemoUser("moderator4", "Inês Costa", "moderator", created_at=_opened(97)),
    DemoUser("moderator5", "Thomas Leroy", "moderator", created_at=_opened(75)),
    # The desk's new hire: sampled at the new-moderator rate for their first 30 days.
    DemoUser("moderator6", "Lucía Fernández", "moderator", created_at=_opened(16)),
    DemoUser("lead1", "Sophie Garnier", "lead", created_at=_opened(640)),
    DemoUser("qa1", "Karim Haddad", "qa", created_at=_opened(505)),
    DemoUser("admin1", "Desk Administrator", "admin", created_at=_opened(900)),
)


def _reason_codes() -> tuple[DemoReasonCode, ...]:
    """The shipped policy's reason codes (resources/policy/default_policy.json owns their mapping)."""
    from moderator_app.server.dsa.reasons import shipped_mappings

    return tuple(
        DemoReasonCode(code, label, dsa.statement_category, dsa.decision_ground)
        for code, (label, dsa) in shipped_mappings().items()
    )


REASON_CODES = _reason_codes()

_ALL_CODES = tuple(r.code for r in REASON_CODES)
# New-listing desks handle the everyday cases; hate speech and minors go to escalation.
_NEW_LISTING_CODES = tuple(c for c in _ALL_CODES if c not in ("hate_speech", "minors"))

QUEUES = (
    DemoQueue(
        "new-fr",
        "New listings FR",
        2 * 3600,
        ("approve", "reject", "escalate"),
        _NEW_LISTING_CODES,
        ("escalations",),
    ),
    DemoQueue(
        "new-es",
        "New listings ES",
        2 * 3600,
        ("approve", "reject", "escalate"),
        _NEW_LISTING_CODES,
        ("escalations",),
    ),
    DemoQueue(
        "reported", "Reported", 4 * 3600, ("approve", "reject", "escalate"), _ALL_CODES, ("escalations",)
    ),
    # Escalations are the end of the line: leads approve or reject, nothing is escalated further.
    DemoQueue("escalations", "Escalations", 24 * 3600, ("approve", "reject"), _ALL_CODES, ()),
)


# What each flag the desk shows is meant to predict (schema.FlagTarget): its precision and recall
# are measured against these reasons only. "server:reported_by_user" is left unmapped on purpose:
# a user report predicts no reason in particular, and the dashboard says so.
_TERM_CATEGORIES = (
    "scams_and_fraud",
    "unsafe_and_prohibited_products",
    "pornography_or_sexualized_content",
    "illegal_or_harmful_speech",
    "animal_welfare",
    "intellectual_property_infringements",
    "protection_of_minors",
)
FLAG_TARGETS: tuple[dict, ...] = (
    {"flag": "phone", "reason_codes": ["contact_details"]},
    {"flag": "email", "reason_codes": ["contact_details"]},
    {"flag": "url", "reason_codes": ["contact_details"]},
    {"flag": "messaging", "reason_codes": ["contact_details"]},
    {"flag": "text_in_image", "reason_codes": ["contact_details"]},
    {"flag": "payment", "reason_codes": ["off_platform_payment", "scam_suspected"]},
    {"flag": "nudity", "reason_codes": ["adult_content"]},
    {"flag": "duplicate", "reason_codes": ["stolen_photos", "duplicate_listing"]},
    {"flag": "quality", "reason_codes": ["poor_quality_photos"]},
    {"flag": "unreadable", "reason_codes": ["poor_quality_photos"]},
    {"flag": "server:scam_likelihood", "reason_codes": ["scam_suspected", "off_platform_payment"]},
    {"flag": "server:price_far_below_market", "reason_codes": ["price_misleading", "scam_suspected"]},
    {"flag": "server:new_account_burst", "reason_codes": ["scam_suspected"]},
    {"flag": "server:image_seen_on_other_account", "reason_codes": ["stolen_photos"]},
) + tuple(
    {"flag": f"banned_term:{category}", "statement_categories": [f"STATEMENT_CATEGORY_{category.upper()}"]}
    for category in _TERM_CATEGORIES
)
