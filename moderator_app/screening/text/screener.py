"""`TextScreener`: a listing's text fields in, findings with exact original offsets out."""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Mapping

from moderator_app.core.findings import Finding
from moderator_app.screening.text.bidi import find_bidi_controls
from moderator_app.screening.text.char_folding import OffsetMap, fold_text, is_invisible
from moderator_app.screening.text.confusables import latin_reading, script_of
from moderator_app.screening.text.contacts import find_contacts
from moderator_app.screening.text.number_words import might_contain_spelled_digits
from moderator_app.screening.text.phones import find_phones
from moderator_app.screening.text.policy import Policy
from moderator_app.screening.text.scam_patterns import find_scam_patterns
from moderator_app.screening.text.term_matcher import TermHit, TermMatcher
from moderator_app.screening.text.word_view import WordView

log = logging.getLogger(__name__)

_DIGITS = "0123456789"
_KIND_ORDER = {
    "banned_term": 0,
    "scam_pattern": 1,
    "payment": 2,
    "messaging": 3,
    "phone": 4,
    "email": 5,
    "url": 6,
    "bidi_control": 7,
}
_DEFAULT_EXPLANATION = {
    "banned_term": "policy term",
    "messaging": "messaging app named as a contact channel",
    "payment": "off-platform payment service",
}


class TextScreener:
    """Screens text fields against one policy.

    Build it once per policy (the term automaton is compiled in the constructor); `screen`
    keeps no state between calls, so one instance can serve several worker threads.
    """

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self._terms = TermMatcher(policy)

    def screen(self, fields: Mapping[str, str], country: str | None = None) -> list[Finding]:
        """Findings for every field, in field order, then by position.

        ``country`` (ISO 3166 alpha-2, any case) is the default region for phone numbers;
        without it, national numbers are read in the policy's ``markets`` in turn (the finding
        names the market assumed), and with no markets either only numbers written with their
        country code (+33…, 0033…) are found.
        """
        region = country.upper() if isinstance(country, str) and country.strip() else None
        findings: list[Finding] = []
        for name, value in fields.items():
            if not isinstance(value, str):
                raise TypeError(f"field {name!r} must be a string, not {type(value).__name__}")
            findings.extend(self.screen_field(name, value, region))
        return findings

    def screen_field(self, name: str, value: str, region: str | None = None) -> list[Finding]:
        """Findings in one field (see `screen`)."""
        if not value:
            return []
        base, index_map = fold_text(value)
        offsets = OffsetMap(value, index_map)
        findings: list[Finding] = []

        def emit(kind, b_start, b_end, normalized, category, explanation, severity=None, rule=None):
            start, end = offsets.span(b_start, b_end)
            findings.append(
                Finding(
                    kind,
                    name,
                    start,
                    end,
                    value[start:end],
                    normalized,
                    category,
                    explanation,
                    severity,
                    rule,
                )
            )

        view = WordView(base)
        for hit in self._terms.match(view):
            self._emit_term(hit, value, offsets, emit)

        words = view.text.split(" ")
        for scam in find_scam_patterns(view.text, set(words), base):
            b_start, b_end = (
                view.locate(scam.base_start, scam.base_end)[:2]
                if scam.view_span
                else (scam.base_start, scam.base_end)
            )
            pattern = scam.pattern
            emit(
                "scam_pattern",
                b_start,
                b_end,
                scam.normalized,
                pattern.category,
                pattern.explanation,
                "review",
                f"scam_pattern:{pattern.name}",
            )
        for bidi in find_bidi_controls(value):
            findings.append(
                Finding(
                    "bidi_control",
                    name,
                    bidi.start,
                    bidi.end,
                    value[bidi.start : bidi.end],
                    bidi.normalized,
                    None,
                    bidi.explanation,
                    "review",
                    "bidi_control",
                )
            )
        digit_count = sum(map(base.count, _DIGITS))
        contacts = find_contacts(base, words, digit_count)
        for c in contacts:
            emit(c.kind, c.base_start, c.base_end, c.normalized, None, c.explanation, rule=c.kind)

        excluded = [(c.base_start, c.base_end) for c in contacts if c.kind in ("payment", "email", "url")]
        spelled = might_contain_spelled_digits(words)
        for p in find_phones(base, region, excluded, spelled, digit_count, self.policy.markets):
            start, end = offsets.span(p.base_start, p.base_end)
            validity = "valid" if p.assigned else "possible"
            notes = (
                *_digit_notes(value[start:end]),
                *p.notes,
                f"{validity} {p.region or 'international'} number",
            )
            if p.assumed_market:
                notes = (*notes, f"no listing country: national number read in market {p.assumed_market}")
            emit("phone", p.base_start, p.base_end, p.e164, None, "; ".join(notes), rule="phone")

        findings.sort(key=lambda f: (f.start, f.end, _KIND_ORDER[f.kind]))
        return _dedupe(findings)

    def _emit_term(self, hit: TermHit, value: str, offsets: OffsetMap, emit) -> None:
        pattern = hit.pattern
        start, end = offsets.span(hit.base_start, hit.base_end)
        if _is_participle_of(value[start:end], pattern.normalized):
            return
        notes = list(hit.notes) + _character_notes(value[start:end])
        explanation = "; ".join(notes) if notes else _DEFAULT_EXPLANATION[pattern.kind]
        emit(
            pattern.kind,
            hit.base_start,
            hit.base_end,
            pattern.normalized,
            pattern.category,
            explanation,
            pattern.severity,
            f"{pattern.kind}:{pattern.normalized}",
        )


_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")


def _is_participle_of(span: str, term: str) -> bool:
    """A French past participle that folds onto a noun term or its plural: ``escortés`` is not
    ``escortes``. Evaders drop accents; they do not add one on the final e."""
    word = unicodedata.normalize("NFC", span).casefold()
    if not word.isalpha() or not word.endswith(_PARTICIPLE_ENDINGS):
        return False
    written = unicodedata.normalize("NFC", term).casefold()
    stem = word.rstrip("s").rstrip("e").rstrip("é")
    return written.rstrip("s").rstrip("e") == stem and not written.rstrip("s").endswith(("é", "ée"))


def _character_notes(span: str) -> list[str]:
    """Which character-level evasions a matched span used (empty for plain text)."""
    if span.isascii():
        return []
    notes: list[str] = []
    scripts = _look_alike_scripts(span)
    if scripts:
        notes.append(f"look-alike letters ({', '.join(scripts)}) read as Latin")
    if any(0xFF01 <= ord(c) <= 0xFF5E for c in span):
        notes.append("fullwidth forms")
    elif any(_is_styled(c) for c in span):
        notes.append("styled Unicode letters")
    if any(
        is_invisible(c) and unicodedata.category(c) == "Cf" for c in span if not 0xD800 <= ord(c) <= 0xDFFF
    ):
        notes.append("invisible characters removed")
    return notes


def _digit_notes(span: str) -> list[str]:
    """Which digit disguises a phone number used (empty for plain digits)."""
    if span.isascii():
        return []
    notes: list[str] = []
    if "\u20e3" in span:
        notes.append("keycap digits")
    if any(_is_circled_digit(c) for c in span):
        notes.append("circled digits")
    if any(0xFF10 <= ord(c) <= 0xFF19 for c in span):
        notes.append("fullwidth digits")
    if any(not c.isascii() and c.isdecimal() and not 0xFF10 <= ord(c) <= 0xFF19 for c in span):
        notes.append("non-Latin digits")
    scripts = _look_alike_scripts(span)
    if scripts:
        notes.append(f"look-alike letters ({', '.join(scripts)}) read as Latin")
    return notes


def _is_circled_digit(c: str) -> bool:
    if 0xD800 <= ord(c) <= 0xDFFF or c.isascii():
        return False
    return unicodedata.category(c) == "No" and "CIRCLED" in unicodedata.name(c, "")


def _look_alike_scripts(span: str) -> list[str]:
    """The scripts or forms of the look-alike characters in ``span``, in order of appearance."""
    scripts: list[str] = []
    for c in span:
        if c.isascii() or 0xD800 <= ord(c) <= 0xDFFF:
            continue
        if latin_reading(c) is None and latin_reading(c.casefold()) is None:
            continue
        script = script_of(c) or script_of(c.casefold())
        if script and script not in scripts and not _is_styled(c):
            scripts.append(script)
    return scripts


def _is_styled(c: str) -> bool:
    if 0xD800 <= ord(c) <= 0xDFFF or c.isascii():
        return False
    folded = unicodedata.normalize("NFKC", c)
    return folded != c and folded.isascii() and folded.isalnum()


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple] = set()
    out: list[Finding] = []
    for f in findings:
        key = (f.kind, f.start, f.end, f.normalized, f.category)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
