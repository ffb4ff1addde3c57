"""The EU DSA Transparency Database vocabulary (the submission schema in force since 1 July 2025).

One owner for every value a statement of reasons may carry, used by the statement builder, the
policy's reason-code mapping, the notice intake and the local stand-in of the database. The lists
and limits are those of the database's API documentation (v2 schema) and its multiple-statement
validation rules; docs/dsa.md says where each comes from and what was assumed. No Qt, no I/O.
"""

from __future__ import annotations

CATEGORY_PREFIX = "STATEMENT_CATEGORY_"
KEYWORD_PREFIX = "KEYWORD_"

# The 16 categories of the current schema. PORNOGRAPHY_OR_SEXUALIZED_CONTENT,
# NON_CONSENSUAL_BEHAVIOUR, SCOPE_OF_PLATFORM_SERVICE and UNSAFE_AND_ILLEGAL_PRODUCTS are gone.
CATEGORIES: dict[str, str] = {
    "STATEMENT_CATEGORY_ANIMAL_WELFARE": "Animal welfare",
    "STATEMENT_CATEGORY_CONSUMER_INFORMATION": "Consumer information infringements",
    "STATEMENT_CATEGORY_CYBER_VIOLENCE": "Cyber violence",
    "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN": "Cyber violence against women",
    "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS": "Data protection and privacy violations",
    "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH": "Illegal or harmful speech",
    "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS": "Intellectual property infringements",
    "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS": (
        "Negative effects on civic discourse or elections"
    ),
    "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE": "Type of alleged illegal content not specified by the notifier",
    "STATEMENT_CATEGORY_OTHER_VIOLATION_TC": "Other violation of provider's terms and conditions",
    "STATEMENT_CATEGORY_PROTECTION_OF_MINORS": "Protection of minors",
    "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY": "Risk for public security",
    "STATEMENT_CATEGORY_SCAMS_AND_FRAUD": "Scams and/or fraud",
    "STATEMENT_CATEGORY_SELF_HARM": "Self-harm",
    "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS": "Unsafe, non-compliant or prohibited products",
    "STATEMENT_CATEGORY_VIOLENCE": "Violence",
}

# Keywords (category_specification) of each category, as the transparency-reporting templates
# group them. The database itself only checks that each keyword is a known one; the grouping is
# what keeps a reason code's keywords consistent with its category (checked on the policy).
KEYWORDS_BY_CATEGORY: dict[str, tuple[str, ...]] = {
    "STATEMENT_CATEGORY_ANIMAL_WELFARE": ("KEYWORD_ANIMAL_HARM", "KEYWORD_UNLAWFUL_SALE_ANIMALS"),
    "STATEMENT_CATEGORY_CONSUMER_INFORMATION": (
        "KEYWORD_HIDDEN_ADVERTISEMENT",
        "KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS",
        "KEYWORD_MISLEADING_INFO_GOODS_SERVICES",
        "KEYWORD_MISLEADING_INFO_CONSUMER_RIGHTS",
        "KEYWORD_NONCOMPLIANCE_PRICING",
    ),
    "STATEMENT_CATEGORY_CYBER_VIOLENCE": (
        "KEYWORD_CYBER_BULLYING_INTIMIDATION",
        "KEYWORD_CYBER_HARASSMENT",
        "KEYWORD_CYBER_INCITEMENT",
        "KEYWORD_CYBER_STALKING",
        "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING",
        "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE",
    ),
    "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN": (
        "KEYWORD_BULLYING_AGAINST_GIRLS",
        "KEYWORD_CYBER_HARASSMENT_AGAINST_WOMEN",
        "KEYWORD_CYBER_STALKING_AGAINST_WOMEN",
        "KEYWORD_FEMALE_GENDERED_DISINFORMATION",
        "KEYWORD_INCITEMENT_AGAINST_WOMEN",
        "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN",
        "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN",
    ),
    "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS": (
        "KEYWORD_BIOMETRIC_DATA_BREACH",
        "KEYWORD_DATA_FALSIFICATION",
        "KEYWORD_MISSING_PROCESSING_GROUND",
        "KEYWORD_RIGHT_TO_BE_FORGOTTEN",
    ),
    "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH": (
        "KEYWORD_DEFAMATION",
        "KEYWORD_DISCRIMINATION",
        "KEYWORD_HATE_SPEECH",
    ),
    "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS": (
        "KEYWORD_COPYRIGHT_INFRINGEMENT",
        "KEYWORD_DESIGN_INFRINGEMENT",
        "KEYWORD_GEOGRAPHIC_INDICATIONS_INFRINGEMENT",
        "KEYWORD_PATENT_INFRINGEMENT",
        "KEYWORD_TRADE_SECRET_INFRINGEMENT",
        "KEYWORD_TRADEMARK_INFRINGEMENT",
    ),
    "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS": (
        "KEYWORD_MISINFORMATION_DISINFORMATION",
        "KEYWORD_VIOLATION_EU_LAW",
        "KEYWORD_VIOLATION_NATIONAL_LAW",
    ),
    "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE": (),
    "STATEMENT_CATEGORY_OTHER_VIOLATION_TC": (
        "KEYWORD_ADULT_SEXUAL_MATERIAL",
        "KEYWORD_AGE_SPECIFIC_RESTRICTIONS",
        "KEYWORD_GEOGRAPHICAL_REQUIREMENTS",
        "KEYWORD_GOODS_SERVICES_NOT_PERMITTED",
        "KEYWORD_LANGUAGE_REQUIREMENTS",
        "KEYWORD_NUDITY",
    ),
    "STATEMENT_CATEGORY_PROTECTION_OF_MINORS": (
        "KEYWORD_AGE_SPECIFIC_RESTRICTIONS_MINORS",
        "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL",
        "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE",
        "KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS",
        "KEYWORD_UNSAFE_CHALLENGES",
    ),
    "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY": (
        "KEYWORD_ILLEGAL_ORGANIZATIONS",
        "KEYWORD_RISK_ENVIRONMENTAL_DAMAGE",
        "KEYWORD_RISK_PUBLIC_HEALTH",
        "KEYWORD_TERRORIST_CONTENT",
    ),
    "STATEMENT_CATEGORY_SCAMS_AND_FRAUD": (
        "KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING",
        "KEYWORD_INAUTHENTIC_ACCOUNTS",
        "KEYWORD_INAUTHENTIC_LISTINGS",
        "KEYWORD_INAUTHENTIC_USER_REVIEWS",
        "KEYWORD_PHISHING",
        "KEYWORD_PYRAMID_SCHEMES",
    ),
    "STATEMENT_CATEGORY_SELF_HARM": (
        "KEYWORD_CONTENT_PROMOTING_EATING_DISORDERS",
        "KEYWORD_SELF_MUTILATION",
        "KEYWORD_SUICIDE",
    ),
    "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS": (
        "KEYWORD_PROHIBITED_PRODUCTS",
        "KEYWORD_UNSAFE_PRODUCTS",
    ),
    "STATEMENT_CATEGORY_VIOLENCE": (
        "KEYWORD_COORDINATED_HARM",
        "KEYWORD_HUMAN_EXPLOITATION",
        "KEYWORD_HUMAN_TRAFFICKING",
        "KEYWORD_INCITEMENT_VIOLENCE_HATRED",
        "KEYWORD_TRAFFICKING_WOMEN_GIRLS",
    ),
}
KEYWORD_OTHER = "KEYWORD_OTHER"  # allowed with every category; details go in category_specification_other
KEYWORDS: frozenset[str] = frozenset(
    {k for group in KEYWORDS_BY_CATEGORY.values() for k in group} | {KEYWORD_OTHER}
)

# Old-schema categories and where their cases go now (with the keyword that keeps their meaning).
CATEGORY_MIGRATION: dict[str, tuple[str, str | None]] = {
    "STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT": (
        "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
        "KEYWORD_ADULT_SEXUAL_MATERIAL",
    ),
    "STATEMENT_CATEGORY_NON_CONSENSUAL_BEHAVIOUR": (
        "STATEMENT_CATEGORY_CYBER_VIOLENCE",
        "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING",
    ),
    "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE": (
        "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
        "KEYWORD_GOODS_SERVICES_NOT_PERMITTED",
    ),
    "STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS": (
        "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
        "KEYWORD_PROHIBITED_PRODUCTS",
    ),
}

DECISION_VISIBILITIES = frozenset(
    {
        "DECISION_VISIBILITY_CONTENT_REMOVED",
        "DECISION_VISIBILITY_CONTENT_DISABLED",
        "DECISION_VISIBILITY_CONTENT_DEMOTED",
        "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED",
        "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",
        "DECISION_VISIBILITY_CONTENT_LABELLED",
        "DECISION_VISIBILITY_OTHER",
    }
)
DECISION_MONETARIES = frozenset(
    {"DECISION_MONETARY_SUSPENSION", "DECISION_MONETARY_TERMINATION", "DECISION_MONETARY_OTHER"}
)
DECISION_PROVISIONS = frozenset(
    {
        "DECISION_PROVISION_PARTIAL_SUSPENSION",
        "DECISION_PROVISION_TOTAL_SUSPENSION",
        "DECISION_PROVISION_PARTIAL_TERMINATION",
        "DECISION_PROVISION_TOTAL_TERMINATION",
    }
)
DECISION_ACCOUNTS = frozenset({"DECISION_ACCOUNT_SUSPENDED", "DECISION_ACCOUNT_TERMINATED"})
ACCOUNT_TYPES = frozenset({"ACCOUNT_TYPE_BUSINESS", "ACCOUNT_TYPE_PRIVATE"})
GROUND_ILLEGAL = "DECISION_GROUND_ILLEGAL_CONTENT"
GROUND_INCOMPATIBLE = "DECISION_GROUND_INCOMPATIBLE_CONTENT"
DECISION_GROUNDS = frozenset({GROUND_ILLEGAL, GROUND_INCOMPATIBLE})
CONTENT_PRODUCT = "CONTENT_TYPE_PRODUCT"
CONTENT_TEXT = "CONTENT_TYPE_TEXT"
CONTENT_IMAGE = "CONTENT_TYPE_IMAGE"
CONTENT_TYPES = frozenset(
    {
        "CONTENT_TYPE_APP",
        "CONTENT_TYPE_AUDIO",
        CONTENT_IMAGE,
        CONTENT_PRODUCT,
        "CONTENT_TYPE_SYNTHETIC_MEDIA",
        CONTENT_TEXT,
        "CONTENT_TYPE_VIDEO",
        "CONTENT_TYPE_OTHER",
    }
)
SOURCE_ARTICLE_16 = "SOURCE_ARTICLE_16"
SOURCE_TRUSTED_FLAGGER = "SOURCE_TRUSTED_FLAGGER"
SOURCE_OTHER_NOTIFICATION = "SOURCE_TYPE_OTHER_NOTIFICATION"
SOURCE_VOLUNTARY = "SOURCE_VOLUNTARY"
SOURCE_TYPES = frozenset(
    {SOURCE_ARTICLE_16, SOURCE_TRUSTED_FLAGGER, SOURCE_OTHER_NOTIFICATION, SOURCE_VOLUNTARY}
)
YES_NO = frozenset({"Yes", "No"})
AUTOMATED_NOT = "AUTOMATED_DECISION_NOT_AUTOMATED"
AUTOMATED_DECISIONS = frozenset({"AUTOMATED_DECISION_FULLY", "AUTOMATED_DECISION_PARTIALLY", AUTOMATED_NOT})

EU_COUNTRIES: tuple[str, ...] = (
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
)  # fmt: skip
EEA_COUNTRIES: tuple[str, ...] = tuple(sorted((*EU_COUNTRIES, "IS", "LI", "NO")))

# ISO 639-1, upper case, as content_language takes it.
LANGUAGES = frozenset(
    [
        "AA",
        "AB",
        "AE",
        "AF",
        "AK",
        "AM",
        "AN",
        "AR",
        "AS",
        "AV",
        "AY",
        "AZ",
        "BA",
        "BE",
        "BG",
        "BI",
        "BM",
        "BN",
        "BO",
        "BR",
        "BS",
        "CA",
        "CE",
        "CH",
        "CO",
        "CR",
        "CS",
        "CU",
        "CV",
        "CY",
        "DA",
        "DE",
        "DV",
        "DZ",
        "EE",
        "EL",
        "EN",
        "EO",
        "ES",
        "ET",
        "EU",
        "FA",
        "FF",
        "FI",
        "FJ",
        "FO",
        "FR",
        "FY",
        "GA",
        "GD",
        "GL",
        "GN",
        "GU",
        "GV",
        "HA",
        "HE",
        "HI",
        "HO",
        "HR",
        "HT",
        "HU",
        "HY",
        "HZ",
        "IA",
        "ID",
        "IE",
        "IG",
        "II",
        "IK",
        "IO",
        "IS",
        "IT",
        "IU",
        "JA",
        "JV",
        "KA",
        "KG",
        "KI",
        "KJ",
        "KK",
        "KL",
        "KM",
        "KN",
        "KO",
        "KR",
        "KS",
        "KU",
        "KV",
        "KW",
        "KY",
        "LA",
        "LB",
        "LG",
        "LI",
        "LN",
        "LO",
        "LT",
        "LU",
        "LV",
        "MG",
        "MH",
        "MI",
        "MK",
        "ML",
        "MN",
        "MR",
        "MS",
        "MT",
        "MY",
        "NA",
        "NB",
        "ND",
        "NE",
        "NG",
        "NL",
        "NN",
        "NO",
        "NR",
        "NV",
        "NY",
        "OC",
        "OJ",
        "OM",
        "OR",
        "OS",
        "PA",
        "PI",
        "PL",
        "PS",
        "PT",
        "QU",
        "RM",
        "RN",
        "RO",
        "RU",
        "RW",
        "SA",
        "SC",
        "SD",
        "SE",
        "SG",
        "SI",
        "SK",
        "SL",
        "SM",
        "SN",
        "SO",
        "SQ",
        "SR",
        "SS",
        "ST",
        "SU",
        "SV",
        "SW",
        "TA",
        "TE",
        "TG",
        "TH",
        "TI",
        "TK",
        "TL",
        "TN",
        "TO",
        "TR",
        "TS",
        "TT",
        "TW",
        "TY",
        "UG",
        "UK",
        "UR",
        "UZ",
        "VE",
        "VI",
        "VO",
        "WA",
        "WO",
        "XH",
        "YI",
        "YO",
        "ZA",
        "ZH",
        "ZU",
    ]
)

# Limits of the free-text fields (characters) and of the identifiers.
MAX_SHORT_TEXT = 500  # *_other, legal/contractual grounds, source_identity, puid, reference URL
MAX_EXPLANATION = 2000  # illegal_content_explanation, incompatible_content_explanation
MAX_FACTS = 5000  # decision_facts
PUID_PATTERN = r"^[a-zA-Z0-9_-]+$"
MAX_STATEMENTS_PER_CALL = 100
EARLIEST_CONTENT_DATE = "2000-01-01"
EARLIEST_APPLICATION_DATE = "2020-01-01"
LATEST_DATE = "2038-01-01"


def migrate_category(category: str) -> tuple[str, str | None]:
    """An old- or new-schema category as (current category, keyword that keeps its meaning or None)."""
    return CATEGORY_MIGRATION.get(category, (category, None))


def keywords_fit(category: str, keywords: list[str] | tuple[str, ...]) -> list[str]:
    """The keywords that do not belong to ``category`` (KEYWORD_OTHER fits every category)."""
    allowed = set(KEYWORDS_BY_CATEGORY.get(category, ())) | {KEYWORD_OTHER}
    return [k for k in keywords if k not in allowed]
