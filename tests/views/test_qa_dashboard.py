"""The lead dashboard against the real server: a history seeded through the API shows the same
figures in the dashboard, the table sorts numerically, a number drills down to its decisions,
and every table exports to CSV and XLSX files that read back."""

from __future__ import annotations

import csv
import dataclasses
from datetime import timedelta

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from moderator_app.core import qa_schema as qa
from moderator_app.net.api_client import ApiClient
from moderator_app.sync import qa_desk, qa_tables
from moderator_app.sync.qa_desk import QaDesk
from moderator_app.views.qa.lead_dashboard import LeadDashboard
from moderator_app.views.qa.table_panel import TablePanel
from tests import qa_seed
from tests.qa_seed import seed_audited_history

pytestmark = pytest.mark.slow



@pytest.fixture
def seeded(live_server):
    return seed_audited_history(live_server)


@pytest.fixture
def lead_api(live_server):
    client = ApiClient(live_server.url, token=live_server.token("lead1"))
    yield client
    client.close()


def open_dashboard(qtbot, lead_api, runner, seeded, role="lead") -> LeadDashboard:
    dashboard = LeadDashboard(QaDesk(lambda: lead_api), runner, role)
    qtbot.addWidget(dashboard)
    dashboard.resize(1400, 900)
    dashboard.show()
    dashboard.set_range(seeded["date_from"], seeded["date_to"])
    with qtbot.waitSignal(dashboard.loaded, timeout=20_000):
        dashboard.refresh()
    return dashboard


def shown_rows(panel: TablePanel) -> list[list]:
    return [panel.model.table().rows[panel.source_row(r)] for r in range(panel.proxy.rowCount())]


def test_the_dashboard_shows_the_figures_the_api_returns(qtbot, live_server, lead_api, runner, seeded):
    dashboard = open_dashboard(qtbot, lead_api, runner, seeded)
    f, t = seeded["date_from"], seeded["date_to"]
    table = dashboard.moderators.model.table()
    shown = {table.value(r, "moderator"): r for r in range(len(table.rows))}
    # the seed's own counts (not read back from the server)
    for name, counts in seeded["by"]["moderator"].items():
        row = shown[name]
        assert (table.value(row, "decisions"), table.value(row, "audited"), table.value(row, "errors")) == (
            counts["decisions"], counts["audited"], counts["errors"]
        )
    # the same figures the API gives, interval included
    for m in lead_api.moderator_metrics(f, t):
        row = shown[m.moderator]
        assert table.value(row, "error_rate") == m.error_rate
        assert (table.value(row, "ci_low"), table.value(row, "ci_high")) == (m.ci_low, m.ci_high)
    # what the cells display: a percentage with the interval, and "n/a" never for audited moderators
    index = dashboard.moderators.model.index(shown["moderator1"], table.column("error_rate"))
    rate = seeded["by"]["moderator"]["moderator1"]["errors"] / seeded["by"]["moderator"]["moderator1"]["audited"]
    assert index.data() == f"{rate * 100:.1f}%"
    assert dashboard.trend_chart.series() == qa_desk.trend_series(lead_api.trends(f, t, period="week"))
    assert {w.label for w in dashboard.whisker_chart.series()} == {"moderator1", "moderator2"}
    assert dashboard.sla.model.table().rows == qa_tables.sla_table(lead_api.sla(f, t)).rows
    # errors filed under the policy that was missed (the auditor's correct reason) by default
    by_missed = lead_api.error_breakdown(f, t, by="correct_reason")
    assert dashboard.breakdown.model.table().rows == qa_tables.breakdown_table(by_missed, "correct_reason").rows
    assert "(approved)" not in {r[0] for r in dashboard.breakdown.model.table().rows}
    assert sum(r[2] for r in dashboard.breakdown.model.table().rows) == sum(1 for r in seeded["decisions"] if r["error"])
    # the moderator's reasons on request: one row per reason code of the decision
    dashboard.breakdown_combo.setCurrentIndex(dashboard.breakdown_combo.findData("decision_reason"))
    qtbot.waitUntil(lambda: dashboard.data.query.breakdown_by == "decision_reason", timeout=15_000)
    assert sum(r[2] for r in dashboard.breakdown.model.table().rows) == sum(
        max(1, len(r["reason_codes"])) for r in seeded["decisions"] if r["error"]
    )
    assert dashboard.flags.model.table().rows == qa_tables.flag_table(lead_api.flag_agreement(f, t)).rows
    assert "Updated" in dashboard.state_label.text()


def test_the_moderator_table_sorts_numerically_with_na_first(qtbot, runner):
    def m(name, decisions, rate):
        return qa.ModeratorMetrics(
            moderator=name, display_name=name, decisions=decisions, active_hours=1.0,
            throughput_per_active_hour=None, avg_handling_ms=None, audited=0 if rate is None else 10,
            errors=0, error_rate=rate, ci_low=0.0, ci_high=1.0, critical=0, major=0, minor=0,
        )

    panel = TablePanel("Moderators")
    qtbot.addWidget(panel)
    panel.set_table(qa_tables.moderator_table([m("a", 9, 0.5), m("b", 100, None), m("c", 10, 0.05)]))
    panel.sort_by("decisions", Qt.SortOrder.AscendingOrder)
    assert panel.column_values("decisions") == [9, 10, 100]  # as text it would be 10, 100, 9
    panel.sort_by("error_rate", Qt.SortOrder.AscendingOrder)
    assert panel.column_values("error_rate") == [None, 0.05, 0.5]
    rate_col = panel.model.table().column("error_rate")
    assert panel.proxy.index(0, rate_col).data() == "n/a"
    # clicking the header sorts too
    header = panel.view.horizontalHeader()
    decisions_col = panel.model.table().column("decisions")
    header.sectionClicked.emit(decisions_col)
    values = panel.column_values("decisions")
    assert values in ([9, 10, 100], [100, 10, 9])


def test_enter_on_a_number_opens_the_decisions_behind_it(qtbot, live_server, lead_api, runner, seeded):
    dashboard = open_dashboard(qtbot, lead_api, runner, seeded)
    panel = dashboard.moderators
    table = panel.model.table()
    source_row = next(r for r in range(len(table.rows)) if table.value(r, "moderator") == "moderator2")
    proxy_index = panel.proxy.mapFromSource(panel.model.index(source_row, table.column("errors")))
    panel.view.setFocus()
    panel.view.setCurrentIndex(proxy_index)
    with qtbot.waitSignal(dashboard.drill_opened, timeout=5_000) as opened:
        QTest.keyClick(panel.view, Qt.Key.Key_Return)
    dialog = opened.args[0]
    qtbot.addWidget(dialog)
    drill = dialog.panel
    qtbot.waitUntil(lambda: drill.total is not None, timeout=15_000)
    expected = sorted(r["decision_id"] for r in seeded["decisions"] if r["moderator"] == "moderator2" and r["error"])
    assert sorted(row.decision_id for row in drill.rows) == expected
    assert drill.total == len(expected)
    assert all(row.is_error and row.moderator == "moderator2" for row in drill.rows)
    assert "moderator=moderator2" in drill.summary.text()

    # double-click on the "audited" cell of moderator1 opens the audited decisions
    source_row = next(r for r in range(len(table.rows)) if table.value(r, "moderator") == "moderator1")
    index = panel.proxy.mapFromSource(panel.model.index(source_row, table.column("audited")))
    with qtbot.waitSignal(dashboard.drill_opened, timeout=5_000) as opened:
        panel.view.doubleClicked.emit(index)
    audited = opened.args[0].panel
    qtbot.addWidget(opened.args[0])
    qtbot.waitUntil(lambda: audited.total is not None, timeout=15_000)
    assert sorted(r.decision_id for r in audited.rows) == sorted(
        r["decision_id"] for r in seeded["decisions"] if r["moderator"] == "moderator1" and r["audited"]
    )


def test_tables_export_to_csv_and_xlsx_that_read_back(qtbot, live_server, lead_api, runner, seeded, tmp_path):
    dashboard = open_dashboard(qtbot, lead_api, runner, seeded)
    panel = dashboard.moderators
    headers = panel.model.header_texts()
    rows = panel.model.table().rows
    assert panel.export_to(tmp_path / "moderators.csv")
    with open(tmp_path / "moderators.csv", encoding="utf-8-sig", newline="") as fh:
        read = list(csv.reader(fh))
    units = {"Active hours": "Active hours (h)", "Avg time": "Avg time (s)"}
    assert read[0] == [units.get(h, h) for h in headers]
    assert [r[0] for r in read[1:]] == [r[0] for r in rows]
    decisions_col = panel.model.table().column("decisions")
    assert [int(r[decisions_col]) for r in read[1:]] == [r[decisions_col] for r in rows]

    assert panel.export_to(tmp_path / "moderators.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "moderators.xlsx").active
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == read[0]
    rate_col = panel.model.table().column("error_rate")
    assert [v[rate_col] for v in values[1:]] == [r[rate_col] for r in rows]  # numbers stay numbers

    sla = dashboard.sla
    assert sla.export_to(tmp_path / "sla.csv")
    with open(tmp_path / "sla.csv", encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.reader(fh))) == len(sla.model.table().rows) + 1


def test_a_qa_auditor_gets_the_figures_without_the_lead_tabs(qtbot, live_server, runner, seeded):
    client = ApiClient(live_server.url, token=live_server.token("qa1"))
    try:
        dashboard = open_dashboard(qtbot, client, runner, seeded, role="qa")
        titles = [dashboard.tabs.tabText(i) for i in range(dashboard.tabs.count())]
        assert "Sampling rules" not in titles and "Disputes" not in titles
        assert "Error rates" in titles  # every role that sees the dashboard sees the error rates
        assert {r.group for r in dashboard.error_rates_data.rows} == set(seeded["by"]["moderator"])
        assert dashboard.moderators.model.rowCount() >= 2
    finally:
        client.close()


def test_a_failed_load_says_so_inline(qtbot, runner):
    from moderator_app.net.errors import Unreachable

    def api():
        raise Unreachable("The server cannot be reached.")

    dashboard = LeadDashboard(QaDesk(api), runner, "lead")
    qtbot.addWidget(dashboard)
    dashboard.show()
    dashboard.refresh()
    qtbot.waitUntil(lambda: dashboard.error_label.isVisible(), timeout=5_000)
    assert "cannot be reached" in dashboard.error_label.text()
    assert dashboard.refresh_button.isEnabled()


def test_the_dashboard_and_the_report_cli_show_the_same_figures(
    qtbot, live_server, lead_api, runner, seeded, capsys, monkeypatch
):
    """One history, seeded through the API, read in the Qt dashboard and by `moderator-app report`."""
    import io
    import json

    from moderator_app.cli import main as cli_main

    dashboard = open_dashboard(qtbot, lead_api, runner, seeded)
    table = dashboard.moderators.model.table()
    fields = ("decisions", "audited", "errors", "error_rate", "ci_low", "ci_high")
    on_screen = {
        table.value(r, "moderator"): tuple(table.value(r, f) for f in fields) for r in range(len(table.rows))
    }

    def report(username: str) -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO("demo\n"))
        args = ["report", "error-rates", "--server", live_server.url, "--from", seeded["date_from"].isoformat(),
                "--to", seeded["date_to"].isoformat(), "--group-by", "moderator", "--format", "json",
                "--username", username, "--password-stdin"]
        return cli_main(args)

    assert report("lead1") == 0
    printed = json.loads(capsys.readouterr().out)
    assert {row["group"]: tuple(row[f] for f in fields) for row in printed} == on_screen
    assert set(on_screen) == set(seeded["by"]["moderator"])

    assert report("moderator1") == 5  # a moderator may not read everyone's error rates
    assert "may not read" in capsys.readouterr().err


# --- the "Error rates" tab -------------------------------------------------------------------------


def show_grouping(qtbot, dashboard: LeadDashboard, group_by: str) -> qa_desk.ErrorRates:
    """Choose a grouping in the selector and wait for its rows (a reload of its own)."""
    if dashboard.group_by() == group_by:
        assert dashboard.error_rates_data is not None and dashboard.error_rates_data.group_by == group_by
        return dashboard.error_rates_data
    with qtbot.waitSignal(dashboard.error_rates_loaded, timeout=15_000) as shown:
        dashboard.group_combo.setCurrentIndex(dashboard.group_combo.findData(group_by))
    return shown.args[0]


def row_of(panel: TablePanel, group: str) -> int:
    table = panel.model.table()
    return next(r for r in range(len(table.rows)) if table.value(r, "group") == group)


def test_the_error_rates_tab_shows_each_groupings_figures(qtbot, live_server, lead_api, runner, seeded):
    dashboard = open_dashboard(qtbot, lead_api, runner, seeded)
    titles = [dashboard.tabs.tabText(i) for i in range(dashboard.tabs.count())]
    assert "Error rates" in titles
    dashboard.tabs.setCurrentWidget(dashboard.error_rates)
    assert [dashboard.group_combo.itemText(i) for i in range(dashboard.group_combo.count())] == [
        "Moderator", "Queue", "Reason code", "Category",
    ]
    # loaded with the rest of the dashboard, grouped by moderator
    assert dashboard.error_rates_data is dashboard.data.error_rates
    f, t = seeded["date_from"], seeded["date_to"]
    panel = dashboard.error_rates
    for group_by, header in (("moderator", "Moderator"), ("queue", "Queue"), ("reason", "Reason code"),
                             ("category", "Category")):
        result = show_grouping(qtbot, dashboard, group_by)
        assert result.group_by == group_by and dashboard.group_combo.currentData() == group_by
        table = panel.model.table()
        assert panel.model.header_texts()[:2] == [header, "Decisions"]
        # the seed's own counts, group by group, and nothing else
        expected = seeded["by"][group_by]
        assert {table.value(r, "group") for r in range(len(table.rows))} == set(expected)
        for group, counts in expected.items():
            row = row_of(panel, group)
            assert (table.value(row, "decisions"), table.value(row, "audited"), table.value(row, "errors")) == (
                counts["decisions"], counts["audited"], counts["errors"]
            ), (group_by, group)
            spent = [r["time_spent_ms"] for r in seeded["decisions"] if group in qa_seed.group_keys(r, group_by)]
            assert table.value(row, "avg_handling") == pytest.approx(sum(spent) / len(spent))
        # the rates and 95% intervals the API computes
        for api_row in lead_api.error_rates(f, t, group_by):
            row = row_of(panel, api_row.group)
            assert (table.value(row, "error_rate"), table.value(row, "ci_low"), table.value(row, "ci_high")) == (
                api_row.error_rate, api_row.ci_low, api_row.ci_high
            )
    # what the cells show: queue new-es has no audits ("n/a"), new-fr a percentage
    show_grouping(qtbot, dashboard, "queue")
    rate_col = panel.model.table().column("error_rate")
    assert panel.model.index(row_of(panel, "new-es"), rate_col).data() == "n/a"
    fr = seeded["by"]["queue"]["new-fr"]
    assert panel.model.index(row_of(panel, "new-fr"), rate_col).data() == f"{fr['errors'] / fr['audited'] * 100:.1f}%"
    # numeric sorting, missing rates first
    panel.sort_by("error_rate", Qt.SortOrder.AscendingOrder)
    assert panel.column_values("group") == ["new-es", "new-fr"]


def test_the_error_rates_follow_the_dashboards_filters(qtbot, live_server, lead_api, runner, seeded):
    dashboard = open_dashboard(qtbot, lead_api, runner, seeded)
    show_grouping(qtbot, dashboard, "reason")
    dashboard.queue_edit.setText("new-fr")
    with qtbot.waitSignal(dashboard.error_rates_loaded, timeout=20_000) as shown:
        dashboard.refresh()
    assert shown.args[0].group_by == "reason" and shown.args[0].query.params() == {"queue": "new-fr"}
    in_queue = [r for r in seeded["decisions"] if r["queue"] == "new-fr"]
    expected = qa_seed.expected_counts(in_queue, "reason")
    table = dashboard.error_rates.model.table()
    shown_counts = {
        table.value(r, "group"): {k: table.value(r, k) for k in ("decisions", "audited", "errors")}
        for r in range(len(table.rows))
    }
    assert shown_counts == expected
    # switching the grouping keeps the range and filters of the figures on screen
    result = show_grouping(qtbot, dashboard, "moderator")
    assert result.query.params() == {"queue": "new-fr"}
    assert (result.query.date_from, result.query.date_to) == (seeded["date_from"], seeded["date_to"])
    decisions = {r.group: r.decisions for r in result.rows}
    assert decisions == {m: c["decisions"] for m, c in qa_seed.expected_counts(in_queue, "moderator").items()}


def test_enter_on_a_queues_errors_opens_exactly_those_decisions(qtbot, live_server, lead_api, runner, seeded):
    dashboard = open_dashboard(qtbot, lead_api, runner, seeded)
    dashboard.tabs.setCurrentWidget(dashboard.error_rates)
    show_grouping(qtbot, dashboard, "queue")
    panel = dashboard.error_rates
    table = panel.model.table()
    index = panel.proxy.mapFromSource(panel.model.index(row_of(panel, "new-fr"), table.column("errors")))
    panel.view.setFocus()
    panel.view.setCurrentIndex(index)
    with qtbot.waitSignal(dashboard.drill_opened, timeout=5_000) as opened:
        QTest.keyClick(panel.view, Qt.Key.Key_Return)
    dialog = opened.args[0]
    qtbot.addWidget(dialog)
    drill = dialog.panel
    qtbot.waitUntil(lambda: drill.total is not None, timeout=15_000)
    expected = sorted(r["decision_id"] for r in seeded["decisions"] if r["queue"] == "new-fr" and r["error"])
    assert expected and sorted(row.decision_id for row in drill.rows) == expected
    assert drill.total == len(expected)
    assert "queue=new-fr" in drill.summary.text()

    # double-click on a reason code's decisions opens every decision under that code
    show_grouping(qtbot, dashboard, "reason")
    table = panel.model.table()
    index = panel.proxy.mapFromSource(panel.model.index(row_of(panel, "counterfeit"), table.column("decisions")))
    with qtbot.waitSignal(dashboard.drill_opened, timeout=5_000) as opened:
        panel.view.doubleClicked.emit(index)
    qtbot.addWidget(opened.args[0])
    by_reason = opened.args[0].panel
    qtbot.waitUntil(lambda: by_reason.total is not None, timeout=15_000)
    assert sorted(r.decision_id for r in by_reason.rows) == sorted(
        r["decision_id"] for r in seeded["decisions"] if "counterfeit" in r["reason_codes"]
    )


def test_the_error_rates_export_to_csv_and_xlsx(qtbot, live_server, lead_api, runner, seeded, tmp_path):
    dashboard = open_dashboard(qtbot, lead_api, runner, seeded)
    show_grouping(qtbot, dashboard, "queue")
    panel = dashboard.error_rates
    assert panel.export_name == "error-rates-queue"
    headers = panel.model.header_texts()
    rows = panel.model.table().rows
    assert panel.export_to(tmp_path / "rates.csv")
    with open(tmp_path / "rates.csv", encoding="utf-8-sig", newline="") as fh:
        read = list(csv.reader(fh))
    assert headers == ["Queue", "Decisions", "Avg time", "Audited", "Errors", "Error rate", "95% low", "95% high"]
    # the export says its units, and times are seconds as on screen (seen: milliseconds)
    assert read[0] == ["Queue", "Decisions", "Avg time (s)", "Audited", "Errors", "Error rate", "95% low",
                       "95% high"]
    assert {r[0]: int(r[1]) for r in read[1:]} == {g: c["decisions"] for g, c in seeded["by"]["queue"].items()}
    avg_col = panel.model.table().column("avg_handling")
    assert {r[0]: float(r[avg_col]) for r in read[1:]} == pytest.approx(
        {r[0]: r[avg_col] / 1000 for r in rows}
    )
    assert panel.export_to(tmp_path / "rates.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "rates.xlsx").active
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == read[0]
    rate_col = panel.model.table().column("error_rate")
    assert [v[rate_col] for v in values[1:]] == [r[rate_col] for r in rows]  # numbers (None: empty cell)
    # rates are formatted as percentages in the spreadsheet (seen: bare fractions)
    rated = [c for c in list(sheet.iter_rows(min_row=2))[0:] if c[rate_col].value is not None]
    assert rated and all(row[rate_col].number_format == "0.0%" for row in rated)


def test_a_stale_grouping_answer_is_not_shown(qtbot, live_server, lead_api, runner, seeded):
    dashboard = open_dashboard(qtbot, lead_api, runner, seeded)
    before = dashboard.error_rates.model.table().rows
    stale = qa_desk.ErrorRates(qa_desk.DashboardQuery(seeded["date_from"], seeded["date_to"], group_by="queue"), [])
    dashboard.show_error_rates(stale)  # the selector still says "moderator"
    assert dashboard.error_rates.model.table().rows == before and before
    # an answer for the right grouping but another range (asked before a refresh landed) is dropped too
    old_range = qa_desk.DashboardQuery(seeded["date_from"] - timedelta(days=30), seeded["date_to"] - timedelta(days=30))
    dashboard.show_error_rates(qa_desk.ErrorRates(old_range, []))
    assert dashboard.error_rates.model.table().rows == before
    assert dashboard.error_rates_data is dashboard.data.error_rates


def test_a_grouping_chosen_during_a_refresh_is_fetched_for_the_new_range(qtbot, live_server, lead_api, runner, seeded):
    dashboard = open_dashboard(qtbot, lead_api, runner, seeded)
    dashboard.set_range(seeded["date_from"] - timedelta(days=1), seeded["date_to"])
    dashboard.refresh()  # asks for the moderator grouping
    with qtbot.waitSignal(dashboard.error_rates_loaded, timeout=20_000) as shown:
        dashboard.set_group_by("queue")  # asks for the queue grouping over the range on screen
    result = shown.args[0]
    qtbot.waitUntil(lambda: not dashboard.busy(), timeout=20_000)
    assert dashboard.error_rates_data is result  # nothing older replaced it
    assert result.group_by == "queue"
    assert result.query == dataclasses.replace(dashboard.data.query, group_by="queue")
    assert result.query.date_from == seeded["date_from"] - timedelta(days=1)
    assert {r.group for r in result.rows} == set(seeded["by"]["queue"])
