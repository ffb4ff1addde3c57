"""Phone edge cases: extensions, numbers that are not there, libphonenumber's normalisation,
British formats, and national numbers read in the policy's markets when there is no country.

Every case here is our own. libphonenumber's own matcher (``PhoneNumberMatcher``, leniency
VALID) is run on the same texts and printed beside ours, as the reference to agree with.
"""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderator_app.screening.text import Policy, TextScreener, default_policy
from tests.screening.text_helpers import screen_one


def phones(findings) -> list[tuple[str, str]]:
    return [(f.text, f.normalized) for f in findings if f.kind == "phone"]


def library(text: str, region: str) -> list[str]:
    return [
        phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
        for m in phonenumbers.PhoneNumberMatcher(text, region)
    ]


EXTENSIONS = [
    (
        "Tel +44 20 3456 7890 x456 aux heures de bureau",
        "GB",
        "+44 20 3456 7890 x456",
        "+442034567890;ext=456",
    ),
    ("standard 01 42 68 53 00 poste 12", "FR", "01 42 68 53 00 poste 12", "+33142685300;ext=12"),
    ("call 020 7946 0123 ext. 7", "GB", "020 7946 0123 ext. 7", "+442079460123;ext=7"),
    ("oficina 912 345 678 ext 204", "ES", "912 345 678 ext 204", "+34912345678;ext=204"),
    ("bureau +32 2 555 12 34, ext 88", None, "+32 2 555 12 34, ext 88", "+3225551234;ext=88"),
    ("+33 1 42 68 53 00 x12", None, "+33 1 42 68 53 00 x12", "+33142685300;ext=12"),
    ("0161 496 0000 extension 3", "GB", "0161 496 0000 extension 3", "+441614960000;ext=3"),
    ("centralita 934 567 890 anexo 21", "ES", "934 567 890 anexo 21", "+34934567890;ext=21"),
]


@pytest.mark.parametrize(("text", "country", "span", "normalized"), EXTENSIONS)
def test_an_extension_belongs_to_its_number(text_screener, text, country, span, normalized) -> None:
    found = [f for f in screen_one(text_screener, text, country) if f.kind == "phone"]
    assert [(f.text, f.normalized) for f in found] == [(span, normalized)]
    assert "extension" in found[0].explanation


# Figures that are not phone numbers in any of FR, GB and ES.
NOT_PHONES = [
    "80.585 [79.964, 81.191]",
    "valeur 12.345 (11.987 - 12.702)",
    "Intervalle [0612, 3456]",
    "20120102 08:00",
    "2024-05-12T10:30:00",
    "le 20/10/2023 à 08h15",
    "¥1234567890",
    "₹ 9876543210",
    "$612345678",
    "ABC0612345678",
    "0612345678XYZ",
    "1 234 567 890 €",
    "06 12 34 56 78 90 12 34",
    "version 2.0.6.12.34.56.78",
    "IP 192.168.100.254",
    "coordonnées 48.8566, 2.3522",
    "code 4012 8888 8888 1881",
    "tracking 1Z999AA10123456784",
    "10:30-12:00 / 14:00-18:00",
    "2012-2014 / 2016-2018",
    "temps 1:23:45.678",
    "score 6-1 6-2 7-5 6-4",
    "1.234.567.890,00 €",
    "2012/01/02 08:00:00",
    "03/04/2020 10:11:12",
    "rate 3.14159265",
    "pi = 3.1415926535",
    "lat/lon 40.416775 -3.703790",
    "x0612345678",
    "ID0612345678",
    "dimensions 120x60x75",
    "0612345678km",
    "vol AF0612 345678",
    "colis 0612345678 )) (( 22",
    "prix 2 100 000 000 €",
    "série 12 34 56 78 90 12 34 56",
    "matricule 1 23 45 67 890 123 45",
    "isbn 0-306-40615-2",
    "GPS 43.296482, 5.369780",
    "modèle (0612 345",
    "n° 0612345678901234",
    "compteur 001234567 kWh",
    "le 01.02.2023 08.30",
    "SIRET 123 456 789 00012",
]


def test_figures_that_are_not_phone_numbers_stay_dark(text_screener) -> None:
    invented = []
    library_found = 0
    for region in ("FR", "GB", "ES"):
        for text in NOT_PHONES:
            ours = phones(screen_one(text_screener, text, region))
            library_found += bool(library(text, region))
            if ours:
                invented.append((region, text, ours))
    total = 3 * len(NOT_PHONES)
    print(
        f"\n  not phones: {len(invented)} of {total} read as a phone (libphonenumber's matcher: {library_found})"
    )
    for row in invented:
        print("      invented:", row)
    assert invented == []


GB_NUMBERS = [
    ("020 7946 0123", "+442079460123"),
    ("020-7946-0123", "+442079460123"),
    ("(020) 7946 0123", "+442079460123"),
    ("+44 (0)20 7946 0123", "+442079460123"),
    ("+44 20 7946 0123", "+442079460123"),
    ("0044 20 7946 0123", "+442079460123"),
    ("07700 900123", "+447700900123"),
    ("07911 123456", "+447911123456"),
    ("07911-123-456", "+447911123456"),
    ("+447911123456", "+447911123456"),
    ("0161 496 0000", "+441614960000"),
    ("0113 496 0000", "+441134960000"),
    ("0131 496 0000", "+441314960000"),
    ("01632 960001", "+441632960001"),
    ("0800 123 4567", "+448001234567"),
    ("0845 46 47", "+448454647"),  # a short non-geographic number
    ("0300 123 4567", "+443001234567"),
    ("029 2018 0000", "+442920180000"),
    ("028 9649 6000", "+442896496000"),
    ("01onefive", None),
]


@pytest.mark.parametrize(("text", "e164"), GB_NUMBERS)
def test_british_formats(text_screener, text, e164) -> None:
    found = phones(screen_one(text_screener, f"Ring me on {text} after six", "GB"))
    assert [n for _, n in found] == ([e164] if e164 else [])


REGIONS = ("FR", "ES", "BE", "GB", "DE", "IT", "PT", "MA", "NL", "CH", "US", "SG")
TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
FORMATS = (
    phonenumbers.PhoneNumberFormat.NATIONAL,
    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    phonenumbers.PhoneNumberFormat.E164,
)


def _numbers():
    """Valid numbers of several countries: libphonenumber's example numbers with their last
    digits changed, kept where libphonenumber still calls them valid."""

    @st.composite
    def build(draw):
        region = draw(st.sampled_from(REGIONS))
        kind = draw(st.sampled_from(TYPES))
        example = phonenumbers.example_number_for_type(region, kind)
        national = str(example.national_number)
        tail = draw(st.text("0123456789", min_size=3, max_size=3))
        candidate = phonenumbers.PhoneNumber(
            country_code=example.country_code, national_number=int(national[:-3] + tail)
        )
        if example.italian_leading_zero:
            candidate.italian_leading_zero = True
        return region, candidate

    return build()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=_numbers(), layout=st.sampled_from(FORMATS), separator=st.sampled_from([" ", ".", "-", "/"]))
def test_normalisation_agrees_with_libphonenumber(text_screener, case, layout, separator) -> None:
    region, number = case
    if not phonenumbers.is_valid_number(number):
        return
    written = phonenumbers.format_number(number, layout)
    if layout == phonenumbers.PhoneNumberFormat.NATIONAL and separator != " ":
        written = written.replace(" ", separator)
    text = f"Contact : {written} (le soir)"
    expected = phonenumbers.format_number(
        phonenumbers.parse(written, region), phonenumbers.PhoneNumberFormat.E164
    )
    assert [n for _, n in phones(screen_one(text_screener, text, region))] == [expected], text


@pytest.mark.parametrize(
    ("text", "region", "e164"),
    [
        ("0081-650-333-6000", "SG", "+16503336000"),  # 008 is an international prefix of Singapore
        ("001 1 650 253 0000", "SG", "+16502530000"),
        ("0033 6 12 34 56 78", "FR", "+33612345678"),
        ("011 33 6 12 34 56 78", "US", "+33612345678"),
        ("00 34 612 34 56 78", "GB", "+34612345678"),
    ],
)
def test_international_prefixes_are_read_for_the_region(text_screener, text, region, e164) -> None:
    assert [n for _, n in phones(screen_one(text_screener, text, region))] == [e164]
    assert library(text, region) == [e164]


MARKETS = ("FR", "ES", "BE", "GB")


@pytest.fixture(scope="module")
def market_screener() -> TextScreener:
    policy = default_policy()
    return TextScreener(Policy(policy.version, policy.terms, MARKETS))


@pytest.mark.parametrize(
    ("text", "e164", "market"),
    [
        ("Appelez 06 12 34 56 78", "+33612345678", "FR"),
        ("Llámame al 612 34 56 78", "+34612345678", "ES"),
        ("Ring 07911 123456", "+447911123456", "GB"),
        ("gsm 0470 12 34 56 of +32 470 12 34 57", "+33470123456", "FR"),
    ],
)
def test_without_a_country_national_numbers_are_read_in_the_markets(
    market_screener, text, e164, market
) -> None:
    found = [f for f in screen_one(market_screener, text, None) if f.kind == "phone"]
    if e164 is None:
        assert found == []
        return
    assert found[0].normalized == e164
    assert f"market {market}" in found[0].explanation


def test_a_number_with_its_country_code_needs_no_market(market_screener) -> None:
    [found] = [f for f in screen_one(market_screener, "+32 470 12 34 56", None) if f.kind == "phone"]
    assert found.normalized == "+32470123456" and "market" not in found.explanation


def test_without_markets_and_country_national_numbers_are_not_guessed() -> None:
    policy = default_policy()
    screener = TextScreener(Policy(policy.version, policy.terms, ()))
    assert phones(screen_one(screener, "Appelez 06 12 34 56 78", None)) == []
    assert phones(screen_one(screener, "+33 6 12 34 56 78", None)) == [("+33 6 12 34 56 78", "+33612345678")]


def test_the_shipped_policy_names_its_markets() -> None:
    assert default_policy().markets == MARKETS
