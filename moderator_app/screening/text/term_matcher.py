"""One Aho-Corasick automaton for every policy term, messaging app and payment service.

The automaton is built once per policy (the expensive part) and is read-only afterwards, so
one `TermMatcher` serves every worker thread. Matches are accepted only on whole words of the
`WordView`; that is what keeps ``cul`` out of ``véhicule``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick

from moderator_app.screening.text.builtin_terms import (
    CONTACT_CONTEXT,
    CONTEXT_APPS,
    INNOCENT_PHRASES,
    MESSAGING_APPS,
    PAYMENT_SERVICES,
)
from moderator_app.screening.text.char_folding import fold_text
from moderator_app.screening.text.common_words import common_words
from moderator_app.screening.text.policy import Policy
from moderator_app.screening.text.split_words import SplitReader
from moderator_app.screening.text.symbol_words import SymbolReader
from moderator_app.screening.text.word_view import WordView, normalize_phrase

log = logging.getLogger(__name__)

COMPACT_NOTE = "multi-word term written as one word"
INNOCENT = "innocent"  # a phrase whose words must not be reported (cul-de-sac)
# Look-alike Latin letters read as one: u and v, i and l (fvck, vlagra, pistoiet).
_SWAP_SKELETON = str.maketrans("ui", "vl")
SWAP_NOTE = "look-alike letters swapped ({})"


class Pattern(NamedTuple):
    """What a key stands for."""

    kind: str  # banned_term | messaging | payment | innocent
    normalized: str  # policy term, app name or payment service
    category: str | None
    severity: str | None
    needs_context: bool = False


class TermHit(NamedTuple):
    """A whole-word match, as a span of the folded text, with how the evasion was undone."""

    pattern: Pattern
    base_start: int
    base_end: int
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Value:
    key_length: int
    patterns: tuple[tuple[Pattern, str | None], ...]  # (pattern, note about the variant)


class TermMatcher:
    """Finds policy terms and contact-channel names as whole words of a `WordView`."""

    def __init__(self, policy: Policy, *, builtins: bool = True) -> None:
        entries: dict[str, list[tuple[Pattern, str | None]]] = {}

        def add(key: str, pattern: Pattern, note: str | None) -> None:
            bucket = entries.setdefault(key, [])
            for k, (existing, existing_note) in enumerate(bucket):
                # Two spellings of one term in one category (cocaïne, cocaine) give one finding;
                # the spelling written exactly like the key wins over a variant.
                if (existing.kind, existing.category) == (pattern.kind, pattern.category) and (
                    pattern.kind == "banned_term" or existing.normalized == pattern.normalized
                ):
                    if existing_note is not None and note is None:
                        bucket[k] = (pattern, note)
                    return
            bucket.append((pattern, note))

        def add_phrase(
            phrase: str, pattern: Pattern, plural: bool, reserved: frozenset[str] = frozenset()
        ) -> str:
            """Add ``phrase`` and its variants; a key in ``reserved`` (the policy's own) is left to
            the policy, so a built-in name the policy lists gives one finding, not two."""
            key = normalize_phrase(phrase)
            if not key:
                return key
            variants = [(key, None)]
            if " " in key:
                variants.append((key.replace(" ", ""), COMPACT_NOTE))
            elif plural and len(key) >= 3 and key[-1] not in "sxz" and key.isalpha():
                variants.append((key + "s", None))
            for variant, note in variants:
                if variant not in reserved:
                    add(variant, pattern, note)
            return key

        literal: list[tuple[str, Pattern]] = []
        for term in policy.terms:
            pattern = Pattern("banned_term", term.term, term.category, term.severity)
            if not any(c.isalpha() for c in normalize_phrase(term.term)):
                literal.append((term.term, pattern))  # "1:1" must not match "version 1.1"
            else:
                add_phrase(term.term, pattern, plural=True)
        self._literal = _literal_matcher(literal)
        if builtins:
            self._add_builtins(add_phrase, set(entries))

        automaton = ahocorasick.Automaton()
        for key, patterns in entries.items():
            # Keys carry their word boundaries (" key "), so a scan of " text " only reports
            # whole words and never a term inside a longer word.
            automaton.add_word(f" {key} ", _Value(len(key), tuple(patterns)))
        self._scan = len(entries) > 0
        if self._scan:
            automaton.make_automaton()
        self._automaton = automaton
        self.key_count = len(entries)
        # The readings beyond whole words look only for keys whose patterns stand on their own
        # (not the app names that need a contact context, not the innocent phrases).
        plain_keys = [
            key
            for key, patterns in entries.items()
            if any(p.kind != INNOCENT and not p.needs_context for p, _ in patterns)
        ]
        one_word = [key for key in plain_keys if " " not in key]
        self._symbols = SymbolReader(one_word)
        self._splits = SplitReader(one_word)
        self._swaps = _swap_automaton(plain_keys)
        log.debug("term automaton: %d keys", self.key_count)

    @staticmethod
    def _add_builtins(add_phrase, policy_keys: set[str]) -> None:
        reserved = frozenset(policy_keys)
        for name, spellings in MESSAGING_APPS.items():
            for spelling in spellings:
                add_phrase(spelling, Pattern("messaging", name, None, None), False, reserved)
        for name, spellings in CONTEXT_APPS.items():
            for spelling in spellings:
                add_phrase(spelling, Pattern("messaging", name, None, None, True), False, reserved)
        for name, spellings in PAYMENT_SERVICES.items():
            for spelling in spellings:
                add_phrase(spelling, Pattern("payment", name, None, None), False, reserved)
        for phrase in INNOCENT_PHRASES:
            add_phrase(phrase, Pattern(INNOCENT, phrase, None, None), False, reserved)

    def scan_count(self, text: str) -> int:
        """Bare automaton pass over ``text`` (used by the benchmark as the baseline)."""
        if not self._scan:
            return 0
        return sum(1 for _ in self._automaton.iter(f" {text} "))

    def match(self, view: WordView) -> list[TermHit]:
        """Every whole-word occurrence of a key in ``view``."""
        hits: list[TermHit] = []
        if self._literal is not None:
            hits.extend(self._literal_hits(view))
        if not self._scan:
            return hits
        # In " text ", a key " k " ending at index i covers text[i - len(k) - 1 : i - 1].
        for end_index, value in self._automaton.iter(f" {view.text} "):
            end = end_index - 1
            start = end - value.key_length
            base_start, base_end, first, last, word_notes = view.locate(start, end)
            notes = list(word_notes)
            if last > first and "-" in view.base[view.word_base_end(first) : base_end]:
                notes.append("hyphenated multi-word term")
            for pattern, note in value.patterns:
                if pattern.needs_context and not _has_contact_context(view, first, last):
                    continue
                hits.append(TermHit(pattern, base_start, base_end, (*notes, *([note] if note else []))))
        hits.extend(self._alternate_hits(view))
        hits.extend(_new_ground(self._extra_hits(view), hits))
        return _without_innocent(hits)

    def _extra_hits(self, view: WordView) -> list[TermHit]:
        """Keys read through masks and symbols, across spaces, or with look-alike letters swapped."""
        hits: list[TermHit] = []
        get = self._automaton.get

        def add(key: str, start: int, end: int, notes: tuple[str, ...]) -> None:
            value = get(f" {key} ", None)
            if value is None:
                return
            for pattern, note in value.patterns:
                if pattern.kind != INNOCENT and not pattern.needs_context:
                    hits.append(TermHit(pattern, start, end, (*notes, *([note] if note else []))))

        for s in self._symbols.hits(view.base):
            add(s.key, s.start, s.end, s.notes)
        for s in self._splits.hits(view):
            add(s.key, s.base_start, s.base_end, (s.note,))
        if self._swaps is not None:
            for key, start, end, note in _swap_hits(self._swaps, view):
                add(key, start, end, (note,))
        return hits

    def _literal_hits(self, view: WordView) -> list[TermHit]:
        assert self._literal is not None
        regex, patterns, required = self._literal
        if required and not any(c in view.base for c in required):
            return []  # e.g. no ":" at all, so no "1:1"
        return [TermHit(patterns[m.lastgroup], m.start(), m.end(), ()) for m in regex.finditer(view.base)]

    def _alternate_hits(self, view: WordView) -> list[TermHit]:
        hits: list[TermHit] = []
        get = self._automaton.get
        for alternate, base_start, base_end, word_notes, index in view.alternates():
            value = get(f" {alternate} ", None)
            if value is None:
                continue
            for pattern, note in value.patterns:
                if pattern.needs_context and (index is None or not _has_contact_context(view, index, index)):
                    continue
                notes = (*word_notes, *([note] if note else []))
                hits.append(TermHit(pattern, base_start, base_end, notes))
        return hits


def _new_ground(extra: list[TermHit], hits: list[TermHit]) -> list[TermHit]:
    """The extra readings that no direct match of the same term already covers."""
    out: list[TermHit] = []
    for h in extra:
        if not any(
            o.pattern.normalized == h.pattern.normalized
            and o.base_start < h.base_end
            and h.base_start < o.base_end
            for o in (*hits, *out)
        ):
            out.append(h)
    return out


def _swap_automaton(keys: list[str]) -> ahocorasick.Automaton | None:
    """Keys with u/v or i/l, under their skeleton (u→v, i→l), bounded by spaces."""
    automaton = ahocorasick.Automaton()
    count = 0
    for key in keys:
        skeleton = key.translate(_SWAP_SKELETON)
        if skeleton == key and not any(c in key for c in "vl"):
            continue
        entry = automaton.get(f" {skeleton} ", None)
        automaton.add_word(f" {skeleton} ", (len(key), (*(entry[1] if entry else ()), key)))
        count += 1
    if not count:
        return None
    automaton.make_automaton()
    return automaton


def _swap_hits(automaton: ahocorasick.Automaton, view: WordView):
    """(key, base_start, base_end, note) for words that are a key once u/v and i/l are read alike."""
    text = view.text
    skeleton = text.translate(_SWAP_SKELETON)
    vocabulary = None
    for end_index, (length, keys) in automaton.iter(f" {skeleton} "):
        end = end_index - 1
        start = end - length
        written = text[start:end]
        if written in keys:
            continue  # the key itself: a direct match
        if vocabulary is None:
            vocabulary = common_words()
        if all(word in vocabulary.known for word in written.split(" ")):
            continue  # an ordinary word that differs from a key by one look-alike letter
        base_start, base_end, _, _, _ = view.locate(start, end)
        for key in keys:
            swapped = sorted({f"{a}→{b}" for a, b in zip(written, key, strict=True) if a != b})
            yield key, base_start, base_end, SWAP_NOTE.format(", ".join(swapped))


def _without_innocent(hits: list[TermHit]) -> list[TermHit]:
    """Drop the innocent-phrase hits and every hit lying inside one of them."""
    shields = [(h.base_start, h.base_end) for h in hits if h.pattern.kind == INNOCENT]
    if not shields:
        return hits
    return [
        h
        for h in hits
        if h.pattern.kind != INNOCENT and not any(s <= h.base_start and h.base_end <= e for s, e in shields)
    ]


def _literal_matcher(
    terms: list[tuple[str, Pattern]],
) -> tuple[re.Pattern[str], dict[str, Pattern], frozenset[str]] | None:
    """One regex for the terms without letters (``1:1``): matched with their punctuation,
    spaces optional around it, and never inside a longer number. Also returns the
    punctuation one of which must be present (empty when a term is digits only)."""
    if not terms:
        return None
    alternatives = []
    patterns: dict[str, Pattern] = {}
    required: set[str] = set()
    always = False
    for k, (term, pattern) in enumerate(terms):
        folded, _ = fold_text(term)
        marks = {c for c in folded if not c.isalnum() and not c.isspace()}
        always = always or not marks
        required |= marks
        body = r"\s*".join(re.escape(c) for c in folded if not c.isspace())
        alternatives.append(f"(?P<t{k}>{body})")
        patterns[f"t{k}"] = pattern
    regex = re.compile(r"(?<![0-9a-z])(?:" + "|".join(alternatives) + r")(?![0-9a-z])")
    return regex, patterns, frozenset() if always else frozenset(required)


_CONTEXT_AFTER_CHARS = frozenset(":=@>")


def _has_contact_context(view: WordView, first: int, last: int) -> bool:
    """An ambiguous app name counts when a contact word precedes it or a handle follows it."""
    if first > 0 and view.word(first - 1) in CONTACT_CONTEXT:
        return True
    end = view.word_base_end(last)
    tail = view.base[end : end + 4].lstrip(" ")
    return bool(tail) and (tail[0] in _CONTEXT_AFTER_CHARS or tail[0].isdigit())
