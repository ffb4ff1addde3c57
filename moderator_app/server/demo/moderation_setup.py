"""The demo desk's fixed set-up: accounts, reason codes and queues.

Reason codes carry the EU DSA Transparency Database vocabulary (statement category and decision
ground), so a decision maps straight onto a statement of reasons.
"""

from __future__ import annotations

from .dataset import DemoQueue, DemoReasonCode, DemoUser

USERS = (
    DemoUser("moderator1", "Camille Roux", "moderator"),
    DemoUser("moderator2", "Javier Ortega", "moderator"),
    DemoUser("moderator3", "Yasmine Benali", "moderator"),
    DemoUser("moderator4", "Inês Costa", "moderator"),
    DemoUser("moderator5", "Thomas Leroy", "moderator"),
    DemoUser("moderator6", "Lucía Fernández", "moderator"),
    DemoUser("lead1", "Sophie Garnier", "lead"),
    DemoUser("qa1", "Karim Haddad", "qa"),
    DemoUser("admin1", "Desk Administrator", "admin"),
)

_ILLEGAL = "DECISION_GROUND_ILLEGAL_CONTENT"
_TERMS = "DECISION_GROUND_INCOMPATIBLE_CONTENT"

REASON_CODES = (
    DemoReasonCode(
        "contact_details",
        "Contact details or messaging handle in the listing",
        "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
        _TERMS,
    ),
    DemoReasonCode(
        "off_platform_payment",
        "Payment requested outside the platform",
        "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
        _TERMS,
    ),
    DemoReasonCode(
        "scam_suspected", "Suspected scam or fraud", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", _ILLEGAL
    ),
    DemoReasonCode(
        "prohibited_item",
        "Prohibited or dangerous item",
        "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
        _ILLEGAL,
    ),
    DemoReasonCode(
        "counterfeit",
        "Counterfeit or replica goods",
        "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
        _ILLEGAL,
    ),
    DemoReasonCode(
        "protected_animal",
        "Protected species or animal products (CITES)",
        "STATEMENT_CATEGORY_ANIMAL_WELFARE",
        _ILLEGAL,
    ),
    DemoReasonCode(
        "adult_content",
        "Sexual services or adult content",
        "STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT",
        _TERMS,
    ),
    DemoReasonCode(
        "hate_speech",
        "Hate speech or discrimination",
        "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
        _ILLEGAL,
    ),
    DemoReasonCode(
        "minors", "Endangers or targets minors", "STATEMENT_CATEGORY_PROTECTION_OF_MINORS", _ILLEGAL
    ),
    DemoReasonCode(
        "price_misleading",
        "Misleading or unrealistic price",
        "STATEMENT_CATEGORY_CONSUMER_INFORMATION",
        _TERMS,
    ),
    DemoReasonCode(
        "wrong_category", "Listed in the wrong category", "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", _TERMS
    ),
    DemoReasonCode(
        "duplicate_listing", "Duplicate of another listing", "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", _TERMS
    ),
    DemoReasonCode(
        "poor_quality_photos",
        "Photos unusable (tiny, blurred or blank)",
        "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
        _TERMS,
    ),
    DemoReasonCode(
        "stolen_photos",
        "Photos copied from another seller",
        "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
        _TERMS,
    ),
    DemoReasonCode(
        "other", "Other breach of the terms of service", "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", _TERMS
    ),
)

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
