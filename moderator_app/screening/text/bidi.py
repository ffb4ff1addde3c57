"""Bidirectional controls: ``bidi_control`` findings for text that is displayed out of order.

A right-to-left override makes ``facture‮gpj.exe`` display as ``factureexe.jpg``; embeddings
and isolates reorder text the same way. Each opening control is reported together with the
text it governs (up to its closing PDF/PDI or the end of the line), so the highlight covers what
the spoofer disguised. Closers with nothing to close are reported alone, and so are the
invisible direction marks (LRM, RLM, ALM) when they sit inside a Latin word, where they have no
honest use. Direction marks in right-to-left text (Arabic, Hebrew) are ordinary and stay dark.

The explanations are marked for translation (``translate_noop``); the workstation shows them in
the moderator's language and draws every such character visibly in the listing panel.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from moderator_app.core.i18n import translate_noop

CONTEXT = "BidiControl"

OPENERS = {
    "\u202a": ("LRE", "embedding"),
    "\u202b": ("RLE", "embedding"),
    "\u202d": ("LRO", "override"),
    "\u202e": ("RLO", "override"),
    "\u2066": ("LRI", "isolate"),
    "\u2067": ("RLI", "isolate"),
    "\u2068": ("FSI", "isolate"),
}
CLOSERS = {"\u202c": "PDF", "\u2069": "PDI"}
MARKS = {"\u200e": "LRM", "\u200f": "RLM", "\u061c": "ALM"}
BIDI_CHARACTERS = frozenset(OPENERS) | frozenset(CLOSERS) | frozenset(MARKS)

EXPLANATIONS = {
    "override": translate_noop(
        CONTEXT,
        "Direction override: the text after it is displayed reversed, so what you read is not what "
        "is written (a trick to disguise file names, links and words).",
    ),
    "embedding": translate_noop(
        CONTEXT,
        "Direction embedding: an invisible character that reorders how the text after it is displayed.",
    ),
    "isolate": translate_noop(
        CONTEXT, "Direction isolate: an invisible character that reorders how the text after it is displayed."
    ),
    "closer": translate_noop(CONTEXT, "Invisible direction control with nothing to close."),
    "mark": translate_noop(
        CONTEXT,
        "Invisible direction mark inside a word: it splits the word for filters and can reorder letters.",
    ),
}

_ANY_RE = re.compile("[" + "".join(sorted(BIDI_CHARACTERS)) + "]")


class BidiHit(NamedTuple):
    start: int  # indices into the original field value
    end: int
    normalized: str  # the controls, e.g. "RLO" or "RLI+PDI"
    explanation: str


def find_bidi_controls(value: str) -> list[BidiHit]:
    """Bidi controls in the original ``value`` (folding removes them, so this reads the original)."""
    if _ANY_RE.search(value) is None:
        return []
    hits: list[BidiHit] = []
    n = len(value)
    i = 0
    while True:
        m = _ANY_RE.search(value, i)
        if m is None:
            break
        ch, start = m.group(), m.start()
        if ch in OPENERS:
            name, kind = OPENERS[ch]
            end, names = _governed(value, start + 1, n)
            hits.append(BidiHit(start, end, "+".join((name, *names)), EXPLANATIONS[kind]))
            i = end
        elif ch in CLOSERS:
            hits.append(BidiHit(start, start + 1, CLOSERS[ch], EXPLANATIONS["closer"]))
            i = start + 1
        else:
            if _inside_latin_word(value, start):
                end = start + 1
                while end < n and value[end] in MARKS:
                    end += 1
                hits.append(
                    BidiHit(start, end, "+".join(MARKS[c] for c in value[start:end]), EXPLANATIONS["mark"])
                )
                i = end
            else:
                i = start + 1
    return hits


def _governed(value: str, i: int, n: int) -> tuple[int, tuple[str, ...]]:
    """End of the text an opener governs (past its matching closer, or at the end of the line)
    and the names of the controls met on the way."""
    depth = 1
    names: list[str] = []
    while i < n:
        c = value[i]
        if c in "\n\r\u2029":
            break
        if c in OPENERS:
            depth += 1
            names.append(OPENERS[c][0])
        elif c in CLOSERS:
            depth -= 1
            names.append(CLOSERS[c])
            if depth == 0:
                return i + 1, tuple(names)
        i += 1
    return i, tuple(names)


def _inside_latin_word(value: str, index: int) -> bool:
    before = index - 1
    while before >= 0 and value[before] in MARKS:
        before -= 1
    after = index + 1
    while after < len(value) and value[after] in MARKS:
        after += 1
    return (
        before >= 0
        and after < len(value)
        and _is_latin_alnum(value[before])
        and _is_latin_alnum(value[after])
    )


def _is_latin_alnum(c: str) -> bool:
    return c.isascii() and c.isalnum() or ("\u00c0" <= c <= "\u024f" and c.isalpha())
