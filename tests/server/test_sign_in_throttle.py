"""Sign-in throttling: wrong passwords get 429 with Retry-After, per account, per address and per
both, and an attacker cannot lock a moderator out for more than a minute.

The server's clock is moved instead of waiting; each test prints what it measured.
"""

from __future__ import annotations

import httpx
import pytest
from api_helpers import assert_problem

from moderator_app.server import throttle


def _sign_in(server, username: str, password: str, address: str | None = None) -> httpx.Response:
    # The address a request comes from is what the server sees; a proxy header is not trusted.
    return httpx.post(f"{server.url}/v1/auth/token", json={"username": username, "password": password})


def test_fifty_wrong_passwords_are_throttled(any_server, capsys):
    """Seen: 50 wrong passwords, 50 × 401. Now the first 5 are checked, then the wait doubles."""
    any_server.clock.freeze()  # no wait runs out between the attempts
    statuses = []
    waits = []
    for _ in range(50):
        response = _sign_in(any_server, "moderator1", "guess")
        statuses.append(response.status_code)
        if response.status_code == 429:
            assert_problem(response, 429, "too_many_attempts")
            waits.append(int(response.headers["retry-after"]))
    assert statuses[:6] == [401] * 6  # five free, the sixth checked and starts the first wait
    assert statuses[6:] == [429] * 44, "throttled attempts do not even reach the password check"
    assert waits[0] >= 1
    print(
        f"\n50 wrong passwords in a row: {statuses.count(401)} checked (401), {statuses.count(429)} refused (429)"
    )


def test_guesses_per_hour_for_one_attacker(live_server, capsys):
    """An attacker who always waits exactly Retry-After: how many passwords can they try in an hour?"""
    live_server.clock.freeze()
    tried = refused = 0
    elapsed = 0.0
    while elapsed < 3600:
        response = _sign_in(live_server, "moderator2", "guess")
        if response.status_code == 401:
            tried += 1
            continue
        assert response.status_code == 429
        refused += 1
        wait = int(response.headers["retry-after"])
        live_server.clock.advance(wait)
        elapsed += wait
    assert tried <= 20
    print(f"\none address against one account, waiting as told: {tried} passwords tried in an hour")


def test_the_moderator_is_never_locked_out_for_long(live_server, capsys):
    """Guesses from many addresses (simulated with one counter per address) push the account's
    wait to its cap, 60 s; the real moderator signs in as soon as it passes, which clears it."""
    live_server.clock.freeze()
    ctx = live_server.app.state.ctx
    now = ctx.now()
    for n in range(40):  # forty machines, one guess each
        ctx.throttle.failed(throttle.keys("moderator1", f"10.0.0.{n}"), now)
    blocked = _sign_in(live_server, "moderator1", "demo")
    assert_problem(blocked, 429, "too_many_attempts")
    wait = int(blocked.headers["retry-after"])
    assert wait <= throttle.ACCOUNT.cap.total_seconds()
    live_server.clock.advance(wait)
    assert _sign_in(live_server, "moderator1", "demo").status_code == 200
    assert _sign_in(live_server, "moderator1", "demo").status_code == 200, "the success cleared the account"
    print(f"\n40 guesses from 40 addresses: the moderator waited {wait} s, then signed in")


def test_one_address_spraying_many_accounts_slows_down(live_server):
    live_server.clock.freeze()
    statuses = [_sign_in(live_server, f"user{n}", "guess").status_code for n in range(40)]
    assert statuses[:31] == [401] * 31
    assert 429 in statuses[31:]


def test_the_counters_forget_after_the_window(live_server):
    live_server.clock.freeze()
    for _ in range(8):
        _sign_in(live_server, "moderator1", "guess")
    assert _sign_in(live_server, "moderator1", "demo").status_code == 429
    live_server.clock.advance(throttle.WINDOW.total_seconds() + 1)
    assert _sign_in(live_server, "moderator1", "demo").status_code == 200


@pytest.mark.parametrize("rule", [throttle.PAIR, throttle.ACCOUNT, throttle.ADDRESS])
def test_each_wait_doubles_up_to_its_cap(rule):
    waits = [rule.wait_after(n).total_seconds() for n in range(rule.free + 1, rule.free + 25)]
    assert waits[:3] == [1, 2, 4]
    assert max(waits) == rule.cap.total_seconds()
    assert all(b >= a for a, b in zip(waits, waits[1:], strict=False))
