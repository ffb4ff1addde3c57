"""Character-level folding with an offset map back to the original text.

`fold_text(text)` returns a *base* string in which every character has been
- NFKC-normalised (fullwidth, mathematical and circled forms become plain),
- case-folded, stripped of accents, and read as Latin where it is a look-alike of a Latin
  letter (the Unicode confusables and Latin letter forms: `confusables.latin_reading`),
- with decimal digits of every script turned into ASCII digits,
- with invisible characters (zero-width, bidi controls, soft hyphen, variation selectors,
  combining marks such as zalgo stacks) removed, and
- with other control characters, lone surrogates and Unicode spaces turned into a space.

Most listings fold one character to one character, so the common case is a single
``str.translate`` with no offset map at all; the per-character loop only runs when a
character was removed or expanded.
"""

from __future__ import annotations

import unicodedata

from moderator_app.screening.text.confusables import DINGBAT_DIGITS, LATIN_EXPANSIONS, latin_reading

_DELETE = "\x00"  # marker: the character disappears
_EXPAND = "\x01"  # marker: the character becomes several characters (see _EXPANSIONS)

# Invisible letters that are not in a "format" or "mark" category.
_INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def fold_char(ch: str) -> str:
    """The folded form of one character ('' when it is invisible)."""
    cp = ord(ch)
    if 0xD800 <= cp <= 0xDFFF:
        return " "
    if ch in "\n\r":
        return "\n"
    category = unicodedata.category(ch)
    if category == "Cc":
        return " "
    if category in ("Cf", "Mn", "Me") or ch in _INVISIBLE_LETTERS:
        return ""
    if category in ("Zs", "Zl", "Zp"):
        return "\n" if category != "Zs" else " "
    if ch in DINGBAT_DIGITS:
        return DINGBAT_DIGITS[ch]
    digit = unicodedata.decimal(ch, None)
    if digit is not None:
        return str(digit)
    # The lower-case form first: a capital I look-alike reads as "l" in UTS #39 (I and l share
    # a prototype), its lower case as "i".
    lower = ch.casefold()
    latin = (latin_reading(lower) if len(lower) == 1 else None) or latin_reading(ch)
    if latin is not None:
        return latin
    folded = unicodedata.normalize("NFKC", ch).casefold()
    folded = unicodedata.normalize("NFD", folded)
    out = []
    for c in folded:
        if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
            continue
        c = latin_reading(c) or c
        for part in LATIN_EXPANSIONS.get(c, c):
            d = unicodedata.decimal(part, None)
            out.append(str(d) if d is not None and not part.isascii() else part)
    return "".join(out)


class _FoldTable(dict):
    """A lazily filled ``str.translate`` table: code point -> one-character string or marker."""

    def __missing__(self, cp: int) -> str:
        folded = fold_char(chr(cp))
        if len(folded) == 1:
            value = folded
        elif not folded:
            value = _DELETE
        else:
            _EXPANSIONS[cp] = folded
            value = _EXPAND
        self[cp] = value
        return value


_EXPANSIONS: dict[int, str] = {}
_TABLE = _FoldTable()


def fold_text(text: str) -> tuple[str, list[int] | None]:
    """Fold ``text``; return ``(base, index_map)``.

    ``index_map[i]`` is the index in ``text`` of the character that produced ``base[i]``;
    it is ``None`` when folding kept every index (``base[i]`` comes from ``text[i]``).
    """
    translated = text.translate(_TABLE)
    if _DELETE not in translated and _EXPAND not in translated:
        return translated, None
    chars: list[str] = []
    index_map: list[int] = []
    for i, c in enumerate(translated):
        if c == _DELETE:
            continue
        if c == _EXPAND:
            expansion = _EXPANSIONS[ord(text[i])]
            chars.append(expansion)
            index_map.extend([i] * len(expansion))
        else:
            chars.append(c)
            index_map.append(i)
    return "".join(chars), index_map


def is_invisible(ch: str) -> bool:
    """True when folding removes ``ch`` entirely (zero-width, bidi control, combining mark...)."""
    return _TABLE[ord(ch)] == _DELETE


class OffsetMap:
    """Maps spans of the folded text back to spans of the original text."""

    __slots__ = ("_text", "_map")

    def __init__(self, text: str, index_map: list[int] | None) -> None:
        self._text = text
        self._map = index_map

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` for the folded span ``[start, end)`` (``end > start``).

        The end is extended over invisible characters that trail the last character
        (accents typed as combining marks, zalgo stacks, a keycap's U+20E3) so the highlight
        covers what the reader sees as one letter.
        """
        if self._map is None:
            o_start, o_end = start, end
        else:
            o_start = self._map[start]
            o_end = self._map[end - 1] + 1
        text = self._text
        n = len(text)
        while o_end < n and _is_trailing_mark(text[o_end]):
            o_end += 1
        return o_start, o_end

    def original_index(self, i: int) -> int:
        return i if self._map is None else self._map[i]


def _is_trailing_mark(ch: str) -> bool:
    cp = ord(ch)
    if 0xD800 <= cp <= 0xDFFF:
        return False
    return unicodedata.category(ch) in ("Mn", "Me") or 0xFE00 <= cp <= 0xFE0F
