"""The lead dashboard's Appeals tab against the real server: appeal and reversal rates per
moderator, the "reversal counts as an error" setting (and the error rates it moves), and the
notifiers flagged for manifestly unfounded notices; QA auditors see the rates only."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from moderator_app.net.api_client import ApiClient
from moderator_app.sync.qa_desk import DashboardQuery, QaDesk
from moderator_app.views.qa.appeals_panel import AppealsPanel
from moderator_app.views.qa.lead_dashboard import LeadDashboard
from tests.server.api_helpers import claim, decision_body
from tests.server.dsa_helpers import add_intake_user, notice_body

pytestmark = pytest.mark.slow


@pytest.fixture
def history(live_server):
    """moderator1's rejection reversed on appeal by moderator2, and a user's notice found
    manifestly unfounded (flagged from one such notice)."""
    lead = live_server.client("lead1")
    settings = lead.get("/v1/dsa/settings").json()
    assert lead.put("/v1/dsa/settings", json={**settings, "unfounded_flag_count": 1}).status_code == 200
    intake = add_intake_user(live_server)
    moderator1, moderator2 = live_server.client("moderator1"), live_server.client("moderator2")
    notice = intake.post("/v1/notices", json=notice_body("P0002")).json()
    [reported] = claim(moderator1, "reported")
    approved = moderator1.post(
        "/v1/decisions", json=decision_body(reported, notice_ids=[notice["notice_id"]],
                                            unfounded_notice_ids=[notice["notice_id"]])
    )  # fmt: skip
    assert approved.status_code == 200, approved.text
    [lease] = claim(moderator1, "new-fr")
    rejected = moderator1.post("/v1/decisions", json=decision_body(lease, "reject")).json()
    appeal = intake.post(
        "/v1/appeals", json={"decision_id": rejected["decision_id"], "appellant": "seller", "explanation": "x"}
    ).json()
    [appeal_lease] = claim(moderator2, "appeals")
    outcome = moderator2.post(
        f"/v1/appeals/{appeal['appeal_id']}/outcome",
        json={"idempotency_key": str(uuid.uuid4()), "lease_token": appeal_lease["lease_token"],
              "outcome": "reverse", "reply": "Allowed."},
    )  # fmt: skip
    assert outcome.status_code == 200, outcome.text
    for client in (lead, intake, moderator1, moderator2):
        client.close()
    today = datetime.now(UTC).date()
    return DashboardQuery(today, today)


@pytest.fixture
def client_of(live_server):
    made: list[ApiClient] = []

    def make(username: str) -> ApiClient:
        made.append(ApiClient(live_server.url, token=live_server.token(username)))
        return made[-1]

    yield make
    for client in made:
        client.close()


def open_panel(qtbot, runner, client, query, lead: bool) -> AppealsPanel:
    panel = AppealsPanel(QaDesk(lambda: client), runner, lambda: query, lead)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=15_000):
        panel.refresh()
    return panel


def row_of(panel_table, group: str) -> int:
    table = panel_table.model.table()
    return next(i for i, row in enumerate(table.rows) if row[0] == group)


def test_the_lead_sees_reversal_rates_and_flagged_notifiers_and_changes_the_setting(
    qtbot, runner, client_of, history
):
    lead = client_of("lead1")
    panel = open_panel(qtbot, runner, lead, history, lead=True)
    table = panel.rates.model.table()
    row = row_of(panel.rates, "moderator1")
    assert table.value(row, "appeals") == 1 and table.value(row, "reversals") == 1
    assert table.value(row, "reversal_rate") == 1.0
    assert table.value(row, "ci_low") < 0.5, "one reversal out of one is not a 100% certainty"
    assert panel.rates.model.index(row, table.column("reversal_rate")).data() == "100.0%"
    notifiers = panel.notifiers.model.table()
    assert panel.notifiers.isVisible()
    assert [(r[0], r[1], r[5]) for r in notifiers.rows] == [("user", "Jeanne Martin <jeanne.martin@example.org>", 1)]
    assert "at least 1 manifestly unfounded" in panel.notifiers_note.text()

    errors = {r.group: r for r in lead.error_rates(history.date_from, history.date_to, "moderator")}
    assert errors["moderator1"].errors == 1
    assert panel.reversal_check.isChecked() and panel.reversal_check.isEnabled()
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        panel.reversal_check.click()
    assert lead.dsa_settings().reversal_counts_as_error is False
    errors = {r.group: r for r in lead.error_rates(history.date_from, history.date_to, "moderator")}
    assert errors["moderator1"].errors == 0

    panel.group_combo.setCurrentIndex(panel.group_combo.findData("queue"))
    qtbot.waitUntil(lambda: panel.data.group_by == "queue" and not panel.busy(), timeout=10_000)
    assert panel.rates.model.headerData(0, Qt.Orientation.Horizontal) == "Queue"
    assert panel.rates.model.table().value(row_of(panel.rates, "new-fr"), "reversals") == 1


def test_a_qa_auditor_sees_the_rates_but_neither_notifiers_nor_the_setting(qtbot, runner, client_of, history):
    panel = open_panel(qtbot, runner, client_of("qa1"), history, lead=False)
    assert panel.rates.model.table().value(row_of(panel.rates, "moderator1"), "reversals") == 1
    assert not panel.notifiers.isVisible() and not panel.reversal_check.isEnabled()
    assert panel.data.notifiers is None


def test_the_dashboard_has_an_appeals_tab(qtbot, runner, client_of, history):
    dashboard = LeadDashboard(QaDesk(lambda: client_of("lead1")), runner, "lead")
    qtbot.addWidget(dashboard)
    titles = [dashboard.tabs.tabText(i) for i in range(dashboard.tabs.count())]
    assert "Appeals" in titles
    dashboard.set_range(history.date_from, history.date_to)
    with qtbot.waitSignal(dashboard.appeals.loaded, timeout=15_000):
        dashboard.tabs.setCurrentWidget(dashboard.appeals)
    assert dashboard.appeals.rates.model.rowCount() >= 1


def test_the_lead_suspends_a_flagged_users_notices_and_lifts_the_suspension(
    qtbot, runner, client_of, history, live_server
):
    panel = open_panel(qtbot, runner, client_of("lead1"), history, lead=True)
    assert not panel.suspend_button.isEnabled(), "nothing selected"
    panel.notifiers.view.setCurrentIndex(panel.notifiers.proxy.index(0, 0))
    assert not panel.suspend_button.isEnabled(), "a suspension needs the reason given in the warning"
    panel.suspend_days.setValue(14)
    panel.suspend_reason.setText("Warned on 2026-11-02 about repeated unfounded notices.")
    assert panel.suspend_button.isEnabled() and not panel.lift_button.isEnabled()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.suspend_button.click()
    [record] = panel.data.notifiers
    assert record.suspended_until is not None and record.suspension_reason.startswith("Warned on")
    with add_intake_user(live_server) as intake:
        refused = intake.post("/v1/notices", json=notice_body("P0002"))
        assert refused.status_code == 403 and refused.json()["code"] == "notifier_suspended"
        panel.notifiers.view.setCurrentIndex(panel.notifiers.proxy.index(0, 0))
        assert panel.lift_button.isEnabled()
        with qtbot.waitSignal(panel.loaded, timeout=10_000):
            panel.lift_button.click()
        assert panel.data.notifiers[0].suspended_until is None
        assert intake.post("/v1/notices", json=notice_body("P0002")).status_code == 201
