"""Arbitrary and hostile input: screening never raises and offsets always hold."""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderator_app.screening.text import TextScreener, default_policy
from moderator_app.screening.text.char_folding import OffsetMap, fold_text
from tests.screening.text_helpers import CONTRACT_KEYS

_SCREENER = TextScreener(default_policy())

# Characters that stress the folding: invisibles, bidi controls, combining marks, homoglyphs,
# fullwidth and circled digits, surrogates, separators and the letters of real terms.
_TRICKY = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    "\u0301\u0308\u0336\u0489\u20e3\ufe0f\u034f"
    "аеорсіοαι０１２６９①⑥⓪❶ＡＶ"
    "ß\u0130ﬁœæ\ud800\udfff\x00\x07\r\n\t .-_*·|/@$!€"
    "viagrcoinepstlwu0123456789"
)


def _check(fields: dict[str, str], country: str | None = "FR") -> None:
    findings = _SCREENER.screen(fields, country)
    for f in findings:
        value = fields[f.field]
        assert 0 <= f.start < f.end <= len(value)
        assert f.text == value[f.start : f.end]
        assert set(f.to_json()) == CONTRACT_KEYS


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec=None, blacklist_categories=()), max_size=300))
def test_arbitrary_unicode_never_raises_and_offsets_hold(text: str) -> None:
    _check({"description": text})


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_TRICKY), max_size=200), st.sampled_from(["FR", "ES", "GB", None]))
def test_tricky_characters_never_raise(text: str, country: str | None) -> None:
    _check({"title": text, "description": text[::-1]}, country)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "viagra",
                "v1agra",
                "06 12 34 56 78",
                "jean [at] mail [dot] com",
                "whatsapp",
                "\u200b",
                "FR76 3000 6000 0112 3456 7890 189",
                "a r m e",
                "zéro six",
                "\u202e",
                " ",
                "-",
                "cul",
                "particulier",
            ]
        ),
        max_size=30,
    )
)
def test_mixtures_of_findings_keep_exact_offsets(parts: list[str]) -> None:
    _check({"description": "".join(parts)})


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_offset_map_points_inside_the_text(text: str) -> None:
    base, index_map = fold_text(text)
    offsets = OffsetMap(text, index_map)
    for start in range(0, len(base), 7):
        o_start, o_end = offsets.span(start, min(start + 3, len(base)))
        assert 0 <= o_start < o_end <= len(text)


def _hostile_inputs() -> dict[str, str]:
    rng = random.Random(1)
    words = [
        "vends",
        "armoire",
        "véhicule",
        "particulier",
        "v1agra",
        "06",
        "12",
        "34",
        "56",
        "78",
        "jean@mail.com",
        "très",
        "bon",
        "état",
    ]
    realistic = " ".join(rng.choice(words) for _ in range(200_000))[:1_000_000]
    return {
        "1 MB realistic": realistic,
        "1 MB one letter": "a" * 1_000_000,
        "1 MB one digit": "0" * 1_000_000,
        "spaced single letters": "a " * 200_000,
        "spaced digits": "1 " * 200_000,
        "lone surrogates": "\ud800\udc00\udfff" * 30_000 + "viagra" + "\udbff" * 1000,
        "control characters": "".join(chr(c) for c in range(32)) * 10_000,
        "RTL overrides": ("\u202eanigav\u202c \u2067viagra\u2069 " * 20_000),
        "zalgo": "".join(c + "\u0301\u0336\u0489\u0300" * 8 for c in "viagra cocaïne " * 5_000),
        "at and dots": "a [at] b [dot] " * 30_000,
        "plus and digits": "+" + "1" * 100_000,
        "long url": "https://" + "a" * 500_000,
        "long email": "a" * 300_000 + "@" + "b" * 300_000 + ".com",
        "iban-like": "FR76 " + "1234 " * 100_000,
        "spelled digits": "zéro six douze " * 30_000,
    }


@pytest.mark.slow
@pytest.mark.parametrize("name", list(_hostile_inputs()))
def test_hostile_input_does_not_crash(name: str) -> None:
    text = _hostile_inputs()[name]
    findings = _SCREENER.screen({"description": text}, "FR")
    for f in findings[:2000]:
        assert f.text == text[f.start : f.end]


def test_rtl_override_inside_a_term_is_still_found() -> None:
    text = "vi\u202eagra"
    (finding,) = [f for f in _SCREENER.screen({"d": text}, "FR") if f.kind == "banned_term"]
    assert finding.text == text


def test_term_inside_zalgo_is_found_with_its_marks() -> None:
    text = "".join(c + "\u0336\u0301" for c in "viagra")
    (finding,) = [f for f in _SCREENER.screen({"d": text}, "FR") if f.kind == "banned_term"]
    assert finding.text == text  # the trailing marks belong to the last letter


def test_random_ascii_soup_never_raises() -> None:
    rng = random.Random(9)
    alphabet = string.printable
    for _ in range(200):
        _check({"description": "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 400)))})
