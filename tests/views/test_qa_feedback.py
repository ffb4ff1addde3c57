""""My feedback" against the real server: a moderator sees their audits, contests a disagreement,
and cannot contest an agreement or the same audit twice."""

from __future__ import annotations

import pytest

from moderator_app.core import qa_schema as qa
from moderator_app.net.api_client import ApiClient
from moderator_app.sync.qa_desk import QaDesk
from moderator_app.views.qa.feedback_view import FeedbackView
from tests.qa_seed import seed_audited_history

pytestmark = pytest.mark.slow



def select(view: FeedbackView, audit_id: int) -> qa.AuditRecord:
    panel = view.table
    for row in range(panel.proxy.rowCount()):
        record = panel.model.payload(panel.source_row(row))
        if record.audit_id == audit_id:
            panel.view.setCurrentIndex(panel.proxy.index(row, 0))
            return record
    raise AssertionError(f"audit {audit_id} is not listed")


def test_my_feedback_lists_the_audits_and_contesting_opens_a_dispute(qtbot, live_server, runner):
    seeded = seed_audited_history(live_server)
    moderator = ApiClient(live_server.url, token=live_server.token("moderator1"))
    lead = ApiClient(live_server.url, token=live_server.token("lead1"))
    try:
        view = FeedbackView(QaDesk(lambda: moderator), runner)
        qtbot.addWidget(view)
        view.resize(1200, 700)
        view.show()
        with qtbot.waitSignal(view.loaded, timeout=15_000) as loaded:
            view.refresh()
        records = loaded.args[0]
        mine = [r for r in seeded["decisions"] if r["moderator"] == "moderator1" and r["audited"]]
        assert sorted(r.decision_id for r in records) == sorted(r["decision_id"] for r in mine)
        assert view.table.model.rowCount() == len(mine)

        agreed = next(r for r in records if r.agree)
        select(view, agreed.audit_id)
        assert not view.contest_button.isEnabled()
        assert "agreed" in view.contest_hint.text()

        error = next(r for r in records if not r.agree)
        select(view, error.audit_id)
        table = view.table.model.table()
        row = next(i for i, p in enumerate(table.payload) if p.audit_id == error.audit_id)
        assert table.value(row, "verdict") == "error" and table.value(row, "severity") == error.severity.value
        assert table.value(row, "comment") == error.comment and table.value(row, "deadline") is not None
        assert view.contest_button.isEnabled()

        view.ask_reason = lambda: ("The number was the shop's public line.", True)
        with qtbot.waitSignal(view.disputed, timeout=10_000) as disputed:
            view.contest_button.click()
        assert disputed.args[0].audit_id == error.audit_id
        open_disputes = lead.disputes(state="open")
        assert [(d.audit_id, d.reason) for d in open_disputes] == [
            (error.audit_id, "The number was the shop's public line.")
        ]

        qtbot.waitUntil(lambda: any(r.dispute_state == qa.DisputeState.open for r in view.records), timeout=10_000)
        select(view, error.audit_id)
        assert not view.contest_button.isEnabled()  # one dispute per audit
    finally:
        moderator.close()
        lead.close()
