"""The lead's tabs against the real server: the sampling rules editor saves, a golden item is
placed, a dispute is settled, and a calibration set is created and its report shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from moderator_app.core import qa_schema as qa
from moderator_app.net.api_client import ApiClient
from moderator_app.sync.qa_desk import QaDesk
from moderator_app.views.qa.calibration_panel import CalibrationPanel
from moderator_app.views.qa.disputes_panel import DisputesPanel
from moderator_app.views.qa.golden_panel import GoldenPanel
from moderator_app.views.qa.rules_panel import RulesPanel
from tests.qa_seed import seed_audited_history

pytestmark = pytest.mark.slow



@pytest.fixture
def clients(live_server):
    made = {n: ApiClient(live_server.url, token=live_server.token(n)) for n in ("lead1", "moderator1", "qa1")}
    yield made
    for c in made.values():
        c.close()


def loaded(qtbot, panel) -> None:
    panel.refresh()
    qtbot.waitUntil(lambda: panel.loaded_once and not panel.busy(), timeout=15_000)


def test_the_rules_editor_saves_a_queues_rule(qtbot, clients, runner):
    panel = RulesPanel(QaDesk(lambda: clients["lead1"]), runner)
    qtbot.addWidget(panel)
    loaded(qtbot, panel)
    queues = [r.queue_id for r in panel.rules]
    assert "new-fr" in queues
    row = next(r for r in range(panel.table.proxy.rowCount())
               if panel.table.model.payload(panel.table.source_row(r)).queue_id == "new-es")
    panel.table.view.setCurrentIndex(panel.table.proxy.index(row, 0))
    assert panel.queue_label.text() == "new-es"
    panel.base_rate.setValue(12.5)
    panel.reject_factor.setValue(2.0)
    panel.save()
    qtbot.waitUntil(lambda: not panel.busy() and panel.save_button.isEnabled(), timeout=10_000)
    rule = next(r for r in clients["lead1"].qa_rules() if r.queue_id == "new-es")
    assert (rule.base_rate, rule.reject_factor, rule.updated_by) == (0.125, 2.0, "lead1")


def test_a_golden_item_is_placed_from_a_listing_id(qtbot, clients, runner):
    panel = GoldenPanel(QaDesk(lambda: clients["lead1"]), runner)
    qtbot.addWidget(panel)
    loaded(qtbot, panel)
    panel.queue_combo.setCurrentIndex(panel.queue_combo.findData("new-fr"))
    panel.listing_edit.setText("P0001")
    panel.action_combo.setCurrentIndex(panel.action_combo.findData("reject"))
    panel.create()  # no reason code yet: refused inline
    assert "reason" in panel.error_label.text()
    panel.reasons_edit.setText("contact_details")
    panel.create()
    qtbot.waitUntil(lambda: panel.table.model.rowCount() == 1, timeout=10_000)
    [item] = clients["lead1"].golden_items()
    assert (item.listing_id, item.queue_id, item.expected_action, item.expected_reason_codes) == (
        "P0001", "new-fr", "reject", ["contact_details"]
    )


def test_a_dispute_is_settled_and_the_error_is_overturned(qtbot, live_server, clients, runner):
    seed_audited_history(live_server)
    error = next(a for a in clients["moderator1"].my_feedback() if not a.agree)
    clients["moderator1"].open_dispute(error.audit_id, "It was allowed.")
    panel = DisputesPanel(QaDesk(lambda: clients["lead1"]), runner)
    qtbot.addWidget(panel)
    loaded(qtbot, panel)
    assert panel.table.model.rowCount() == 1
    panel.comment_edit.setText("Agreed, policy allows it.")
    panel.settle(qa.DisputeState.overturned)
    qtbot.waitUntil(lambda: not panel.busy() and panel.table.model.rowCount() == 0, timeout=10_000)
    audit = next(a for a in clients["moderator1"].my_feedback() if a.audit_id == error.audit_id)
    assert audit.dispute_state == qa.DisputeState.overturned and not audit.is_error


def test_a_calibration_set_is_created_and_its_report_shown(qtbot, clients, runner):
    panel = CalibrationPanel(QaDesk(lambda: clients["lead1"]), runner)
    qtbot.addWidget(panel)
    loaded(qtbot, panel)
    panel.name_edit.setText("Bikes")
    panel.listings_edit.setText("L0001, L0002")
    panel.reviewers_edit.setText("qa1, lead1")
    panel.create()
    qtbot.waitUntil(lambda: panel.sets.model.rowCount() == 1 and not panel.busy(), timeout=10_000)
    created = panel.sets.model.payload(0)
    for reviewer, actions in (("qa1", ("approve", "reject")), ("lead1", ("approve", "approve"))):
        client = clients[reviewer]
        for action in actions:
            task = client.next_calibration_task(created.set_id)
            reasons = ["counterfeit"] if action == "reject" else []
            client.answer_calibration(created.set_id, qa.CalibrationAnswer(
                listing_id=task.listing.id, action=action, reason_codes=reasons))
    panel.sets.view.setFocus()
    panel.sets.view.setCurrentIndex(panel.sets.proxy.index(0, 0))
    QTest.keyClick(panel.sets.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.report is not None, timeout=10_000)
    report = panel.report
    assert panel.items.model.rowCount() == 2
    # the item the reviewers disagree on comes first
    first = panel.items.model.table().rows[0]
    assert first[panel.items.model.table().column("agreement")] == report.items[0].agreement == 0.0
    assert "Fleiss" in panel.summary.text() and panel.pairs.model.rowCount() == 1
