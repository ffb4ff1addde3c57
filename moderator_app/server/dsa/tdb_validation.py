"""The Transparency Database's documented validation of one statement of reasons.

Used by the local stand-in of the database (:mod:`.tdb_standin`) that the tests submit to. Each
rule is one of the database's documented rules (API documentation of the v2 schema and its
multiple-statement validation): required fields, allowed values, text limits and date bounds.
One rule is stricter than documented: an unknown field is refused (the real database drops it
silently), so that a misspelt field cannot pass unnoticed. docs/dsa.md lists the rules.
"""

from __future__ import annotations

import re
from datetime import date

from moderator_app.core import dsa_vocabulary as v

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PUID = re.compile(v.PUID_PATTERN)
_URL = re.compile(r"^https?://[^\s/$.?#].[^\s]*$", re.IGNORECASE)
_ONE_OF = {
    "decision_monetary": v.DECISION_MONETARIES,
    "decision_provision": v.DECISION_PROVISIONS,
    "decision_account": v.DECISION_ACCOUNTS,
    "account_type": v.ACCOUNT_TYPES,
    "incompatible_content_illegal": v.YES_NO,
    "content_language": v.LANGUAGES,
}
_LIST_OF = {
    "decision_visibility": v.DECISION_VISIBILITIES,
    "content_type": v.CONTENT_TYPES,
    "category_addition": frozenset(v.CATEGORIES),
    "category_specification": v.KEYWORDS,
    "territorial_scope": frozenset(v.EEA_COUNTRIES),
}
_TEXT_LIMITS = {
    "decision_visibility_other": v.MAX_SHORT_TEXT,
    "decision_monetary_other": v.MAX_SHORT_TEXT,
    "illegal_content_legal_ground": v.MAX_SHORT_TEXT,
    "illegal_content_explanation": v.MAX_EXPLANATION,
    "incompatible_content_ground": v.MAX_SHORT_TEXT,
    "incompatible_content_explanation": v.MAX_EXPLANATION,
    "content_type_other": v.MAX_SHORT_TEXT,
    "category_specification_other": v.MAX_SHORT_TEXT,
    "decision_facts": v.MAX_FACTS,
    "source_identity": v.MAX_SHORT_TEXT,
    "decision_ground_reference_url": v.MAX_SHORT_TEXT,
    "puid": v.MAX_SHORT_TEXT,
}
_DATES = {
    "content_date": v.EARLIEST_CONTENT_DATE,
    "application_date": v.EARLIEST_APPLICATION_DATE,
    "end_date_visibility_restriction": None,
    "end_date_monetary_restriction": None,
    "end_date_service_restriction": None,
    "end_date_account_restriction": None,
}
FIELDS = frozenset(
    {*_ONE_OF, *_LIST_OF, *_TEXT_LIMITS, *_DATES, "decision_ground", "category", "source_type",
     "automated_detection", "automated_decision", "content_id"}
)  # fmt: skip


def validate(statement: object) -> dict[str, list[str]]:
    """The errors of one statement, by field (empty when the database would accept it)."""
    if not isinstance(statement, dict):
        return {"statement": ["The statement must be a JSON object."]}
    errors: dict[str, list[str]] = {}

    def add(field: str, message: str) -> None:
        errors.setdefault(field, []).append(message)

    s = {k: val for k, val in statement.items() if val is not None}
    for field in sorted(set(s) - FIELDS):
        add(field, f"The {field} field is not part of the schema.")
    decisions = ("decision_visibility", "decision_monetary", "decision_provision", "decision_account")
    if not any(s.get(f) for f in decisions):
        add("decision_visibility", "The decision visibility field is required when none of decision monetary / "
            "decision provision / decision account are present.")  # fmt: skip
    for field, allowed in _ONE_OF.items():
        if field in s and s[field] not in allowed:
            add(field, f"The selected {field.replace('_', ' ')} is invalid.")
    for field, allowed in _LIST_OF.items():
        if field not in s:
            continue
        if not isinstance(s[field], list) or not all(isinstance(x, str) for x in s[field]):
            add(field, f"The {field.replace('_', ' ')} field must be an array.")
        elif any(x not in allowed for x in s[field]):
            add(field, f"The selected {field.replace('_', ' ')} is invalid.")
    for field, limit in _TEXT_LIMITS.items():
        if field in s and (not isinstance(s[field], str) or len(s[field]) > limit):
            add(field, f"The {field.replace('_', ' ')} field must be a string of at most {limit} characters.")
    _required(s, add)
    _conditional(s, add)
    _dates(s, add)
    if isinstance(s.get("puid"), str) and not _PUID.match(s["puid"]):
        add("puid", "The puid field format is invalid.")
    url = s.get("decision_ground_reference_url")
    if isinstance(url, str) and not _URL.match(url):
        add("decision_ground_reference_url", "The decision ground reference url field must be a valid URL.")
    return errors


def _required(s: dict, add) -> None:
    for field in ("decision_ground", "content_type", "category", "territorial_scope", "content_date",
                  "application_date", "decision_facts", "source_type", "automated_detection",
                  "automated_decision", "puid"):  # fmt: skip
        if field not in s or s[field] in ("", []):
            add(field, f"The {field.replace('_', ' ')} field is required.")
    for field, allowed in (
        ("decision_ground", v.DECISION_GROUNDS),
        ("category", frozenset(v.CATEGORIES)),
        ("source_type", v.SOURCE_TYPES),
        ("automated_detection", v.YES_NO),
        ("automated_decision", v.AUTOMATED_DECISIONS),
    ):
        if field in s and s[field] not in allowed:
            add(field, f"The selected {field.replace('_', ' ')} is invalid.")


def _conditional(s: dict, add) -> None:
    ground = s.get("decision_ground")
    needed = {
        v.GROUND_ILLEGAL: ("illegal_content_legal_ground", "illegal_content_explanation"),
        v.GROUND_INCOMPATIBLE: ("incompatible_content_ground", "incompatible_content_explanation"),
    }.get(ground, ())
    for field in needed:
        if not s.get(field):
            add(field, f"The {field.replace('_', ' ')} field is required when decision ground is {ground}.")
    if "DECISION_VISIBILITY_OTHER" in (s.get("decision_visibility") or []) and not s.get(
        "decision_visibility_other"
    ):
        add(
            "decision_visibility_other",
            "The decision visibility other field is required when decision visibility is other.",
        )
    if s.get("decision_monetary") == "DECISION_MONETARY_OTHER" and not s.get("decision_monetary_other"):
        add(
            "decision_monetary_other",
            "The decision monetary other field is required when decision monetary is other.",
        )
    if "CONTENT_TYPE_OTHER" in (s.get("content_type") or []) and not s.get("content_type_other"):
        add("content_type_other", "The content type other field is required when content is other.")


def _dates(s: dict, add) -> None:
    parsed = {}
    for field, earliest in _DATES.items():
        if field not in s:
            continue
        text = s[field]
        try:
            if not isinstance(text, str) or not _DATE.match(text):
                raise ValueError
            day = date.fromisoformat(text)
        except ValueError:
            add(field, f"The {field.replace('_', ' ')} does not match the format YYYY-MM-DD.")
            continue
        if earliest and text < earliest:
            add(field, f"The {field.replace('_', ' ')} must be a date after or equal to {earliest}.")
        if text > v.LATEST_DATE:
            add(field, f"The {field.replace('_', ' ')} must be a date before or equal to {v.LATEST_DATE}.")
        parsed[field] = day
    start = parsed.get("application_date")
    for field, day in parsed.items():
        if field.startswith("end_date") and start is not None and day < start:
            add(field, f"The {field.replace('_', ' ')} must be a date after or equal to application date.")
