"""Settings declared once: validation, defaults, change callbacks and an atomic JSON file."""

from __future__ import annotations

import json
import logging

import pytest

from moderator_app.core.keymap import ActionId
from moderator_app.core.settings_schema import (
    SETTINGS,
    SPECS,
    MemoryBackend,
    Settings,
    SettingsError,
)
from moderator_app.store.settings_file import JsonFileBackend


def test_the_declared_settings_and_their_defaults():
    settings = Settings(MemoryBackend())
    assert settings.values() == {
        "server_url": "",
        "last_username": "",
        "language": "system",
        "theme": "system",
        "blur_mode": "blur",
        "always_blur": False,
        "blur_categories": ["nudity", "sexual", "violence"],
        "keymap": {},
        "cache_days": 7,
        "offline_runway": 25,
        "image_worker_threads": 2,
        "font_size": 10,
        "confirm_reject": False,
    }
    assert SPECS["language"].choice_values == ("system", "en", "fr", "es")
    assert SPECS["theme"].choice_values == ("system", "light", "dark")
    assert SPECS["blur_mode"].choice_values == ("blur", "grayscale", "both")


def test_every_default_passes_its_own_validation_and_has_a_label():
    for spec in SETTINGS:
        assert spec.validate(spec.default) == spec.default, spec.key
        assert spec.label


@pytest.mark.parametrize(
    "key, value, message",
    [
        ("language", "de", "must be one of system, en, fr, es"),
        ("cache_days", 0, "at least 1"),
        ("cache_days", 31, "at most 30"),
        ("cache_days", "7", "must be of type int"),
        ("font_size", True, "must be of type int"),
        ("always_blur", 1, "must be of type bool"),
        ("server_url", "ftp://host", "https://moderation.example.com"),
        ("server_url", "http://", "https://moderation.example.com"),
        ("blur_categories", ["nudity", ""], "non-empty text"),
        ("keymap", {"approve": ["N"]}, "Each key can do only one thing"),
        ("keymap", {"fly": ["F"]}, "unknown action"),
    ],
)
def test_invalid_values_are_refused_with_the_setting_named(key, value, message):
    settings = Settings(MemoryBackend())
    with pytest.raises(SettingsError, match=message) as caught:
        settings.set(key, value)
    assert key in str(caught.value)
    assert settings.get(key) == SPECS[key].default


def test_unknown_settings_are_an_error():
    with pytest.raises(SettingsError, match="unknown setting 'colour'"):
        Settings(MemoryBackend()).set("colour", "red")


def test_values_are_normalized():
    settings = Settings(MemoryBackend())
    settings.set("server_url", " https://mod.example.com:8443/ ")
    settings.set("blur_categories", ["weapons", "nudity", "weapons"])
    settings.set("keymap", {"approve": ["y"], "next": ["N", "Right"]})
    assert settings.get("server_url") == "https://mod.example.com:8443"
    assert settings.get("blur_categories") == ["weapons", "nudity"]
    assert settings.get("keymap") == {"approve": ["Y"]}  # the default for next is not stored
    assert settings.keymap().action_for("Y") == ActionId.APPROVE


def test_callbacks_hear_changes_once_and_can_unsubscribe():
    settings = Settings(MemoryBackend())
    heard = []
    unsubscribe = settings.subscribe(lambda key, value: heard.append((key, value)))
    settings.set("theme", "dark")
    settings.set("theme", "dark")  # no change, no news
    unsubscribe()
    settings.set("theme", "light")
    assert heard == [("theme", "dark")]


def test_a_broken_callback_does_not_silence_the_others(caplog):
    settings = Settings(MemoryBackend())
    heard = []

    def broken(key, value):
        raise RuntimeError("listener bug")

    settings.subscribe(broken)
    settings.subscribe(lambda key, value: heard.append(key))
    with caplog.at_level(logging.ERROR):
        settings.set("always_blur", True)
    assert heard == ["always_blur"]
    assert "callback failed for always_blur" in caplog.text


def test_reading_returns_copies():
    settings = Settings(MemoryBackend())
    settings.get("blur_categories").append("weapons")
    assert settings.get("blur_categories") == ["nudity", "sexual", "violence"]


def test_reset_goes_back_to_the_default():
    settings = Settings(MemoryBackend())
    settings.set("cache_days", 3)
    settings.reset("cache_days")
    assert settings.get("cache_days") == 7


# --- the JSON file ---------------------------------------------------------------------------------


def test_settings_survive_a_restart_through_the_json_file(tmp_path):
    path = tmp_path / "config" / "settings.json"
    first = Settings(JsonFileBackend(path))
    first.set("language", "fr")
    first.set("keymap", {"option_1": ["&"]})
    second = Settings(JsonFileBackend(path))
    assert second.get("language") == "fr"
    assert second.keymap().action_for("&") == ActionId.OPTION_1
    assert json.loads(path.read_text(encoding="utf-8"))["language"] == "fr"
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temp file left behind


def test_invalid_stored_values_fall_back_to_defaults_and_unknown_keys_are_kept(tmp_path, caplog):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"theme": "neon", "cache_days": 14, "from_a_newer_version": [1, 2]}))
    with caplog.at_level(logging.WARNING):
        settings = Settings(JsonFileBackend(path))
    assert settings.get("theme") == "system" and settings.get("cache_days") == 14
    assert "stored setting theme is invalid" in caplog.text
    settings.set("font_size", 12)
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["from_a_newer_version"] == [1, 2] and stored["font_size"] == 12


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b"\xff\xfe not utf-8", b""])
def test_a_corrupt_file_is_moved_aside_not_lost(tmp_path, content, caplog):
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING):
        settings = Settings(JsonFileBackend(path))
    assert settings.get("language") == "system"
    assert (tmp_path / "settings.json.corrupt").read_bytes() == content
    assert "unreadable" in caplog.text
    settings.set("theme", "dark")
    assert json.loads(path.read_text(encoding="utf-8"))["theme"] == "dark"


def test_a_second_corrupt_file_does_not_overwrite_the_first(tmp_path):
    path = tmp_path / "settings.json"
    for content in (b"{first", b"{second"):
        path.write_bytes(content)
        Settings(JsonFileBackend(path))
    assert (tmp_path / "settings.json.corrupt").read_bytes() == b"{first"
    assert (tmp_path / "settings.json.corrupt.1").read_bytes() == b"{second"


def test_a_failed_save_changes_nothing_and_leaves_no_temp_file(tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings(JsonFileBackend(path))
    heard = []
    settings.subscribe(lambda key, value: heard.append(key))
    # Fault: something else now occupies the file's name, so the atomic replace fails.
    path.mkdir()
    (path / "occupied").touch()
    with pytest.raises(OSError):
        settings.set("theme", "light")
    assert settings.get("theme") == "system" and heard == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]
