"""The review screen's keyboard map as data: actions, default keys, user remapping, conflicts.

The default keys are an exact interface used by other tools: A approve; R reject,
then digits 1-9 toggle reason codes and Enter confirms (Esc cancels); E escalate; S skip;
N / Right next; P / Left previous; Z undo; ? the shortcut sheet; C opens the cluster view of a
listing that belongs to a cluster. On a listing with notices, U marks one manifestly unfounded;
while rejecting, T previews the statement of reasons. Users may remap any action in
settings; the map stores only their overrides, so a changed default reaches everyone else.

Key names use Qt's portable text format ("A", "Right", "Return", "Esc", "?", "Ctrl+Shift+K"),
so the Qt layer builds ``QKeySequence(name, QKeySequence.PortableText)`` from them. Every key
belongs to at most one action, in every state: one key, one meaning, easy to learn. No Qt here.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from moderator_app.core.i18n import translate_noop

logger = logging.getLogger(__name__)

_CONTEXT = "Keymap"


class ActionId(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"
    ESCALATE = "escalate"
    SKIP = "skip"
    NEXT = "next"
    PREVIOUS = "previous"
    UNDO = "undo"
    SHORTCUT_SHEET = "shortcut_sheet"
    NOTE = "note"
    CLUSTER = "cluster"  # open the cluster view of the listing shown
    CONFIRM = "confirm"
    CANCEL = "cancel"
    # DSA: mark the listing's notices manifestly unfounded (then digits choose, with several);
    # preview the statement of reasons while choosing reasons.
    UNFOUNDED = "unfounded"
    STATEMENT_PREVIEW = "statement_preview"
    # Digits: toggle the n-th reason code while rejecting, choose the n-th target while escalating.
    OPTION_1 = "option_1"
    OPTION_2 = "option_2"
    OPTION_3 = "option_3"
    OPTION_4 = "option_4"
    OPTION_5 = "option_5"
    OPTION_6 = "option_6"
    OPTION_7 = "option_7"
    OPTION_8 = "option_8"
    OPTION_9 = "option_9"


OPTION_ACTIONS: tuple[ActionId, ...] = tuple(ActionId(f"option_{n}") for n in range(1, 10))


def option_number(action: ActionId) -> int | None:
    """1..9 for an option action, None for any other action."""
    return OPTION_ACTIONS.index(action) + 1 if action in OPTION_ACTIONS else None


@dataclass(frozen=True)
class KeyAction:
    id: ActionId
    default_keys: tuple[str, ...]
    label: str  # English source text, marked for translation in context "Keymap"


_OPTION_LABELS = (
    translate_noop(_CONTEXT, "Reason or target 1"),
    translate_noop(_CONTEXT, "Reason or target 2"),
    translate_noop(_CONTEXT, "Reason or target 3"),
    translate_noop(_CONTEXT, "Reason or target 4"),
    translate_noop(_CONTEXT, "Reason or target 5"),
    translate_noop(_CONTEXT, "Reason or target 6"),
    translate_noop(_CONTEXT, "Reason or target 7"),
    translate_noop(_CONTEXT, "Reason or target 8"),
    translate_noop(_CONTEXT, "Reason or target 9"),
)

DEFAULT_ACTIONS: tuple[KeyAction, ...] = (
    KeyAction(ActionId.APPROVE, ("A",), translate_noop(_CONTEXT, "Approve")),
    KeyAction(ActionId.REJECT, ("R",), translate_noop(_CONTEXT, "Reject (then choose reasons)")),
    KeyAction(ActionId.ESCALATE, ("E",), translate_noop(_CONTEXT, "Escalate (then choose a target)")),
    KeyAction(ActionId.SKIP, ("S",), translate_noop(_CONTEXT, "Skip")),
    KeyAction(ActionId.NEXT, ("N", "Right"), translate_noop(_CONTEXT, "Next listing")),
    KeyAction(ActionId.PREVIOUS, ("P", "Left"), translate_noop(_CONTEXT, "Previous listing")),
    KeyAction(
        ActionId.UNDO, ("Z",), translate_noop(_CONTEXT, "Undo the last decision (within 5 s, while unsent)")
    ),
    KeyAction(ActionId.SHORTCUT_SHEET, ("?",), translate_noop(_CONTEXT, "Show the keyboard shortcuts")),
    KeyAction(ActionId.NOTE, ("M",), translate_noop(_CONTEXT, "Write a note")),
    KeyAction(
        ActionId.CLUSTER, ("C",), translate_noop(_CONTEXT, "Open the cluster view (decide a ring at once)")
    ),
    KeyAction(ActionId.CONFIRM, ("Return", "Enter"), translate_noop(_CONTEXT, "Confirm")),
    KeyAction(ActionId.CANCEL, ("Esc",), translate_noop(_CONTEXT, "Cancel")),
    KeyAction(
        ActionId.UNFOUNDED,
        ("U",),
        translate_noop(_CONTEXT, "Mark a notice manifestly unfounded (then approve)"),
    ),
    KeyAction(
        ActionId.STATEMENT_PREVIEW,
        ("T",),
        translate_noop(_CONTEXT, "Preview the statement of reasons (while rejecting)"),
    ),
    *(
        KeyAction(action, (str(n),), label)
        for n, (action, label) in enumerate(zip(OPTION_ACTIONS, _OPTION_LABELS, strict=True), start=1)
    ),
)


class KeymapError(ValueError):
    """A key name, an action id or a stored keymap is invalid. The message says which."""


@dataclass(frozen=True)
class KeyConflict:
    key: str
    actions: tuple[ActionId, ...]


class KeyConflictError(KeymapError):
    """Two or more actions share a key. ``conflicts`` lists every shared key."""

    def __init__(self, conflicts: Sequence[KeyConflict], labels: Mapping[ActionId, str]):
        self.conflicts = tuple(conflicts)
        parts = [
            f'the key "{c.key}" is assigned to ' + " and ".join(f'"{labels[a]}"' for a in c.actions)
            for c in self.conflicts
        ]
        super().__init__("Each key can do only one thing: " + "; ".join(parts) + ".")


# Qt's portable names, keyed by lower case; the aliases are names people type in a JSON file.
_NAMED_KEYS = {
    name.lower(): name
    for name in (
        [
            "Esc",
            "Tab",
            "Backspace",
            "Return",
            "Enter",
            "Ins",
            "Del",
            "Pause",
            "Print",
            "Home",
            "End",
            "Left",
            "Up",
            "Right",
            "Down",
            "PgUp",
            "PgDown",
            "Space",
        ]
        + [f"F{n}" for n in range(1, 36)]
    )
}
_NAMED_KEYS |= {
    "escape": "Esc",
    "delete": "Del",
    "insert": "Ins",
    "pageup": "PgUp",
    "page up": "PgUp",
    "pagedown": "PgDown",
    "page down": "PgDown",
}
# Qt writes modifiers in this order.
_MODIFIERS = {"meta": "Meta", "ctrl": "Ctrl", "control": "Ctrl", "alt": "Alt", "shift": "Shift"}
_MODIFIER_ORDER = ("Meta", "Ctrl", "Alt", "Shift")


def normalize_key(text: str) -> str:
    """The canonical Qt portable text of one key with optional modifiers.

    Case-insensitive for names and letters ("ctrl+a" -> "Ctrl+A", "escape" -> "Esc");
    modifiers are put in Qt's order. Raises KeymapError for anything that is not one key.
    """
    if not isinstance(text, str) or not text.strip():
        raise KeymapError(f"not a key name: {text!r}")
    parts = text.strip().split("+")
    if parts[-1] == "":  # the "+" key itself, as in "+" or "Ctrl++"
        if len(parts) < 2 or parts[-2] != "":
            raise KeymapError(f"not a key name: {text!r} (a modifier needs a key after it)")
        parts = [*parts[:-2], "+"]
    *modifier_names, key = (p.strip() for p in parts)
    modifiers = set()
    for name in modifier_names:
        if name.lower() not in _MODIFIERS:
            raise KeymapError(f"not a key name: {text!r} (unknown modifier {name!r})")
        modifiers.add(_MODIFIERS[name.lower()])
    if key.lower() in _NAMED_KEYS:
        key = _NAMED_KEYS[key.lower()]
    elif len(key) == 1 and key.isprintable() and not key.isspace():
        key = key.upper()
    else:
        raise KeymapError(f"not a key name: {text!r} (use Qt's names, such as A, Right, Return, Esc, F2)")
    return "+".join([m for m in _MODIFIER_ORDER if m in modifiers] + [key])


def find_conflicts(keys_by_action: Mapping[ActionId, Sequence[str]]) -> list[KeyConflict]:
    """Every key assigned to more than one action, in key order (keys must be normalized)."""
    actions_by_key: dict[str, list[ActionId]] = {}
    for action, keys in keys_by_action.items():
        for key in dict.fromkeys(keys):
            actions_by_key.setdefault(key, []).append(action)
    return [KeyConflict(k, tuple(a)) for k, a in sorted(actions_by_key.items()) if len(a) > 1]


class Keymap:
    """An immutable keymap: the default actions plus a user's overrides.

    ``remap`` and ``reset`` return a new Keymap. Construction raises KeymapError for unknown
    actions or key names and KeyConflictError when a key would serve two actions.
    """

    def __init__(
        self,
        overrides: Mapping[str, Sequence[str]] | None = None,
        actions: Sequence[KeyAction] = DEFAULT_ACTIONS,
    ):
        self._actions = {a.id: a for a in actions}
        self._overrides: dict[ActionId, tuple[str, ...]] = {}
        for action_id, keys in (overrides or {}).items():
            action = self._action_id(action_id)
            if isinstance(keys, str) or not isinstance(keys, Sequence):
                raise KeymapError(f"the keys of {action_id!r} must be a list of key names, got {keys!r}")
            normalized = tuple(dict.fromkeys(normalize_key(k) for k in keys))
            if normalized != self._actions[action].default_keys:
                self._overrides[action] = normalized
        self._keys = {a: self._overrides.get(a, self._actions[a].default_keys) for a in self._actions}
        conflicts = find_conflicts(self._keys)
        if conflicts:
            raise KeyConflictError(conflicts, {a: self._actions[a].label for a in self._actions})
        self._by_key = {key: action for action, keys in self._keys.items() for key in keys}

    def _action_id(self, action_id: str) -> ActionId:
        try:
            action = ActionId(action_id)
        except ValueError:
            raise KeymapError(f"unknown action {action_id!r}") from None
        if action not in self._actions:
            raise KeymapError(f"unknown action {action_id!r}")
        return action

    @property
    def actions(self) -> tuple[KeyAction, ...]:
        """The actions in display order (the shortcut sheet's rows)."""
        return tuple(self._actions.values())

    def keys_for(self, action_id: str) -> tuple[str, ...]:
        """The keys that trigger an action now (empty if the user unbound it)."""
        return self._keys[self._action_id(action_id)]

    def action_for(self, key: str) -> ActionId | None:
        """The action a key triggers, or None for an unbound key or a string that is not a key."""
        try:
            return self._by_key.get(normalize_key(key))
        except KeymapError:
            return None

    def bindings(self) -> dict[str, ActionId]:
        """Every bound key and its action, for building the Qt shortcuts."""
        return dict(self._by_key)

    def remap(self, action_id: str, keys: Sequence[str]) -> Keymap:
        """A keymap where ``action_id`` uses ``keys`` (an empty list unbinds it)."""
        overrides: dict[str, list[str]] = {str(a): list(k) for a, k in self._overrides.items()}
        overrides[str(self._action_id(action_id))] = list(keys)
        return Keymap(overrides, tuple(self._actions.values()))

    def reset(self, action_id: str | None = None) -> Keymap:
        """A keymap with one action, or all actions when None, back on the default keys."""
        if action_id is None:
            return Keymap(None, tuple(self._actions.values()))
        action = self._action_id(action_id)
        overrides = {str(a): list(k) for a, k in self._overrides.items() if a != action}
        return Keymap(overrides, tuple(self._actions.values()))

    def to_dict(self) -> dict[str, list[str]]:
        """The user's overrides only, JSON-compatible: {"approve": ["Y"], "skip": []}."""
        return {str(a): list(k) for a, k in self._overrides.items()}

    @classmethod
    def from_dict(cls, data: object) -> Keymap:
        """The keymap stored by ``to_dict``; raises KeymapError (or KeyConflictError) if invalid."""
        if data is None:
            return cls()
        if not isinstance(data, Mapping) or not all(isinstance(k, str) for k in data):
            raise KeymapError(
                f"a stored keymap must map action names to key lists, got {type(data).__name__}"
            )
        return cls(data)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Keymap) and self._keys == other._keys

    def __hash__(self) -> int:
        return hash(tuple(self._keys.items()))

    def __repr__(self) -> str:
        return f"Keymap(overrides={self.to_dict()!r})"
