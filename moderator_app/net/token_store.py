"""Where the bearer token lives: the OS keyring, or memory for this session when there is none.

The token is never written to settings, logs or the cache. ``where`` is a sentence the UI shows
so the moderator knows whether the sign-in survives a restart.
"""

from __future__ import annotations

import logging
import threading

import keyring
import keyring.errors

log = logging.getLogger(__name__)

SERVICE = "moderator-app"
IN_MEMORY_NOTE = "No system keyring: the sign-in lasts until you quit."


def _account(server_url: str, username: str) -> str:
    """One keyring entry per server and user."""
    return f"{username}@{server_url.rstrip('/')}"


class TokenStore:
    """Get, save and clear the token of (server URL, username); never raises for keyring trouble."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None):
        # None means "whatever keyring picks"; tests pass an in-memory or the fail backend.
        self._backend = backend
        self._memory: dict[str, str] = {}
        self._lock = threading.Lock()
        self._fell_back = False

    def _keyring(self) -> keyring.backend.KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    @property
    def where(self) -> str:
        """Where tokens go right now, in words for the moderator."""
        backend = self._keyring()
        if self._fell_back or _is_fail_backend(backend):
            return IN_MEMORY_NOTE
        return f"Stored in the system keyring ({_backend_label(backend)})."

    @property
    def persistent(self) -> bool:
        return self.where != IN_MEMORY_NOTE

    def save(self, server_url: str, username: str, token: str) -> None:
        account = _account(server_url, username)
        with self._lock:
            try:
                self._keyring().set_password(SERVICE, account, token)
                self._memory.pop(account, None)
                return
            except keyring.errors.KeyringError as exc:
                # NoKeyringError (headless Linux: the fail backend) and PasswordSetError (locked).
                log.warning("No usable keyring (%s); the token is kept in memory", type(exc).__name__)
                self._fell_back = True
            self._memory[account] = token

    def load(self, server_url: str, username: str) -> str | None:
        account = _account(server_url, username)
        with self._lock:
            if account in self._memory:
                return self._memory[account]
            try:
                return self._keyring().get_password(SERVICE, account)
            except keyring.errors.KeyringError as exc:
                log.info("Keyring unavailable for reading (%s)", type(exc).__name__)
                self._fell_back = True
                return None

    def clear(self, server_url: str, username: str) -> None:
        account = _account(server_url, username)
        with self._lock:
            self._memory.pop(account, None)
            try:
                self._keyring().delete_password(SERVICE, account)
            except keyring.errors.PasswordDeleteError:
                pass  # nothing stored: already signed out
            except keyring.errors.KeyringError as exc:
                log.info("Keyring unavailable for clearing (%s)", type(exc).__name__)


def _is_fail_backend(backend: keyring.backend.KeyringBackend) -> bool:
    return type(backend).__module__ == "keyring.backends.fail"


def _backend_label(backend: keyring.backend.KeyringBackend) -> str:
    name = getattr(backend, "name", "") or type(backend).__name__
    # keyring names look like "SecretService Keyring" or "macOS Keyring".
    return name.replace(" Keyring", "").strip() or type(backend).__name__
