"""`moderator-app screen`: listings as JSON lines on stdin, findings as JSON lines on stdout.

One output line per input line, in the same order. A malformed line gets
``{"id": <id or null>, "error": "..."}`` and the run goes on. The exit status is 0 unless the
policy file is invalid (2, with the reason on stderr).
"""

from __future__ import annotations

import json
import logging
import re
import sys
from typing import IO

from moderator_app.screening.text import PolicyError, TextScreener, default_policy, load_policy

log = logging.getLogger(__name__)

SCREENED_FIELDS = ("title", "description")
_COUNTRY_RE = re.compile(r"^[A-Za-z]{2}$")
EXIT_OK = 0
EXIT_BAD_POLICY = 2


def run_screen(policy_path: str | None, country: str | None, stdin: IO[str], stdout: IO[str]) -> int:
    """Screen every listing read from ``stdin``; write one JSON result line each to ``stdout``."""
    if country is not None and not _COUNTRY_RE.match(country):
        print(
            f"moderator-app screen: --country must be an ISO 3166 alpha-2 code, got {country!r}",
            file=sys.stderr,
        )
        return EXIT_BAD_POLICY
    try:
        policy = load_policy(policy_path) if policy_path else default_policy()
    except PolicyError as exc:
        print(f"moderator-app screen: invalid policy: {exc}", file=sys.stderr)
        return EXIT_BAD_POLICY
    screener = TextScreener(policy)
    default_region = country.upper() if country else None
    for number, line in enumerate(_lines(stdin), start=1):
        result = _screen_line(screener, line, default_region, number)
        stdout.write(json.dumps(result, ensure_ascii=True) + "\n")
    stdout.flush()
    return EXIT_OK


def _lines(stdin: IO[str]):
    """Input lines as text; undecodable bytes become a per-line error, not a crash."""
    buffer = getattr(stdin, "buffer", None)
    if buffer is None:
        yield from stdin
        return
    for raw in buffer:
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield _BadLine(f"line is not valid UTF-8 (byte {exc.start})")


class _BadLine(str):
    """An input line that could not even be decoded; its text is the error message."""


_ID_RE = re.compile(r'"id"\s*:\s*(?:"((?:[^"\\]|\\.){0,200})"|(-?\d{1,30}))')


def _salvage_id(text: str) -> str | int | None:
    """The listing id of a line that is not valid JSON, when it can still be read."""
    m = _ID_RE.search(text)
    if not m:
        return None
    if m.group(2) is not None:
        return int(m.group(2))
    try:
        return json.loads(f'"{m.group(1)}"')
    except json.JSONDecodeError:
        return None


def _screen_line(screener: TextScreener, line: str, default_region: str | None, number: int) -> dict:
    if isinstance(line, _BadLine):
        return {"id": None, "error": f"line {number}: {line}"}
    text = line.strip()
    if not text:
        return {"id": None, "error": f"line {number}: empty line"}
    try:
        listing = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        message = getattr(exc, "msg", "too deeply nested")
        return {"id": _salvage_id(text), "error": f"line {number}: invalid JSON: {message}"}
    if not isinstance(listing, dict):
        return {"id": None, "error": f"line {number}: expected a JSON object, got {type(listing).__name__}"}
    listing_id = listing.get("id")
    if isinstance(listing_id, (dict, list)):
        return {"id": None, "error": f"line {number}: 'id' must be a string or a number"}

    def error(message: str) -> dict:
        return {"id": listing_id, "error": f"line {number}: {message}"}

    fields: dict[str, str] = {}
    for name in SCREENED_FIELDS:
        value = listing.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            return error(f"'{name}' must be a string, got {type(value).__name__}")
        fields[name] = value
    if not fields:
        return error("the listing has neither 'title' nor 'description'")
    region = default_region
    listing_country = listing.get("country")
    if listing_country is not None:
        if not isinstance(listing_country, str) or not _COUNTRY_RE.match(listing_country):
            return error(f"'country' must be an ISO 3166 alpha-2 code, got {listing_country!r}")
        region = listing_country.upper()
    try:
        findings = screener.screen(fields, region)
    except Exception:  # one hostile listing must not stop the batch
        log.exception("screening failed on input line %d", number)
        return error("internal error while screening this listing")
    return {"id": listing_id, "findings": [f.to_json() for f in findings]}
