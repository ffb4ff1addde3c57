"""`run_gui`: starts the desktop app (optionally with the embedded demo backend) and shuts it down cleanly."""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from moderator_app.assets import resource_path
from moderator_app.config import app_paths
from moderator_app.core.settings_schema import Settings
from moderator_app.logging_setup import setup_logging
from moderator_app.net.errors import AuthFailed
from moderator_app.store.settings_file import JsonFileBackend
from moderator_app.sync.screening_adapters import warm_up_screening
from moderator_app.views import crash_dialog, i18n, photo_decode
from moderator_app.views import theme as themes
from moderator_app.views.main_window import MainWindow
from moderator_app.views.settings_dialog import SettingsDialog
from moderator_app.views.sign_in_dialog import SignInDialog
from moderator_app.views.task_runner import TaskRunner

log = logging.getLogger(__name__)

DEMO_USER = "moderator1"
DEMO_PASSWORD = "demo"  # every demo account has this password
SETTINGS_FILENAME = "settings.json"


class WorkstationApp:
    """Owns the QApplication-level pieces: settings, theme, workstation, window, demo backend."""

    def __init__(self, app: QApplication, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.runner = TaskRunner("workstation-net", max_workers=1)
        self.ws: Any = None
        self.window: MainWindow | None = None
        self.backend: Any = None
        settings.subscribe(self._on_setting)
        # The engines import while the backend starts and the user signs in, not after the first claim.
        threading.Thread(target=warm_up_screening, name="screening-warm-up", daemon=True).start()

    # --- workstation ------------------------------------------------------------------------------

    def _make_workstation(self, url: str) -> Any:
        from moderator_app.sync.engine import SyncSettings
        from moderator_app.sync.workstation import Workstation

        # Cached personal data expires after the user's "cache days"; the runway is how many listings
        # stay leased and downloaded (both read at start).
        sync = SyncSettings(
            max_age_days=float(self.settings.get("cache_days")), runway=int(self.settings.get("offline_runway"))
        )
        ws = Workstation(url, settings=sync)
        ws.start()
        return ws

    def _sign_in(self, url: str, username: str, password: str) -> tuple[Any, Any]:
        """Runs on the background runner: (workstation, user) or an exception with a clear message."""
        ws = self.ws
        if ws is None or ws.server_url.rstrip("/") != url.rstrip("/"):
            if ws is not None:
                ws.stop()
            ws = self._make_workstation(url)
            self.ws = ws
        return ws, ws.sign_in(username, password)

    def _storage_note(self, url: str) -> str:
        from moderator_app.net.token_store import TokenStore

        return TokenStore().where if url else ""

    def sign_in_interactively(self, url: str = "") -> bool:
        """Show the sign-in dialog until the moderator signs in (True) or cancels (False)."""
        dialog = SignInDialog(self._sign_in, self._storage_note, self.runner,
                              server_url=url or self.settings.get("server_url"),
                              username=self.settings.get("last_username"))
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_value is None:
            return False
        ws, user = dialog.result_value
        self.settings.set("server_url", ws.server_url)
        self.settings.set("last_username", user.username)
        return True

    def start_demo(self, username: str = DEMO_USER) -> None:
        from moderator_app.demo_backend import start_demo_backend

        self.backend = start_demo_backend(app_paths().ensure().data_dir / "demo-server")
        self.ws = self._make_workstation(self.backend.url)
        self.ws.sign_in(username, DEMO_PASSWORD)

    def open_window(self) -> MainWindow:
        window = MainWindow(self.ws, self.runner)
        window.settings_requested.connect(self.open_settings)
        window.sign_out_requested.connect(self.sign_out)
        window.review.apply_keymap(self.settings.keymap())
        self._apply_veil(window)
        window.show()
        self.window = window
        return window

    def _apply_veil(self, window: MainWindow) -> None:
        window.review.apply_veil_settings(
            self.settings.get("blur_mode"), self.settings.get("always_blur"), self.settings.get("blur_categories")
        )

    def _rebuild_window(self) -> None:
        """Recreate the window so every string is translated again; the review goes on where it was."""
        old = self.window
        if old is None:
            return
        queue = old.review.current_queue()
        geometry = old.saveGeometry()
        old.detach()
        old.close()
        old.deleteLater()
        window = self.open_window()
        window.restoreGeometry(geometry)
        if queue is not None:
            window.start_queue(queue)

    def open_settings(self) -> None:
        SettingsDialog(self.settings, self.window).exec()

    def sign_out(self) -> None:
        self.runner.run(self.ws.sign_out, lambda _: self._after_sign_out(), lambda exc: self._after_sign_out())

    def _after_sign_out(self) -> None:
        if self.window is not None:
            self.window.detach()
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.sign_in_interactively(self.ws.server_url if self.ws else ""):
            self.open_window()
        else:
            self.app.quit()

    def _on_setting(self, key: str, value: Any) -> None:
        if key == "theme":
            themes.apply(self.app, value)
        elif key == "language":
            i18n.install(self.app, value)
            self._rebuild_window()
        elif key == "keymap" and self.window is not None:
            self.window.review.apply_keymap(self.settings.keymap())
            self.window.qa.apply_keymap(self.settings.keymap())
        elif key in ("blur_mode", "always_blur", "blur_categories") and self.window is not None:
            self._apply_veil(self.window)

    def shutdown(self) -> None:
        """Stop the sync engine and the demo backend; unsent decisions stay in the outbox."""
        log.info("shutting down")
        if self.window is not None:
            self.window.detach()
        self.runner.shutdown(wait=False)
        if self.ws is not None:
            try:
                self.ws.stop()
            except Exception:
                log.exception("stopping the workstation failed")
        if self.backend is not None:
            self.backend.stop()
        log.info("shut down cleanly")


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with HiDPI-friendly defaults (one per process)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("moderator-app")
    app.setApplicationDisplayName("Moderator workstation")
    app.setOrganizationName("moderator-app")
    app.setDesktopFileName("org.moderatorapp.Workstation")
    # One icon for the window and the desktop entry (resources/desktop/icons, made by the packaging).
    icon = QIcon()
    for size in (24, 48, 64, 128, 512):
        png = resource_path("desktop", "icons", "hicolor", f"{size}x{size}", "apps", "org.moderatorapp.Workstation.png")
        if png.exists():
            icon.addFile(str(png))
    if not icon.isNull():
        app.setWindowIcon(icon)
    return app


def load_settings(config_dir: Path | None = None) -> Settings:
    directory = config_dir or app_paths().ensure().config_dir
    return Settings(JsonFileBackend(directory / SETTINGS_FILENAME))


def _quit_on_signals(app: QApplication) -> QTimer:
    """Quit cleanly (stopping sync and the demo server) on Ctrl+C or SIGTERM."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: app.quit())
    # Python runs signal handlers only between bytecodes; an idle timer gives it the chance.
    timer = QTimer()
    timer.start(250)
    timer.timeout.connect(lambda: None)
    return timer


SMOKE_TEST_ENV = "MODERATOR_APP_SMOKE_TEST"


def _quit_when_queue_picker_ready(app: QApplication, window) -> QTimer:
    """Smoke tests of a build: once the picker shows queues, print a ready line and quit."""
    timer = QTimer(window)

    def check() -> None:
        picker = window.picker
        if window.isVisible() and window.pages.currentWidget() is picker and picker.model.rowCount() > 0:
            timer.stop()
            user = window.ws.user
            who = f" as {user.username} ({user.role})" if user is not None else ""
            print(f"ready: queue-picker ({picker.model.rowCount()} queues){who}", flush=True)
            QTimer.singleShot(0, app.quit)

    timer.timeout.connect(check)
    timer.start(50)
    return timer


def run_gui(demo: bool, server: str | None, demo_user: str = DEMO_USER) -> int:
    """Open the workstation. `demo`: embedded server, signed in as `demo_user`; `server`: sign in
    to that backend."""
    started = time.perf_counter()
    setup_logging()
    app = create_application()
    crash_dialog.install()
    signal_timer = _quit_on_signals(app)  # noqa: F841 - kept alive for the whole session
    photo_decode.install_limits()
    settings = load_settings()
    themes.apply(app, settings.get("theme"))
    i18n.install(app, settings.get("language"))
    hints = app.styleHints()
    if hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(lambda _s: settings.get("theme") == "system" and themes.apply(app, "system"))
    workstation_app = WorkstationApp(app, settings)
    try:
        if demo:
            try:
                workstation_app.start_demo(demo_user)
            except AuthFailed:
                print(
                    f"moderator-app: {demo_user!r} is not a demo account (try moderator1, lead1, qa1).",
                    file=sys.stderr,
                )
                return 2
            user = getattr(workstation_app.ws, "user", None)
            if user is not None and str(user.role) == "intake":
                # The marketplace's service account files notices and appeals over the API; no desk
                # screen is for it.
                print(
                    f"moderator-app: {demo_user!r} is the marketplace's intake service account: it files "
                    "notices and appeals through the API (docs/dsa.md) and has no desk screens.",
                    file=sys.stderr,
                )
                return 2
        else:
            url = server or settings.get("server_url")
            resumed = None
            if url:
                workstation_app.ws = workstation_app._make_workstation(url)
                resumed = workstation_app.ws.resume_session()
            if resumed is None and not workstation_app.sign_in_interactively(url or ""):
                return 0
        window = workstation_app.open_window()
        log.info("window open after %.2f s", time.perf_counter() - started)
        smoke_timer = _quit_when_queue_picker_ready(app, window) if os.environ.get(SMOKE_TEST_ENV) == "1" else None  # noqa: F841
        return app.exec()
    finally:
        workstation_app.shutdown()
