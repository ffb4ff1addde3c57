"""Words written with masks, symbols and digits: ``f*ck``, ``a$$``, ``$#!+``, ``h€roin``, ``7175``.

A *symbolic token* is a run of non-space characters that holds at least one symbol or digit.
Each of its characters becomes a set of letters it can stand for (``$`` → s, ``1`` → i or l,
``€`` → e, ``|<`` → k), and a mask (``*``, ``_``, ``#``, ``?``, ``•``) stands for any one
letter. The token is then looked up as a whole word among the policy's keys of the same length
(one regular expression over the newline-joined keys, so a lookup costs one C-level scan).

Guards that keep ordinary text dark:
- at least two characters must be plain letters; or one, with symbols and no digit (``a$$``);
  or none, with symbols alone (``@$$``, ``$#!+``) or digits alone read as a key of four letters
  or more (``7175``);
- masks may stand for at most half of the letters, and never for the first and last together;
- a token of digits alone is read only when it is not an amount, a measure or part of a longer
  figure (``8008 €``, ``8 008``, ``8008 km`` stay numbers);
- a lookup that fits more than `MAX_READINGS` keys is too ambiguous to report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

MASKS = frozenset("*_#?•")
# What each symbol or digit can stand for (a mask also stands for any letter).
READINGS: dict[str, str] = {
    "0": "o", "1": "il", "2": "z", "3": "e", "4": "a", "5": "s", "6": "gb", "7": "t", "8": "b",
    "9": "g", "@": "ao", "$": "s", "!": "il", "|": "il", "+": "t", "#": "h", "€": "e", "£": "l",
    "¢": "c", "©": "c", "®": "r", "(": "c", "<": "c", "[": "c", "{": "c", "¥": "y", "%": "x",
    "&": "e", "ß": "b",
}  # fmt: skip
# Several characters drawing one letter, longest first.
SEQUENCES: tuple[tuple[str, str], ...] = (
    ("|\\/|", "m"), ("/\\/\\", "m"), ("|\\|", "n"), ("|-|", "h"), ("]-[", "h"), ("}{", "h"),
    ("|<", "k"), ("|{", "k"), ("/\\", "a"), ("\\/", "v"), ("\\/\\/", "w"), ("()", "o"),
    ("[]", "o"), ("<>", "o"), ("|)", "d"), ("|]", "d"), ("|3", "b"), ("|2", "r"), ("|_", "l"),
    ("><", "x"), ("vv", "w"),
)  # fmt: skip
_LONGEST_FIRST = tuple(sorted(SEQUENCES, key=lambda item: -len(item[0])))
_SEQUENCE_STARTS = frozenset(s[0] for s, _ in SEQUENCES)
_SYMBOLS = "".join(sorted(set(READINGS) | MASKS | {c for s, _ in SEQUENCES for c in s} - set("0123456789v")))

MAX_READINGS = 2
MAX_TOKEN = 40
MIN_ALL_SYMBOL_KEY = 4

# A token starts after a space (or the start) and holds a symbol or a digit somewhere.
_CANDIDATE_RE = re.compile(
    r"(?<!\S)(?=[^\s]*[" + re.escape(_SYMBOLS) + r"0-9])[^\s]{2," + str(MAX_TOKEN) + r"}(?!\S)"
)
_EDGE_PUNCTUATION = ".,;:!?\"'«»“”‘’)(]["
_NUMBER_CONTEXT_BEFORE_RE = re.compile(r"(?:[€$£]|prix|price|precio|tel|ref|n°|no)\W{0,3}$")
_NUMBER_CONTEXT_AFTER_RE = re.compile(
    r"^\s?(?:[€$£%]|eur|euros?|km|kms|cm|mm|m|kg|g|go|gb|ans|years|h)\b|^\s?\d"
)


class SymbolHit(NamedTuple):
    """A symbolic token read as one key; ``start``/``end`` index the folded text."""

    key: str
    start: int
    end: int
    notes: tuple[str, ...]


class SymbolReader:
    """Reads symbolic tokens as the keys of one term matcher (built once, read-only)."""

    def __init__(self, keys: Iterable[str]) -> None:
        by_length: dict[int, list[str]] = {}
        for key in keys:
            if key.isalpha() and key.isascii():
                by_length.setdefault(len(key), []).append(key)
        self._keys = {length: "\n".join(sorted(words)) for length, words in by_length.items()}
        self._cache: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def hits(self, base: str) -> list[SymbolHit]:
        """Every symbolic token of ``base`` that reads as a key."""
        found: list[SymbolHit] = []
        for m in _CANDIDATE_RE.finditer(base):
            raw = m.group()
            left = len(raw) - len(raw.lstrip(_EDGE_PUNCTUATION))
            token = raw.strip(_EDGE_PUNCTUATION) or raw
            if len(token) < 2 or token.isalpha():
                continue
            start = m.start() + left
            end = start + len(token)
            if token.isdigit() and not _digits_may_be_letters(base, start, end):
                continue
            keys, notes = self._read(token)
            for key in keys:
                found.append(SymbolHit(key, start, end, notes))
        return found

    def _read(self, token: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        cached = self._cache.get(token)
        if cached is None:
            cached = self._lookup(token)
            if len(self._cache) > 4096:
                self._cache.clear()
            self._cache[token] = cached
        return cached

    def _lookup(self, token: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        parts = _parts(token)
        if parts is None:
            return (), ()
        keys = self._keys.get(len(parts))
        if keys is None:
            return (), ()
        literal = sum(1 for _, kind in parts if kind == _LITERAL)
        masks = sum(1 for _, kind in parts if kind == _MASK)
        digits = any(c.isdigit() for c in token)
        if literal == 0:
            if masks or len(parts) < (MIN_ALL_SYMBOL_KEY if digits else 3):
                return (), ()
        elif literal < 2 and (digits or len(parts) < 3):
            return (), ()
        if masks * 2 > len(parts) or (parts[0][1] == _MASK and parts[-1][1] == _MASK):
            return (), ()
        pattern = "".join(letters for letters, _ in parts)
        matches = re.findall(f"^{pattern}$", keys, re.MULTILINE)
        if not matches or len(matches) > MAX_READINGS:
            return (), ()
        return tuple(matches), _notes(token)


_LITERAL, _READ, _MASK = 0, 1, 2
_ANY_LETTER = "[a-z]"


def _parts(token: str) -> list[tuple[str, int]] | None:
    """The token as (regex class, kind) per drawn letter; None if a character can stand for no
    letter at all (a slash between two figures, a comma)."""
    parts: list[tuple[str, int]] = []
    i = 0
    n = len(token)
    while i < n:
        c = token[i]
        if c in _SEQUENCE_STARTS:
            found = next((item for item in _LONGEST_FIRST if token.startswith(item[0], i)), None)
            if found is not None:
                parts.append((found[1], _READ))
                i += len(found[0])
                continue
        if "a" <= c <= "z":
            parts.append((c, _LITERAL))
        elif c in MASKS and 0 < i < n - 1:
            # "#" is a mask or an h ($#!+); either way any letter fits.
            parts.append((_ANY_LETTER, _MASK if c != "#" else _READ))
        elif c in READINGS:
            letters = READINGS[c]
            parts.append((letters if len(letters) == 1 else f"[{letters}]", _READ))
        else:
            return None
        i += 1
    return parts


def _notes(token: str) -> tuple[str, ...]:
    notes = []
    inner = token[1:-1]
    if any(c in MASKS for c in inner):
        notes.append("masked letters (" + "".join(sorted({c for c in inner if c in MASKS})) + ")")
    symbols = sorted({c for c in token if c in READINGS and not c.isdigit() and c not in MASKS})
    if symbols:
        notes.append("symbols read as letters (" + ", ".join(f"{c}→{READINGS[c][0]}" for c in symbols) + ")")
    if any(c.isdigit() for c in token):
        notes.append("digits read as letters")
    if any(token.find(s) >= 0 for s, _ in SEQUENCES if not s.isalpha()):
        notes.append("letters drawn with several symbols")
    return tuple(notes)


def _digits_may_be_letters(base: str, start: int, end: int) -> bool:
    """A run of digits reads as letters only where it cannot be an amount or a measure."""
    if end - start < MIN_ALL_SYMBOL_KEY:
        return False
    before = base[max(0, start - 12) : start]
    after = base[end : end + 8]
    if before.rstrip().endswith(tuple("0123456789")) or _NUMBER_CONTEXT_BEFORE_RE.search(before):
        return False
    return not _NUMBER_CONTEXT_AFTER_RE.search(after)
