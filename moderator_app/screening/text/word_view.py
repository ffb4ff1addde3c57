"""The word view: the folded text as words joined by single spaces, ready for term matching.

Evasions undone here, on top of the character folding:
- leetspeak inside words (``v1agra``, ``c0ca!ne``, ``$exe``), with the substitutions recorded
  ("1" is also read as "l": ``pisto1et``);
- letters repeated three times or more (``viaaagra``) squeezed to one (the two-letter and the
  unsqueezed readings are also looked up, for terms such as ``beretta`` or ``xxx``);
- runs of single characters joined into one word: three or more when punctuation separates
  them (``v.i.a.g.r.a``, ``c.u.l``), four or more when only spaces do (``w e s t e r n``,
  ``a r m e``). Only single characters are joined, so two real words (``la rme``) never
  fuse into a term, and ``il y a 3 ans`` stays three words;
- a word split in two by a hyphen-like character (``via-gra``) is also looked up joined.

Words are maximal runs of letters and digits, so a term only matches whole words: ``cul``
never matches inside ``véhicule``. Separators between words (spaces, hyphens, line breaks,
punctuation) all become one space, which is what lets ``western-union`` match
``western union``.

Most listings need none of this: a feature scan (one small Aho-Corasick pass) sends plain text
down a fast path made of C-level string operations, and only texts with leetspeak "1",
repeated letters or spaced-out letters take the per-word path.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_right
from itertools import accumulate, repeat
from typing import NamedTuple

import ahocorasick

from moderator_app.screening.text.char_folding import fold_text

_WORD = r"[^\W_]"
_LEET_CHARS = r"[\d@$!|]"
# A word: letters and digits, with leet symbols inside; "@" and "$" may also end it (viagr@).
TOKEN_RE = re.compile(rf"(?:[@$!|](?={_WORD}))?{_WORD}+(?:[@$!|]+{_WORD}+)*(?:[@$](?!{_WORD}))?")


# fmt: off
LEET: dict[str, str] = {
    "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
    "@": "a", "$": "s", "!": "i", "|": "i",
}
# fmt: on

_LEET_RUN_RE = re.compile(
    rf"(?<=[^\W\d_]){_LEET_CHARS}+(?=[^\W\d_])"
    rf"|^{_LEET_CHARS}(?=[^\W\d_]{{2}})"
    rf"|(?<=[^\W\d_]{{2}}){_LEET_CHARS}$"
)
# Bounded repetition: a megabyte of one letter is squeezed in a few cheap passes instead of
# one long backreference match.
_TRIPLE_RE = re.compile(r"([^\W\d_])\1{2,64}")
_ONE_LIKE = frozenset("1|!")

# Single characters joined into a word: three when punctuation separates them (c.u.l),
# four when only spaces do (a r m e), so that "il y a 3 ans" is left alone.
MIN_JOINED_RUN = 3
MIN_SPACED_RUN = 4
_MAX_JOIN_GAP = 3


class Word(NamedTuple):
    """One word of the view: its normalised form and where it sits in the folded text."""

    norm: str
    base_start: int
    base_end: int
    notes: tuple[str, ...] = ()
    alternates: tuple[str, ...] = ()


def normalize_word(raw: str, squeeze: bool = True) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """Undo leetspeak and squeeze letter runs in one folded word.

    Returns ``(normalised, notes, alternates)``: notes are human-readable explanations such
    as ``"leetspeak 1→i"``; alternates are other plausible readings looked up as whole words.
    """
    notes: list[str] = []
    alternates: list[str] = []
    word = raw
    if not (raw.isalpha() or raw.isdigit()):
        substitutions: list[str] = []

        def _replace(match: re.Match[str]) -> str:
            run = match.group()
            if not all(c in LEET for c in run):
                return run
            for c in run:
                pair = f"{c}→{LEET[c]}"
                if pair not in substitutions:
                    substitutions.append(pair)
            return "".join(LEET[c] for c in run)

        word = _LEET_RUN_RE.sub(_replace, raw)
        if substitutions:
            notes.append("leetspeak " + ", ".join(substitutions))
            alternates.extend(_one_as_l_readings(raw, word))
    if squeeze and _TRIPLE_RE.search(word):
        alternates[:] = [_squeeze(a, r"\1") for a in alternates]  # the "1 as l" readings
        alternates.append(word)
        alternates.append(_squeeze(word, r"\1\1"))
        word = _squeeze(word, r"\1")
        notes.append("repeated letters")
    return word, tuple(notes), tuple(a for a in alternates if a != word)


def _squeeze(word: str, replacement: str) -> str:
    """Every run of three or more identical letters replaced (one or two letters kept)."""
    while _TRIPLE_RE.search(word):
        word = _TRIPLE_RE.sub(replacement, word)
    return word


_MAX_ONE_LIKE = 4


def _one_as_l_readings(raw: str, word: str) -> list[str]:
    """ "1", "|" and "!" read as "l" as often as "i" (pisto1et): every mix of the two readings
    for up to four such characters (the main reading, all "i", is ``word``)."""
    positions = [k for k, (a, b) in enumerate(zip(raw, word, strict=True)) if a in _ONE_LIKE and b == "i"]
    if not positions or len(positions) > _MAX_ONE_LIKE:
        return []
    readings = []
    for mask in range(1, 1 << len(positions)):
        chars = list(word)
        for bit, k in enumerate(positions):
            if mask >> bit & 1:
                chars[k] = "l"
        readings.append("".join(chars))
    return readings


def normalize_phrase(phrase: str) -> str:
    """The view of a policy term: folded words, leetspeak undone, joined by single spaces."""
    base, _ = fold_text(phrase)
    return " ".join(normalize_word(raw, squeeze=False)[0] for raw in TOKEN_RE.findall(base))


# Whole-text leetspeak undoing, for the fast path (same length: offsets are unchanged).
_LEET_TEXT_RE = re.compile(
    rf"(?<=[^\W\d_]){_LEET_CHARS}+(?=[^\W\d_])"
    rf"|(?<!\S){_LEET_CHARS}(?=[^\W\d_]{{2}})"
    rf"|(?<=[^\W\d_]{{2}}){_LEET_CHARS}(?!\S)"
)
_LEET_SYMBOLS = "@$!|"


# Two halves of one word split by a hyphen-like character (via-gra). Each match is
# only looked up as a whole word, never scanned.
_SPLIT_WORD_RE = re.compile(r"(?<![^\W_])([^\W\d_]{2,})[-*_·~]([^\W\d_]{2,})(?![^\W_])")


class _WordCharTable(dict):
    """``str.translate`` table: letters, digits and leet symbols stay, everything else is a space."""

    def __missing__(self, cp: int) -> str:
        ch = chr(cp)
        value = ch if (ch.isalnum() or ch in _LEET_SYMBOLS) and ch != "_" else " "
        self[cp] = value
        return value


_WORD_TABLE = _WordCharTable()
_NON_SPACE_RE = re.compile(r"\S+")
_LOOKUPS_BEFORE_INDEX = 4
_SYMBOLS_TO_SPACE = str.maketrans(_LEET_SYMBOLS, " " * len(_LEET_SYMBOLS))

# One automaton finds the features that need more than the fast path: letters touching
# digits or leet symbols (leetspeak), "1"-like symbols inside words, and triple letters.
_LEET, _ONE, _TRIPLE = "leet", "one", "triple"


def _feature_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for letter in string.ascii_lowercase:
        for symbol in LEET:
            flag = _ONE if symbol in _ONE_LIKE else _LEET
            automaton.add_word(letter + symbol, flag)
            automaton.add_word(symbol + letter, flag)
        automaton.add_word(letter * 3, _TRIPLE)
    automaton.make_automaton()
    return automaton


_FEATURES = _feature_automaton()
_THREE_SINGLES = b"\x01\x01\x01"
_FOUR_SINGLES = b"\x01\x01\x01\x01"
_PUNCTUATED_SINGLES_RE = re.compile(rf"(?<!{_WORD}){_WORD} ?[^\w\s] ?{_WORD} ?[^\w\s] ?{_WORD}(?!{_WORD})")


def _may_have_joinable_run(base: str, words: list[str]) -> bool:
    """Cheap test for `_complex_words`' joining rule: four single characters in a row, or
    three with punctuation between them (``il y a 3 ans`` stays on the fast path)."""
    lengths = bytes(map(min, map(len, words), repeat(2)))
    if _FOUR_SINGLES in lengths:
        return True
    return _THREE_SINGLES in lengths and _PUNCTUATED_SINGLES_RE.search(base) is not None


def _features(base: str) -> set[str]:
    """The features present; stops at the first one that forces the slow path."""
    found: set[str] = set()
    for _, flag in _FEATURES.iter(base):
        found.add(flag)
        if flag != _LEET:
            break
    return found


class WordView:
    """The folded text as a space-joined string of normalised words (see the module doc).

    Plain text (most listings) takes a fast path made of C-level string operations; word
    positions are then only worked out for the words a term actually matched.
    """

    __slots__ = ("base", "text", "_wtext", "_words", "_starts", "_plain", "_lookups", "_index")

    def __init__(self, base: str) -> None:
        self.base = base
        self._lookups = 0
        self._index: tuple[list[int], list[int]] | None = None
        features = _features(base)
        if _TRIPLE not in features and _ONE not in features:
            wtext = base.translate(_WORD_TABLE)
            if _LEET in features:
                wtext = _LEET_TEXT_RE.sub(_leet_replace, wtext)
            if "@" in wtext or "$" in wtext or "!" in wtext or "|" in wtext:
                wtext = wtext.translate(_SYMBOLS_TO_SPACE)
            plain = wtext.split()
            if not _may_have_joinable_run(base, plain):
                self._wtext = wtext
                self._plain = plain
                self.text = " ".join(plain)
                self._words: list[Word] | None = None
                self._starts: list[int] | None = None
                return
        self._wtext = None
        self._plain = None
        self._words = _complex_words(base, triples=bool(features))
        self.text = " ".join(w.norm for w in self._words)
        self._starts = _starts_of(self._words)

    def locate(self, start: int, end: int) -> tuple[int, int, int, int, tuple[str, ...]]:
        """For the view span ``[start, end)`` (whole words): ``(base_start, base_end,
        first_word, last_word, notes)``."""
        if self._words is None:
            index = self._fast_index()
            if index is None:
                first = self.text.count(" ", 0, start)
                last = first + self.text.count(" ", start, end)
            else:
                first = bisect_right(index[0], start) - 1
                last = bisect_right(index[0], end - 1) - 1
            base_start = self._word_start(first)
            base_end = self._word_start(last) + len(self._plain[last])
            return (
                base_start,
                base_end,
                first,
                last,
                _leet_notes(self.base, self._wtext, base_start, base_end),
            )
        assert self._starts is not None
        first = max(bisect_right(self._starts, start) - 1, 0)
        last = min(bisect_right(self._starts, end - 1) - 1, len(self._words) - 1)
        notes: list[str] = []
        for w in self._words[first : last + 1]:
            notes.extend(x for x in w.notes if x not in notes)
        return self._words[first].base_start, self._words[last].base_end, first, last, tuple(notes)

    def _fast_index(self) -> tuple[list[int], list[int]] | None:
        """Word positions for the fast path, built once the text has had a few matches.

        A handful of matches are located with C-level counting (cheapest for a normal
        listing); many matches (a hostile megabyte) need the index to stay linear.
        """
        if self._index is None:
            self._lookups += 1
            if self._lookups <= _LOOKUPS_BEFORE_INDEX:
                return None
            view_starts = [0, *accumulate(len(w) + 1 for w in self._plain)][:-1]
            base_starts = [m.start() for m in _NON_SPACE_RE.finditer(self._wtext)]
            self._index = (view_starts, base_starts)
        return self._index

    def _word_start(self, index: int) -> int:
        if self._index is not None:
            return self._index[1][index]
        wtext = self._wtext
        return len(wtext) - len(wtext.split(None, index)[-1])

    def word(self, index: int) -> str:
        """The normalised word at ``index``."""
        return self._plain[index] if self._words is None else self._words[index].norm

    def word_base_end(self, index: int) -> int:
        if self._words is None:
            self._fast_index()
            return self._word_start(index) + len(self._plain[index])
        return self._words[index].base_end

    def alternates(self):
        """Other plausible readings, looked up as whole words:
        ``(alternate, base_start, base_end, notes, word_index or None)``.

        - words with leetspeak "1" or repeated letters (slow path only);
        - two words split by a hyphen-like character (``via-gra``, ``money*gram``).
        """
        if self._words is not None:
            for index, word in enumerate(self._words):
                for alternate in word.alternates:
                    yield alternate, word.base_start, word.base_end, word.notes, index
        base = self.base
        if "-" in base or "*" in base or "_" in base or "·" in base or "~" in base:
            for m in _SPLIT_WORD_RE.finditer(base):
                joined, notes, _ = normalize_word(m.group(1) + m.group(2))
                yield joined, m.start(), m.end(), ("separators inside word", *notes), None

    def spans(self) -> list[tuple[int, int]]:
        """``(start, end)`` in the folded text of every word, in order."""
        if self._words is None:
            return [(m.start(), m.end()) for m in _NON_SPACE_RE.finditer(self._wtext)]
        return [(w.base_start, w.base_end) for w in self._words]

    def word_notes(self, index: int) -> tuple[str, ...]:
        return () if self._words is None else self._words[index].notes

    def word_span(self, index: int) -> tuple[int, int]:
        if self._words is None:
            start = self._word_start(index)
            return start, start + len(self._plain[index])
        return self._words[index].base_start, self._words[index].base_end


def _leet_replace(match: re.Match[str]) -> str:
    run = match.group()
    return "".join(LEET[c] for c in run) if all(c in LEET for c in run) else run


def _leet_notes(base: str, wtext: str, start: int, end: int) -> tuple[str, ...]:
    pairs: list[str] = []
    for original, read in zip(base[start:end], wtext[start:end], strict=True):
        if original in LEET and read == LEET[original]:
            pair = f"{original}→{read}"
            if pair not in pairs:
                pairs.append(pair)
    return ("leetspeak " + ", ".join(pairs),) if pairs else ()


def _starts_of(words: list[Word]) -> list[int]:
    starts = []
    position = 0
    for w in words:
        starts.append(position)
        position += len(w.norm) + 1
    return starts


def _complex_words(base: str, triples: bool) -> list[Word]:
    raw = [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(base)]
    words: list[Word] = []
    i = 0
    n = len(raw)
    while i < n:
        token, start, end = raw[i]
        if len(token) == 1:
            j, separator = _single_char_run_end(base, raw, i)
            if j - i >= (MIN_JOINED_RUN if separator else MIN_SPACED_RUN):
                joined = "".join(r[0] for r in raw[i:j])
                norm, notes, alternates = normalize_word(joined)
                words.append(Word(norm, start, raw[j - 1][2], ("separators inside word", *notes), alternates))
                i = j
                continue
        if token.isalpha() and not (triples and _TRIPLE_RE.search(token)):
            words.append(Word(token, start, end))
        else:
            norm, notes, alternates = normalize_word(token)
            words.append(Word(norm, start, end, notes, alternates))
        i += 1
    return words


def _single_char_run_end(base: str, raw: list[tuple[str, int, int]], i: int) -> tuple[int, str]:
    """End (exclusive) of the run of single-character words starting at ``i``.

    Consecutive characters must be separated by the same short separator (ignoring
    spaces), without a line break: ``à v.i.a.g.r.a`` joins ``v..a`` only. Returns the end
    and the separator ("" when only spaces separate the characters).
    """
    j = i + 1
    separator: str | None = None
    while j < len(raw) and len(raw[j][0]) == 1:
        gap = base[raw[j - 1][2] : raw[j][1]]
        if len(gap) > _MAX_JOIN_GAP or "\n" in gap:
            break
        kind = gap.replace(" ", "")
        if separator is None:
            separator = kind
        elif kind != separator:
            break
        j += 1
    return j, separator or ""
