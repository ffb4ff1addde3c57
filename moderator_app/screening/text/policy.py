"""Screening policies: the JSON term lists that say which wording a desk must look at.

Format (the server's policy endpoint serves the same)::

    {"version": "2026-11-01",
     "markets": ["FR", "ES", "BE", "GB"],
     "terms": [{"term": "western union", "category": "scams_and_fraud",
                "languages": ["fr", "es"], "severity": "reject"}]}

``markets`` (the countries the deployment serves, in order of preference) is optional: a
national phone number found without a listing country is read in each market in turn.
``languages`` and ``severity`` (``reject`` | ``review``) are optional; ``severity`` defaults to
``review``. Unknown keys are ignored so that newer servers can add fields.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from moderator_app.assets import resource_path
from moderator_app.screening.text.word_view import normalize_phrase

log = logging.getLogger(__name__)

SEVERITIES = ("reject", "review")
DEFAULT_SEVERITY = "review"
MIN_TERM_LENGTH = 2
_MARKET_RE = re.compile(r"^[A-Za-z]{2}$")


class PolicyError(ValueError):
    """The policy file is not valid; the message names the line or the field."""


@dataclass(frozen=True, slots=True)
class PolicyTerm:
    term: str
    category: str
    languages: tuple[str, ...] = ()
    severity: str = DEFAULT_SEVERITY


@dataclass(frozen=True, slots=True)
class Policy:
    version: str
    terms: tuple[PolicyTerm, ...]
    markets: tuple[str, ...] = ()  # ISO 3166 alpha-2, upper case, in order of preference

    def to_json(self) -> dict[str, object]:
        """The policy in its file format (what the server's policy endpoint returns)."""
        return {
            "version": self.version,
            **({"markets": list(self.markets)} if self.markets else {}),
            "terms": [
                {
                    "term": t.term,
                    "category": t.category,
                    **({"languages": list(t.languages)} if t.languages else {}),
                    "severity": t.severity,
                }
                for t in self.terms
            ],
        }


def default_policy_path() -> Path:
    return resource_path("policy", "default_policy.json")


def default_policy() -> Policy:
    """The policy shipped in ``resources/policy/default_policy.json``."""
    return load_policy(default_policy_path())


def load_policy(path: str | Path) -> Policy:
    """Read and validate a policy file; raise `PolicyError` naming the file and line or field."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read policy file: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise PolicyError(f"{path}: not UTF-8 text (byte {exc.start})") from exc
    return parse_policy(raw, source=str(path))


def parse_policy(raw: str | bytes | dict, source: str = "policy") -> Policy:
    """Validate a policy given as JSON text or as an already decoded object."""
    if isinstance(raw, dict):
        data: object = raw
        text = None
    else:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise PolicyError(
                f"{source}: line {exc.lineno} column {exc.colno}: invalid JSON: {exc.msg}"
            ) from exc
    if not isinstance(data, dict):
        raise PolicyError(f"{source}: the top level must be a JSON object with 'version' and 'terms'")
    version = data.get("version", "")
    if not isinstance(version, str):
        raise PolicyError(f"{source}: field 'version' must be a string")
    terms_raw = data.get("terms")
    if not isinstance(terms_raw, list):
        raise PolicyError(f"{source}: field 'terms' is missing or is not a list")
    terms = tuple(_parse_term(item, i, source, text) for i, item in enumerate(terms_raw))
    markets = _parse_markets(data.get("markets"), source)
    log.debug("policy %s: %d terms, markets %s", version, len(terms), ",".join(markets) or "none")
    return Policy(version=version, terms=terms, markets=markets)


def _parse_markets(raw: object, source: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(m, str) and _MARKET_RE.match(m) for m in raw):
        raise PolicyError(f"{source}: field 'markets' must be a list of ISO 3166 alpha-2 country codes")
    return tuple(dict.fromkeys(m.upper() for m in raw))


def _parse_term(item: object, index: int, source: str, text: str | None) -> PolicyTerm:
    where = f"terms[{index}]"
    if isinstance(item, dict) and isinstance(item.get("term"), str):
        where += f" ({item['term']!r}{_line_of(item['term'], text)})"

    def fail(message: str) -> PolicyError:
        return PolicyError(f"{source}: {where}: {message}")

    if not isinstance(item, dict):
        raise fail("each term must be a JSON object")
    term = item.get("term")
    if not isinstance(term, str) or not term.strip():
        raise fail("field 'term' must be a non-empty string")
    if len(normalize_phrase(term).replace(" ", "")) < MIN_TERM_LENGTH:
        raise fail(f"field 'term' needs at least {MIN_TERM_LENGTH} letters or digits")
    category = item.get("category")
    if not isinstance(category, str) or not category.strip():
        raise fail("field 'category' must be a non-empty string")
    languages = item.get("languages", [])
    if languages is None:
        languages = []
    if not isinstance(languages, list) or not all(isinstance(x, str) and x for x in languages):
        raise fail("field 'languages' must be a list of language codes")
    severity = item.get("severity", DEFAULT_SEVERITY)
    if severity is None:
        severity = DEFAULT_SEVERITY
    if severity not in SEVERITIES:
        raise fail(f"field 'severity' must be one of {', '.join(SEVERITIES)} (got {severity!r})")
    return PolicyTerm(term=term, category=category.strip(), languages=tuple(languages), severity=severity)


def _line_of(term: str, text: str | None) -> str:
    """', line N' where the term first appears in the file, when it can be found."""
    if text is None:
        return ""
    position = text.find(json.dumps(term, ensure_ascii=False))
    if position < 0:
        position = text.find(json.dumps(term))
    if position < 0:
        return ""
    return f", line {text.count(chr(10), 0, position) + 1}"
