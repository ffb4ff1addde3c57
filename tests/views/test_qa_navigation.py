"""The main window's Quality menu by role: a moderator sees only "My feedback"; a lead opens the
dashboard and the audit screen from the menu shortcuts, and the figures load in the background."""

from __future__ import annotations

import keyring.backends.fail
import pytest
from PySide6.QtGui import QKeySequence

from moderator_app.core import schema
from moderator_app.core.schema import FlagShown
from moderator_app.net.token_store import TokenStore
from moderator_app.sync.engine import SyncSettings
from moderator_app.views.appeal_screen import AppealScreen
from moderator_app.views.main_window import MainWindow
from moderator_app.views.qa.audit_screen import AuditScreen
from moderator_app.views.qa.feedback_view import FeedbackView
from moderator_app.views.qa.lead_dashboard import LeadDashboard
from moderator_app.views.qa.wellness_dialog import WellnessSettingsDialog

pytestmark = pytest.mark.slow



@pytest.fixture
def signed_in(live_server, tmp_path, monkeypatch):
    from moderator_app.sync.workstation import Workstation

    monkeypatch.setenv("MODERATOR_APP_HOME", str(tmp_path / "home"))
    made = []

    def make(username: str) -> Workstation:
        ws = Workstation(
            live_server.url,
            data_dir=tmp_path / f"data-{username}",
            token_store=TokenStore(keyring.backends.fail.Keyring()),
            settings=SyncSettings(idle_poll_s=0.5),
            prescreen_images=False,
            screen_text=False,
        )
        ws.start()
        made.append(ws)
        ws.sign_in(username, "demo")
        return ws

    yield make
    for ws in made:
        ws.stop()


def quality_entries(window: MainWindow) -> dict[str, str]:
    return {a.text(): a.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            for a in window.qa.menu.actions() if not a.isSeparator()}


def test_a_moderator_sees_only_my_feedback_and_appeals(qtbot, signed_in, runner):
    window = MainWindow(signed_in("moderator1"), runner)
    qtbot.addWidget(window)
    assert window.role == "moderator"
    assert quality_entries(window) == {"My feedback": "Ctrl+Shift+F", "Appeals": "Ctrl+Shift+P"}
    page = window.open_qa_page("feedback")
    assert isinstance(page, FeedbackView) and window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
    assert not page.error_label.isVisible()
    with pytest.raises(PermissionError):
        window.open_qa_page("dashboard")
    window.detach()


def test_a_lead_opens_the_dashboard_and_the_audit_screen_from_the_menu(qtbot, signed_in, runner):
    window = MainWindow(signed_in("lead1"), runner)
    qtbot.addWidget(window)
    window.show()
    assert quality_entries(window) == {
        "Team dashboard": "Ctrl+Shift+D", "QA audit": "Ctrl+Shift+A", "My feedback": "Ctrl+Shift+F",
        "Appeals": "Ctrl+Shift+P",
        "Team exposure": "Ctrl+Shift+E", "Wellness settings…": "Ctrl+Shift+W",
    }
    with qtbot.waitSignal(window.qa.page_opened, timeout=5_000):
        window.qa.actions["dashboard"].trigger()
    dashboard = window.pages.currentWidget()
    assert isinstance(dashboard, LeadDashboard)
    with qtbot.waitSignal(dashboard.loaded, timeout=15_000):
        pass
    titles = [dashboard.tabs.tabText(i) for i in range(dashboard.tabs.count())]
    assert "Sampling rules" in titles and "Calibration" in titles and "Exposure" in titles
    window.qa.actions["wellness_settings"].trigger()  # the exposure tab, and its settings dialog
    assert dashboard.tabs.currentWidget() is dashboard.exposure
    dialogs = [w for w in dashboard.exposure.findChildren(WellnessSettingsDialog) if w.isVisible()]
    assert len(dialogs) == 1
    qtbot.waitUntil(lambda: dialogs[0].current_team() is not None, timeout=15_000)
    dialogs[0].reject()
    window.qa.actions["audit"].trigger()
    audit = window.pages.currentWidget()
    assert isinstance(audit, AuditScreen)
    qtbot.waitUntil(lambda: not audit.busy(), timeout=15_000)
    assert "Nothing is waiting" in audit.empty_label.text()
    # The Appeals queue, picked like any queue, opens its own screen (appeals take an outcome).
    appeals_queue = schema.QueueInfo(
        id="appeals", name="Appeals", size=0, oldest_age_seconds=None, sla_seconds=48 * 3600,
        allowed_actions=[], reason_codes=[], escalation_targets=[],
    )  # fmt: skip
    window.start_queue(appeals_queue)
    appeals = window.pages.currentWidget()
    assert isinstance(appeals, AppealScreen)
    qtbot.waitUntil(lambda: not appeals.busy(), timeout=15_000)
    assert window.ws.session_view().queue_id is None, "no review session claims appeals as listings"
    window.show_picker()
    assert window.pages.currentWidget() is window.picker
    window.detach()


def test_an_auditors_reveals_count_as_their_exposure(qtbot, signed_in, runner):
    ws = signed_in("qa1")
    window = MainWindow(ws, runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.qa.page_opened, timeout=5_000):
        window.qa.actions["audit"].trigger()
    audit = window.pages.currentWidget()
    assert isinstance(audit, AuditScreen)
    window.qa.actions["audit"].trigger()  # opened again: still one connection
    violence = FlagShown(source="server", kind="server", label="graphic_violence", score=0.9, image_id="img-7")
    audit.photo_revealed.emit("img-7", [violence])
    audit.photo_revealed.emit("img-7", [violence])  # revealed twice: one exposure
    qtbot.waitUntil(lambda: ws.exposure.status is not None and ws.exposure.status.receipt is not None
                    and ws.exposure._queue.unsent_count() == 0, timeout=15_000)
    assert ws.exposure_summary().shift_photos == 1
    window.detach()
