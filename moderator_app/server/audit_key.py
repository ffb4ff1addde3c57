"""The audit log's secret key, kept outside the database.

Every audit-log entry is sealed with HMAC-SHA256 under this key, and the head of the chain is
exported in signed checkpoints. Someone who can write the database but does not hold the key can
neither recompute the chain after an edit nor forge a checkpoint (docs/audit-log.md).

Where the key comes from, first match wins:

1. an explicit file (``moderator-server --audit-key-file PATH``);
2. the file named by ``MODERATOR_AUDIT_KEY_FILE`` (how worker processes and tools inherit it);
3. ``audit.key`` in the server's data directory, created (mode 0600) on first use with a warning:
   fine for a demo, but an operator should keep the key elsewhere and a copy offline.

The file holds 64 hexadecimal digits (32 random bytes). The key's id (an HMAC of a fixed text, safe
to show) is stored in the database, so a server started with another key refuses to run instead
of writing entries nobody can verify.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

log = logging.getLogger(__name__)

KEY_FILE_ENV = "MODERATOR_AUDIT_KEY_FILE"
DEFAULT_KEY_NAME = "audit.key"
KEY_BYTES = 32


class AuditKeyError(RuntimeError):
    """The audit key is missing, unreadable, malformed or not the one the database expects."""


@dataclass(frozen=True)
class AuditKey:
    """The secret and the keys derived from it (one purpose each)."""

    secret: bytes = field(repr=False)
    source: str = ""  # where it was read from, for messages (never the key itself)

    def _derived(self, purpose: bytes) -> bytes:
        return hmac.new(self.secret, purpose, hashlib.sha256).digest()

    @cached_property
    def key_id(self) -> str:
        """A short, public fingerprint of the key."""
        return self._derived(b"moderator-audit key id").hex()[:16]

    @cached_property
    def _entry_key(self) -> bytes:
        return self._derived(b"moderator-audit entry")

    @cached_property
    def _checkpoint_key(self) -> bytes:
        return self._derived(b"moderator-audit checkpoint")

    def seal(self, message: bytes) -> str:
        """The hex HMAC of an audit-log entry's canonical text."""
        return hmac.new(self._entry_key, message, hashlib.sha256).hexdigest()

    def sign_checkpoint(self, message: bytes) -> str:
        """The hex HMAC of a checkpoint's canonical text (a key apart from the entries')."""
        return hmac.new(self._checkpoint_key, message, hashlib.sha256).hexdigest()


def parse_key(text: str, source: str) -> AuditKey:
    digits = text.strip()
    try:
        secret = bytes.fromhex(digits)
    except ValueError:
        secret = b""
    if len(secret) != KEY_BYTES:
        raise AuditKeyError(f"the audit key in {source} must be {2 * KEY_BYTES} hexadecimal digits")
    return AuditKey(secret, source)


def read_key_file(path: Path) -> AuditKey:
    try:
        text = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as exc:
        raise AuditKeyError(f"cannot read the audit key file {path}: {exc}") from exc
    return parse_key(text, str(path))


def create_key_file(path: Path) -> AuditKey:
    """Write a new random key to ``path`` (mode 0600, never overwriting) and return it."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    digits = secrets.token_hex(KEY_BYTES)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return read_key_file(path)  # another process created it first
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(digits + "\n")
    log.warning(
        "created a new audit-log key at %s: keep a copy outside this machine, or the audit log "
        "cannot be verified once the file is lost (see docs/audit-log.md)",
        path,
    )
    return parse_key(digits, str(path))


def default_key_path() -> Path:
    from moderator_app.config import app_paths

    return Path(app_paths().data_dir) / DEFAULT_KEY_NAME


def load_audit_key(path: str | os.PathLike[str] | None = None) -> AuditKey:
    """The key from ``path``, else from ``MODERATOR_AUDIT_KEY_FILE``, else the data directory's
    (created on first use). A named file that does not exist is an error, never created."""
    named = path or os.environ.get(KEY_FILE_ENV)
    if named:
        return read_key_file(Path(named))
    default = default_key_path()
    if default.exists():
        return read_key_file(default)
    return create_key_file(default)
