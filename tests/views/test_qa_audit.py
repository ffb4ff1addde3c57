"""The QA audit screen against the real server, driven by the keyboard only:
blind decision -> reveal -> verdict keys -> comment -> Enter records the audit, then the next sample.
The same screen answers calibration tasks."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from moderator_app.core import qa_schema as qa
from moderator_app.core import schema
from moderator_app.net.api_client import ApiClient
from moderator_app.sync.audit_flow import Step
from moderator_app.sync.qa_desk import QaDesk
from moderator_app.views.qa.audit_screen import AuditScreen
from tests.qa_seed import SAMPLE_ALL

pytestmark = pytest.mark.slow



@pytest.fixture
def clients(live_server):
    made = {name: ApiClient(live_server.url, token=live_server.token(name)) for name in ("lead1", "qa1", "moderator1")}
    yield made
    for client in made.values():
        client.close()


def decide(client: ApiClient, count: int, action: str, reasons: list[str]) -> list[int]:
    leases = client.claim("new-fr", count)
    ids = []
    for lease in leases:
        result = client.decide(schema.DecisionRequest(
            idempotency_key=uuid.uuid4(), item_id=lease.item_id, lease_token=lease.lease_token,
            action=action, reason_codes=reasons, time_spent_ms=4000, listing_version=lease.listing_version,
        ))
        ids.append(result.decision_id)
    return ids


def audit_screen(qtbot, client, runner) -> AuditScreen:
    screen = AuditScreen(QaDesk(lambda: client), runner)
    qtbot.addWidget(screen)
    screen.resize(1400, 860)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow, timeout=5_000)
    return screen


def key(screen, k):
    QTest.keyClick(screen, k)


def test_a_blind_audit_by_keyboard_is_recorded_on_the_server(qtbot, clients, runner):
    clients["lead1"].update_qa_rule("new-fr", SAMPLE_ALL)
    [decision_id] = decide(clients["moderator1"], 1, "reject", ["contact_details"])

    screen = audit_screen(qtbot, clients["qa1"], runner)
    with qtbot.waitSignal(screen.task_shown, timeout=15_000) as shown:
        screen.start()
    task = shown.args[0]
    assert task is not None and screen.flow.step == Step.BLIND
    assert screen.listing_panel.title_view.toPlainText() == task.listing.title
    # Seen: "posted 13 min ago" for a decision days old. The audit shows the posting date itself.
    posted = screen.listing_panel.posted_label.text()
    assert "ago" not in posted and task.listing.created_at.strftime("%Y-%m-%d") in posted
    assert "hidden" in screen.verdict_panel.original_label.text()  # nothing revealed before the blind decision
    assert not screen.verdict_panel.verdict_box.isVisible()

    screen.setFocus()
    key(screen, Qt.Key.Key_Y)  # a verdict key before deciding does nothing
    assert screen.flow.step == Step.BLIND
    with qtbot.waitSignal(screen.revealed, timeout=10_000) as revealed:
        key(screen, Qt.Key.Key_A)  # blind: approve
        key(screen, Qt.Key.Key_A)  # a double press sends nothing more
    reveal = revealed.args[0]
    assert reveal.original.decision_id == decision_id and reveal.original.action == "reject"
    assert "Contact details" in screen.verdict_panel.original_label.text() or "contact_details" in screen.verdict_panel.original_label.text()
    assert screen.verdict_panel.verdict_box.isVisible() and screen.flow.verdict.agree is None
    assert not screen.verdict_panel.agree_button.isChecked() and not screen.verdict_panel.disagree_button.isChecked()

    key(screen, Qt.Key.Key_Return)  # nothing chosen: Enter alone records nothing
    assert screen.flow.step == Step.VERDICT
    key(screen, Qt.Key.Key_D)
    assert screen.verdict_panel.disagree_button.isChecked()
    key(screen, Qt.Key.Key_Return)  # no severity yet: refused, nothing sent
    assert screen.flow.step == Step.VERDICT
    key(screen, Qt.Key.Key_2)  # major
    assert screen.verdict_panel.severity_buttons[1].isChecked()
    key(screen, Qt.Key.Key_M)
    assert screen.comment_edit.hasFocus() and screen.flow.step == Step.COMMENT
    QTest.keyClicks(screen.comment_edit, "Shop address only, allowed.")
    with qtbot.waitSignal(screen.audited, timeout=10_000) as audited:
        QTest.keyClick(screen.comment_edit, Qt.Key.Key_Return)
    record = audited.args[0]
    assert record.decision_id == decision_id

    stored = [a for a in clients["lead1"].audits(moderator="moderator1") if a.decision_id == decision_id]
    assert len(stored) == 1
    audit = stored[0]
    assert (audit.agree, audit.severity, audit.correct_action, audit.blind_action, audit.auditor) == (
        False, qa.Severity.major, "approve", "approve", "qa1"
    )
    assert audit.comment == "Shop address only, allowed." and audit.is_error

    # the next sample is claimed by itself; nothing else waits
    qtbot.waitUntil(lambda: screen.flow.step == Step.IDLE, timeout=10_000)
    assert "Nothing is waiting" in screen.empty_label.text()


def test_giving_a_sample_back_and_agreeing(qtbot, clients, runner):
    clients["lead1"].update_qa_rule("new-fr", SAMPLE_ALL)
    decided = decide(clients["moderator1"], 2, "approve", [])
    screen = audit_screen(qtbot, clients["qa1"], runner)
    with qtbot.waitSignal(screen.task_shown, timeout=15_000) as first:
        screen.start()
    first_sample = first.args[0].sample_id
    screen.setFocus()
    with qtbot.waitSignal(screen.task_shown, timeout=15_000) as second:
        key(screen, Qt.Key.Key_S)  # give it back: the next one is claimed
    assert second.args[0] is not None and second.args[0].sample_id != first_sample
    with qtbot.waitSignal(screen.revealed, timeout=10_000):
        key(screen, Qt.Key.Key_A)
    assert screen.flow.verdict.agree is None  # nothing preset, even when the decisions match
    key(screen, Qt.Key.Key_Return)
    assert screen.flow.step == Step.VERDICT, "Enter alone does not rubber-stamp"
    key(screen, Qt.Key.Key_Y)
    with qtbot.waitSignal(screen.audited, timeout=10_000) as audited:
        key(screen, Qt.Key.Key_Return)
    assert audited.args[0].agree and audited.args[0].decision_id in decided
    # the given-back sample comes round again
    qtbot.waitUntil(lambda: screen.flow.task is not None and screen.flow.step == Step.BLIND, timeout=10_000)
    assert screen.flow.task.sample_id == first_sample


def test_calibration_tasks_are_answered_with_the_same_keys(qtbot, clients, runner):
    created = clients["lead1"].create_calibration(qa.CalibrationCreate(
        name="Week 48", items=[qa.CalibrationItemRef(listing_id="L0001"), qa.CalibrationItemRef(listing_id="L0002")],
        reviewers=["qa1", "lead1"],
    ))
    screen = audit_screen(qtbot, clients["qa1"], runner)
    sets = clients["qa1"].calibrations()
    screen.set_calibration_sets(sets)
    assert screen.source_combo.count() == 2
    with qtbot.waitSignal(screen.task_shown, timeout=15_000):
        screen.start(calibration_set=created.set_id)
    screen.setFocus()
    with qtbot.waitSignal(screen.answered, timeout=10_000):
        key(screen, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: screen.flow.step == Step.BLIND, timeout=10_000)
    key(screen, Qt.Key.Key_R)
    key(screen, Qt.Key.Key_1)
    with qtbot.waitSignal(screen.answered, timeout=10_000):
        key(screen, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.flow.step == Step.IDLE, timeout=10_000)
    assert "done" in screen.empty_label.text()
    mine = next(s for s in clients["qa1"].calibrations() if s.set_id == created.set_id)
    assert mine.my_remaining == 0


def test_an_expired_audit_lease_is_said_inline_and_nothing_is_lost(qtbot, live_server, clients, runner):
    clients["lead1"].update_qa_rule("new-fr", SAMPLE_ALL)
    decide(clients["moderator1"], 1, "approve", [])
    screen = audit_screen(qtbot, clients["qa1"], runner)
    with qtbot.waitSignal(screen.task_shown, timeout=15_000):
        screen.start()
    live_server.clock.advance(live_server.lease_seconds + 5)  # the auditor went for lunch
    screen.setFocus()
    with qtbot.waitSignal(screen.task_shown, timeout=15_000) as again:
        key(screen, Qt.Key.Key_A)  # 409: said inline, and the sample is claimed afresh
    assert again.args[0] is not None and "lease" in screen.error_label.text()
    assert screen.flow.step == Step.BLIND
    screen.setFocus()
    with qtbot.waitSignal(screen.revealed, timeout=10_000):
        key(screen, Qt.Key.Key_A)


def test_remapped_keys_drive_the_audit_and_show_in_its_hints(qtbot, runner):
    from datetime import UTC, datetime, timedelta

    from moderator_app.core.keymap import Keymap
    from moderator_app.core.schema import Listing

    now = datetime.now(UTC)
    listing = Listing(id="L1", version=1, title="Vélo", description="Bon état", price=10.0, currency="EUR",
                      category="home", location="Lyon", country="FR", created_at=now, seller_id="S1", images=[])
    task = qa.AuditTask(sample_id=3, queue_id="new-fr", listing=listing, flags_shown=[], sampled_on=now.date(),
                        lease_expires_at=now + timedelta(minutes=5))
    screen = AuditScreen(QaDesk(lambda: None), runner)
    qtbot.addWidget(screen)
    screen.apply_keymap(Keymap({"approve": ["Q"]}))
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow, timeout=5_000)
    screen._run(screen.flow.task_loaded(task, ["contact_details"]))
    assert "Q approve" in screen.verdict_panel.step_hint.text()
    assert screen.decision_bar.approve_button.text().endswith("Q")
    screen.setFocus()
    key(screen, Qt.Key.Key_A)  # no longer bound
    assert screen.flow.blind is None
    key(screen, Qt.Key.Key_Q)  # the blind approval is sent (this desk has no server: it fails, inline)
    assert screen.flow.blind == qa.BlindDecision(action="approve")
    qtbot.waitUntil(lambda: screen.error_label.isVisible(), timeout=5_000)
    assert screen.flow.step == Step.BLIND
