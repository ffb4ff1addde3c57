"""Phone numbers: disguised numbers are found and normalised to E.164; other figures are not."""

from __future__ import annotations

import pytest

from tests.screening.text_helpers import screen_one


def phones(findings) -> list[tuple[str, str]]:
    return [(f.text, f.normalized) for f in findings if f.kind == "phone"]


@pytest.mark.parametrize(
    ("text", "country", "span", "e164", "explanation_part"),
    [
        ("Appelez le 06 12 34 56 78", "FR", "06 12 34 56 78", "+33612345678", "valid FR number"),
        ("tel 0612345678", "FR", "0612345678", "+33612345678", "valid FR number"),
        ("+33 6 12 34 56 78", None, "+33 6 12 34 56 78", "+33612345678", "valid FR number"),
        ("+33 (0)6 12 34 56 78", None, "+33 (0)6 12 34 56 78", "+33612345678", "valid FR number"),
        ("0033 6 12 34 56 78", None, "0033 6 12 34 56 78", "+33612345678", "valid FR number"),
        ("Llámame al 612 34 56 78", "ES", "612 34 56 78", "+34612345678", "valid ES number"),
        ("+34 612 345 678", "FR", "+34 612 345 678", "+34612345678", "valid ES number"),
        ("Bel 0470 12 34 56", "BE", "0470 12 34 56", "+32470123456", "valid BE number"),
        ("+32 470 12 34 56", "FR", "+32 470 12 34 56", "+32470123456", "valid BE number"),
        ("Call 07400 123456", "GB", "07400 123456", "+447400123456", "valid GB number"),
        ("+44 7400 123456", "ES", "+44 7400 123456", "+447400123456", "valid GB number"),
        ("chiamami 347 123 4567", "IT", "347 123 4567", "+393471234567", "valid IT number"),
        ("0612-345678 Marrakech", "MA", "0612-345678", "+212612345678", "valid MA number"),
        ("Handy 0151 23456789", "DE", "0151 23456789", "+4915123456789", "valid DE number"),
        ("ligue 912 345 678", "PT", "912 345 678", "+351912345678", "valid PT number"),
        # letters used as digits
        ("Appelez le O6 12 34 56 78", "FR", "O6 12 34 56 78", "+33612345678", "letters used as digits (O→0)"),
        ("06.l2.34.56.78", "FR", "06.l2.34.56.78", "+33612345678", "letters used as digits (l→1)"),
        ("O6 I2 3O 4O 5O", "FR", "O6 I2 3O 4O 5O", "+33612304050", "letters used as digits"),
        ("06a12b34c56d78", "FR", "06a12b34c56d78", "+33612345678", "letters between digits removed"),
        # odd separators and spaced digits
        ("06/12/34/56/78", "FR", "06/12/34/56/78", "+33612345678", "valid FR number"),
        ("06_12_34_56_78", "FR", "06_12_34_56_78", "+33612345678", "odd separators removed"),
        ("06*12*34*56*78", "FR", "06*12*34*56*78", "+33612345678", "odd separators removed"),
        ("06·12·34·56·78", "FR", "06·12·34·56·78", "+33612345678", "odd separators removed"),
        ("06|12|34|56|78", "FR", "06|12|34|56|78", "+33612345678", "odd separators removed"),
        ("0 6 1 2 3 4 5 6 7 8", "FR", "0 6 1 2 3 4 5 6 7 8", "+33612345678", "digits split by spaces"),
        # fullwidth, circled, keycap and other-script digits
        ("０６ １２ ３４ ５６ ７８", "FR", "０６ １２ ３４ ５６ ７８", "+33612345678", "fullwidth digits"),
        ("⓪⑥ ①② ③④ ⑤⑥ ⑦⑧", "FR", "⓪⑥ ①② ③④ ⑤⑥ ⑦⑧", "+33612345678", "circled digits"),
        ("0️⃣6️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣", "FR", "0️⃣6️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣", "+33612345678", "keycap digits"),
        ("٠٦١٢٣٤٥٦٧٨", "MA", "٠٦١٢٣٤٥٦٧٨", "+212612345678", "non-Latin digits"),
        ("0\u200b6\u200b12345678", "FR", "0\u200b6\u200b12345678", "+33612345678", "valid FR number"),
        # spelled-out digits
        (
            "zéro six douze trente-quatre cinquante-six soixante-dix-huit",
            "FR",
            "zéro six douze trente-quatre cinquante-six soixante-dix-huit",
            "+33612345678",
            "spelled-out digits (fr)",
        ),
        (
            "zero six quatre-vingt-dix-neuf vingt et un soixante et onze dix",
            "FR",
            "zero six quatre-vingt-dix-neuf vingt et un soixante et onze dix",
            "+33699217110",
            "spelled-out digits (fr)",
        ),
        (
            "06 douze 34 cinquante-six 78",
            "FR",
            "06 douze 34 cinquante-six 78",
            "+33612345678",
            "spelled-out digits",
        ),
        (
            "seis uno dos tres cuatro cinco seis siete ocho",
            "ES",
            "seis uno dos tres cuatro cinco seis siete ocho",
            "+34612345678",
            "spelled-out digits (es)",
        ),
        (
            "seiscientos doce treinta y cuatro cincuenta y seis setenta y ocho",
            "ES",
            "seiscientos doce treinta y cuatro cincuenta y seis setenta y ocho",
            "+34612345678",
            "spelled-out digits (es)",
        ),
        (
            "oh seven four oh oh double one two three four five",
            "GB",
            "oh seven four oh oh double one two three four five",
            "+447400112345",
            "spelled-out digits (en)",
        ),
        (
            "plus trente-trois six douze trente-quatre cinquante-six soixante-dix-huit",
            None,
            "plus trente-trois six douze trente-quatre cinquante-six soixante-dix-huit",
            "+33612345678",
            "spelled-out digits (fr)",
        ),
    ],
)
def test_phone_numbers_are_found_through_disguises(text, country, span, e164, explanation_part) -> None:
    from moderator_app.screening.text import TextScreener, default_policy

    findings = screen_one(_screener(TextScreener, default_policy), text, country)
    found = [f for f in findings if f.kind == "phone"]
    assert [(f.text, f.normalized) for f in found] == [(span, e164)], findings
    assert explanation_part in found[0].explanation
    assert found[0].category is None


_cache: dict[str, object] = {}


def _screener(cls, policy_factory):
    if "s" not in _cache:
        _cache["s"] = cls(policy_factory())
    return _cache["s"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("IMEI 490154203237518, débloqué", "FR"),
        ("imei: 35-209900-176148-1", "FR"),
        ("490154203237518", "FR"),  # a bare IMEI passes the Luhn check
        ("SIRET 732 829 320 00074", "FR"),
        ("SIREN 732 829 320", "FR"),
        ("siren: 732829320", "ES"),
        ("IBAN FR76 3000 6000 0112 3456 7890 189", "FR"),
        ("ISBN 978-2-07-036822-8", "FR"),
        ("ISBN 9782070368228", "ES"),
        ("75011 Paris, 13008 Marseille, 08001 Barcelona", "FR"),
        ("Prix 1 250 000 € à débattre", "FR"),
        ("Precio 125 000 000 €", "ES"),
        ("Price £1,250,000", "GB"),
        ("Maison 2 500 000 euros", "FR"),
        ("120 000 km, 2015", "FR"),
        ("Kilométrage 187 456 km", "FR"),
        ("87 500 miles, service history", "GB"),
        ("dimensions 200 x 90 x 45 cm", "FR"),
        ("lit 160x200 cm, matelas 140 x 190", "FR"),
        ("le 12/05/2023 à 14h30", "FR"),
        ("du 01/06/2024 au 30/06/2024", "FR"),
        ("2024-05-12 10:30:00", "DE"),
        ("Réf. 0612345678", "FR"),
        ("Colis suivi 6123 4567 8901", "FR"),
        ("ouvert 24h/24 7j/7", "FR"),
        ("il y a trois ans, deux fois, une seule fois", "FR"),
        ("tres bien, dos puertas, seis meses", "ES"),
    ],
)
def test_numbers_that_are_not_phones(text_screener, text, country) -> None:
    assert phones(screen_one(text_screener, text, country)) == []


def test_without_a_region_national_numbers_are_read_in_the_policy_markets(text_screener) -> None:
    [found] = [f for f in screen_one(text_screener, "06 12 34 56 78", None) if f.kind == "phone"]
    assert found.normalized == "+33612345678" and "market FR" in found.explanation
    assert phones(screen_one(text_screener, "+33 6 12 34 56 78", None)) == [
        ("+33 6 12 34 56 78", "+33612345678")
    ]


def test_listing_country_decides_the_national_format(text_screener) -> None:
    assert phones(screen_one(text_screener, "612 34 56 78", "ES")) == [("612 34 56 78", "+34612345678")]
    assert phones(screen_one(text_screener, "0470 12 34 56", "BE")) == [("0470 12 34 56", "+32470123456")]


def test_two_numbers_in_one_run_are_split(text_screener) -> None:
    found = phones(screen_one(text_screener, "06 12 34 56 78 / 07 98 76 54 32", "FR"))
    assert found == [("06 12 34 56 78", "+33612345678"), ("07 98 76 54 32", "+33798765432")]


def test_phone_next_to_a_postal_code(text_screener) -> None:
    found = phones(screen_one(text_screener, "75011 0612345678", "FR"))
    assert found == [("0612345678", "+33612345678")]


def test_price_then_phone(text_screener) -> None:
    found = phones(screen_one(text_screener, "Prix 1 250 €, tel 06 12 34 56 78", "FR"))
    assert found == [("06 12 34 56 78", "+33612345678")]


@pytest.mark.parametrize(
    ("text", "country", "span", "e164"),
    [
        # Ranges reserved for fiction (ARCEP 06 39 98, Ofcom 07700 900): libphonenumber does not
        # call them assigned, yet they are written exactly like numbers a buyer can call.
        ("Dispo sur WhatsApp : +33 6 39 98 09 35 merci", "FR", "+33 6 39 98 09 35", "+33639980935"),
        ("appelez le 06 39 98 12 34", "FR", "06 39 98 12 34", "+33639981234"),
        ("text me on 07700 900123", "GB", "07700 900123", "+447700900123"),
    ],
)
def test_numbers_in_unassigned_ranges_are_found_as_possible(text_screener, text, country, span, e164):
    found = [f for f in screen_one(text_screener, text, country) if f.kind == "phone"]
    assert [(f.text, f.normalized) for f in found] == [(span, e164)]
    assert "possible" in found[0].explanation or "valid" in found[0].explanation


def test_a_bare_digit_run_must_be_an_assigned_number(text_screener):
    # No trunk prefix, no country code: only a number libphonenumber validates counts.
    assert phones(screen_one(text_screener, "référence 639981234 du produit", "FR")) == []
