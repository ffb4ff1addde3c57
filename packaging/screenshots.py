"""Save screenshots of the review screen (light/dark x English/French) into resources/screenshots/,
and of the lead dashboard and the QA audit screen (lead-dashboard.png, qa-audit.png).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py [--qa-only]
The review screen uses the curated sample listing of the view tests (tests/views/sample_items.py);
the QA screens run against the reference server on loopback, seeded with the demo dataset and
eight weeks of decisions and blind audits made through the API (a fixed random seed; the server
draws its samples at random, so the figures differ a little from run to run).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "views"))
sys.path.insert(0, str(ROOT))  # tests.conftest.LiveServer for the QA screens

import sample_items  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QMainWindow  # noqa: E402

from moderator_app.app import create_application  # noqa: E402
from moderator_app.sync.status import SyncStatus  # noqa: E402
from moderator_app.views import i18n, photo_decode  # noqa: E402
from moderator_app.views import theme as themes  # noqa: E402
from moderator_app.views.review_screen import ReviewScreen  # noqa: E402
from moderator_app.views.status_bar import SyncStatusBar  # noqa: E402

OUT = ROOT / "resources" / "screenshots"


def shoot(theme_name: str, language: str, tmp: Path) -> Path:
    app = create_application()
    i18n.install(app, language)
    themes.apply(app, theme_name)
    items = [sample_items.make_item(i, tmp, sensitive=(i == 1)) for i in range(1, 6)]
    window = QMainWindow()
    screen = ReviewScreen(sample_items.StandInWorkstation(items))
    window.setCentralWidget(screen)
    status = SyncStatusBar(window)
    window.setStatusBar(status)
    status.show_status(SyncStatus("online", 2, 5, 5, 842.0, active_queue="new-listings"))
    status.set_lease(842.0)
    window.resize(1480, 900)
    screen.set_queue(sample_items.QUEUE)
    window.show()
    for _ in range(100):
        QTest.qWait(20)
        if screen.cache.pending_count() == 0:
            break
    QTest.qWait(100)
    path = OUT / f"review-{theme_name}-{language}.png"
    window.grab().save(str(path))
    window.close()
    window.deleteLater()
    return path


# --- the QA screens ---------------------------------------------------------------------------

QA_WEEKS = 8
# moderator -> (decisions per week, share the auditor disagrees with)
QA_MODERATORS = {
    "moderator1": (7, 0.03), "moderator2": (6, 0.08), "moderator3": (5, 0.22),
    "moderator4": (7, 0.05), "moderator5": (3, 0.30), "moderator6": (6, 0.10),
}


def qa_history(server, rng) -> None:
    """Eight weeks of decisions by six moderators and qa1's blind audits of a third of them."""
    import uuid
    from datetime import timedelta

    from moderator_app.core import qa_schema as qa
    from moderator_app.core import schema
    from moderator_app.net.api_client import ApiClient

    def client(name: str) -> ApiClient:
        return ApiClient(server.url, token=server.token(name))

    with client("lead1") as lead:
        for queue in ("new-fr", "new-es"):
            lead.update_qa_rule(queue, qa.SamplingRuleUpdate(
                base_rate=0.35, new_moderator_rate=0.35, new_moderator_days=30, error_threshold=0.1,
                high_error_rate=0.5))
    for name in (*QA_MODERATORS, "qa1"):
        server.token(name)  # signed in now: a token issued at a past clock would have expired
    reasons = ["contact_details", "off_platform_payment", "scam_suspected", "counterfeit", "prohibited_item"]
    # (kind, label) as the desk writes them: a policy term's label is its category
    flag_kinds = [("phone", "phone"), ("payment", "payment"), ("banned_term", "scams_and_fraud"),
                  ("nudity", "Possible nudity")]
    for week in range(QA_WEEKS, 0, -1):
        server.clock.offset = -timedelta(weeks=week - 1, days=rng.randint(0, 2), hours=rng.randint(0, 8))
        for moderator, (per_week, _share) in QA_MODERATORS.items():
            count = max(1, per_week + rng.randint(-2, 2))
            with client(moderator) as api:
                for lease in api.claim(rng.choice(["new-fr", "new-es"]), count):
                    spent = rng.randint(6_000, 60_000)
                    server.clock.advance(spent / 1000 + rng.randint(3, 40))  # a believable working pace
                    reject = rng.random() < 0.4
                    flags = [schema.FlagShown(source="local-text", kind=k, label=label)
                             for k, label in flag_kinds if rng.random() < (0.45 if reject else 0.12)]
                    api.decide(schema.DecisionRequest(
                        idempotency_key=uuid.uuid4(), item_id=lease.item_id, lease_token=lease.lease_token,
                        action="reject" if reject else "approve",
                        reason_codes=[rng.choice(reasons)] if reject else [],
                        time_spent_ms=spent, listing_version=lease.listing_version,
                        flags_shown=flags,
                    ))
        with client("qa1") as api:
            while (task := api.claim_audit()) is not None:
                decision = api.blind_decision(task.sample_id, qa.BlindDecision(action="approve"))
                original = decision.original
                error = rng.random() < QA_MODERATORS[original.moderator][1]
                if error:
                    correct = "approve" if original.action == "reject" else "reject"
                    verdict = qa.AuditVerdict(
                        agree=False, correct_action=correct,
                        correct_reason_codes=[rng.choice(reasons)] if correct == "reject" else [],
                        severity=rng.choice(list(qa.Severity)), comment="See the policy on contact details.")
                else:
                    verdict = qa.AuditVerdict(agree=True, correct_action=original.action,
                                              correct_reason_codes=original.reason_codes)
                api.audit_verdict(task.sample_id, verdict)
    server.clock.offset = timedelta(0)


def leave_one_sample(server) -> None:
    """One rejected listing with contact details in its text, sampled and waiting for the auditor."""
    import uuid

    from moderator_app.core import qa_schema as qa
    from moderator_app.core import schema
    from moderator_app.net.api_client import ApiClient
    from moderator_app.sync.screening_adapters import default_text_screener

    with ApiClient(server.url, token=server.token("lead1")) as lead:
        lead.update_qa_rule("reported", qa.SamplingRuleUpdate(
            base_rate=1.0, new_moderator_rate=1.0, new_moderator_days=30, error_threshold=0.1, high_error_rate=1.0))
    screen_text = default_text_screener()
    with ApiClient(server.url, token=server.token("moderator3")) as api:
        leases = api.claim("reported", 40)
        chosen = None
        for lease in leases:
            item = api.item(lease.item_id)
            findings = screen_text(item.listing)
            if item.listing.images and {"phone", "payment"} & {f.kind for f in findings}:
                chosen = lease
                api.decide(schema.DecisionRequest(
                    idempotency_key=uuid.uuid4(), item_id=lease.item_id, lease_token=lease.lease_token,
                    action="approve", time_spent_ms=9_000, listing_version=lease.listing_version,
                    flags_shown=[schema.FlagShown(source="local-text", kind=f.kind, label=f.category or f.kind,
                                                  field=f.field) for f in findings],
                ))
                break
        api.release([lease.item_id for lease in leases if lease is not chosen])


def shoot_qa(tmp: Path) -> list[Path]:
    """lead-dashboard.png and qa-audit.png against a seeded loopback server."""
    import random
    from datetime import timedelta

    from PySide6.QtCore import Qt as QtCore_Qt

    from moderator_app.net.api_client import ApiClient
    from moderator_app.server.demo.builder import build_demo_dataset
    from moderator_app.server.seed import seed_dataset
    from moderator_app.sync.qa_desk import QaDesk
    from moderator_app.sync.screening_adapters import default_text_screener
    from moderator_app.views.qa.audit_screen import AuditScreen
    from moderator_app.views.qa.lead_dashboard import LeadDashboard
    from moderator_app.views.task_runner import TaskRunner
    from tests.conftest import LiveServer

    app = create_application()
    i18n.install(app, "en")
    themes.apply(app, "light")
    server = LiveServer(str(tmp / "qa-screenshots.sqlite3")).start()
    paths = []
    try:
        seed_dataset(server.db, build_demo_dataset(), now=server.clock() - timedelta(weeks=QA_WEEKS, days=3))
        qa_history(server, random.Random(48))
        leave_one_sample(server)
        runner = TaskRunner("screenshots", max_workers=2)

        lead = ApiClient(server.url, token=server.token("lead1"))
        window = QMainWindow()
        dashboard = LeadDashboard(QaDesk(lambda: lead), runner, "lead")
        window.setCentralWidget(dashboard)
        status = SyncStatusBar(window)
        window.setStatusBar(status)
        window.resize(1480, 900)
        window.show()
        today = server.clock().date()
        dashboard.set_range(today - timedelta(weeks=QA_WEEKS), today)
        dashboard.refresh()
        _wait(lambda: dashboard.data is not None and not dashboard.busy())
        dashboard.moderators.sort_by("error_rate", QtCore_Qt.SortOrder.DescendingOrder)
        dashboard.moderators.view.setFocus()
        QTest.qWait(150)
        paths.append(OUT / "lead-dashboard.png")
        window.grab().save(str(paths[-1]))
        window.close()

        qa_client = ApiClient(server.url, token=server.token("qa1"))
        window = QMainWindow()
        screen = AuditScreen(QaDesk(lambda: qa_client, text_screener=default_text_screener()), runner)
        window.setCentralWidget(screen)
        window.setStatusBar(SyncStatusBar(window))
        window.resize(1480, 900)
        window.show()
        screen.start()
        _wait(lambda: screen.flow.task is not None and not screen.busy())
        screen.setFocus()
        QTest.keyClick(screen, QtCore_Qt.Key.Key_R)
        QTest.keyClick(screen, QtCore_Qt.Key.Key_1)
        QTest.keyClick(screen, QtCore_Qt.Key.Key_Return)
        _wait(lambda: screen.flow.reveal is not None and not screen.busy())
        QTest.keyClick(screen, QtCore_Qt.Key.Key_D)  # nothing is preset: the auditor disagrees…
        QTest.keyClick(screen, QtCore_Qt.Key.Key_2)  # …and says how badly
        screen.comment_edit.setText("The phone number is written out in the description.")
        screen.flow_comment(screen.comment_edit.text())
        screen._render()
        QTest.qWait(150)
        paths.append(OUT / "qa-audit.png")
        window.grab().save(str(paths[-1]))
        window.close()
        runner.shutdown(wait=True)
        lead.close()
        qa_client.close()
    finally:
        server.stop()
    return paths


def _wait(condition, timeout_ms: int = 30_000) -> None:
    waited = 0
    while not condition():
        if waited > timeout_ms:
            raise RuntimeError("the screen did not get ready in time")
        QTest.qWait(25)
        waited += 25


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    photo_decode.install_limits()
    with tempfile.TemporaryDirectory() as tmp:
        if "--qa-only" not in sys.argv:
            for theme_name in ("light", "dark"):
                for language in ("en", "fr"):
                    print(shoot(theme_name, language, Path(tmp)))
        for path in shoot_qa(Path(tmp)):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
