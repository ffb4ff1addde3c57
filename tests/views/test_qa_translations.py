"""The QA screens in French, against the real server: the Quality menu, the lead dashboard's tabs,
table headers and cell labels, and "My feedback" come from resources/i18n/moderator_app_fr.qm,
while the raw values behind the cells (what sorting and exports use) stay the server's."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import keyring.backends.fail
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from moderator_app.net.api_client import ApiClient
from moderator_app.net.token_store import TokenStore
from moderator_app.sync import qa_tables
from moderator_app.sync.engine import SyncSettings
from moderator_app.sync.qa_desk import QaDesk
from moderator_app.views import i18n
from moderator_app.views.main_window import MainWindow
from moderator_app.views.qa.feedback_view import FeedbackView
from moderator_app.views.qa.lead_dashboard import LeadDashboard
from moderator_app.views.task_runner import TaskRunner
from tests.qa_seed import seed_audited_history

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
QA_CONTEXTS = {"QaTables", "AuditFlow", "QaNavigation"}


@pytest.fixture
def french(qapp):
    """The app in French for one test; English again afterwards (other tests read English)."""
    assert i18n.install(qapp, "fr") == "fr"
    yield
    i18n.install(qapp, "en")



@pytest.fixture
def seeded(live_server):
    return seed_audited_history(live_server)


@pytest.fixture
def client(live_server):
    made: list[ApiClient] = []

    def make(username: str) -> ApiClient:
        made.append(ApiClient(live_server.url, token=live_server.token(username)))
        return made[-1]

    yield make
    for c in made:
        c.close()


def headers(panel) -> list[str]:
    """The headers the table view shows."""
    model = panel.model
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


def cell(panel, row: int, key: str) -> str:
    return panel.model.index(row, panel.model.table().column(key)).data()


def open_dashboard(qtbot, desk: QaDesk, runner: TaskRunner, seeded: dict) -> LeadDashboard:
    dashboard = LeadDashboard(desk, runner, "lead")
    qtbot.addWidget(dashboard)
    dashboard.resize(1280, 800)
    dashboard.show()
    dashboard.set_range(seeded["date_from"], seeded["date_to"])
    with qtbot.waitSignal(dashboard.loaded, timeout=20_000):
        dashboard.refresh()
    return dashboard


def ts_messages(language: str) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <translation> of resources/i18n/moderator_app_{language}.ts."""
    tree = ET.parse(ROOT / "resources" / "i18n" / f"moderator_app_{language}.ts")
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_string_marked_in_the_qa_modules_is_translated(language):
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    marked = [key for key in script.core_strings() if key[0] in QA_CONTEXTS]
    assert len(marked) > 100  # the headers, labels, shortcut rows and notices of the QA screens
    messages = ts_messages(language)
    assert [key for key in marked if key not in messages] == []
    unfinished = [
        key for key, tr in messages.items() if tr.get("type") == "unfinished" or not "".join(tr.itertext())
    ]
    assert unfinished == []


def test_the_catalogue_has_french_for_the_qa_strings(french):
    assert QCoreApplication.translate("QaNavigation", "&Quality") == "&Qualité"
    assert QCoreApplication.translate(qa_tables.CONTEXT, "Error rate") == "Taux d'erreur"
    assert QCoreApplication.translate("AuditFlow", "Calibration items cannot be skipped.") == (
        "Les éléments de calibrage ne peuvent pas être passés."
    )


def test_the_quality_menu_is_in_french(qtbot, live_server, tmp_path, monkeypatch, french, runner):
    from moderator_app.sync.workstation import Workstation

    monkeypatch.setenv("MODERATOR_APP_HOME", str(tmp_path / "home"))
    ws = Workstation(
        live_server.url,
        data_dir=tmp_path / "data",
        token_store=TokenStore(keyring.backends.fail.Keyring()),
        settings=SyncSettings(idle_poll_s=0.5),
        prescreen_images=False,
        screen_text=False,
    )
    ws.start()
    try:
        ws.sign_in("lead1", "demo")
        window = MainWindow(ws, runner)
        qtbot.addWidget(window)
        assert window.qa.menu.title() == "&Qualité"
        assert [a.text() for a in window.qa.menu.actions()] == [
            "Tableau de bord de l'équipe",
            "Audit qualité",
            "Mes retours",
            "Réclamations",
            "",  # the separator before the wellness entries of leads
            "Exposition de l'équipe",
            "Paramètres de bien-être…",
        ]
        # the shortcut sheet lists the same entries in French
        assert ("Ctrl+Shift+D", "Tableau de bord de l'équipe") in window.qa.navigation_rows()
        window.detach()
    finally:
        ws.stop()


def test_the_lead_dashboard_is_in_french(qtbot, live_server, seeded, client, french, runner):
    dashboard = open_dashboard(qtbot, QaDesk(lambda: client("lead1")), runner, seeded)
    titles = [dashboard.tabs.tabText(i) for i in range(dashboard.tabs.count())]
    assert titles == [
        "Vue d'ensemble",
        "Périodes",
        "SLA et attente",
        "Erreurs et signalements IA",
        "Taux d'erreur par groupe",
        "Réclamations",
        "Auditeurs",
        "Échantillonnage",
        "Références",
        "Contestations",
        "Calibrage",
        "Exposition",
    ]
    assert dashboard.moderators.title_label.text() == "Modérateurs"
    assert dashboard.moderators.csv_button.text() == "Exporter CSV"
    assert dashboard.state_label.text().startswith("Mis à jour")
    # headers: shown and exported in French; the raw values keep the server's words
    shown = headers(dashboard.moderators)
    assert shown[:3] == ["Modérateur", "Nom", "Décisions"] and "Taux d'erreur" in shown
    assert dashboard.moderators.model.header_texts() == shown
    breakdown = dashboard.breakdown
    assert headers(breakdown) == ["Règle manquée (motif de l'auditeur)", "Gravité", "Erreurs"]
    table = breakdown.model.table()
    severities = {table.value(r, "severity"): cell(breakdown, r, "severity") for r in range(len(table.rows))}
    assert severities == {"critical": "critique", "major": "majeure", "minor": "mineure"}


def test_my_feedback_is_in_french(qtbot, live_server, seeded, client, french, runner):
    view = FeedbackView(QaDesk(lambda: client("moderator1")), runner)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=15_000):
        view.refresh()
    texts = {w.text() for w in view.findChildren(QLabel)} | {b.text() for b in view.findChildren(QPushButton)}
    assert {"Mes retours", "Décisions auditées", "Actualiser", "Contester…"} <= texts
    assert "Verdict" in headers(view.table) and "Votre décision" in headers(view.table)
    table = view.table.model.table()
    verdicts = {(table.value(r, "verdict"), cell(view.table, r, "verdict")) for r in range(len(table.rows))}
    assert verdicts == {("agree", "d'accord"), ("error", "erreur")}
    # a decision shows its action in French and its reason codes as they are
    decisions = {table.value(r, "yours"): cell(view.table, r, "yours") for r in range(len(table.rows))}
    assert decisions["approve"] == "valider"
    assert decisions["reject (contact_details)"] == "refuser (contact_details)"
    exported = {row[table.column("verdict")] for row in qa_tables.export_rows(table)}
    assert exported == {"agree", "error"}  # exports keep the raw values
