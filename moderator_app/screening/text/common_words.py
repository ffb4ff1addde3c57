"""The most frequent French, Spanish and English words, folded like listing text.

The split-word rules ask two questions of them: is a piece left over around a policy term an
ordinary word (``the`` in ``thef uck``), and are two pieces read together both everyday words
(``pu te`` in "il a pu te dire", which must stay dark)? The word frequencies come from the
maintained ``pyspellchecker`` package (OpenSubtitles counts, MIT licensed); they are loaded on
first use, once per process (about half a second).
"""

from __future__ import annotations

import gzip
import json
import logging
import threading
import unicodedata
from dataclasses import dataclass
from importlib import resources

log = logging.getLogger(__name__)

LANGUAGES = ("fr", "es", "en")
# Words ranked up to here in one language count as known words...
KNOWN_RANK = 60_000
# ...and up to here as everyday words, which two-word readings must not be made of.
EVERYDAY_RANK = 12_000


@dataclass(frozen=True)
class CommonWords:
    known: frozenset[str]
    everyday: frozenset[str]


_lock = threading.Lock()
_words: CommonWords | None = None


def common_words() -> CommonWords:
    """The folded word sets (loaded once; an empty set if the word lists cannot be read)."""
    global _words
    if _words is None:
        with _lock:
            if _words is None:
                _words = _load()
    return _words


def fold_word(word: str) -> str:
    """Lower case without accents, as the screener's word view has it."""
    word = word.casefold()
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _load() -> CommonWords:
    known: set[str] = set()
    everyday: set[str] = set()
    for language in LANGUAGES:
        try:
            data = resources.files("spellchecker").joinpath("resources", f"{language}.json.gz").read_bytes()
            frequencies: dict[str, int] = json.loads(gzip.decompress(data))
        except (OSError, ValueError, ModuleNotFoundError) as exc:
            log.warning("word list %s unavailable (%s): split-word checks are weaker", language, exc)
            continue
        ranked = sorted(frequencies, key=frequencies.__getitem__, reverse=True)[:KNOWN_RANK]
        for rank, word in enumerate(ranked):
            if not word.isalpha():
                continue
            folded = fold_word(word)
            known.add(folded)
            if rank < EVERYDAY_RANK:
                everyday.add(folded)
    return CommonWords(frozenset(known), frozenset(everyday))
