"""The lead's wellness screens against the real server: the settings dialog saves a team's settings
(from the keyboard) and shows clear errors; the dashboard's exposure tab shows each moderator's
figures (never a photo); the form's rules hold for any values."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from moderator_app.core import wellness_schema as wellness
from moderator_app.net.api_client import ApiClient
from moderator_app.sync.qa_desk import QaDesk
from moderator_app.sync.wellness_desk import WellnessDesk, bounds, check_settings
from moderator_app.views.qa.exposure_panel import ExposurePanel
from moderator_app.views.qa.lead_dashboard import LeadDashboard
from moderator_app.views.qa.wellness_dialog import WellnessSettingsDialog

pytestmark = pytest.mark.slow


@pytest.fixture
def clients(live_server):
    made = {n: ApiClient(live_server.url, token=live_server.token(n)) for n in ("lead1", "moderator1", "qa1")}
    yield made
    for c in made.values():
        c.close()


def opened_dialog(qtbot, api, runner) -> WellnessSettingsDialog:
    dialog = WellnessSettingsDialog(WellnessDesk(lambda: api), runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=15_000):
        dialog.load()
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_into(spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, text)


# Typing a time zone opens its completer's popup, which the offscreen platform cannot raise.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_the_settings_dialog_saves_a_teams_settings_from_the_keyboard(qtbot, clients, runner):
    dialog = opened_dialog(qtbot, clients["lead1"], runner)
    team = dialog.current_team()
    assert team is not None
    type_into(dialog.break_interval, "45")
    type_into(dialog.shift_minutes, "90")
    type_into(dialog.shift_photos, "40")
    type_into(dialog.day_photos, "100")
    dialog.on_budget.setFocus()
    QTest.keyClick(dialog.on_budget, Qt.Key.Key_Up)  # "remind" is above "route"
    dialog.timezone.setFocus()
    dialog.timezone.selectAll()
    QTest.keyClicks(dialog.timezone, "Europe/Madrid")
    with qtbot.waitSignal(dialog.saved, timeout=15_000):
        QTest.keyClick(dialog.timezone, Qt.Key.Key_Return)  # Enter saves

    saved = next(t for t in clients["lead1"].teams() if t.team_id == team.team_id)
    w = saved.wellness
    assert (w.break_interval_minutes, w.shift_budget_minutes, w.shift_budget_photos, w.day_budget_photos) == (
        45, 90, 40, 100)
    assert (w.on_budget, w.timezone, saved.updated_by) == (wellness.OnBudget.remind, "Europe/Madrid", "lead1")
    assert w.day_budget_minutes == team.wellness.day_budget_minutes  # untouched fields keep their value

    again = opened_dialog(qtbot, clients["lead1"], runner)  # and the dialog reads them back
    assert again.values() == w.model_dump(mode="json") | {"on_budget": "remind"}
    # "No budget" (the spin box's lowest value) clears a budget.
    type_into(again.day_photos, "0")
    again.day_photos.setValue(again.day_photos.minimum())
    with qtbot.waitSignal(again.saved, timeout=15_000):
        again.save()
    assert next(t for t in clients["lead1"].teams() if t.team_id == team.team_id).wellness.day_budget_photos is None


def test_the_settings_dialog_refuses_bad_values_with_clear_errors_and_saves_nothing(qtbot, clients, runner):
    dialog = opened_dialog(qtbot, clients["lead1"], runner)
    before = clients["lead1"].teams()
    type_into(dialog.shift_minutes, "400")
    type_into(dialog.day_minutes, "300")
    dialog.timezone.setText("Mars/Olympus")
    with qtbot.waitSignal(dialog.failed, timeout=5_000):
        dialog.save()
    text = dialog.error_label.text()
    assert "budget per shift (400) is larger than the budget per day (300)" in text
    assert "Unknown time zone: Mars/Olympus" in text
    assert dialog.isVisible() and dialog.focusWidget() is dialog.shift_minutes
    assert clients["lead1"].teams() == before


def test_a_moderator_cannot_open_the_teams_and_is_told_so(qtbot, clients, runner):
    dialog = WellnessSettingsDialog(WellnessDesk(lambda: clients["moderator1"]), runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=15_000):
        dialog.load()
    assert dialog.error_label.text().startswith("The teams could not be loaded:")
    assert not dialog.save_button.isEnabled()


def report_reveals(api: ApiClient, count: int, live_server) -> None:
    events = [
        wellness.ExposureEvent(event_id=uuid.uuid4(), kind="reveal", at=live_server.clock(), image_id=f"img-{i}",
                               item_id=None, flags=[{"source": "local-image", "kind": "nudity",
                                                     "label": "Possible nudity", "score": 0.9}])
        for i in range(count)
    ]
    api.report_exposure(wellness.ExposureReport(events=events))


def test_the_dashboards_exposure_tab_shows_each_moderators_figures(qtbot, clients, runner, live_server):
    report_reveals(clients["moderator1"], 3, live_server)
    dashboard = LeadDashboard(QaDesk(lambda: clients["lead1"]), runner, "lead")
    qtbot.addWidget(dashboard)
    panel = dashboard.exposure
    assert isinstance(panel, ExposurePanel)
    with qtbot.waitSignal(panel.loaded, timeout=15_000):
        dashboard.open_exposure()
    table = panel.table.model.table()
    row = next(i for i, r in enumerate(table.rows) if r[table.column("moderator")] == "moderator1")
    assert table.value(row, "shift_photos") == 3 and table.value(row, "day_photos") == 3
    assert table.value(row, "level") in ("ok", "reminder", "reached")
    assert {c.key for c in table.columns}.isdisjoint({"image", "photo", "image_id", "url"})
    assert "1 in a shift" in panel.summary_label.text()
    with qtbot.waitSignal(panel.settings_opened, timeout=5_000) as opened:
        panel.open_settings()
    qtbot.waitUntil(lambda: opened.args[0].current_team() is not None, timeout=15_000)
    opened.args[0].reject()
    assert LeadDashboard(QaDesk(lambda: clients["qa1"]), runner, "qa").exposure is None  # QA: no exposure tab


budgets = st.one_of(st.none(), st.integers(0, 2000))


@settings(max_examples=300, deadline=None)
@given(interval=st.integers(0, 600), pause=st.integers(0, 200), shift_m=budgets, day_m=budgets,
       shift_p=budgets, day_p=budgets, share=st.floats(0, 1.5), zone=st.sampled_from(["UTC", "Europe/Paris", "Nowhere"]))
def test_the_form_accepts_exactly_the_settings_the_server_accepts_and_that_make_sense(
        interval, pause, shift_m, day_m, shift_p, day_p, share, zone):
    values = {"break_interval_minutes": interval, "break_minutes": pause, "shift_budget_minutes": shift_m,
              "day_budget_minutes": day_m, "shift_budget_photos": shift_p, "day_budget_photos": day_p,
              "reminder_share": share, "timezone": zone}
    result, errors = check_settings(values)
    assert (result is None) == bool(errors)
    if result is not None:
        assert wellness.WellnessSettings.model_validate(result.model_dump()) == result
        for unit in ("minutes", "photos"):
            s, d = values[f"shift_budget_{unit}"], values[f"day_budget_{unit}"]
            assert s is None or d is None or s <= d
        assert pause < interval
        low, high = bounds("break_interval_minutes")
        assert low <= interval <= high
    else:
        assert all(e.text for e in errors)

