"""Policy files: the shipped default, validation errors that name the line or field."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from moderator_app.screening.text import (
    Policy,
    PolicyError,
    TextScreener,
    default_policy,
    default_policy_path,
    load_policy,
    parse_policy,
)
from tests.screening.listing_corpus import make_corpus

DSA_CATEGORIES = {
    "scams_and_fraud",
    "unsafe_and_prohibited_products",
    "other_violation_tc/adult_sexual_material",
    "illegal_or_harmful_speech",
    "intellectual_property_infringements",
    "animal_welfare",
    "protection_of_minors",
    "violence",
    "data_protection_and_privacy_violations",
}


def test_default_policy_covers_the_desk_categories() -> None:
    policy = default_policy()
    categories = {t.category for t in policy.terms}
    assert categories <= DSA_CATEGORIES
    assert DSA_CATEGORIES - {"data_protection_and_privacy_violations"} <= categories
    assert len(policy.terms) >= 300
    terms = {t.term for t in policy.terms}
    for expected in (
        "western union",
        "moneygram",
        "mandat cash",
        "transcash",
        "neosurf",
        "ivoire",
        "ivory",
        "marfil",
        "réplique",
        "copie conforme",
        "1:1",
        "cocaïne",
        "viagra",
        "arme",
        "pute",
        "cul",
    ):
        assert expected in terms
    assert {t.severity for t in policy.terms} == {"reject", "review"}
    assert all({"fr", "es", "en"} & set(t.languages) for t in policy.terms)


def test_default_policy_file_is_the_documented_format() -> None:
    raw = json.loads(default_policy_path().read_text(encoding="utf-8"))
    assert set(raw) >= {"version", "terms"}
    assert all(set(t) <= {"term", "category", "languages", "severity"} for t in raw["terms"])
    assert parse_policy(raw) == default_policy()


def test_policy_round_trips_through_its_json_form() -> None:
    policy = default_policy()
    assert parse_policy(policy.to_json()) == policy


def test_minimal_policy_defaults(tmp_path) -> None:
    path = tmp_path / "p.json"
    path.write_text('{"version": "1", "terms": [{"term": "western union", "category": "scams_and_fraud"}]}')
    (term,) = load_policy(path).terms
    assert (term.severity, term.languages) == ("review", ())


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"version": "1", "terms": [\n  {"term": "a b"},\n  oops\n]}', "line 3 column 3: invalid JSON"),
        ("[]", "top level must be a JSON object"),
        ('{"version": 1, "terms": []}', "field 'version' must be a string"),
        ('{"version": "1"}', "field 'terms' is missing"),
        ('{"version": "1", "terms": ["x"]}', "terms[0]: each term must be a JSON object"),
        (
            '{"version": "1", "terms": [{"category": "c"}]}',
            "terms[0]: field 'term' must be a non-empty string",
        ),
        (
            '{"version": "1", "terms": [\n{"term": "ok", "category": "c"},\n{"term": "viagra", "category": ""}]}',
            "terms[1] ('viagra', line 3): field 'category' must be a non-empty string",
        ),
        (
            '{"version": "1", "terms": [{"term": "viagra", "category": "c", "severity": "ban"}]}',
            "field 'severity' must be one of reject, review",
        ),
        (
            '{"version": "1", "terms": [{"term": "viagra", "category": "c", "languages": "fr"}]}',
            "field 'languages' must be a list",
        ),
        (
            '{"version": "1", "terms": [{"term": "!!", "category": "c"}]}',
            "needs at least 2 letters or digits",
        ),
    ],
)
def test_invalid_policy_errors_name_the_line_or_field(tmp_path, content, message) -> None:
    path = tmp_path / "policy.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_missing_and_undecodable_files(tmp_path) -> None:
    with pytest.raises(PolicyError, match="cannot read policy file"):
        load_policy(tmp_path / "nope.json")
    bad = tmp_path / "latin1.json"
    bad.write_bytes(b'{"version": "\xe9"}')
    with pytest.raises(PolicyError, match="not UTF-8"):
        load_policy(bad)


def test_empty_policy_still_finds_contacts() -> None:
    screener = TextScreener(Policy("empty", ()))
    kinds = {f.kind for f in screener.screen({"d": "viagra, 06 12 34 56 78, whatsapp"}, "FR")}
    assert kinds == {"phone", "messaging"}


def test_one_screener_serves_several_threads(text_screener) -> None:
    corpus = make_corpus(200, seed=5)
    expected = [text_screener.screen({"t": t, "d": d}, "FR") for t, d in corpus]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(
            pool.map(lambda pair: text_screener.screen({"t": pair[0], "d": pair[1]}, "FR"), corpus)
        )
    assert results == expected
    assert any(expected)


def test_default_policy_validates_against_the_shared_api_schema() -> None:
    from moderator_app.core.schema import Policy as ApiPolicy

    api_policy = ApiPolicy.model_validate(json.loads(default_policy_path().read_text(encoding="utf-8")))
    # What the workstation receives from the server's policy endpoint feeds the screener as is.
    assert parse_policy(api_policy.model_dump()) == default_policy()
