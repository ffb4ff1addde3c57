"""The QA desk's Qt-free parts: tables, formatting, numeric sort keys, contest rules, chart series,
and the blind-audit flow's state machine (keys in, commands out)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from moderator_app.core import qa_schema as qa
from moderator_app.core.keymap import ActionId, Keymap
from moderator_app.core.schema import Action, FlagShown, Listing
from moderator_app.sync import audit_flow, qa_desk, qa_tables
from moderator_app.sync.audit_flow import (
    AGREE,
    DISAGREE,
    AuditFlow,
    ClaimNext,
    Notice,
    SendAnswer,
    SendBlind,
    SendVerdict,
    Step,
)

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def metrics(name: str, decisions: int, audited: int, errors: int, rate: float | None) -> qa.ModeratorMetrics:
    return qa.ModeratorMetrics(
        moderator=name, display_name=name.title(), decisions=decisions, active_hours=1.5,
        throughput_per_active_hour=decisions / 1.5, avg_handling_ms=4200.0, audited=audited, errors=errors,
        error_rate=rate, ci_low=0.0 if rate is None else max(0.0, rate - 0.1), ci_high=1.0 if rate is None else rate + 0.1,
        critical=0, major=errors, minor=0,
    )


def record(agree: bool, deadline: datetime | None, dispute: qa.DisputeState | None = None) -> qa.AuditRecord:
    return qa.AuditRecord(
        audit_id=1, decision_id=2, source=qa.AuditSource.qa, auditor="qa1", moderator="moderator1", queue_id="new-fr",
        listing_id="L1", listing_version=1, original_action=Action.approve, original_reason_codes=[],
        blind_action=Action.reject, agree=agree, correct_action=Action.reject, correct_reason_codes=["x"],
        severity=None if agree else qa.Severity.major, comment="", audited_at=NOW - timedelta(days=1),
        is_error=not agree, dispute_state=dispute, dispute_deadline=deadline,
    )


def test_moderator_table_keeps_raw_numbers_and_drills_down_by_moderator():
    table = qa_tables.moderator_table([metrics("moderator1", 10, 4, 1, 0.25), metrics("moderator2", 3, 0, 0, None)])
    assert table.value(0, "decisions") == 10 and table.value(1, "error_rate") is None
    errors_col = table.column("errors")
    assert table.drill[0][errors_col] == {"moderator": "moderator1", "errors": True}
    assert table.drill[0][table.column("audited")] == {"moderator": "moderator1", "audited": True}
    assert table.drill[0][table.column("moderator")] is None  # names are not numbers


def test_formatting_shows_na_for_missing_figures():
    assert qa_tables.format_value(None, qa_tables.PERCENT) == "n/a"
    assert qa_tables.format_value(0.125, qa_tables.PERCENT) == "12.5%"
    assert qa_tables.format_value(4200.0, qa_tables.MS) == "4.2 s"
    assert qa_tables.format_value(None, qa_tables.TEXT) == ""


def test_sort_keys_order_numbers_numerically_with_missing_first():
    values = [10, None, 9, 100, 0.5]
    assert sorted(values, key=qa_tables.sort_key) == [None, 0.5, 9, 10, 100]
    # as text these would sort "10" < "100" < "9"
    assert sorted(["10", "9", "100"], key=qa_tables.sort_key) == ["10", "100", "9"]


def test_export_rows_keep_numbers_and_dates_typed():
    table = qa_tables.drill_table(qa.DrillDownPage(total=1, rows=[qa.DrillDownRow(
        decision_id=7, decided_at=NOW, moderator="m", queue_id="q", listing_id="L", listing_version=2,
        category=None, action=Action.reject, reason_codes=["a", "b"], time_spent_ms=1500, audited=True,
        is_error=False, severity=None, audit_comment=None)]))
    row = qa_tables.export_rows(table)[0]
    # times are exported in seconds, as the screen shows them (seen: "Avg time" exported in ms)
    assert row[0] == 7 and row[1] == NOW and row[7] == "a, b" and row[8] == 1.5 and row[5] is None
    headers = qa_tables.export_headers(table, [c.header for c in table.columns])
    assert headers[8] == "Time spent (s)"
    formats = qa_tables.export_formats(table)
    assert formats[8] == "0.0" and formats[0] is None


@pytest.mark.parametrize(
    ("agree", "deadline", "dispute", "expected"),
    [
        (False, NOW + timedelta(days=1), None, True),
        (True, NOW + timedelta(days=1), None, False),  # nothing to dispute
        (False, NOW - timedelta(seconds=1), None, False),  # too late
        (False, NOW + timedelta(days=1), qa.DisputeState.open, False),  # already disputed
    ],
)
def test_can_contest(agree, deadline, dispute, expected):
    assert qa_desk.can_contest(record(agree, deadline, dispute), NOW) is expected


def test_whiskers_skip_unaudited_moderators_and_put_the_worst_first():
    rows = [metrics("a", 10, 4, 1, 0.25), metrics("b", 10, 0, 0, None), metrics("c", 10, 5, 3, 0.6)]
    assert [w.label for w in qa_desk.whisker_series(rows)] == ["c", "a"]


def test_trend_series_is_in_period_order_and_axes_get_round_steps():
    points = [
        qa.TrendPoint(period_start=date(2026, 11, 23), decisions=5, avg_handling_ms=None, audited=2, errors=1,
                      error_rate=0.5, ci_low=0.1, ci_high=0.9),
        qa.TrendPoint(period_start=date(2026, 11, 16), decisions=3, avg_handling_ms=None, audited=0, errors=0,
                      error_rate=None, ci_low=0.0, ci_high=1.0),
    ]
    assert [b.label for b in qa_desk.trend_series(points)] == ["2026-11-16", "2026-11-23"]
    assert qa_desk.rate_axis_top([0.12]) == pytest.approx(0.20)  # 0, 5, 10, 15, 20%
    assert qa_desk.rate_axis_top([0.5]) == pytest.approx(0.6)
    assert qa_desk.rate_axis_top([]) == pytest.approx(0.04)
    assert qa_desk.rate_axis_top([0.99]) == pytest.approx(1.0)
    assert [qa_desk.count_axis_top(v) for v in (0, 3, 37, 50, 380)] == [4, 4, 40, 80, 400]


def test_team_rate_pools_the_audits():
    rows = [metrics("a", 10, 4, 1, 0.25), metrics("b", 10, 6, 2, 1 / 3), metrics("c", 3, 0, 0, None)]
    assert qa_desk.team_rate(rows) == pytest.approx(0.3)
    assert qa_desk.team_rate([]) is None


def test_default_range_starts_on_a_monday():
    start, end = qa_desk.default_range(date(2026, 11, 27), weeks=8)
    assert start.weekday() == 0 and end == date(2026, 11, 27) and (end - start).days < 8 * 7


# --- the audit flow ----------------------------------------------------------------------------------


def listing() -> Listing:
    return Listing(id="L1", version=1, title="t", description="d", price=1.0, currency="EUR", category="home",
                   location="Lyon", country="FR", created_at=NOW, seller_id="S1", images=[])


def task() -> qa.AuditTask:
    return qa.AuditTask(sample_id=5, queue_id="new-fr", listing=listing(),
                        flags_shown=[FlagShown(source="local-text", kind="phone", label="phone")],
                        sampled_on=NOW.date(), lease_expires_at=NOW + timedelta(minutes=10))


def reveal(blind_action: Action, blind_reasons: list[str], original: Action, reasons: list[str]) -> qa.AuditReveal:
    return qa.AuditReveal(
        sample_id=5, blind=qa.BlindDecision(action=blind_action, reason_codes=blind_reasons),
        original=qa.OriginalDecision(decision_id=9, moderator="moderator1", action=original, reason_codes=reasons,
                                     escalate_to=None, note="", time_spent_ms=1000, decided_at=NOW),
        same_action=blind_action == original,
    )


def loaded_flow() -> AuditFlow:
    flow = AuditFlow()
    assert flow.start() == [ClaimNext()]
    flow.task_loaded(task(), ["contact_details", "counterfeit"])
    assert flow.step == Step.BLIND
    return flow


def test_blind_reject_needs_a_reason_and_sends_once():
    flow = loaded_flow()
    assert flow.handle(ActionId.REJECT) == []
    assert flow.step == Step.BLIND_REASONS
    assert isinstance(flow.handle(ActionId.CONFIRM)[0], Notice)  # no reason yet
    flow.handle(ActionId.OPTION_2)
    commands = flow.handle(ActionId.CONFIRM)
    assert commands == [SendBlind(5, qa.BlindDecision(action=Action.reject, reason_codes=["counterfeit"]))]
    assert flow.handle(ActionId.CONFIRM) == [] and flow.handle(ActionId.APPROVE) == []  # in flight: no double send


def test_verdict_keys_before_the_reveal_do_nothing_but_explain():
    flow = loaded_flow()
    assert isinstance(flow.handle(AGREE)[0], Notice)
    assert flow.step == Step.BLIND


def test_disagreement_needs_a_severity_then_submits_and_claims_next():
    flow = loaded_flow()
    flow.handle(ActionId.APPROVE)
    flow.blind_sent(reveal(Action.approve, [], Action.reject, ["contact_details"]))
    assert flow.step == Step.VERDICT and flow.verdict.agree is None and flow.verdict.action is None
    flow.handle(DISAGREE)  # the correct decision is the auditor's own blind one
    assert flow.verdict.agree is False and flow.verdict.action == Action.approve
    assert isinstance(flow.handle(ActionId.CONFIRM)[0], Notice)  # severity missing
    flow.handle(ActionId.OPTION_1)
    flow.comment_changed("Phone number only in the photo; fine.")
    [command] = flow.handle(ActionId.CONFIRM)
    assert isinstance(command, SendVerdict)
    assert command.verdict == qa.AuditVerdict(agree=False, correct_action=Action.approve, correct_reason_codes=[],
                                              severity=qa.Severity.critical,
                                              comment="Phone number only in the photo; fine.")
    assert flow.step == Step.SUBMITTING and flow.handle(ActionId.CONFIRM) == []
    assert flow.verdict_sent() == [ClaimNext()] and flow.step == Step.LOADING


def test_nothing_is_preset_so_enter_alone_records_no_verdict():
    """Seen: the audit screen preset "Agree", and Enter alone rubber-stamped the decision."""
    flow = loaded_flow()
    flow.handle(ActionId.REJECT)
    flow.handle(ActionId.OPTION_1)
    flow.handle(ActionId.CONFIRM)
    flow.blind_sent(reveal(Action.reject, ["contact_details"], Action.reject, ["contact_details"]))
    assert (flow.verdict.agree, flow.verdict.action) == (None, None)
    commands = flow.handle(ActionId.CONFIRM)
    assert len(commands) == 1 and isinstance(commands[0], Notice) and flow.step == Step.VERDICT


def test_agreement_follows_the_decisions_and_y_resets_to_the_original():
    flow = loaded_flow()
    flow.handle(ActionId.REJECT)
    flow.handle(ActionId.OPTION_1)
    flow.handle(ActionId.CONFIRM)
    flow.blind_sent(reveal(Action.reject, ["contact_details"], Action.reject, ["contact_details"]))
    flow.handle(AGREE)
    assert flow.verdict.agree is True
    assert isinstance(flow.handle(ActionId.OPTION_2)[0], Notice)  # severity is for disagreements
    # D when the blind decision matched the original: the auditor must name the correct one.
    assert isinstance(flow.handle(DISAGREE)[0], Notice)
    assert (flow.verdict.agree, flow.verdict.action) == (False, None)
    flow.handle(ActionId.REJECT)  # choose the correct reasons
    flow.handle(ActionId.OPTION_1)
    flow.handle(ActionId.OPTION_2)
    flow.handle(ActionId.CONFIRM)
    assert flow.step == Step.VERDICT and flow.verdict.reasons == ["contact_details", "counterfeit"]
    assert flow.verdict.agree is False, "a different set of reasons is a disagreement"
    flow.handle(ActionId.REJECT)  # back to the moderator's reasons alone: that is an agreement
    flow.handle(ActionId.OPTION_2)
    flow.handle(ActionId.CONFIRM)
    assert flow.verdict.agree is True and flow.verdict.severity is None
    flow.handle(AGREE)
    assert (flow.verdict.agree, flow.verdict.reasons, flow.verdict.severity) == (True, ["contact_details"], None)
    [command] = flow.handle(ActionId.CONFIRM)
    assert command.verdict.agree is True and command.verdict.severity is None


def test_skip_gives_the_sample_back_only_before_the_blind_decision():
    flow = loaded_flow()
    assert flow.handle(ActionId.SKIP) == [ClaimNext(give_back=5)]
    flow.task_loaded(task(), [])
    flow.handle(ActionId.ESCALATE)
    flow.blind_sent(reveal(Action.escalate, [], Action.approve, []))
    assert isinstance(flow.handle(ActionId.SKIP)[0], Notice)


def test_calibration_answers_instead_of_revealing():
    flow = AuditFlow(calibration_set=3)
    flow.start()
    flow.task_loaded(qa.CalibrationTask(set_id=3, position=1, total=2, listing=listing()), ["a"])
    assert flow.handle(ActionId.APPROVE) == [SendAnswer(3, qa.CalibrationAnswer(listing_id="L1", action=Action.approve))]
    assert flow.blind_sent(None) == [ClaimNext()]


def test_audit_keys_follow_the_users_keymap_and_keep_y_and_d():
    keymap = Keymap({"approve": ["Q"]})
    bindings = audit_flow.audit_bindings(keymap)
    assert bindings["Q"] == ActionId.APPROVE and "A" not in bindings
    assert bindings["Y"] == AGREE and bindings["D"] == DISAGREE
    labels = [row.label for row in audit_flow.sheet_rows(keymap)]
    assert any("agree" in label for label in labels)


def test_a_lost_lease_on_the_blind_step_claims_afresh():
    flow = loaded_flow()
    flow.handle(ActionId.APPROVE)
    assert flow.blind_failed(lease_lost=True) == [ClaimNext()] and flow.task is None
    flow = loaded_flow()
    flow.handle(ActionId.APPROVE)
    assert flow.blind_failed() == [] and flow.step == Step.BLIND


# --- the error-rate table (lead dashboard, "Error rates" tab) -----------------------------------


def rate_row(group: str, decisions: int, audited: int, errors: int, rate: float | None,
             avg_ms: float | None = 2500.0, period: date | None = None) -> qa.ErrorRateRow:
    return qa.ErrorRateRow(
        group=group, decisions=decisions, audited=audited, errors=errors, error_rate=rate,
        ci_low=0.0 if rate is None else max(0.0, rate - 0.1), ci_high=1.0 if rate is None else rate + 0.2,
        period_start=period, avg_handling_ms=avg_ms,
    )


@pytest.mark.parametrize(
    ("group_by", "header"),
    [("moderator", "Moderator"), ("queue", "Queue"), ("reason", "Reason code"), ("category", "Category")],
)
def test_error_rate_table_is_headed_by_its_grouping_and_drills_down_by_the_group(group_by, header):
    table = qa_tables.error_rate_table([rate_row("g1", 12, 8, 3, 0.375), rate_row("g2", 4, 0, 0, None)], group_by)
    assert table.headers() == [
        header, "Decisions", "Avg time", "Audited", "Errors", "Error rate", "95% low", "95% high",
    ]
    assert table.rows[0] == ["g1", 12, 2500.0, 8, 3, 0.375, 0.275, 0.575]
    who = {group_by: "g1"}
    assert table.drill[0][table.column("decisions")] == who
    assert table.drill[0][table.column("avg_handling")] == who
    assert table.drill[0][table.column("audited")] == {**who, "audited": True}
    assert table.drill[0][table.column("errors")] == {**who, "errors": True}
    assert table.drill[0][table.column("error_rate")] == {**who, "errors": True}
    for key in ("group", "ci_low", "ci_high"):  # names and interval bounds are not decision counts
        assert table.drill[0][table.column(key)] is None
    assert table.drill[1][table.column("errors")] == {group_by: "g2", "errors": True}
    assert table.payload[1].group == "g2"


def test_error_rate_table_shows_na_for_groups_without_audits_and_sorts_numerically():
    table = qa_tables.error_rate_table(
        [rate_row("a", 9, 4, 2, 0.5), rate_row("b", 100, 0, 0, None, avg_ms=None), rate_row("c", 10, 20, 1, 0.05)],
        "queue",
    )
    rate, avg = table.column("error_rate"), table.column("avg_handling")
    assert qa_tables.format_value(table.rows[1][rate], qa_tables.PERCENT) == "n/a"
    assert qa_tables.format_value(table.rows[1][avg], qa_tables.MS) == "n/a"
    assert qa_tables.format_value(table.rows[0][avg], qa_tables.MS) == "2.5 s"
    by_rate = sorted(table.rows, key=lambda r: qa_tables.sort_key(r[rate]))
    assert [r[0] for r in by_rate] == ["b", "c", "a"]
    decisions = table.column("decisions")
    assert sorted((r[decisions] for r in table.rows), key=qa_tables.sort_key) == [9, 10, 100]
    assert qa_tables.export_rows(table)[1] == ["b", 100, None, 0, 0, None, 0.0, 1.0]  # typed, None stays empty


def test_error_rate_table_by_period_adds_the_period_and_no_drill_down():
    monday = date(2026, 11, 23)
    table = qa_tables.error_rate_table([rate_row("new-fr", 5, 5, 1, 0.2, period=monday)], "queue")
    assert table.headers()[:3] == ["Queue", "Period", "Decisions"]
    assert table.value(0, "period_start") == monday
    assert table.drill[0] == [None] * len(table.columns)  # a drill-down would cover the whole range


def test_error_rate_table_refuses_an_unknown_grouping():
    with pytest.raises(ValueError, match="seller"):
        qa_tables.error_rate_table([], "seller")


def test_error_rate_groups_are_the_servers_group_by_values():
    assert [key for key, _label in qa_tables.ERROR_RATE_GROUPS] == [g.value for g in qa.GroupBy]


def test_the_dashboard_query_carries_the_error_rate_grouping_apart_from_the_filters():
    query = qa_desk.DashboardQuery(date(2026, 11, 1), date(2026, 11, 27), filters={"queue": "new-fr", "moderator": ""},
                                   group_by="reason")
    assert query.params() == {"queue": "new-fr"}
    assert qa_desk.ErrorRates(query, []).group_by == "reason"
    assert qa_desk.DashboardQuery(date(2026, 11, 1), date(2026, 11, 27)).group_by == "moderator"


@pytest.mark.slow
def test_the_desk_fetches_error_rates_for_the_querys_grouping_and_filters(live_server):
    """Against the live server: one row per group over the whole range, within the filters."""
    from moderator_app.net.api_client import ApiClient
    from tests import qa_seed

    seeded = qa_seed.seed_audited_history(live_server)
    with ApiClient(live_server.url, token=live_server.token("lead1")) as client:
        desk = qa_desk.QaDesk(lambda: client)
        query = qa_desk.DashboardQuery(seeded["date_from"], seeded["date_to"], "day",
                                       {"moderator": "moderator2", "queue": None}, group_by="queue")
        result = desk.error_rates(query)
    assert result.query is query and result.group_by == "queue"
    mine = [r for r in seeded["decisions"] if r["moderator"] == "moderator2"]
    expected = qa_seed.expected_counts(mine, "queue")
    assert {r.group: {"decisions": r.decisions, "audited": r.audited, "errors": r.errors} for r in result.rows} == expected
    assert all(r.period_start is None for r in result.rows)  # not split by the trend chart's period
    table = qa_tables.error_rate_table(result.rows, result.group_by)
    assert {table.value(i, "group"): table.drill[i][table.column("errors")] for i in range(len(table.rows))} == {
        q: {"queue": q, "errors": True} for q in expected
    }
