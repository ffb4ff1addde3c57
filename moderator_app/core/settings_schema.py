"""The workstation's settings, declared once: key, default, type, label and allowed values.

``SETTINGS`` is the one list the settings dialog, the stores and the code read. ``Settings``
validates every value against it, persists through a small backend interface (a JSON file
here; a QSettings backend can implement the same two methods) and calls change callbacks,
which the Qt layer turns into a signal. Secrets never go here: the token lives in the keyring.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit

from moderator_app.core.i18n import translate_noop
from moderator_app.core.keymap import Keymap, KeymapError

logger = logging.getLogger(__name__)

_CONTEXT = "Settings"


class SettingsError(ValueError):
    """A value does not fit its setting; the message names the setting and what is allowed."""


@dataclass(frozen=True)
class SettingSpec:
    """One setting. ``choices`` are (value, label) pairs; ``check`` normalizes or raises ValueError."""

    key: str
    default: Any
    type: type
    label: str
    choices: tuple[tuple[str, str], ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    check: Callable[[Any], Any] | None = None

    @property
    def choice_values(self) -> tuple[str, ...]:
        return tuple(value for value, _ in self.choices)

    def validate(self, value: Any) -> Any:
        """The value as stored (a fresh copy), or SettingsError saying what is allowed."""
        # bool is a subclass of int, but True is not a font size.
        if not isinstance(value, self.type) or (self.type is int and isinstance(value, bool)):
            raise SettingsError(
                f"{self.key} must be of type {self.type.__name__}, got {type(value).__name__}"
            )
        if self.choices and value not in self.choice_values:
            raise SettingsError(f"{self.key} must be one of {', '.join(self.choice_values)}, got {value!r}")
        if self.minimum is not None and isinstance(value, int) and value < self.minimum:
            raise SettingsError(f"{self.key} must be at least {self.minimum}, got {value}")
        if self.maximum is not None and isinstance(value, int) and value > self.maximum:
            raise SettingsError(f"{self.key} must be at most {self.maximum}, got {value}")
        value = copy.deepcopy(value)
        if self.check is not None:
            try:
                value = self.check(value)
            except ValueError as error:
                raise SettingsError(f"{self.key}: {error}") from None
        return value


def _check_server_url(url: str) -> str:
    url = url.strip()
    if url:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"a server address looks like https://moderation.example.com, got {url!r}")
    return url.rstrip("/")


def _check_names(names: list[Any]) -> list[str]:
    if not all(isinstance(n, str) and n.strip() for n in names):
        raise ValueError("every entry must be a non-empty text")
    return list(dict.fromkeys(n.strip() for n in names))


def _check_keymap(overrides: dict[str, Any]) -> dict[str, list[str]]:
    try:
        return Keymap.from_dict(overrides).to_dict()
    except KeymapError as error:
        raise ValueError(str(error)) from None


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("server_url", "", str, translate_noop(_CONTEXT, "Server address"), check=_check_server_url),
    SettingSpec("last_username", "", str, translate_noop(_CONTEXT, "Last user name")),
    SettingSpec(
        "language",
        "system",
        str,
        translate_noop(_CONTEXT, "Language"),
        choices=(
            ("system", translate_noop(_CONTEXT, "Follow the system")),
            ("en", "English"),
            ("fr", "Français"),
            ("es", "Español"),
        ),
    ),
    SettingSpec(
        "theme",
        "system",
        str,
        translate_noop(_CONTEXT, "Theme"),
        choices=(
            ("system", translate_noop(_CONTEXT, "Follow the system")),
            ("light", translate_noop(_CONTEXT, "Light")),
            ("dark", translate_noop(_CONTEXT, "Dark")),
        ),
    ),
    SettingSpec(
        "blur_mode",
        "blur",
        str,
        translate_noop(_CONTEXT, "Hide flagged photos by"),
        choices=(
            ("blur", translate_noop(_CONTEXT, "Blurring")),
            ("grayscale", translate_noop(_CONTEXT, "Greyscale")),
            ("both", translate_noop(_CONTEXT, "Blurring and greyscale")),
        ),
    ),
    SettingSpec("always_blur", False, bool, translate_noop(_CONTEXT, "Hide every photo until I reveal it")),
    SettingSpec(
        "blur_categories",
        ["nudity", "sexual", "violence"],
        list,
        translate_noop(_CONTEXT, "Hide photos flagged as"),
        check=_check_names,
    ),
    SettingSpec("keymap", {}, dict, translate_noop(_CONTEXT, "Keyboard shortcuts"), check=_check_keymap),
    SettingSpec(
        "cache_days",
        7,
        int,
        translate_noop(_CONTEXT, "Keep cached listings for (days)"),
        minimum=1,
        maximum=30,
    ),
    SettingSpec(
        "offline_runway",
        25,
        int,
        translate_noop(_CONTEXT, "Listings to keep ready (also offline)"),
        minimum=5,
        maximum=50,
    ),
    SettingSpec(
        "image_worker_threads",
        2,
        int,
        translate_noop(_CONTEXT, "Photo screening threads"),
        minimum=1,
        maximum=16,
    ),
    SettingSpec("font_size", 10, int, translate_noop(_CONTEXT, "Text size (points)"), minimum=7, maximum=32),
    SettingSpec(
        "confirm_reject", False, bool, translate_noop(_CONTEXT, "Ask again before sending a rejection")
    ),
)

SPECS: Mapping[str, SettingSpec] = {spec.key: spec for spec in SETTINGS}


class SettingsBackend(Protocol):
    """Where settings persist. ``load`` returns the stored JSON-compatible values (possibly
    invalid or unknown keys: Settings sorts them out); ``save`` stores all of them at once."""

    def load(self) -> dict[str, Any]: ...

    def save(self, values: Mapping[str, Any]) -> None: ...


class MemoryBackend:
    """Settings that live as long as the process (tests, throwaway demo sessions)."""

    def __init__(self, values: Mapping[str, Any] | None = None):
        self.values = copy.deepcopy(dict(values or {}))

    def load(self) -> dict[str, Any]:
        return copy.deepcopy(self.values)

    def save(self, values: Mapping[str, Any]) -> None:
        self.values = copy.deepcopy(dict(values))


ChangeCallback = Callable[[str, Any], None]


class Settings:
    """Validated settings over a backend, with change callbacks ``callback(key, new_value)``.

    Stored values that no longer validate fall back to their default (logged by key). Keys this
    version does not know are kept and written back, so an older and a newer version can share a
    file. A value is saved before it takes effect: if the backend fails, nothing changes.
    """

    def __init__(self, backend: SettingsBackend, specs: Mapping[str, SettingSpec] = SPECS):
        self._backend = backend
        self._specs = specs
        self._callbacks: list[ChangeCallback] = []
        stored = backend.load()
        self._unknown = {k: v for k, v in stored.items() if k not in specs}
        self._values: dict[str, Any] = {}
        for key, spec in specs.items():
            if key not in stored:
                self._values[key] = copy.deepcopy(spec.default)
                continue
            try:
                self._values[key] = spec.validate(stored[key])
            except SettingsError as error:
                logger.warning("stored setting %s is invalid, using the default: %s", key, error)
                self._values[key] = copy.deepcopy(spec.default)

    def spec(self, key: str) -> SettingSpec:
        try:
            return self._specs[key]
        except KeyError:
            raise SettingsError(f"unknown setting {key!r}") from None

    def get(self, key: str) -> Any:
        """The current value (a copy: mutating it changes nothing)."""
        self.spec(key)
        return copy.deepcopy(self._values[key])

    __getitem__ = get

    def values(self) -> dict[str, Any]:
        """Every known setting and its value."""
        return copy.deepcopy(self._values)

    def set(self, key: str, value: Any) -> None:
        """Validate, save, then notify; an equal value saves and notifies nothing."""
        new = self.spec(key).validate(value)
        if new == self._values[key]:
            return
        self._backend.save({**self._unknown, **self._values, key: new})
        self._values[key] = new
        for callback in list(self._callbacks):
            try:
                callback(key, copy.deepcopy(new))
            except Exception:
                # One broken listener must not stop the others from hearing of the change.
                logger.exception("settings change callback failed for %s", key)

    def reset(self, key: str) -> None:
        """Put a setting back to its default."""
        self.set(key, copy.deepcopy(self.spec(key).default))

    def subscribe(self, callback: ChangeCallback) -> Callable[[], None]:
        """Call ``callback(key, value)`` after every change; returns a function that unsubscribes."""
        self._callbacks.append(callback)
        return lambda: self._callbacks.remove(callback) if callback in self._callbacks else None

    def keymap(self) -> Keymap:
        """The keymap with the user's overrides (validated when stored)."""
        return Keymap.from_dict(self._values["keymap"])
