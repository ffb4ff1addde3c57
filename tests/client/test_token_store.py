"""Token storage: the OS keyring when there is one, memory for the session when there is none."""

from __future__ import annotations

import logging

from moderator_app.net.token_store import IN_MEMORY_NOTE, SERVICE, TokenStore

SERVER = "http://127.0.0.1:8765/"


def test_token_goes_to_the_keyring_and_sign_out_clears_it(memory_keyring):
    store = TokenStore()
    store.save(SERVER, "moderator1", "secret-token")
    assert memory_keyring.secrets == {(SERVICE, "moderator1@http://127.0.0.1:8765"): "secret-token"}
    assert store.load(SERVER, "moderator1") == "secret-token"
    assert store.load(SERVER, "moderator2") is None
    assert store.where.startswith("Stored in the system keyring")
    store.clear(SERVER, "moderator1")
    assert memory_keyring.secrets == {}
    store.clear(SERVER, "moderator1")  # clearing twice is fine


def test_without_a_keyring_the_token_lives_in_memory_and_the_app_says_so(fail_keyring, caplog):
    caplog.set_level(logging.INFO)
    store = TokenStore()
    assert store.where == IN_MEMORY_NOTE
    store.save(SERVER, "moderator1", "secret-token")
    assert store.load(SERVER, "moderator1") == "secret-token"
    assert not store.persistent
    assert TokenStore().load(SERVER, "moderator1") is None  # a new session starts signed out
    store.clear(SERVER, "moderator1")
    assert store.load(SERVER, "moderator1") is None
    assert "secret-token" not in caplog.text
