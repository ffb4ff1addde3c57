"""The keymap as data: the exact default keys, remapping, conflicts and round trips through settings."""

from __future__ import annotations

import json

import pytest

from moderator_app.core.keymap import (
    DEFAULT_ACTIONS,
    ActionId,
    KeyConflictError,
    Keymap,
    KeymapError,
    normalize_key,
    option_number,
)


def test_the_default_keys_are_the_documented_interface():
    keymap = Keymap()
    expected = {
        "A": ActionId.APPROVE,
        "R": ActionId.REJECT,
        "E": ActionId.ESCALATE,
        "S": ActionId.SKIP,
        "N": ActionId.NEXT,
        "Right": ActionId.NEXT,
        "P": ActionId.PREVIOUS,
        "Left": ActionId.PREVIOUS,
        "Z": ActionId.UNDO,
        "?": ActionId.SHORTCUT_SHEET,
        "Return": ActionId.CONFIRM,
        "Enter": ActionId.CONFIRM,
        "Esc": ActionId.CANCEL,
        **{str(n): ActionId(f"option_{n}") for n in range(1, 10)},
    }
    for key, action in expected.items():
        assert keymap.action_for(key) == action, key
    assert keymap.keys_for("next") == ("N", "Right")


def test_every_default_action_has_a_label_and_the_defaults_do_not_conflict():
    assert len({a.id for a in DEFAULT_ACTIONS}) == len(DEFAULT_ACTIONS) == len(ActionId)
    assert all(a.label for a in DEFAULT_ACTIONS)
    assert Keymap().to_dict() == {}


def test_lookups_are_case_insensitive_and_unknown_keys_do_nothing():
    keymap = Keymap()
    assert keymap.action_for("a") == ActionId.APPROVE
    assert keymap.action_for("escape") == ActionId.CANCEL
    assert keymap.action_for("Q") is None
    assert keymap.action_for("Ctrl+A") is None
    assert keymap.action_for("") is None


def test_option_numbers():
    assert option_number(ActionId.OPTION_1) == 1
    assert option_number(ActionId.OPTION_9) == 9
    assert option_number(ActionId.APPROVE) is None


@pytest.mark.parametrize(
    "text, canonical",
    [
        ("a", "A"),
        ("right", "Right"),
        ("Escape", "Esc"),
        ("page down", "PgDown"),
        ("shift+ctrl+k", "Ctrl+Shift+K"),
        ("Control+Alt+Meta+x", "Meta+Ctrl+Alt+X"),
        ("+", "+"),
        ("Ctrl++", "Ctrl++"),
        ("?", "?"),
        ("é", "É"),
        ("f12", "F12"),
    ],
)
def test_key_names_become_qt_portable_text(text, canonical):
    assert normalize_key(text) == canonical


@pytest.mark.parametrize("text", ["", " ", "Ctrl+", "Hyper+A", "AB", "Enterr", "F36", 5, None])
def test_bad_key_names_are_refused_clearly(text):
    with pytest.raises(KeymapError, match="not a key name"):
        normalize_key(text)


def test_remapping_returns_a_new_keymap_and_keeps_the_old_one():
    default = Keymap()
    azerty = default.remap("option_1", ["&"]).remap("option_2", ["é"])
    assert azerty.action_for("&") == ActionId.OPTION_1
    assert azerty.action_for("1") is None
    assert azerty.keys_for("option_2") == ("É",)
    assert default.action_for("1") == ActionId.OPTION_1
    assert azerty.to_dict() == {"option_1": ["&"], "option_2": ["É"]}


def test_two_actions_on_one_key_is_a_clear_error():
    with pytest.raises(KeyConflictError) as caught:
        Keymap().remap("approve", ["N"])
    error = caught.value
    assert [(c.key, c.actions) for c in error.conflicts] == [("N", (ActionId.APPROVE, ActionId.NEXT))]
    assert (
        str(error)
        == 'Each key can do only one thing: the key "N" is assigned to "Approve" and "Next listing".'
    )


def test_moving_a_key_works_when_its_old_action_lets_go_first():
    keymap = Keymap().remap("next", ["Right"]).remap("approve", ["N"])
    assert keymap.action_for("N") == ActionId.APPROVE
    assert keymap.action_for("Right") == ActionId.NEXT
    assert keymap.action_for("A") is None


def test_unbinding_and_resetting():
    keymap = Keymap().remap("skip", []).remap("undo", ["Backspace"])
    assert keymap.keys_for("skip") == ()
    assert keymap.action_for("S") is None
    assert keymap.reset("skip").keys_for("skip") == ("S",)
    assert keymap.reset("skip").keys_for("undo") == ("Backspace",)
    assert keymap.reset() == Keymap()


def test_an_override_equal_to_the_default_is_not_stored():
    assert Keymap({"approve": ["a"], "next": ["n", "right"]}).to_dict() == {}


def test_round_trip_through_json():
    keymap = Keymap().remap("approve", ["Y"]).remap("skip", []).remap("undo", ["Ctrl+Z"])
    stored = json.loads(json.dumps(keymap.to_dict()))
    assert Keymap.from_dict(stored) == keymap
    assert Keymap.from_dict(None) == Keymap()


@pytest.mark.parametrize(
    "stored, message",
    [
        ({"fly": ["F"]}, "unknown action 'fly'"),
        ({"approve": "A"}, "must be a list of key names"),
        ({"approve": ["Ctrl+"]}, "not a key name"),
        (["approve"], "must map action names to key lists"),
        ({"approve": ["R"]}, "Each key can do only one thing"),
    ],
)
def test_a_damaged_stored_keymap_is_refused_with_a_reason(stored, message):
    with pytest.raises(KeymapError, match=message):
        Keymap.from_dict(stored)
