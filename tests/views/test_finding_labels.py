"""New finding kinds read in the moderator's language: scam-pattern and direction-control
explanations come from the translation files, and the price finding shows its range."""

from __future__ import annotations

import pytest

from moderator_app.core.schema import PriceRange
from moderator_app.screening.price_check import price_finding
from moderator_app.screening.text import TextScreener, default_policy
from moderator_app.screening.text.bidi import EXPLANATIONS as BIDI_EXPLANATIONS
from moderator_app.screening.text.scam_patterns import explanations
from moderator_app.views import i18n
from moderator_app.views.finding_labels import field_name, finding_explanation, kind_name


@pytest.fixture(params=["fr", "es"])
def language(qapp, request):
    assert i18n.install(qapp, request.param) == request.param
    yield request.param
    i18n.install(qapp, "en")


def test_every_new_explanation_is_translated(language) -> None:
    from moderator_app.core.findings import Finding

    for name, source in explanations().items():
        finding = Finding("scam_pattern", "description", 0, 1, "x", name, "scams_and_fraud", source)
        assert finding_explanation(finding) != source, (language, name)
    for source in BIDI_EXPLANATIONS.values():
        finding = Finding("bidi_control", "description", 0, 1, "\u202e", "RLO", None, source)
        assert finding_explanation(finding) != source, (language, source)
    for kind in ("scam_pattern", "bidi_control", "price"):
        assert kind_name(kind) not in ("Scam pattern", "Hidden text direction", "Price")
    assert field_name("price") in ("prix", "precio")


def test_a_scam_finding_reads_in_french(qapp) -> None:
    assert i18n.install(qapp, "fr") == "fr"
    try:
        text = "Virement sur mon IBAN avant envoi"
        [finding] = [
            f
            for f in TextScreener(default_policy()).screen({"description": text}, "FR")
            if f.kind == "scam_pattern"
        ]
        assert finding_explanation(finding).startswith("Paiement par virement avant livraison")
        assert kind_name(finding.kind) == "Schéma d'arnaque"
    finally:
        i18n.install(qapp, "en")


def test_the_price_finding_shows_the_range_in_the_users_language(qapp) -> None:
    usual = PriceRange(
        category="electronics", currency="EUR", basis="similar", listings=14, low=450, median=520, high=610
    )
    finding = price_finding(80, "EUR", usual)
    assert finding is not None
    assert (
        finding_explanation(finding)
        == "Far below the usual price of similar listings: 450–610 EUR (middle half of 14 listings)"
    )
    assert i18n.install(qapp, "es") == "es"
    try:
        assert finding_explanation(finding).startswith(
            "Muy por debajo del precio habitual de anuncios similares"
        )
        assert "14" in finding_explanation(finding)
    finally:
        i18n.install(qapp, "en")
    assert price_finding(300, "EUR", usual) is None  # low, but not half of the usual low end
    assert price_finding(80, "GBP", usual) is None  # another currency: no comparison
