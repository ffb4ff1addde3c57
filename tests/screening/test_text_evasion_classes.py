"""Recall per evasion class on our own cases, and false positives on a large innocent set.

The figures are printed (run with ``-s``) so that they can be quoted; the assertions are floors:
every class must find at least 90% of its cases, and nothing innocent may light up. The
innocent set is the hand-written corpus plus random "word salad" made of the most frequent
French, Spanish and English words, which puts thousands of ordinary words side by side, so
that a word read across a space (``pu te``) or a policy word inside a longer one shows up.
"""

from __future__ import annotations

import gzip
import json
import random
from importlib import resources

import pytest

from moderator_app.screening.text import TextScreener
from moderator_app.screening.text.word_view import normalize_phrase
from tests.screening.evasion_cases import CLASSES, evaluation_policy
from tests.screening.innocent_corpus import innocent_texts
from tests.screening.text_helpers import screen_one

MIN_RECALL = 0.9
FLAGGING_KINDS = ("banned_term", "phone", "email", "payment", "messaging", "scam_pattern")
SALAD_SENTENCES = 3000
SALAD_WORDS = 9
COMMON_WORDS_PER_LANGUAGE = 6000


@pytest.fixture(scope="module")
def screener() -> TextScreener:
    return TextScreener(evaluation_policy())


def _found(findings, term: str) -> bool:
    wanted = normalize_phrase(term)
    return any(f.kind == "banned_term" and normalize_phrase(f.normalized) == wanted for f in findings)


def test_recall_per_evasion_class(screener) -> None:
    print()
    failures = {}
    for name, cases in CLASSES.items():
        misses = [(text, term) for text, term in cases if not _found(screen_one(screener, text, "FR"), term)]
        recall = 1 - len(misses) / len(cases)
        print(f"  {name:<24} recall {len(cases) - len(misses):>2}/{len(cases):<2} = {recall:6.1%}")
        for miss in misses:
            print("      missed:", miss)
        if recall < MIN_RECALL:
            failures[name] = recall
    assert not failures, failures


def test_no_false_positive_on_the_innocent_corpus(screener) -> None:
    texts = innocent_texts()
    false_positives = [
        (text, f.kind, f.text, f.normalized)
        for text, country in texts
        for f in screen_one(screener, text, country)
        if f.kind in FLAGGING_KINDS
    ]
    words = sum(len(text.split()) for text, _ in texts)
    print(f"\n  innocent corpus: {len(texts)} texts, {words} words, {len(false_positives)} false positives")
    for fp in false_positives:
        print("      false positive:", fp)
    assert false_positives == []


def _common_words(language: str, count: int) -> list[str]:
    data = resources.files("spellchecker").joinpath("resources", f"{language}.json.gz").read_bytes()
    frequencies = json.loads(gzip.decompress(data))
    return sorted(frequencies, key=lambda w: -frequencies[w])[:count]


def test_no_false_positive_on_word_salad(screener) -> None:
    """Sentences of random frequent words; words that *are* a policy term are left out."""
    keys = {normalize_phrase(t.term) for t in screener.policy.terms}
    keys |= {k + "s" for k in keys}
    rng = random.Random(20261127)
    checked = 0
    false_positives = []
    for language, country in (("fr", "FR"), ("es", "ES"), ("en", "GB")):
        vocabulary = [
            w
            for w in _common_words(language, COMMON_WORDS_PER_LANGUAGE)
            if keys.isdisjoint(normalize_phrase(w).split())  # "fuck's" is the term itself
        ]
        for _ in range(SALAD_SENTENCES):
            text = " ".join(rng.choice(vocabulary) for _ in range(SALAD_WORDS))
            checked += 1
            for f in screen_one(screener, text, country):
                if f.kind == "banned_term":
                    false_positives.append((text, f.text, f.normalized))
    print(
        f"\n  word salad: {checked} sentences of {SALAD_WORDS} words drawn from the "
        f"{COMMON_WORDS_PER_LANGUAGE} most frequent FR/ES/EN words: {len(false_positives)} false positives"
    )
    for fp in false_positives[:40]:
        print("      false positive:", fp)
    assert false_positives == []
