"""Emails (plain and obfuscated), URLs, messaging links and ``@handles`` in the folded text.

Every pattern is anchored at a word start and uses bounded repetition, so a hostile megabyte
of letters or spaces costs linear time.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from moderator_app.screening.text.iban import find_ibans


class ContactHit(NamedTuple):
    kind: str
    base_start: int
    base_end: int
    normalized: str
    explanation: str


KNOWN_TLDS = (
    "com|fr|es|net|org|be|uk|co|de|it|pt|ma|eu|ch|lu|nl|info|biz|io|me|tv|us|ca|mx|ar|cl|pe|br|"
    "dz|tn|sn|ci|re|gp|mq|cat|gal|online|site|shop|store|xyz|app|live|email|pro|fm|ly|gl|gg|link"
)
_TLD_SET = frozenset(KNOWN_TLDS.split("|"))

_LOCAL = r"[a-z0-9][a-z0-9._%+\-]{0,63}"
_LABEL = r"[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?"
EMAIL_RE = re.compile(rf"(?<![a-z0-9._%+\-])({_LOCAL})@((?:{_LABEL}\.){{1,6}}[a-z]{{2,24}})(?![a-z0-9\-])")

_OPEN = r"[\[\(\{<]"
_CLOSE = r"[\]\)\}>]"
_AT = (
    rf" {{0,3}}{_OPEN} {{0,2}}(?:at|@|arobase|arroba|chez) {{0,2}}{_CLOSE} {{0,3}}"
    r"| {1,3}(?:at|arobase|arroba|@) {1,3}| {0,3}@ {1,3}| {1,3}@"
)
_DOT = (
    rf" {{0,3}}{_OPEN} {{0,2}}(?:dot|point|punto|\.) {{0,2}}{_CLOSE} {{0,3}}"
    r"| {1,3}(?:dot|point|punto) {1,3}| {0,3}\. {0,3}"
)
OBFUSCATED_EMAIL_RE = re.compile(
    rf"(?<![a-z0-9._%+\-])({_LOCAL})(?:{_AT})({_LABEL}(?:(?:{_DOT}){_LABEL}){{0,4}})(?:{_DOT})([a-z]{{2,10}})(?![a-z0-9])"
)
_OBFUSCATION_HINT_RE = re.compile(
    rf"{_OPEN} {{0,2}}(?:at|@|arobase|arroba|chez) {{0,2}}{_CLOSE}|\b(?:at|arobase|arroba)\b| @|@ "
)
_DOT_SPLIT_RE = re.compile(rf"(?:{_DOT})")

URL_RE = re.compile(
    r"(?<![a-z0-9@.\-])(?:(?:https?://|www\.)[^\s<>\"'`]{1,2000}"
    rf"|(?:{_LABEL}\.){{1,5}}(?:{KNOWN_TLDS})(?![a-z0-9\-])(?:/[^\s<>\"'`]{{0,2000}})?)"
)
_URL_TRAILING = ".,;:!?)]}»\"'"
MESSAGING_URL_RE = re.compile(
    r"^(?:https?://)?(?:www\.)?(?:(t\.me|telegram\.me|telegram\.dog)|(wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com)"
    r"|(snapchat\.com/add)|(signal\.me)|(instagram\.com))/?([^\s/?#]*)"
)
_MESSAGING_URL_APPS = ("telegram", "whatsapp", "snapchat", "signal", "instagram")

HANDLE_RE = re.compile(r"(?<![a-z0-9@._\-])@([a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?)(?![a-z0-9@\-])")


_OBFUSCATION_WORDS = frozenset({"at", "arobase", "arroba"})
# Starts with a literal ".", which lets the regex engine skip ahead quickly.
_TLD_HINT_RE = re.compile(rf"\.(?:{KNOWN_TLDS})(?![a-z0-9\-])")
MIN_IBAN_DIGITS = 10


def find_contacts(base: str, words: list[str], digit_count: int) -> list[ContactHit]:
    """Emails, obfuscated emails, URLs (messaging links as ``messaging``), handles and IBANs.

    ``words`` (the folded words) and ``digit_count`` feed cheap pre-checks, so that a listing
    without any hint of contact details costs a few substring tests.
    """
    hits: list[ContactHit] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(hit: ContactHit) -> None:
        hits.append(hit)
        taken.append((hit.base_start, hit.base_end))

    has_at = "@" in base
    if has_at:
        for m in EMAIL_RE.finditer(base):
            add(ContactHit("email", m.start(), m.end(), m.group().lower(), "email address"))
    if (has_at or not _OBFUSCATION_WORDS.isdisjoint(words)) and _OBFUSCATION_HINT_RE.search(base):
        for m in OBFUSCATED_EMAIL_RE.finditer(base):
            hit = _obfuscated_email(m)
            if hit and free(hit.base_start, hit.base_end):
                add(hit)
    if "www." in base or "http" in base or _TLD_HINT_RE.search(base):
        for m in URL_RE.finditer(base):
            start, end = m.start(), m.end()
            while end > start and base[end - 1] in _URL_TRAILING:
                end -= 1
            if end - start < 4 or not free(start, end):
                continue
            add(_url_hit(base[start:end], start, end))
    if has_at:
        for m in HANDLE_RE.finditer(base):
            handle = m.group(1)
            if not any(c.isalpha() for c in handle) or not free(m.start(), m.end()):
                continue
            add(ContactHit("messaging", m.start(), m.end(), "@" + handle, "@handle given as a contact"))
    for start, end, iban in find_ibans(base) if digit_count >= MIN_IBAN_DIGITS else ():
        if free(start, end):
            add(ContactHit("payment", start, end, iban, "IBAN (mod-97 checksum valid)"))
    return hits


def _obfuscated_email(m: re.Match[str]) -> ContactHit | None:
    local, domain, tld = m.group(1), m.group(2), m.group(3)
    text = m.group()
    bracketed = bool(re.search(_OPEN, text))
    if not bracketed and tld not in _TLD_SET:
        return None
    if "@" in text and not re.search(r" @|@ ", text) and not bracketed and "." in domain and " " not in text:
        return None  # a plain address; EMAIL_RE reports it
    labels = [x for x in _DOT_SPLIT_RE.split(domain) if x]
    address = f"{local}@{'.'.join(labels)}.{tld}"
    forms = sorted(set(re.findall(r"\b(?:at|arobase|arroba|chez|dot|point|punto)\b", text)))
    explanation = "obfuscated email" + (f" ({', '.join(forms)})" if forms else " (spaces around @ or .)")
    return ContactHit("email", m.start(), m.end(), address, explanation)


def _url_hit(url: str, start: int, end: int) -> ContactHit:
    m = MESSAGING_URL_RE.match(url)
    if m:
        app = next(name for name, group in zip(_MESSAGING_URL_APPS, m.groups()[:5], strict=True) if group)
        target = m.group(6)
        normalized = f"{app}:{target}" if target else app
        return ContactHit("messaging", start, end, normalized, f"{app} link")
    return ContactHit("url", start, end, url.lower(), "web address")
