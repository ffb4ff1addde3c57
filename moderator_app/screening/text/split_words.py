"""Policy words split by a space or glued to their neighbours: ``vi agra``, ``thef uck``,
``F u ckthis``, ``vendsviagra``.

The words of the listing are read without the spaces between them, and a substring automaton
finds the policy keys (four letters or more) in that run. A key found that way is reported only
when the reading is clearly deliberate:

- **across a space** (``vi agra``): the pieces of text left over before and after the key
  (``the`` in ``thef uck``) must be empty or known words of two letters or more (``la rme`` is
  not ``l`` + ``arme``), the spaces crossed must be short
  gaps inside one line, and the words crossed must not all be everyday words (``il a pu te
  dire`` stays dark: ``pu`` and ``te`` are both everyday French);
- **inside one word** (``viagrapascher``): the word must not be a known word itself
  (``alarme``, ``therapist``), and each piece left over must be an everyday word of three letters
  or more, or two everyday words (``pas cher``), so that inflections
  (``escortées``) and rare words (``auspice``, ``computadora``) are never read as a term plus
  an ending.

Known and everyday words are the most frequent French, Spanish and English words
(`common_words`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate
from typing import NamedTuple

import ahocorasick

from moderator_app.screening.text.common_words import CommonWords, common_words
from moderator_app.screening.text.word_view import WordView

MIN_KEY = 4
MIN_GLUED_REST = 3
MAX_GAP = 3
NOTE_SPLIT = "word split by spaces"
NOTE_GLUED = "glued to the words around it"


class SplitHit(NamedTuple):
    key: str
    base_start: int
    base_end: int
    note: str


class SplitReader:
    """Finds keys read across word boundaries; built once per policy, read-only afterwards."""

    def __init__(self, keys: Iterable[str]) -> None:
        automaton = ahocorasick.Automaton()
        count = 0
        for key in keys:
            if len(key) >= MIN_KEY and key.isalpha():
                automaton.add_word(key, key)
                count += 1
        self._scan = count > 0
        if self._scan:
            automaton.make_automaton()
        self._automaton = automaton

    def hits(self, view: WordView) -> list[SplitHit]:
        """Keys read across the word boundaries of ``view`` (spans in its folded text)."""
        if not self._scan or not view.text:
            return []
        words = view.text.split(" ")
        joined = "".join(words)
        starts: list[int] = []
        spans: list[tuple[int, int]] | None = None
        found: list[SplitHit] = []
        vocabulary = common_words()
        known, everyday = vocabulary.known, vocabulary.everyday
        if not known:
            return []  # without the word lists every reading across a space would be a guess
        for end_index, key in self._automaton.iter(joined):
            if not starts:
                starts = [0, *accumulate(map(len, words))]
            start = end_index - len(key) + 1
            first = bisect_right(starts, start) - 1
            last = bisect_right(starts, end_index) - 1
            word = words[first]
            # Cheapest rejections first: most substring hits lie inside an ordinary word.
            if first == last:
                if word == key or word in known:
                    continue
            elif all(w in everyday for w in words[first : last + 1]):
                continue
            before = word[: start - starts[first]]
            after = words[last][end_index + 1 - starts[last] :]
            if first == last:
                if not _glued(before, after, vocabulary):
                    continue
                note = NOTE_GLUED
            elif not _split(before, after, known):
                continue
            else:
                note = NOTE_SPLIT
            if spans is None:
                spans = view.spans()
            if first != last and not _joinable(view.base, spans, first, last):
                continue
            base_start, base_end = spans[first][0], spans[last][1]
            # Narrow the highlight to the key where the words map one to one onto the text.
            if len(word) == spans[first][1] - spans[first][0]:
                base_start += len(before)
            if len(words[last]) == spans[last][1] - spans[last][0]:
                base_end -= len(after)
            found.append(SplitHit(key, base_start, base_end, note))
        return found


def _joinable(base: str, spans: list[tuple[int, int]], first: int, last: int) -> bool:
    for k in range(first, last):
        gap = base[spans[k][1] : spans[k + 1][0]]
        if len(gap) > MAX_GAP or "\n" in gap or any(c in ",;:!?()" for c in gap):
            return False
    return True


def _everyday_words(text: str, vocabulary: CommonWords) -> bool:
    """``text`` is one everyday word of three letters or more, or two written together, each of
    two letters or more (``reputado`` is not ``re`` + ``puta`` + ``do``)."""
    everyday = vocabulary.everyday
    if len(text) >= MIN_GLUED_REST and text in everyday:
        return True
    return any(text[:k] in everyday and text[k:] in everyday for k in range(2, len(text) - 1))


def _glued(before: str, after: str, vocabulary: CommonWords) -> bool:
    if len(before) + len(after) < MIN_GLUED_REST:
        return False
    return (not before or _everyday_words(before, vocabulary)) and (
        not after or _everyday_words(after, vocabulary)
    )


def _split(before: str, after: str, known: frozenset[str]) -> bool:
    return (not before or (len(before) >= 2 and before in known)) and (
        not after or (len(after) >= 2 and after in known)
    )
