"""The dispute loop and the lead's figures in the real screens, against the real server: the
lead's comment reaches the moderator's "My feedback", the lead sees the auditor and the history
of settled disputes, the dashboard refreshes after a lead's action, and the auditors are graded."""

from __future__ import annotations

import pytest

from moderator_app.core import qa_schema as qa
from moderator_app.net.api_client import ApiClient
from moderator_app.sync.qa_desk import QaDesk
from moderator_app.views.qa.disputes_panel import DisputesPanel
from moderator_app.views.qa.feedback_view import FeedbackView
from moderator_app.views.qa.lead_dashboard import LeadDashboard
from tests.qa_seed import seed_audited_history

pytestmark = pytest.mark.slow


@pytest.fixture
def clients(live_server):
    made = {n: ApiClient(live_server.url, token=live_server.token(n)) for n in ("lead1", "moderator1", "qa1")}
    yield made
    for c in made.values():
        c.close()


@pytest.fixture
def disputed(live_server, clients):
    """The seeded history and one of moderator1's errors disputed."""
    seeded = seed_audited_history(live_server)
    error = next(r for r in clients["moderator1"].my_feedback() if r.is_error)
    dispute = clients["moderator1"].open_dispute(error.audit_id, "The number was the shop's landline.")
    return seeded, error, dispute


def test_the_leads_comment_reaches_my_feedback(qtbot, clients, runner, disputed):
    _seeded, error, dispute = disputed
    clients["lead1"].settle_dispute(
        dispute.dispute_id,
        qa.DisputeSettle(outcome=qa.DisputeState.upheld, comment="Mobile numbers only count."),
    )
    view = FeedbackView(QaDesk(lambda: clients["moderator1"]), runner)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=15_000):
        view.refresh()
    panel = view.table
    row = next(
        r
        for r in range(panel.proxy.rowCount())
        if panel.model.payload(panel.source_row(r)).audit_id == error.audit_id
    )
    panel.view.setCurrentIndex(panel.proxy.index(row, 0))
    assert "Mobile numbers only count." in view.contest_hint.text() and "lead1" in view.contest_hint.text()
    table = panel.model.table()
    assert table.value(panel.source_row(row), "lead_comment") == "Mobile numbers only count."


def test_the_lead_sees_the_auditor_and_the_history_and_the_figures_follow(qtbot, clients, runner, disputed):
    seeded, error, dispute = disputed
    dashboard = LeadDashboard(QaDesk(lambda: clients["lead1"]), runner, "lead")
    qtbot.addWidget(dashboard)
    dashboard.set_range(seeded["date_from"], seeded["date_to"])
    with qtbot.waitSignal(dashboard.loaded, timeout=20_000):
        dashboard.refresh()
    panel: DisputesPanel = dashboard.disputes
    dashboard.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.loaded_once and not panel.busy(), timeout=15_000)
    table = panel.table.model.table()
    assert [table.value(0, "auditor"), table.value(0, "auditor_comment")] == ["qa1", error.comment]
    assert table.value(0, "reason") == "The number was the shop's landline."

    errors_before = {m.moderator: m.errors for m in dashboard.data.moderators}
    panel.table.view.setCurrentIndex(panel.table.proxy.index(0, 0))
    panel.comment_edit.setText("Fair point: a landline is allowed.")
    # Seen: the dashboard did not refresh after an action. Settling reloads the figures.
    with qtbot.waitSignal(dashboard.loaded, timeout=20_000) as reloaded:
        panel.settle(qa.DisputeState.overturned)
    errors_after = {m.moderator: m.errors for m in reloaded.args[0].moderators}
    assert errors_after["moderator1"] == errors_before["moderator1"] - 1

    qtbot.waitUntil(lambda: not panel.busy(), timeout=15_000)
    assert panel.table.model.table().rows == [], "no open dispute left"
    panel.set_view(qa.DisputeView.settled)
    qtbot.waitUntil(lambda: not panel.busy() and bool(panel.table.model.table().rows), timeout=15_000)
    history = panel.table.model.table()
    assert (
        history.value(0, "state"),
        history.value(0, "settled_by"),
        history.value(0, "settle_comment"),
    ) == ("overturned", "lead1", "Fair point: a landline is allowed.")
    assert not panel.uphold_button.isEnabled(), "a settled dispute cannot be settled again"


def test_the_auditors_tab_grades_the_graders(qtbot, clients, runner, live_server):
    seeded = seed_audited_history(live_server)
    dashboard = LeadDashboard(QaDesk(lambda: clients["lead1"]), runner, "lead")
    qtbot.addWidget(dashboard)
    dashboard.set_range(seeded["date_from"], seeded["date_to"])
    with qtbot.waitSignal(dashboard.loaded, timeout=20_000):
        dashboard.refresh()
    with qtbot.waitSignal(dashboard.auditors.loaded, timeout=20_000) as loaded:
        dashboard.tabs.setCurrentWidget(dashboard.auditors)
    rows, _pairs = loaded.args[0]
    audited = sum(1 for r in seeded["decisions"] if r["audited"])
    assert [(r.auditor, r.audits) for r in rows] == [("qa1", audited)]
    table = dashboard.auditors.auditors.model.table()
    assert table.value(0, "audits") == audited
    assert table.value(0, "disagreements") == sum(1 for r in seeded["decisions"] if r["error"])
    # and the quality score sits beside the raw error rate
    moderators = dashboard.moderators.model.table()
    assert "quality" in [c.key for c in moderators.columns]
