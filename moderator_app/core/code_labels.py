"""Words for the codes a moderator would otherwise read raw: reason codes, policy categories, actions,
the server's refusal codes. English source texts marked for translation; no Qt.

The desk keeps its translations by code. A reason code it has no words for falls back to the
label the server gives it (the policy's reason codes), and a code with neither is spelt out from
its own words (``off_platform_payment`` -> "Off platform payment"): never shown raw.
"""

from __future__ import annotations

from moderator_app.core.i18n import translate_noop

REASON_CONTEXT = "ReasonCode"
CATEGORY_CONTEXT = "Category"
ACTION_CONTEXT = "Action"
REFUSAL_CONTEXT = "Refusal"
PHOTO_ERROR_CONTEXT = "PhotoError"
SCAM_PATTERN_CONTEXT = "ScamPattern"

REASONS: dict[str, str] = {
    "contact_details": translate_noop(REASON_CONTEXT, "Contact details or messaging handle in the listing"),
    "off_platform_payment": translate_noop(REASON_CONTEXT, "Payment requested outside the platform"),
    "scam_suspected": translate_noop(REASON_CONTEXT, "Suspected scam or fraud"),
    "prohibited_item": translate_noop(REASON_CONTEXT, "Prohibited or dangerous item"),
    "counterfeit": translate_noop(REASON_CONTEXT, "Counterfeit or replica goods"),
    "protected_animal": translate_noop(REASON_CONTEXT, "Protected species or animal products (CITES)"),
    "adult_content": translate_noop(REASON_CONTEXT, "Sexual services or adult content"),
    "hate_speech": translate_noop(REASON_CONTEXT, "Hate speech or discrimination"),
    "minors": translate_noop(REASON_CONTEXT, "Endangers or targets minors"),
    "price_misleading": translate_noop(REASON_CONTEXT, "Misleading or unrealistic price"),
    "wrong_category": translate_noop(REASON_CONTEXT, "Listed in the wrong category"),
    "duplicate_listing": translate_noop(REASON_CONTEXT, "Duplicate of another listing"),
    "poor_quality_photos": translate_noop(REASON_CONTEXT, "Photos unusable (tiny, blurred or blank)"),
    "stolen_photos": translate_noop(REASON_CONTEXT, "Photos copied from another seller"),
    "weapons": translate_noop(REASON_CONTEXT, "Weapons"),
    "other": translate_noop(REASON_CONTEXT, "Other breach of the terms of service"),
}

# Why a photo could not be fetched (ReviewItem.image_errors), as the placeholder says it.
PHOTO_ERRORS: dict[str, str] = {
    "missing_media_key": translate_noop(PHOTO_ERROR_CONTEXT, "Photo unavailable: the server gave no address for it"),
    "not_found": translate_noop(PHOTO_ERROR_CONTEXT, "Photo unavailable: the server no longer has it"),
    "forbidden": translate_noop(PHOTO_ERROR_CONTEXT, "Photo unavailable: you are not allowed to see it"),
    "foreign_url": translate_noop(PHOTO_ERROR_CONTEXT, "Photo not fetched: its address is outside the moderation server"),
    "malformed": translate_noop(PHOTO_ERROR_CONTEXT, "Photo unavailable: the server sent something unreadable"),
    "hash_mismatch": translate_noop(PHOTO_ERROR_CONTEXT, "Photo rejected: its bytes do not match the listing"),
    "not_stored": translate_noop(PHOTO_ERROR_CONTEXT, "Photo not saved on this computer"),
}


# Short names of the text screening's scam patterns (screening.text.scam_patterns), by name.
SCAM_PATTERNS: dict[str, str] = {
    "payment_before_delivery": translate_noop(SCAM_PATTERN_CONTEXT, "Payment before delivery"),
    "deposit_before_visit": translate_noop(SCAM_PATTERN_CONTEXT, "Deposit before a visit"),
    "shipping_only_transfer": translate_noop(SCAM_PATTERN_CONTEXT, "Shipping only, paid by transfer"),
    "refuses_secure_payment": translate_noop(SCAM_PATTERN_CONTEXT, "Refuses secure payment"),
    "overpayment_refund": translate_noop(SCAM_PATTERN_CONTEXT, "Overpayment and refund"),
    "seller_abroad": translate_noop(SCAM_PATTERN_CONTEXT, "Seller abroad"),
    "adult_services_coded": translate_noop(SCAM_PATTERN_CONTEXT, "Coded sexual services"),
    "messaging_handle": translate_noop(SCAM_PATTERN_CONTEXT, "Messaging handle"),
}


def scam_pattern_name(rule: str | None) -> str | None:
    """The pattern name of a ``scam_pattern`` finding's rule (``scam_pattern:<name>``)."""
    prefix, _, name = (rule or "").partition(":")
    return name if prefix == "scam_pattern" and name else None


# The EU Transparency Database's statement categories, by the lower-case name the policy uses.
CATEGORIES: dict[str, str] = {
    "animal_welfare": translate_noop(CATEGORY_CONTEXT, "Animal welfare"),
    "consumer_information": translate_noop(CATEGORY_CONTEXT, "Consumer information"),
    "cyber_violence": translate_noop(CATEGORY_CONTEXT, "Cyber violence"),
    "cyber_violence_against_women": translate_noop(CATEGORY_CONTEXT, "Cyber violence against women"),
    "data_protection_and_privacy_violations": translate_noop(CATEGORY_CONTEXT, "Data protection and privacy"),
    "illegal_or_harmful_speech": translate_noop(CATEGORY_CONTEXT, "Illegal or harmful speech"),
    "intellectual_property_infringements": translate_noop(CATEGORY_CONTEXT, "Intellectual property"),
    "negative_effects_on_civic_discourse_or_elections": translate_noop(
        CATEGORY_CONTEXT, "Civic discourse or elections"
    ),
    "not_specified_notice": translate_noop(CATEGORY_CONTEXT, "Not specified by the notifier"),
    "non_consensual_behaviour": translate_noop(CATEGORY_CONTEXT, "Non-consensual behaviour"),
    "online_bullying_intimidation": translate_noop(CATEGORY_CONTEXT, "Bullying or intimidation"),
    "pornography_or_sexualized_content": translate_noop(CATEGORY_CONTEXT, "Sexual content"),
    "protection_of_minors": translate_noop(CATEGORY_CONTEXT, "Protection of minors"),
    "risk_for_public_security": translate_noop(CATEGORY_CONTEXT, "Public security"),
    "scams_and_fraud": translate_noop(CATEGORY_CONTEXT, "Scams and fraud"),
    "self_harm": translate_noop(CATEGORY_CONTEXT, "Self-harm"),
    "scope_of_platform_service": translate_noop(CATEGORY_CONTEXT, "Outside the platform's scope"),
    "unsafe_and_prohibited_products": translate_noop(CATEGORY_CONTEXT, "Unsafe or prohibited products"),
    "violence": translate_noop(CATEGORY_CONTEXT, "Violence"),
    "other_violation_tc": translate_noop(CATEGORY_CONTEXT, "Other breach of the terms"),
}

# The statement of reasons' grounds and information sources (Transparency Database values).
STATEMENT_CONTEXT = "Statement"
GROUNDS: dict[str, str] = {
    "DECISION_GROUND_ILLEGAL_CONTENT": translate_noop(STATEMENT_CONTEXT, "Illegal content"),
    "DECISION_GROUND_INCOMPATIBLE_CONTENT": translate_noop(
        STATEMENT_CONTEXT, "Incompatible with the terms of service"
    ),
}
SOURCES: dict[str, str] = {
    "SOURCE_ARTICLE_16": translate_noop(STATEMENT_CONTEXT, "A user's notice (Art. 16)"),
    "SOURCE_TRUSTED_FLAGGER": translate_noop(STATEMENT_CONTEXT, "A trusted flagger's notice (Art. 22)"),
    "SOURCE_TYPE_OTHER_NOTIFICATION": translate_noop(STATEMENT_CONTEXT, "Another notification"),
    "SOURCE_VOLUNTARY": translate_noop(STATEMENT_CONTEXT, "The platform's own initiative"),
}

ACTIONS: dict[str, str] = {
    "approve": translate_noop(ACTION_CONTEXT, "Approve"),
    "reject": translate_noop(ACTION_CONTEXT, "Reject"),
    "escalate": translate_noop(ACTION_CONTEXT, "Escalate"),
    # Appeal outcomes (a refused one shows in the conflicts list too).
    "uphold": translate_noop(ACTION_CONTEXT, "Uphold on appeal"),
    "reverse": translate_noop(ACTION_CONTEXT, "Reverse on appeal"),
}

# Why the queue server refused a decision (its problem codes), in the moderator's words.
REFUSALS: dict[str, str] = {
    "lease_expired": translate_noop(REFUSAL_CONTEXT, "the lease had expired"),
    "lease_foreign": translate_noop(REFUSAL_CONTEXT, "another moderator holds the listing"),
    "item_decided": translate_noop(REFUSAL_CONTEXT, "the listing was already decided"),
    "item_superseded": translate_noop(REFUSAL_CONTEXT, "the seller changed the listing meanwhile"),
    "version_mismatch": translate_noop(REFUSAL_CONTEXT, "the seller changed the listing meanwhile"),
    "idempotency_key_reused": translate_noop(
        REFUSAL_CONTEXT, "the server already had another decision under its key"
    ),
    "not_found": translate_noop(REFUSAL_CONTEXT, "the listing no longer exists"),
    "wrong_role": translate_noop(REFUSAL_CONTEXT, "your role may not decide listings"),
    "appeal_decided": translate_noop(REFUSAL_CONTEXT, "the appeal was already decided"),
    "own_decision": translate_noop(REFUSAL_CONTEXT, "you took the decision under appeal"),
}
REFUSAL_INVALID = translate_noop(REFUSAL_CONTEXT, "the queue's rules do not allow it")


def spelt_out(code: str) -> str:
    """A code written as words: ``off_platform_payment`` -> "Off platform payment"."""
    words = code.replace("STATEMENT_CATEGORY_", "").replace("_", " ").replace("-", " ").strip().lower()
    return words[:1].upper() + words[1:] if words else code


def category_key(category: str) -> str:
    """The table key of a category, from either vocabulary (``STATEMENT_CATEGORY_X`` or ``x``)."""
    return category.removeprefix("STATEMENT_CATEGORY_").lower()
