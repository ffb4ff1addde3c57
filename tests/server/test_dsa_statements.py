"""Statements of reasons: the shipped mapping is in the current schema, and every statement the
builder can produce passes the Transparency Database's validation and carries no personal data."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from moderator_app.core import dsa_vocabulary as v
from moderator_app.screening.text import default_policy
from moderator_app.server.dsa.reasons import ReasonMapping, shipped_mappings
from moderator_app.server.dsa.statements import ListingFacts, NoticeFacts, build, new_puid
from moderator_app.server.dsa.tdb_validation import validate

SHIPPED = [ReasonMapping(code, label, dsa) for code, (label, dsa) in shipped_mappings().items()]
KINDS = (
    "phone",
    "email",
    "payment",
    "banned_term",
    "nudity",
    "text_in_image",
    "duplicate",
    "quality",
    "weapon",
)


def test_the_vocabulary_is_the_current_schema():
    assert len(v.CATEGORIES) == 16
    assert "STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT" not in v.CATEGORIES
    assert set(v.KEYWORDS_BY_CATEGORY) == set(v.CATEGORIES)
    assert v.migrate_category("STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT") == (
        "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
        "KEYWORD_ADULT_SEXUAL_MATERIAL",
    )
    assert len(v.EEA_COUNTRIES) == 30 and {"FR", "ES", "NO", "IS", "LI"} <= set(v.EEA_COUNTRIES)


def test_every_shipped_reason_maps_to_a_current_category_with_fitting_keywords_and_grounds():
    assert len(SHIPPED) >= 15
    for mapping in SHIPPED:
        dsa = mapping.dsa
        assert dsa.statement_category in v.CATEGORIES, mapping.code
        assert v.keywords_fit(dsa.statement_category, dsa.category_specification) == [], mapping.code
        assert dsa.tos_clause.startswith("Terms of service")
        assert (dsa.decision_ground == v.GROUND_ILLEGAL) == bool(dsa.legal_ground), mapping.code


def test_the_policy_terms_use_current_categories():
    categories = {term.category.split("/")[0] for term in default_policy().terms}
    assert {f"STATEMENT_CATEGORY_{c.upper()}" for c in categories} <= set(v.CATEGORIES)
    assert "other_violation_tc/adult_sexual_material" in {term.category for term in default_policy().terms}


def _flag(kind: str, image: bool, label: str) -> dict:
    if image:
        return {"source": "local-image", "kind": kind, "label": label, "image_id": "img-1"}
    return {"source": "local-text", "kind": kind, "label": label, "field": "description"}


flags = st.lists(
    st.builds(
        _flag, st.sampled_from(KINDS), st.booleans(), st.sampled_from(["scams_and_fraud", "phone", "x"])
    ),
    max_size=6,
)
notices = st.lists(
    st.builds(
        NoticeFacts,
        st.sampled_from(["user", "trusted_flagger", "authority"]),
        st.sampled_from(sorted(v.CATEGORIES)),
    ),
    max_size=4,
)
hostile = st.text(min_size=1, max_size=200).map(lambda s: s + " jean.dupont@example.com +33612345678")


@settings(max_examples=300, deadline=None)
@given(
    reasons=st.lists(st.sampled_from(SHIPPED), min_size=1, max_size=5, unique_by=lambda m: m.code),
    shown=flags,
    noticed=notices,
    title=hostile,
    category=st.text(max_size=80),
    country=st.sampled_from(["FR", "ES", "BE", "GB", "MA", "PT", "XX", ""]),
    age_days=st.integers(min_value=0, max_value=20_000),
)
def test_any_statement_is_valid_and_free_of_listing_text(
    reasons, shown, noticed, title, category, country, age_days
):
    applied = datetime(2026, 11, 27, 9, tzinfo=UTC)
    listing = ListingFacts(
        "L1", title, category + " jean.dupont@example.com", country, applied - timedelta(days=age_days)
    )
    statement, notice = build(
        puid=new_puid(42),
        reasons=reasons,
        listing=listing,
        applied_at=applied,
        notices=noticed,
        flags_shown=shown,
    )
    payload = statement.payload()
    assert validate(payload) == {}
    text = json.dumps(payload, ensure_ascii=False)
    assert "example.com" not in text and "33612345678" not in text
    grounded = [m for m in reasons if m.dsa.decision_ground == v.GROUND_ILLEGAL] or reasons
    assert payload["category"] == grounded[0].dsa.statement_category
    assert payload["category"] not in payload.get("category_addition", [])
    assert payload["automated_decision"] == v.AUTOMATED_NOT
    assert "CONTENT_TYPE_PRODUCT" in payload["content_type"]
    assert payload["content_date"] <= payload["application_date"]
    assert notice.language in ("fr", "es", "en") and "21" in notice.text


def test_a_supporting_flag_means_automated_detection_and_adds_its_content_type():
    contact = next(m for m in SHIPPED if m.code == "contact_details")
    listing = ListingFacts("L1", "t", "home", "FR", datetime(2026, 1, 1, tzinfo=UTC))
    now = datetime(2026, 11, 27, tzinfo=UTC)
    plain, _ = build(puid="p", reasons=[contact], listing=listing, applied_at=now, notices=[], flags_shown=[])
    assert plain.automated_detection == "No" and plain.content_type == [
        "CONTENT_TYPE_PRODUCT",
        "CONTENT_TYPE_TEXT",
    ]
    assert plain.source_type == "SOURCE_VOLUNTARY"
    seen, _ = build(
        puid="p",
        reasons=[contact],
        listing=listing,
        applied_at=now,
        notices=[NoticeFacts("user", "STATEMENT_CATEGORY_OTHER_VIOLATION_TC")],
        flags_shown=[_flag("text_in_image", True, "phone")],
    )
    assert seen.automated_detection == "Yes" and "CONTENT_TYPE_IMAGE" in seen.content_type
    assert seen.source_type == "SOURCE_TYPE_OTHER_NOTIFICATION", (
        "a terms-only notice is not an Art. 16 notice"
    )
    assert "contact details written in a photo" in seen.decision_facts


def test_the_stand_in_refuses_what_the_database_refuses():
    good = {
        "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"], "decision_ground": v.GROUND_ILLEGAL,
        "illegal_content_legal_ground": "law", "illegal_content_explanation": "why", "category": "STATEMENT_CATEGORY_VIOLENCE",
        "content_type": ["CONTENT_TYPE_TEXT"], "territorial_scope": ["FR"], "content_date": "2026-01-01",
        "application_date": "2026-01-02", "decision_facts": "f", "source_type": "SOURCE_VOLUNTARY",
        "automated_detection": "No", "automated_decision": "AUTOMATED_DECISION_NOT_AUTOMATED", "puid": "a-1_B",
    }  # fmt: skip
    assert validate(good) == {}
    cases = {
        "puid": {"puid": "has space"},
        "illegal_content_legal_ground": {"illegal_content_legal_ground": None},
        "category": {"category": "STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT"},
        "territorial_scope": {"territorial_scope": ["US"]},
        "content_date": {"content_date": "1999-12-31"},
        "application_date": {"application_date": "2026-1-2"},
        "decision_facts": {"decision_facts": "x" * 5001},
        "decision_visibility": {"decision_visibility": None},
        "category_specification": {"category_specification": ["KEYWORD_NOPE"]},
        "content_language": {"content_language": "fr"},
        "bogus": {"bogus": "field"},
    }
    for field, change in cases.items():
        assert field in validate({**good, **change}), field
