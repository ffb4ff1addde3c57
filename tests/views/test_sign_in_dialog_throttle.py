"""Sign-in under the server's throttle: the dialog says how long to wait, keeps the user name,
holds the Sign in button until the wait is over, and Enter signs in afterwards.

The real reference server throttles repeated wrong passwords (429 with Retry-After). Its clock
is frozen and moved by the test, and the dialog measures the wait on an injected clock, so the
test moves time instead of sleeping.
"""

from __future__ import annotations

import warnings

import httpx
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from moderator_app.core.schema import API_PREFIX
from moderator_app.net.token_store import TokenStore
from moderator_app.sync.workstation import Workstation
from moderator_app.views.sign_in_dialog import SignInDialog

pytestmark = pytest.mark.slow


class SteppedClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _fail_until_throttled(server, username: str) -> int:
    """Wrong passwords until the server makes the next attempt wait 4 s; returns that wait."""
    server.clock.freeze()
    url = f"{server.url}{API_PREFIX}/auth/token"
    for _ in range(60):
        answer = httpx.post(url, json={"username": username, "password": "wrong"})
        if answer.status_code == 429:
            wait = int(answer.headers["Retry-After"])
            if wait >= 4:
                return wait
            server.clock.advance(wait)
        else:
            assert answer.status_code == 401, answer.text
    raise AssertionError("the server never throttled")


@pytest.fixture
def throttled(server_factory, tmp_path, monkeypatch, qtbot, runner):
    monkeypatch.setenv("MODERATOR_APP_HOME", str(tmp_path / "home"))
    server = server_factory()
    ws = Workstation(
        server.url,
        data_dir=tmp_path / "data",
        token_store=TokenStore(keyring.backends.fail.Keyring()),
        prescreen_images=False,
    )
    attempts: list[str] = []

    def sign_in(url: str, user: str, password: str):
        attempts.append(password)
        return ws, ws.sign_in(user, password)

    clock = SteppedClock()
    dialog = SignInDialog(sign_in, lambda url: "", runner, server_url=server.url, username="", clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with warnings.catch_warnings():  # the offscreen platform activates no window by itself
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(dialog)
    yield server, dialog, clock, attempts
    ws.stop()


def test_a_throttled_sign_in_says_how_long_to_wait_and_enter_works_after_it(throttled, qtbot):
    server, dialog, clock, attempts = throttled
    wait = _fail_until_throttled(server, "moderator1")

    QTest.keyClicks(dialog.user_edit, "moderator1")
    QTest.keyClicks(dialog.password_edit, "demo")
    QTest.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_label.isVisibleTo(dialog), timeout=10_000)
    assert dialog.error_label.text() == f"Too many attempts; try again in {wait} s"
    assert "server failed" not in dialog.error_label.text().lower()
    assert dialog.user_edit.text() == "moderator1"
    assert not dialog.ok_button.isEnabled()

    # Enter during the wait sends nothing.
    QTest.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    dialog.submit()
    assert attempts == ["demo"]

    clock.now += wait - 1
    qtbot.waitUntil(lambda: dialog.error_label.text() == "Too many attempts; try again in 1 s", timeout=5_000)
    assert not dialog.ok_button.isEnabled()

    clock.now += 1
    server.clock.advance(wait)
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=5_000)
    assert dialog.password_edit.isEnabled() and dialog.user_edit.text() == "moderator1"
    assert dialog.ok_button.isDefault() and not dialog.cancel_button.isDefault()
    dialog.password_edit.setFocus()
    QTest.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() != 0, timeout=10_000)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert attempts == ["demo", "demo"]


@pytest.mark.parametrize(
    "language, expected",
    [("fr", "Trop de tentatives ; réessayez dans 4 s"), ("es", "Demasiados intentos; inténtelo de nuevo en 4 s")],
)
def test_the_wait_is_said_in_the_moderators_language(throttled, qtbot, qapp, language, expected):
    from moderator_app.views import i18n

    server, dialog, clock, attempts = throttled
    wait = _fail_until_throttled(server, "moderator2")
    assert wait == 4
    i18n.install(qapp, language)
    try:
        QTest.keyClicks(dialog.user_edit, "moderator2")
        QTest.keyClicks(dialog.password_edit, "demo")
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.error_label.isVisibleTo(dialog), timeout=10_000)
        text = dialog.error_label.text()
    finally:
        i18n.install(qapp, "en")
    assert text == expected
