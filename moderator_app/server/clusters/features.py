"""What the cluster builder knows about a listing version, extracted once and stored.

Listing versions never change, so their contact details (read by the workstation's own text
screening engine, ``moderator_app.screening.text``, with no policy terms: only contacts) and the
MinHash signature of their text are computed once, the first time a build meets the version, and
kept in ``listing_contacts`` and ``listing_features``. Photos' hash quality is computed on upload;
images stored before it existed get it here. Contacts read in photos come from desks' OCR
(``server.clusters.photo_text``); a seller account's phone and e-mail come from ``sellers``.

``EXTRACTOR`` names the extraction: a version extracted by another one is extracted again.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Connection, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite

from moderator_app.server import tables as t
from moderator_app.server.clusters.text_signature import signature, to_bytes

log = logging.getLogger(__name__)

EXTRACTOR = "v1"
CHUNK = 500
# Finding kinds of the text screening -> evidence kinds.
_KINDS = {"phone": "phone", "email": "email", "messaging": "handle", "payment": "iban"}
_PHONE = re.compile(r"^\+[1-9][0-9]{7,14}$")
_IBAN = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$")
_HANDLE = re.compile(r"^[a-z0-9_.]{3,30}$")
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,255}\.[a-z]{2,24}$")
_screener_lock = threading.Lock()
_screener = None


def contact_key(kind: str, normalized: str) -> tuple[str, str] | None:
    """The evidence key of a text finding (its kind and normalized value), or None when the
    finding names no one (a messaging app without a handle, a payment service, a web address)."""
    evidence = _KINDS.get(kind)
    value = normalized.strip()
    if evidence == "phone":
        value = value.split(";", 1)[0]
        return ("phone", value) if _PHONE.match(value) else None
    if evidence == "email":
        value = value.lower()
        return ("email", value) if _EMAIL.match(value) else None
    if evidence == "handle":
        # "@name", "telegram:name", "whatsapp:33612345678" (a wa.me link: a phone number); an app
        # name alone ("whatsapp") names no one.
        app, _, target = value.lower().rpartition(":")
        if not app and not target.startswith("@"):
            return None
        if app == "whatsapp" and target.isdigit():
            return contact_key("phone", "+" + target)
        handle = target.lstrip("@")
        return ("handle", handle) if _HANDLE.match(handle) and any(c.isalpha() for c in handle) else None
    if evidence == "iban":
        value = value.replace(" ", "").upper()
        return ("iban", value) if _IBAN.match(value) else None
    return None


def account_keys(phone: str | None, email: str | None) -> list[tuple[str, str]]:
    """The evidence keys of a seller account's phone number and e-mail address."""
    keys = []
    if phone:
        digits = "+" + re.sub(r"[^0-9]", "", phone) if phone.strip().startswith("+") else None
        if digits and _PHONE.match(digits):
            keys.append(("phone", digits))
    if email and _EMAIL.match(email.strip().lower()):
        keys.append(("email", email.strip().lower()))
    return keys


def _text_screener():
    global _screener
    if _screener is None:
        with _screener_lock:
            if _screener is None:
                from moderator_app.screening.text import TextScreener, parse_policy

                _screener = TextScreener(parse_policy({"version": "contacts", "terms": []}))
    return _screener


def text_contacts(title: str, description: str, country: str | None) -> set[tuple[str, str]]:
    """The contact details (evidence kind, value) written in a listing's text."""
    findings = _text_screener().screen({"title": title, "description": description}, country or None)
    keys = (contact_key(f.kind, f.normalized) for f in findings if f.kind in _KINDS)
    return {k for k in keys if k is not None}


def _insert_ignoring_duplicates(conn: Connection, table, rows: list[dict]) -> None:
    if not rows:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(table).on_conflict_do_nothing(), rows)


def missing_versions(conn: Connection, versions: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """The listing versions among these without features by the current extractor."""
    wanted = sorted(set(versions))
    have: set[tuple[str, int]] = set()
    f = t.listing_features
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        have.update(
            conn.execute(
                select(f.c.listing_id, f.c.version).where(
                    tuple_(f.c.listing_id, f.c.version).in_(chunk), f.c.extractor == EXTRACTOR
                )
            ).all()
        )
    return [v for v in wanted if v not in have]


def extract(db, versions: list[tuple[str, int]], now: datetime) -> int:
    """Extract and store the features of these listing versions, a chunk per short transaction
    (the work itself runs outside any write lock). Returns how many were extracted."""
    v = t.listing_versions
    done = 0
    for start in range(0, len(versions), CHUNK):
        chunk = versions[start : start + CHUNK]
        with db.read() as conn:
            rows = conn.execute(
                select(v.c.listing_id, v.c.version, v.c.title, v.c.description, v.c.country).where(
                    tuple_(v.c.listing_id, v.c.version).in_(chunk)
                )
            ).all()
        features, contacts = [], []
        for row in rows:
            values = signature(row.title, row.description)
            features.append(
                {
                    "listing_id": row.listing_id,
                    "version": row.version,
                    "text_signature": to_bytes(values) if values is not None else None,
                    "extractor": EXTRACTOR,
                    "extracted_at": now,
                }
            )
            for kind, value in sorted(text_contacts(row.title, row.description, row.country)):
                contacts.append(
                    {"listing_id": row.listing_id, "version": row.version, "kind": kind, "value": value}
                )
        with db.write() as conn:
            f = t.listing_features
            conn.execute(
                f.delete().where(
                    tuple_(f.c.listing_id, f.c.version).in_([(r.listing_id, r.version) for r in rows])
                )
            )
            c = t.listing_contacts
            conn.execute(
                c.delete().where(
                    tuple_(c.c.listing_id, c.c.version).in_([(r.listing_id, r.version) for r in rows])
                )
            )
            _insert_ignoring_duplicates(conn, f, features)
            _insert_ignoring_duplicates(conn, c, contacts)
        done += len(rows)
    return done
