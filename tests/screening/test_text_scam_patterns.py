"""``scam_pattern`` and ``bidi_control`` findings: our own FR/ES/EN wordings, and honest listings
that use the same words and must stay dark. Recall and false positives are printed."""

from __future__ import annotations

import pytest

from moderator_app.core.findings import JSON_KEYS
from moderator_app.screening.text.scam_patterns import PATTERNS, explanations
from tests.screening.text_helpers import screen_one

# (text, country, pattern name, normalized)
SCAMS: list[tuple[str, str, str]] = [
    # payment before delivery or outside the platform
    ("Je préfère un virement bancaire avant l'expédition du colis.", "FR", "payment_before_delivery"),
    ("Paiement sur mon compte, je vous envoie le RIB par mail.", "FR", "payment_before_delivery"),
    ("On règle hors de la plateforme, c'est plus simple pour moi.", "FR", "payment_before_delivery"),
    ("Me haces un bizum antes del envío y te lo mando mañana.", "ES", "payment_before_delivery"),
    ("Ingreso en mi cuenta y lo preparo.", "ES", "payment_before_delivery"),
    (
        "Bank transfer first, then I post it the same day before delivery is arranged.",
        "GB",
        "payment_before_delivery",
    ),
    ("Please transfer the money into my account and I will ship.", "GB", "payment_before_delivery"),
    # deposit before a visit
    ("Appartement libre, une caution de deux mois est exigée avant la visite.", "FR", "deposit_before_visit"),
    ("Versez l'acompte pour réserver la visite, remboursé à la signature.", "FR", "deposit_before_visit"),
    ("Les clés vous seront envoyées par la poste après paiement.", "FR", "deposit_before_visit"),
    ("Pedimos una fianza antes de la visita para filtrar curiosos.", "ES", "deposit_before_visit"),
    ("Te envío las llaves por mensajería cuando pagues.", "ES", "deposit_before_visit"),
    ("A holding fee is needed before any viewing of the flat.", "GB", "deposit_before_visit"),
    ("I can send the keys by courier once the rent is paid.", "GB", "deposit_before_visit"),
    # shipping only, with a transfer
    ("Envoi uniquement, paiement par virement, pas de rdv.", "FR", "shipping_only_transfer"),
    ("Pas de remise en main propre, envoi par transporteur.", "FR", "shipping_only_transfer"),
    ("Solo envío por mensajería, pago por transferencia.", "ES", "shipping_only_transfer"),
    ("Shipping only, payment by bank transfer please.", "GB", "shipping_only_transfer"),
    ("No collection possible, I use a courier, transfer first.", "GB", "shipping_only_transfer"),
    # refuses the platform's secure payment
    ("Je refuse le paiement sécurisé, trop de frais.", "FR", "refuses_secure_payment"),
    ("PayPal entre proches uniquement.", "FR", "refuses_secure_payment"),
    ("No acepto el pago seguro de la web.", "ES", "refuses_secure_payment"),
    ("Solo PayPal amigos y familia.", "ES", "refuses_secure_payment"),
    ("I won't use buyer protection, it takes too long.", "GB", "refuses_secure_payment"),
    ("PayPal friends and family only.", "GB", "refuses_secure_payment"),
    # overpayment and refund
    ("Je vous envoie un chèque et vous me rembourserez la différence.", "FR", "overpayment_refund"),
    ("Mon transporteur paiera plus, vous lui rendrez le surplus.", "FR", "overpayment_refund"),
    ("Te pagaré de más y me devuelves la diferencia.", "ES", "overpayment_refund"),
    ("I will overpay by 200 and you send back the difference to my agent.", "GB", "overpayment_refund"),
    # seller abroad
    ("Je me trouve en mission, mon transporteur livre partout.", "FR", "seller_abroad"),
    ("Je suis expatrié, tout passe par un transporteur.", "FR", "seller_abroad"),
    ("Me encuentro en el extranjero, lo envío por agencia.", "ES", "seller_abroad"),
    ("Trabajo fuera del país, te lo mando.", "ES", "seller_abroad"),
    ("I'm currently deployed, my agent handles the delivery.", "GB", "seller_abroad"),
    ("Living overseas now so it ships from a depot.", "GB", "seller_abroad"),
    # a handle after a messaging app's name
    ("Plus rapide, mon snap: lea.vend_75", "FR", "messaging_handle"),
    ("Insta = boutique.julie", "FR", "messaging_handle"),
    ("Escríbeme, telegram -> @ventas_madrid", "ES", "messaging_handle"),
    ("kik: tom_sells", "GB", "messaging_handle"),
    # adult services in coded words
    ("Jeune femme charmante propose moments de détente, discrétion assurée.", "FR", "adult_services_coded"),
    ("Chica joven ofrece compañía, discreción absoluta.", "ES", "adult_services_coded"),
    ("Pretty girl available for company, incall or outcall.", "GB", "adult_services_coded"),
]

HONEST: list[tuple[str, str]] = [
    ("Caution de deux mois à la signature du bail, après la visite bien sûr.", "FR"),
    ("Visite possible le samedi, dossier complet demandé.", "FR"),
    ("Envoi possible avec paiement sécurisé du site, ou remise en main propre.", "FR"),
    ("Paiement en espèces à la remise en main propre.", "FR"),
    ("Je rembourse les frais de port si l'article ne convient pas.", "FR"),
    ("Je suis à Lyon, visible en journée.", "FR"),
    ("Mon snap est dans mon profil, je réponds ici aussi.", "FR"),
    ("Jeune femme sérieuse propose garde d'enfants le mercredi.", "FR"),
    ("Paiement par virement accepté à la livraison en main propre.", "FR"),
    ("Fianza de un mes a la firma del contrato, tras la visita.", "ES"),
    ("Entrega en mano en Madrid o envío con pago seguro.", "ES"),
    ("Estoy en Madrid, se puede ver por las tardes.", "ES"),
    ("Pago en efectivo al recoger.", "ES"),
    ("Deposit of one month payable on signing, after the viewing.", "GB"),
    ("Collection only, cash on collection.", "GB"),
    ("I am away next week, viewing possible after the 12th.", "GB"),
    ("Paid by PayPal with buyer protection, posted next day.", "GB"),
    ("Signal: excellent in the whole flat, fibre installed.", "GB"),
    ("Product line: Samsung Galaxy, model S21.", "GB"),
    ("Young lady's bicycle, 26 inch wheels, basket included.", "GB"),
    ("Nanny available for two children, references on request.", "GB"),
]


def test_scam_patterns_are_found_with_category_and_explanation(text_screener) -> None:
    misses = []
    by_pattern: dict[str, list[int]] = {}
    for text, country, name in SCAMS:
        found = [f for f in screen_one(text_screener, text, country) if f.kind == "scam_pattern"]
        hit = [f for f in found if f.rule == f"scam_pattern:{name}"]
        by_pattern.setdefault(name, [0, 0])[1] += 1
        if not hit:
            misses.append((text, name, [f.normalized for f in found]))
            continue
        by_pattern[name][0] += 1
        assert hit[0].category and hit[0].explanation == explanations()[name]
        assert set(hit[0].to_json()) == set(JSON_KEYS)
    print()
    for name, (ok, total) in by_pattern.items():
        print(f"  {name:<26} {ok}/{total}")
    print(f"  scam patterns: {len(SCAMS) - len(misses)}/{len(SCAMS)} found")
    for miss in misses:
        print("      missed:", miss)
    assert not misses


def test_honest_listings_with_the_same_words_stay_dark(text_screener) -> None:
    false_positives = [
        (text, f.text, f.normalized)
        for text, country in HONEST
        for f in screen_one(text_screener, text, country)
        if f.kind == "scam_pattern"
    ]
    print(f"\n  honest listings: {len(HONEST)}, scam-pattern false positives: {len(false_positives)}")
    assert false_positives == []


def test_every_pattern_has_cases_in_the_three_languages() -> None:
    languages: dict[str, set[str]] = {}
    for _, country, name in SCAMS:
        languages.setdefault(name, set()).add(country)
    for pattern in PATTERNS:
        assert languages.get(pattern.name) == {"FR", "ES", "GB"}, pattern.name


def test_a_handle_after_the_app_name_is_one_finding_with_the_handle(text_screener) -> None:
    [finding] = [
        f
        for f in screen_one(text_screener, "Ajoute-moi sur Snap : pierre1986", "FR")
        if f.kind == "scam_pattern"
    ]
    assert finding.text == "Snap : pierre1986"
    assert finding.normalized == "snapchat:pierre1986"


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        ("facture\u202egpj.exe", "\u202egpj.exe", "RLO"),
        ("voir \u202blien\u202c ici", "\u202blien\u202c", "RLE+PDF"),
        ("photo \u2067gnp.scr\u2069.jpg", "\u2067gnp.scr\u2069", "RLI+PDI"),
        ("stray \u2069 closer", "\u2069", "PDI"),
        ("via\u200fgra", "\u200f", "RLM"),
    ],
)
def test_bidi_controls_are_reported_with_the_text_they_reorder(text_screener, text, span, normalized) -> None:
    [finding] = [f for f in screen_one(text_screener, text, "FR") if f.kind == "bidi_control"]
    assert (finding.text, finding.normalized) == (span, normalized)
    assert finding.explanation


def test_direction_marks_in_right_to_left_text_are_ordinary(text_screener) -> None:
    text = "شقة للبيع\u200f 3 غرف \u200eparking"
    assert [f for f in screen_one(text_screener, text, "MA") if f.kind == "bidi_control"] == []


def test_every_scam_pattern_has_a_short_label_for_the_risk_score() -> None:
    from moderator_app.core.code_labels import SCAM_PATTERNS
    from moderator_app.screening.text.scam_patterns import MESSAGING_HANDLE, PATTERNS

    assert {p.name for p in (*PATTERNS, MESSAGING_HANDLE)} == set(SCAM_PATTERNS)
