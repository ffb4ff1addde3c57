"""Characters that are read as Latin letters: the Unicode confusables, plus Latin letter forms.

``latin_reading(ch)`` gives the lower-case ASCII letter a reader sees in ``ch``, or None. Three
sources, all derived from Unicode data rather than listed by hand:

1. **UTS #39 confusables** (``confusables.txt``, read through the maintained
   ``confusable-homoglyphs`` package): every character whose prototype is an ASCII letter, in
   any script (Cyrillic, Greek, Cherokee, Coptic, Lisu, Canadian syllabics, mathematical
   alphabets, letter-like symbols, ``ǀ`` for ``l``...). Characters of right-to-left scripts
   (Arabic, Hebrew, N'Ko) are left out: inside a Latin word they would reorder the display, and
   in Arabic or Hebrew text they are simply letters of the language. A letter whose prototype is
   a digit (Cyrillic ``З`` for ``3``) is left alone too: read as a digit it would turn Cyrillic
   words into numbers.
2. **Latin letter forms by name**: characters whose Unicode name says they are a Latin letter
   drawn differently — small capitals (``ᴠɪᴀɢʀᴀ``), letters with a hook, stroke or bar
   (``ɗ``, ``ɵ``), open or dotless letters, regional indicator letters (``🇻``), negative
   circled and squared letters (``🅥``, ``🆅``), parenthesized letters (``⒱``). Turned,
   reversed and inverted letters are not read as their base letter.
3. A few lower-case letters whose look-alike is not their capital's (Cyrillic ``п`` reads as
   ``n`` while ``П`` does not; Greek ``η`` as ``n``, ``μ`` as ``u``): UTS #39 maps the capital's
   shape, and ``SUPPLEMENT`` records the lower-case reading.

The table is built once, on first use (about 30 ms).
"""

from __future__ import annotations

import re
import string
import threading
import unicodedata

# Lower-case letters read differently from their capitals (see the module doc, point 3).
SUPPLEMENT: dict[str, str] = {
    "б": "b", "п": "n", "ҡ": "k", "ӏ": "l", "η": "n", "μ": "u", "ω": "w", "ς": "c", "ϲ": "c",
    "ք": "p", "ɒ": "a",
}  # fmt: skip

# Letters that Unicode does not decompose but that readers treat as two Latin letters
# or as the bare Latin letter.
# fmt: off
LATIN_EXPANSIONS: dict[str, str] = {
    "œ": "oe", "æ": "ae", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "ħ": "h", "þ": "th",
    "ŧ": "t", "ƀ": "b", "ƒ": "f",
}
# fmt: on


# Dingbat digits that NFKC leaves alone (negative circled, sans-serif circled).
DINGBAT_DIGITS: dict[str, str] = {}
for _base, _start in ((0x2776, 1), (0x2780, 1), (0x278A, 1)):
    for _i in range(10):
        DINGBAT_DIGITS[chr(_base + _i)] = str(_start + _i)
DINGBAT_DIGITS.update({"⓿": "0", "🄋": "0", "🄌": "0"})
for _i in range(10):
    DINGBAT_DIGITS[chr(0x24F5 + _i)] = str(1 + _i)  # double circled ⓵..⓾

_LETTER_FORM_RE = re.compile(
    r"^(?:LATIN (?:SMALL |CAPITAL )?LETTER (?:SMALL CAPITAL |OPEN |DOTLESS |BARRED |SCRIPT |LONG )?"
    r"([A-Z])(?: WITH (?:HOOK|STROKE|BAR|MIDDLE TILDE|TAIL|CURL|RETROFLEX HOOK|PALATAL HOOK|LONG LEG|TOPBAR)"
    r"(?: AND [A-Z ]+)?)?"
    r"|REGIONAL INDICATOR SYMBOL LETTER ([A-Z])"
    r"|(?:NEGATIVE )?(?:CIRCLED|SQUARED|PARENTHESIZED) LATIN (?:SMALL|CAPITAL) LETTER ([A-Z])"
    r"|NEGATIVE SQUARED LATIN CAPITAL LETTER ([A-Z]))$"
)
# Blocks scanned for letter forms: IPA and Latin extensions, phonetic extensions, enclosed
# alphanumerics and their supplement (regional indicators live there).
_LETTER_FORM_RANGES = (
    (0x0180, 0x02AF),
    (0x1D00, 0x1DBF),
    (0x2460, 0x24FF),
    (0xA720, 0xA7FF),
    (0x1F100, 0x1F1FF),
)

_lock = threading.Lock()
_table: dict[str, str] | None = None
_scripts: dict[str, str] = {}


def latin_reading(ch: str) -> str | None:
    """The lower-case ASCII letter that ``ch`` is read as, or None (ASCII itself is never mapped)."""
    table = _table if _table is not None else _build()
    return table.get(ch)


def script_of(ch: str) -> str:
    """A short name of the script or form a look-alike came from (``Cherokee``,
    ``mathematical``, ``small capital``...), for explanations."""
    if _table is None:
        _build()
    return _scripts.get(ch, "")


def _build() -> dict[str, str]:
    global _table
    with _lock:
        if _table is None:
            table: dict[str, str] = {}
            _add_confusables(table)
            _add_letter_forms(table)
            for source, letter in SUPPLEMENT.items():
                table[source] = letter
                _scripts.setdefault(source, _script_name(source))
            _table = table
    return _table


def _add_confusables(table: dict[str, str]) -> None:
    from confusable_homoglyphs.confusables import confusables_data

    for prototype in string.ascii_letters:
        for entry in confusables_data.get(prototype, ()):
            # The data wraps right-to-left characters in LRM marks; they are not part of them.
            source = entry["c"].replace("\u200e", "").replace("\u200f", "")
            if len(source) != 1 or source.isascii() or _is_rtl(source):
                continue
            letter = prototype.lower()
            for form in {source, source.casefold(), unicodedata.normalize("NFKC", source).casefold()}:
                if len(form) == 1 and not form.isascii() and not _is_rtl(form):
                    table.setdefault(form, letter)
                    _scripts.setdefault(form, _script_name(source))


def _add_letter_forms(table: dict[str, str]) -> None:
    for first, last in _LETTER_FORM_RANGES:
        for cp in range(first, last + 1):
            ch = chr(cp)
            name = unicodedata.name(ch, "")
            if not name or any(word in name for word in ("TURNED", "REVERSED", "INVERTED", "ROTATED")):
                continue
            m = _LETTER_FORM_RE.match(name)
            if m:
                table[ch] = next(g for g in m.groups() if g).lower()
                _scripts.setdefault(ch, _script_name(ch))


def _is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


_SCRIPT_WORDS = {
    "MATHEMATICAL": "mathematical",
    "LATIN": "Latin letter form",
    "REGIONAL": "regional indicator",
    "NEGATIVE": "enclosed",
    "CIRCLED": "enclosed",
    "SQUARED": "enclosed",
    "PARENTHESIZED": "enclosed",
    "DOUBLE-STRUCK": "mathematical",
    "SCRIPT": "letter-like symbol",
    "BLACK-LETTER": "letter-like symbol",
    "CANADIAN": "Canadian syllabics",
}


def _script_name(ch: str) -> str:
    word = unicodedata.name(ch, "UNKNOWN").split()[0]
    if "SMALL CAPITAL" in unicodedata.name(ch, ""):
        return "small capital"
    return _SCRIPT_WORDS.get(word, word.capitalize())
