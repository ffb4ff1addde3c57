"""Phone numbers, including the ones written to get past filters.

Pipeline on the folded text (digits of every script are already ASCII there):
1. a cheap pre-check: no run of 8 digits (or spelled-out digits) -> nothing to do;
2. letters used as digits next to digits (``O6``, ``l2``) become digits (same length, so
   offsets hold);
3. candidate runs of digits joined by separators (spaces, ``. - / _ * · |``, brackets) or by
   single letters are cut into digit groups;
4. the whole run, else the longest valid stretch from each group, is checked with
   libphonenumber for the listing's region (E.164 numbers need no region); without a region, a
   national number is tried in each of the deployment's markets, in order, and the finding
   names the market it assumed;
5. stretches that are really IMEIs, SIRET/SIREN, ISBNs, prices, mileages, dimensions, dates,
   times, decimal figures, IP addresses or IBANs are dropped, and so are digits glued to a
   word (``ABC0612345678``) unless the word is a contact word (``tel0612345678``), stretches
   with an unmatched bracket, and numbers written without the trunk prefix where the country
   always writes it (``206123456`` is not ``02 06 12 34 56``);
6. an extension written after the number (``x456``, ``ext. 12``, ``poste 12``, ``ext 12``)
   belongs to it: the span covers it and the number reads ``+442034567890;ext=456``.

International prefixes are read by libphonenumber for the region (``0081…`` dialled from
Singapore is the IDD ``008`` then ``1…``), so normalisation agrees with it.

libphonenumber is the expensive part: it only ever sees candidate stretches.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

import phonenumbers
from phonenumbers import CountryCodeSource, NumberParseException, PhoneNumberFormat

from moderator_app.screening.text.number_words import find_spelled_numbers

log = logging.getLogger(__name__)

MIN_DIGITS = 8
MAX_DIGITS = 15
# Work limit per field: a field made of thousands of digit groups gets this many
# libphonenumber checks, not millions (hostile input must stay cheap).
PARSE_BUDGET = 300

PRECHECK_RE = re.compile(r"(?:\d[^\d\n]{0,3}){7}\d|[oil]\d|\d[oil]")
# Fewer real digits than this and no phone is possible, even with O/l standing for digits.
MIN_REAL_DIGITS = 4

_LETTER_DIGITS_RE = re.compile(r"(?<![^\W\d_])[oil]+(?![^\W\d_])")
_LETTER_DIGIT_VALUES = {"o": "0", "i": "1", "l": "1"}

_SEP = r"[ \t.\-/_*·•|~()\[\]\u00b7\u2022]"
# A run: optional + or 00, then digits joined by 1-3 separators or a single letter
# (not x, h or k, which make dimensions, times and "20k").
RUN_RE = re.compile(rf"(?:\+ ?)?\d(?:(?:{_SEP}{{1,3}}|(?<=\d)[a-gijl-wyz](?=\d))?\d)*")
_GROUP_RE = re.compile(r"\d+")

# Written after a number: its extension.
_EXTENSION_RE = re.compile(
    r"^ ?,? ?(?:x|ext|extn|extension|extension|poste|anexo|interno)\.? ?:? ?(\d{1,6})(?!\d)"
)
# A time or a decimal part right after the digits: "08:00", "3.14159", "890,00".
_TIME_OR_DECIMAL_AFTER_RE = re.compile(r"^(?::\d\d|[.,]\d{1,2}(?!\d|[ .,]\d))")
_DECIMAL_RE = re.compile(r"(?<!\d)(?:0|[1-9]\d*)[.,]\d{5,}")
_IPV4_RE = re.compile(
    r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|\d\d?)(?![\d.])"
)
# A time standing after a date: "08:30", "08.30", "8h30".
_TIME_RE = re.compile(r"^[ ,]{0,3}(?:a |à )?\d{1,2}[:.h]\d\d(?!\d)")
# Words a number may be glued to on purpose (tel0612345678); any other letter before or after
# the digits makes them part of a code (AF0612, ID0612345678).
_CONTACT_GLUE_RE = re.compile(
    r"(?:tel|tél|telephone|phone|tlf|telf|mob|mobile|movil|cel|gsm|portable|port|num|numero|whatsapp|wa|wtsp"
    r"|appel|appelez|call|contact|sms)$"
)
_BEFORE_EXCLUDE_RE = re.compile(
    r"(?:imei|siret|siren|rcs|isbn|iban|rib|bic|ean|sku|upc|ref|reference|serie|serial|s/n|sn|tva|vat|nif|cif"
    r"|vin|prix|price|precio|€|\$|£|x|code|cp|lot|facture|invoice|commande|order"
    r"|colis|suivi|tracking)\W{0,4}$"
)
_CONTACT_BEFORE_RE = re.compile(
    r"(?:tel|tél|telephone|phone|mobile|portable|movil|cel|whatsapp|appel|appelez|call|llama)\W{0,4}$"
)
_AFTER_EXCLUDE_RE = re.compile(
    r"^ ?(?:€|\$|£|eur\b|euros?\b|e\b|dh\b|dhs\b|mad\b|chf\b|usd\b|dollars?\b|pesos?\b|km\b|kms\b|kilometres?\b"
    r"|kilometros?\b|miles\b|mi\b|cm\b|mm\b|m\b|m2\b|m²|m³|kg\b|g\b|gr\b|cv\b|ch\b|hp\b|kw\b|w\b|mah\b|go\b|gb\b|tb\b"
    r"|mb\b|mhz\b|ghz\b|ans\b|years\b|anos\b|x ?\d|h ?\d|%)"
)
# A date standing on its own (06/12/34/56/78 is a phone number, not a date).
_DATE_RE = re.compile(
    r"(?<![\d./\-])(?:\d{1,2}([./\-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}([./\-])\d{1,2}\2\d{1,2})(?![./\-]?\d)"
)


class PhoneHit(NamedTuple):
    base_start: int
    base_end: int
    e164: str  # with ";ext=N" when an extension follows the number
    region: str | None
    notes: tuple[str, ...]
    # False for a number of the right shape in a range libphonenumber does not know as assigned:
    # fresh allocations and the ranges reserved for fiction (06 39 98…, 07700 900…) are still
    # numbers a buyer can call.
    assigned: bool = True
    # The market a national number was read in when the listing had no country.
    assumed_market: str | None = None


class _Parsed(NamedTuple):
    e164: str
    region: str | None
    assigned: bool
    assumed_market: str | None


def find_phones(
    base: str,
    region: str | None,
    excluded: list[tuple[int, int]],
    spelled: bool,
    digit_count: int,
    markets: tuple[str, ...] = (),
) -> list[PhoneHit]:
    """Valid phone numbers in the folded text ``base`` (spans in ``base``).

    ``region`` is the listing's country; without it, national numbers are read in each of
    ``markets`` in turn (the first market where the number is assigned wins)."""
    finder = _PhoneFinder(base, region, excluded, markets)
    if spelled:
        for number in find_spelled_numbers(base):
            finder.check_spelled(number.base_start, number.base_end, number.digits, number.language)
    if digit_count >= MIN_REAL_DIGITS and PRECHECK_RE.search(base):
        finder.scan_digits()
    return finder.hits


class _PhoneFinder:
    def __init__(
        self, base: str, region: str | None, excluded: list[tuple[int, int]], markets: tuple[str, ...] = ()
    ) -> None:
        self.base = base
        self.region = region
        self.markets = () if region else tuple(markets)
        self.excluded = list(excluded)
        self.hits: list[PhoneHit] = []
        self.budget = PARSE_BUDGET
        regions = (region,) if region else self.markets
        self.national_lengths = frozenset().union(*(_national_lengths(r) for r in regions))

    def _free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self.excluded)

    def _claim(self, hit: PhoneHit) -> None:
        self.hits.append(hit)
        self.excluded.append((hit.base_start, hit.base_end))

    def _parse(self, digits: str) -> _Parsed | None:
        """E.164, region and "assigned" of ``digits`` ("+..." or national), or None.

        A number libphonenumber validates is assigned. A number it only finds *possible* is kept
        when it is written the way people write phone numbers (with its country code or the
        national trunk prefix 0) and libphonenumber knows how to group it (fiction ranges such
        as 06 39 98… do; 06… in Britain does not); a bare digit run must be valid."""
        if self.budget <= 0:
            return None
        if self.budget == 1:
            log.info("phone check budget of %d reached in one field; the rest is skipped", PARSE_BUDGET)
        if digits.startswith("+"):
            return self._parse_in(digits, None, None)
        if self.region is not None:
            return self._parse_in(digits, self.region, None)
        if digits.startswith("00"):
            return self._parse_in("+" + digits[2:], None, None)
        fallback = None
        for market in self.markets:
            parsed = self._parse_in(digits, market, market)
            if parsed is not None:
                if parsed.assigned:
                    return parsed
                fallback = fallback or parsed
        return fallback

    def _parse_in(self, digits: str, region: str | None, market: str | None) -> _Parsed | None:
        if self.budget <= 0:
            return None
        self.budget -= 1
        try:
            number = phonenumbers.parse(digits, region)
        except NumberParseException:
            return None
        written_international = digits.startswith("+") or number.country_code_source in (
            CountryCodeSource.FROM_NUMBER_WITH_IDD,
            CountryCodeSource.FROM_NUMBER_WITH_PLUS_SIGN,
        )
        if not written_international and region is not None and _trunk_required(region) and digits[0] != "0":
            return None  # "206123456" is not how anyone in France writes 02 06 12 34 56
        assigned = phonenumbers.is_valid_number(number)
        if not assigned:
            prefixed = digits.startswith(("+", "0"))
            if not prefixed or not phonenumbers.is_possible_number(number) or not _has_grouping(number):
                return None
        number_region = phonenumbers.region_code_for_number(number) or self._region_of_code(number)
        if (
            region is not None
            and number_region != region
            and phonenumbers.is_valid_number_for_region(number, region)
        ):
            number_region = region
        return _Parsed(
            phonenumbers.format_number(number, PhoneNumberFormat.E164), number_region, assigned, market
        )

    def _region_of_code(self, number: phonenumbers.PhoneNumber) -> str | None:
        return phonenumbers.region_code_for_country_code(number.country_code) if number.country_code else None

    def check_spelled(self, start: int, end: int, digits: str, language: str) -> None:
        if not self._free(start, end) or len(digits.lstrip("+")) > MAX_DIGITS:
            return
        parsed = self._parse(digits)
        if parsed:
            notes = (f"spelled-out digits ({language})",)
            self._claim(
                PhoneHit(
                    start, end, parsed.e164, parsed.region, notes, parsed.assigned, parsed.assumed_market
                )
            )

    def scan_digits(self) -> None:
        view, letter_spans = _letters_as_digits(self.base)
        for run in RUN_RE.finditer(view):
            if self.budget <= 0:
                return
            groups = [
                (g.group(), g.start() + run.start(), g.end() + run.start())
                for g in _GROUP_RE.finditer(run.group())
            ]
            total = sum(len(g[0]) for g in groups)
            if total < MIN_DIGITS:
                continue
            plus = run.group().startswith("+")
            if self._excluded_by_context(view, run.start()) or not self._whole_run_may_hold_phones(view, run):
                continue  # "ISBN 978-2-…", "SIRET 732 829 …", "3.14159265": the whole run is that figure
            if total <= MAX_DIGITS + 2 and self._try(
                view, groups, 0, len(groups), plus, run.start(), letter_spans
            ):
                continue
            if not _one_figure(run.group()):
                self._exclude_dates(view, run)
                self._split(view, groups, plus, run.start(), letter_spans)

    def _exclude_dates(self, view: str, run: re.Match[str]) -> None:
        """Dates inside a run (and the time written after them) are not parts of a number."""
        for date in _DATE_RE.finditer(run.group()):
            start, end = run.start() + date.start(), run.start() + date.end()
            time = _TIME_RE.match(view[end : end + 12])
            self.excluded.append((start, end + (time.end() if time else 0)))

    def _whole_run_may_hold_phones(self, view: str, run: re.Match[str]) -> bool:
        """False for a run that is a decimal figure or an IP address, or glued to a word."""
        text = run.group()
        if _DECIMAL_RE.search(text) or _IPV4_RE.search(text):
            return False
        start = run.start()
        if start and view[start - 1].isalpha():
            word = re.search(r"[^\W\d_]+$", view[max(0, start - 12) : start])
            if word is None or not _CONTACT_GLUE_RE.search(word.group()):
                return False  # AF0612, ID0612345678
        end = run.end()
        if end < len(view) and view[end].isalpha() and not _EXTENSION_RE.match(view[end:]):
            return False  # 0612345678XYZ
        before = view[max(0, start - 3) : start].rstrip()
        return not (before and unicodedata.category(before[-1]) == "Sc")  # ¥1234567890

    def _split(self, view, groups, plus, run_start, letter_spans) -> None:
        """Several numbers (or a number among other figures) in one run: from each group,
        keep the longest stretch of whole groups that is a valid number."""
        i = 0
        while i < len(groups) and self.budget > 0:
            with_plus = plus and i == 0
            ends: list[int] = []
            digits = 0
            for j in range(i, len(groups)):
                digits += len(groups[j][0])
                if digits > MAX_DIGITS:
                    break
                if digits >= MIN_DIGITS and self._plausible_length(digits, with_plus):
                    ends.append(j + 1)
            for end in reversed(ends):
                if self._try(view, groups, i, end, with_plus, run_start, letter_spans):
                    i = end
                    break
            else:
                i += 1

    def _plausible_length(self, digits: int, with_plus: bool) -> bool:
        return with_plus or digits in self.national_lengths

    def _stretch(self, groups, i, j, plus, run_start) -> tuple[int, int, str]:
        start = run_start if plus else groups[i][1]
        digits = ("+" if plus else "") + "".join(g[0] for g in groups[i:j])
        return start, groups[j - 1][2], digits

    @staticmethod
    def _excluded_by_context(view: str, start: int) -> bool:
        before = view[max(0, start - 24) : start]
        return not _CONTACT_BEFORE_RE.search(before) and _BEFORE_EXCLUDE_RE.search(before) is not None

    def _acceptable(self, view, groups, i, j, plus) -> bool:
        """Cheap rules first: a stretch that is something other than a phone number."""
        start, end = groups[i][1], groups[j - 1][2]
        if not self._free(start, end):
            return False
        digits = "".join(g[0] for g in groups[i:j])
        text = view[start:end]
        if _DATE_RE.search(text) or (len(digits) in (14, 15) and _luhn_ok(digits)):
            return False  # a date, a SIRET or an IMEI
        if len(digits) == 13 and digits[:3] in ("978", "979"):
            return False  # an ISBN-13
        if not _brackets_balanced(view, start, end):
            return False  # "12.345 (11.987": a figure and the start of a range
        if self._excluded_by_context(view, start):
            return False
        tail = view[end : end + 16]
        if _EXTENSION_RE.match(tail):
            return True
        return not (_AFTER_EXCLUDE_RE.match(tail) or _TIME_OR_DECIMAL_AFTER_RE.match(tail))

    def _try(self, view, groups, i, j, plus, run_start, letter_spans) -> bool:
        if not self._acceptable(view, groups, i, j, plus):
            return False
        start, end, digits = self._stretch(groups, i, j, plus, run_start)
        parsed = self._parse(digits)
        if not parsed:
            return False
        notes = _notes(self.base, view, start, end, letter_spans)
        e164 = parsed.e164
        extension = _EXTENSION_RE.match(view[end : end + 16])
        if extension:
            e164 += f";ext={extension.group(1)}"
            end += extension.end()
            notes = (*notes, "extension")
        self._claim(PhoneHit(start, end, e164, parsed.region, notes, parsed.assigned, parsed.assumed_market))
        return True


def _one_figure(run: str) -> bool:
    """A run of short groups joined by one and the same separator ("06 12 34 56 78 90 12 34") is
    one figure: no phone number is cut out of it."""
    groups = _GROUP_RE.findall(run)
    separators = set(re.split(r"\d+", run.lstrip("+"))[1:-1])
    return len(separators) == 1 and all(len(g) <= 3 for g in groups)


def _brackets_balanced(view: str, start: int, end: int) -> bool:
    """Brackets inside the stretch pair up ("+44 (0) 20…", "(0612) 34…" with the bracket just
    before it); a bracket closed without its opening, or opened inside the stretch and never
    closed, marks the edge of some other construct ("12.345 (11.987")."""
    for opening, closing in ("()", "[]"):
        depth = 1 if start and view[start - 1] == opening else 0
        led = depth
        for c in view[start:end]:
            if c == opening:
                depth += 1
            elif c == closing:
                depth -= 1
                if depth < 0:
                    return False
        if depth > led or (depth and not led):
            return False
    return True


@lru_cache(maxsize=512)
def _trunk_required(region: str) -> bool:
    """Whether the country always writes its trunk prefix 0 before national numbers."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return metadata is not None and metadata.national_prefix == "0"


def _has_grouping(number: phonenumbers.PhoneNumber) -> bool:
    """libphonenumber knows a national layout for the number's leading digits (an unassigned
    number in a range that exists, not digits outside every range)."""
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return any(not c.isdigit() for c in national)


@lru_cache(maxsize=512)
def _national_lengths(region: str | None) -> frozenset[int]:
    """Digit counts a national number of ``region`` can have, with or without its trunk prefix."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region) if region else None
    if metadata is None or metadata.general_desc is None:
        return frozenset()
    lengths = metadata.general_desc.possible_length or ()
    return frozenset(n + extra for n in lengths for extra in (0, 1, 2))


def _letters_as_digits(base: str) -> tuple[str, list[tuple[int, int]]]:
    """Turn O/o, I/i, l and | standing next to digits into 0 and 1 (same length as ``base``)."""
    spans: list[tuple[int, int]] = []
    chars: list[str] | None = None
    for m in _LETTER_DIGITS_RE.finditer(base):
        s, e = m.span()
        before = base[s - 1] if s else ""
        after = base[e] if e < len(base) else ""
        near_before = before.isdigit() or (before in " .-" and s > 1 and base[s - 2].isdigit())
        near_after = after.isdigit() or (after in " .-" and e + 1 < len(base) and base[e + 1].isdigit())
        if before.isdigit() or after.isdigit() or (near_before and near_after):
            if chars is None:
                chars = list(base)
            for k in range(s, e):
                chars[k] = _LETTER_DIGIT_VALUES[base[k]]
            spans.append((s, e))
    return ("".join(chars) if chars is not None else base), spans


def _notes(base: str, view: str, start: int, end: int, letter_spans) -> tuple[str, ...]:
    notes: list[str] = []
    used = sorted({base[k] for s, e in letter_spans if s < end and e > start for k in range(s, e)})
    if used:
        notes.append(
            "letters used as digits ("
            + ", ".join(f"{c.upper() if c == 'o' else c}→{_LETTER_DIGIT_VALUES[c]}" for c in used)
            + ")"
        )
    segment = view[start:end]
    if re.search(r"\d[a-z]\d", segment):
        notes.append("letters between digits removed")
    if re.search(r"[_*·•|~\u00b7\u2022]", segment):
        notes.append("odd separators removed")
    if re.search(r"\d \d \d \d", segment) and not re.search(r"\d\d", segment):
        notes.append("digits split by spaces")
    return tuple(notes)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for k, c in enumerate(reversed(digits)):
        d = int(c)
        if k % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0
