"""Emails, URLs, messaging apps and handles, IBANs and off-platform payment services."""

from __future__ import annotations

import pytest

from tests.screening.text_helpers import kinds_and_values, screen_one


@pytest.mark.parametrize(
    ("text", "span", "address"),
    [
        ("écrivez à Jean.Dupont@Gmail.com merci", "Jean.Dupont@Gmail.com", "jean.dupont@gmail.com"),
        ("jean [at] mail [dot] com", "jean [at] mail [dot] com", "jean@mail.com"),
        ("jean(at)mail(point)fr", "jean(at)mail(point)fr", "jean@mail.fr"),
        ("jean arobase gmail point com", "jean arobase gmail point com", "jean@gmail.com"),
        ("juan arroba hotmail punto es", "juan arroba hotmail punto es", "juan@hotmail.es"),
        ("john at yahoo dot co dot uk", "john at yahoo dot co dot uk", "john@yahoo.co.uk"),
        ("jean @ orange . fr", "jean @ orange . fr", "jean@orange.fr"),
        ("jean{at}free{dot}fr", "jean{at}free{dot}fr", "jean@free.fr"),
        ("ｊｅａｎ＠ｍａｉｌ．ｃｏｍ", "ｊｅａｎ＠ｍａｉｌ．ｃｏｍ", "jean@mail.com"),
        ("je\u200ban@ma\u200bil.com", "je\u200ban@ma\u200bil.com", "jean@mail.com"),
    ],
)
def test_emails_plain_and_obfuscated(text_screener, text, span, address) -> None:
    emails = [f for f in screen_one(text_screener, text) if f.kind == "email"]
    assert [(f.text, f.normalized) for f in emails] == [(span, address)]


@pytest.mark.parametrize(
    "text",
    [
        "rendez-vous at home, point de vue, dot com era",
        "Look at this point: great",
        "10 pièces at 5 € point final",
    ],
)
def test_words_at_and_point_alone_are_not_emails(text_screener, text) -> None:
    assert [f for f in screen_one(text_screener, text) if f.kind == "email"] == []


@pytest.mark.parametrize(
    ("text", "span", "kind", "normalized"),
    [
        (
            "voir https://example.com/annonce?id=3.",
            "https://example.com/annonce?id=3",
            "url",
            "https://example.com/annonce?id=3",
        ),
        ("site www.MonSite.fr !", "www.MonSite.fr", "url", "www.monsite.fr"),
        ("allez sur leboncoin.fr/ad/123", "leboncoin.fr/ad/123", "url", "leboncoin.fr/ad/123"),
        ("rejoins t.me/jeanvend", "t.me/jeanvend", "messaging", "telegram:jeanvend"),
        ("https://wa.me/33612345678", "https://wa.me/33612345678", "messaging", "whatsapp:33612345678"),
    ],
)
def test_urls_and_messaging_links(text_screener, text, span, kind, normalized) -> None:
    found = [
        (f.text, f.kind, f.normalized)
        for f in screen_one(text_screener, text)
        if f.kind in ("url", "messaging")
    ]
    assert (span, kind, normalized) in found


def test_file_names_and_decimals_are_not_urls(text_screener) -> None:
    found = screen_one(text_screener, "photo.jpg, version 2.5, moteur 1.6 hdi, etc. bon état.")
    assert [f for f in found if f.kind == "url"] == []


@pytest.mark.parametrize(
    ("text", "app"),
    [
        ("contactez-moi sur WhatsApp", "whatsapp"),
        ("mon whats app svp", "whatsapp"),
        ("wtsp uniquement", "whatsapp"),
        ("écris moi sur watsap", "whatsapp"),
        ("por wasap mejor", "whatsapp"),
        ("w h a t s a p p", "whatsapp"),
        ("wh@ts@pp", "whatsapp"),
        ("Telegram: @vendeur", "telegram"),
        ("ajoute moi sur snapchat", "snapchat"),
        ("snap: jean_75", "snapchat"),
        ("on signal only", "signal"),
        ("ｗｈａｔｓａｐｐ", "whatsapp"),
        ("wһatsapp", "whatsapp"),  # Cyrillic һ
    ],
)
def test_messaging_apps(text_screener, text, app) -> None:
    assert ("messaging", app) in kinds_and_values(screen_one(text_screener, text))


@pytest.mark.parametrize(
    "text",
    ["le signal est faible", "turn signal light", "snap-on tools", "señal de tráfico"],
)
def test_ambiguous_app_names_need_a_contact_context(text_screener, text) -> None:
    assert [f for f in screen_one(text_screener, text) if f.kind == "messaging"] == []


def test_handle_given_as_contact(text_screener) -> None:
    found = kinds_and_values(screen_one(text_screener, "insta @jean.vend_75 ou mail jean@mail.com"))
    assert ("messaging", "@jean.vend_75") in found
    assert ("email", "jean@mail.com") in found
    assert ("messaging", "@mail.com") not in found


@pytest.mark.parametrize(
    ("text", "iban"),
    [
        ("IBAN FR76 3000 6000 0112 3456 7890 189 merci", "FR7630006000011234567890189"),
        ("iban: es9121000418450200051332", "ES9121000418450200051332"),
        ("GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432"),
        ("BE68 5390 0754 7034.", "BE68539007547034"),
    ],
)
def test_iban_is_validated_and_compacted(text_screener, text, iban) -> None:
    payments = [f for f in screen_one(text_screener, text) if f.kind == "payment"]
    assert [f.normalized for f in payments] == [iban]
    assert payments[0].text.replace(" ", "").upper() == iban


def test_iban_with_a_wrong_checksum_is_ignored(text_screener) -> None:
    assert [
        f for f in screen_one(text_screener, "FR76 3000 6000 0112 3456 7890 188") if f.kind == "payment"
    ] == []


def test_iban_digits_are_not_a_phone(text_screener) -> None:
    kinds = {f.kind for f in screen_one(text_screener, "IBAN FR76 3000 6000 0112 3456 7890 189", "FR")}
    assert kinds == {"payment"}


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("paiement paypal uniquement", "paypal"),
        ("pago por bizum", "bizum"),
        ("pay with cash app", "cash app"),
        ("virement bancaire avant envoi", "bank transfer"),
        ("carte pcs acceptée", "pcs"),
        ("payez en carte cadeau", "gift card"),
    ],
)
def test_off_platform_payment_services(text_screener, text, service) -> None:
    assert ("payment", service) in kinds_and_values(screen_one(text_screener, text))


def test_pcs_alone_means_pieces(text_screener) -> None:
    assert [
        f for f in screen_one(text_screener, "lot de 12 pcs neuves") if f.kind in ("payment", "banned_term")
    ] == []


def test_a_payment_service_the_policy_lists_is_one_finding_not_two(text_screener) -> None:
    # "neosurf" is a policy term; the built-in spelling "neo surf" also reads "Neosurf".
    text = "Paiement en recharges Neosurf uniquement, ou Neo Surf, ou Bizum."
    found = [(f.kind, f.text) for f in screen_one(text_screener, text)]
    assert found.count(("banned_term", "Neosurf")) == 1
    assert ("payment", "Neosurf") not in found
    assert ("payment", "Neo Surf") in found and ("payment", "Bizum") in found
