"""Digits written as words in French, Spanish and English.

``zéro six douze trente-quatre cinquante-six soixante-dix-huit`` -> ``0612345678``;
``seis uno dos tres…``; ``oh seven seven double oh…``. Runs may mix words and digit groups
(``06 douze 34 56 78``). The text is the folded text, so accents and case are already gone.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# fmt: off
UNITS = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9,
    "cero": 0, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9,
    "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9,
}
# fmt: on

# fmt: off
TEENS = {
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiun": 21,
    "veintidos": 22, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26,
    "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
# fmt: on

# fmt: off
TENS = {
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "septante": 70, "octante": 80, "huitante": 80, "nonante": 90,
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
    "noventa": 90,
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# fmt: on

# fmt: off
HUNDREDS = {
    "cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300,
    "trescientas": 300, "cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500,
    "quinientas": 500, "seiscientos": 600, "seiscientas": 600, "setecientos": 700,
    "setecientas": 700, "ochocientos": 800, "ochocientas": 800, "novecientos": 900,
    "novecientas": 900,
}
# fmt: on

REPEATS = {"double": 2, "doble": 2, "triple": 3}
CONNECTORS = frozenset({"et", "y", "and"})
PLUS_WORDS = frozenset({"plus", "mas"})

NUMBER_WORDS = frozenset(UNITS) | frozenset(TEENS) | frozenset(TENS) | frozenset(HUNDREDS)
_RUN_WORDS = NUMBER_WORDS | frozenset(REPEATS) | CONNECTORS | PLUS_WORDS

# fmt: off
_LANGUAGE_WORDS = {
    "fr": frozenset(
        [
            "zero", "un", "une", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix",
            "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente",
            "quarante", "cinquante", "soixante", "septante", "octante", "huitante", "nonante"
        ]
    ),
    "es": frozenset(
        [
            "cero", "uno", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho",
            "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciseis",
            "diecisiete", "dieciocho", "diecinueve", "veinte", "treinta", "cuarenta", "cincuenta",
            "sesenta", "setenta", "ochenta", "noventa", "doble"
        ]
    )
    | frozenset(HUNDREDS)
    | frozenset(w for w in TEENS if w.startswith("veinti")),
    "en": frozenset(
        [
            "oh", "one", "two", "three", "four", "five", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy",
            "eighty", "ninety", "double", "triple"
        ]
    ),
}
# fmt: on


_TOKEN_RE = re.compile(r"[a-z]+|\d+")
_MAX_GAP = 4
MIN_NUMBER_WORDS = 3


class SpelledNumber(NamedTuple):
    base_start: int
    base_end: int
    digits: str  # may start with "+"
    language: str


def might_contain_spelled_digits(words: list[str]) -> bool:
    """Cheap pre-check on the folded words: are there enough distinct number words?"""
    return len(NUMBER_WORDS.intersection(words)) >= 2


def find_spelled_numbers(base: str) -> list[SpelledNumber]:
    """Runs of number words (and digit groups) that spell at least 8 digits."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(base)]
    found: list[SpelledNumber] = []
    i = 0
    while i < len(tokens):
        if not _is_run_token(tokens[i][0]):
            i += 1
            continue
        j = i + 1
        while (
            j < len(tokens) and _is_run_token(tokens[j][0]) and _gap_ok(base, tokens[j - 1][2], tokens[j][1])
        ):
            j += 1
        run = tokens[i:j]
        while run and run[-1][0] in CONNECTORS | PLUS_WORDS | frozenset(REPEATS):
            run.pop()
        words = [t for t, _, _ in run]
        if sum(1 for w in words if w in NUMBER_WORDS) >= MIN_NUMBER_WORDS:
            digits = _parse(words)
            if len(digits.lstrip("+")) >= 8:
                found.append(SpelledNumber(run[0][1], run[-1][2], digits, _language(words)))
        i = j
    return found


def _is_run_token(token: str) -> bool:
    return token in _RUN_WORDS or token.isdigit()


def _gap_ok(base: str, end: int, start: int) -> bool:
    gap = base[end:start]
    return len(gap) <= _MAX_GAP and "\n" not in gap and all(not c.isalnum() for c in gap)


def _parse(words: list[str]) -> str:
    """Concatenate the values of the spoken numbers (each written in full: 12 -> "12")."""
    out: list[str] = []
    i = 0
    n = len(words)
    if n and words[0] in PLUS_WORDS:
        out.append("+")
        i = 1

    def at(k: int) -> str:
        return words[k] if k < n else ""

    while i < n:
        w = words[i]
        if w.isdigit():
            out.append(w)
            i += 1
        elif w in REPEATS and at(i + 1) in UNITS:
            out.append(str(UNITS[at(i + 1)]) * REPEATS[w])
            i += 2
        elif w in HUNDREDS:
            value, i = HUNDREDS[w], i + 1
            rest, i = _tens_and_units(words, i, allow_teens=True)
            out.append(str(value + (rest or 0)))
        elif w == "quatre" and at(i + 1) in ("vingt", "vingts"):
            value, i = 80, i + 2
            rest, i = _teen_or_unit(words, i)
            out.append(str(value + (rest or 0)))
        else:
            value, i2 = _tens_and_units(words, i, allow_teens=True)
            if value is None:
                i += 1  # a connector or a stray "double" with nothing to repeat
                continue
            out.append(str(value))
            i = i2
    return "".join(out)


def _tens_and_units(words: list[str], i: int, allow_teens: bool) -> tuple[int | None, int]:
    n = len(words)
    if i >= n:
        return None, i
    w = words[i]
    if w in TENS:
        value = TENS[w]
        i += 1
        if (
            i < n
            and words[i] in CONNECTORS
            and i + 1 < n
            and (words[i + 1] in UNITS or words[i + 1] == "onze")
        ):
            i += 1
        if value in (60, 80) or (value == 20 and i < n and words[i] in ("et",)):
            rest, i = _teen_or_unit(words, i)
            return value + (rest or 0), i
        if i < n and words[i] in UNITS and UNITS[words[i]] > 0:
            return value + UNITS[words[i]], i + 1
        return value, i
    if allow_teens and w in TEENS:
        if w == "dix" and i + 1 < n and words[i + 1] in ("sept", "huit", "neuf"):
            return 10 + UNITS[words[i + 1]], i + 2
        return TEENS[w], i + 1
    if w in UNITS:
        return UNITS[w], i + 1
    return None, i


def _teen_or_unit(words: list[str], i: int) -> tuple[int | None, int]:
    """After soixante / quatre-vingt: dix..dix-neuf, onze..seize, or a unit 1-9."""
    n = len(words)
    if i < n and words[i] in CONNECTORS:
        i += 1
    if i >= n:
        return None, i
    w = words[i]
    if w == "dix" and i + 1 < n and words[i + 1] in ("sept", "huit", "neuf"):
        return 10 + UNITS[words[i + 1]], i + 2
    if w in TEENS and TEENS[w] < 20:
        return TEENS[w], i + 1
    if w in UNITS and UNITS[w] > 0:
        return UNITS[w], i + 1
    return None, i


def _language(words: list[str]) -> str:
    scores = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _LANGUAGE_WORDS.items()}
    return max(scores, key=lambda lang: (scores[lang], lang == "fr"))
