"""The QA and metrics methods of the API client against the real server on loopback, plus the
client's side of faults (204, malformed JSON, 5xx) injected at the transport."""

from __future__ import annotations

import json
from datetime import date

import httpx
import pytest
from qa_seed import SAMPLE_ALL, api, decide_plan, expected_counts, seed_audited_history
from statsmodels.stats.proportion import proportion_confint

from moderator_app.core import qa_schema as qa
from moderator_app.net.api_client import ApiClient
from moderator_app.net.errors import Conflict, Forbidden, MalformedResponse, ServerError, ValidationFailed
from moderator_app.net.retry import Backoff

# --- live server --------------------------------------------------------------------------------


def test_a_lead_edits_sampling_rules_and_a_moderator_may_not(live_server):
    with api(live_server, "lead1") as lead:
        rules = {r.queue_id: r for r in lead.qa_rules()}
        assert {"new-fr", "new-es", "reported", "escalations"} <= set(rules)
        assert rules["new-fr"].base_rate == qa.SamplingRule(queue_id="x").base_rate  # the default
        updated = lead.update_qa_rule("new-fr", SAMPLE_ALL.model_copy(update={"reject_factor": 2.0}))
        assert (updated.queue_id, updated.base_rate, updated.reject_factor) == ("new-fr", 1.0, 2.0)
        assert updated.updated_by == "lead1"
        assert {r.queue_id: r for r in lead.qa_rules()}["new-fr"] == updated
    with api(live_server, "moderator1") as moderator, pytest.raises(Forbidden):
        moderator.update_qa_rule("new-fr", SAMPLE_ALL)


def test_blind_audit_reveals_the_original_only_after_the_auditors_decision(live_server):
    with api(live_server, "lead1") as lead:
        lead.update_qa_rule("new-fr", SAMPLE_ALL)
    [record] = decide_plan(live_server, [("moderator1", "new-fr", "reject", ["contact_details"], "agree")])
    with api(live_server, "qa1") as auditor:
        task = auditor.claim_audit("new-fr")
        assert task is not None and task.listing.id == record["listing_id"]
        assert "decision" not in task.model_dump()  # nothing of the original before the blind step
        with pytest.raises(Conflict) as early:
            auditor.audit_verdict(
                task.sample_id,
                qa.AuditVerdict(
                    agree=True, correct_action="reject", correct_reason_codes=["contact_details"]
                ),
            )
        assert early.value.code == "blind_required"
        reveal = auditor.blind_decision(task.sample_id, qa.BlindDecision(action="approve"))
        assert (reveal.original.moderator, reveal.original.action) == ("moderator1", "reject")
        assert reveal.original.reason_codes == ["contact_details"] and reveal.same_action is False
        with pytest.raises(ValidationFailed):  # a disagreement needs its severity
            auditor.audit_verdict(task.sample_id, qa.AuditVerdict(agree=False, correct_action="approve"))
        verdict = qa.AuditVerdict(
            agree=False, correct_action="approve", severity="major", comment="Pas de contact."
        )
        audit = auditor.audit_verdict(task.sample_id, verdict)
        assert (audit.decision_id, audit.auditor, audit.blind_action, audit.is_error) == (
            record["decision_id"],
            "qa1",
            "approve",
            True,
        )
        assert auditor.claim_audit() is None  # 204: nothing else waits
        assert [a.audit_id for a in auditor.audits(moderator="moderator1", errors_only=True)] == [
            audit.audit_id
        ]
        today = audit.audited_at.date()
        assert auditor.audits(date_from=today, date_to=today, limit=5)[0].audit_id == audit.audit_id
    with api(live_server, "moderator1") as moderator:
        [feedback] = moderator.my_feedback()
        assert (feedback.audit_id, feedback.comment, feedback.severity) == (
            audit.audit_id,
            "Pas de contact.",
            "major",
        )
        with pytest.raises(Forbidden):
            moderator.audits(moderator="moderator2")


def test_a_released_sample_goes_back_to_the_qa_queue(live_server):
    with api(live_server, "lead1") as lead:
        lead.update_qa_rule("new-fr", SAMPLE_ALL)
    decide_plan(live_server, [("moderator2", "new-fr", "approve", [], "agree")])
    with api(live_server, "qa1") as auditor:
        first = auditor.claim_audit()
        assert auditor.claim_audit() is None  # leased to us
        auditor.release_audit(first.sample_id)
        again = auditor.claim_audit()
        assert again is not None and again.sample_id == first.sample_id


def test_a_moderator_disputes_an_error_and_a_lead_overturns_it(live_server):
    history = seed_audited_history(live_server)
    errors = [r for r in history["decisions"] if r["error"] and r["moderator"] == "moderator2"]
    with api(live_server, "moderator2") as moderator:
        audit = next(a for a in moderator.my_feedback() if a.decision_id == errors[0]["decision_id"])
        assert audit.dispute_deadline is not None and audit.dispute_deadline > audit.audited_at
        dispute = moderator.open_dispute(audit.audit_id, "La photo montrait bien un numéro.")
        assert (dispute.state, dispute.audit.audit_id) == (qa.DisputeState.open, audit.audit_id)
        with pytest.raises(Conflict) as twice:
            moderator.open_dispute(audit.audit_id, "encore")
        assert twice.value.code == "already_disputed"
        agreed = next(a for a in moderator.my_feedback() if not a.is_error)
        with pytest.raises(Conflict) as nothing:
            moderator.open_dispute(agreed.audit_id, "why")
        assert nothing.value.code == "nothing_to_dispute"
    with api(live_server, "lead1") as lead:
        assert [d.dispute_id for d in lead.disputes(state="open")] == [dispute.dispute_id]
        settled = lead.settle_dispute(
            dispute.dispute_id, qa.DisputeSettle(outcome="overturned", comment="OK")
        )
        assert (settled.state, settled.settled_by, settled.audit.is_error) == ("overturned", "lead1", False)
        assert lead.disputes(state=qa.DisputeState.open) == []
        rows = {r.group: r for r in lead.error_rates(history["date_from"], history["date_to"], "moderator")}
        assert rows["moderator2"].errors == history["by"]["moderator"]["moderator2"]["errors"] - 1


def test_calibration_round_through_the_client(live_server):
    with api(live_server, "lead1") as lead:
        created = lead.create_calibration(
            qa.CalibrationCreate(
                name="Novembre",
                items=[qa.CalibrationItemRef(listing_id=i) for i in ("L0000", "L0001")],
                reviewers=["moderator1", "moderator2"],
            )
        )
        assert (created.items, created.reviewers, created.answered) == (2, ["moderator1", "moderator2"], 0)
    answers = {"moderator1": ["approve", "reject"], "moderator2": ["approve", "approve"]}
    for reviewer, actions in answers.items():
        with api(live_server, reviewer) as client:
            [mine] = [s for s in client.calibrations() if s.set_id == created.set_id]
            assert mine.my_remaining == 2
            for action in actions:
                task = client.next_calibration_task(created.set_id)
                reasons = ["counterfeit"] if action == "reject" else []
                answer = qa.CalibrationAnswer(listing_id=task.listing.id, action=action, reason_codes=reasons)
                client.answer_calibration(created.set_id, answer)
                with pytest.raises(Conflict):
                    client.answer_calibration(created.set_id, answer)
            assert client.next_calibration_task(created.set_id) is None
    with api(live_server, "lead1") as lead:
        report = lead.calibration_report(created.set_id)
    assert report.percent_agreement == pytest.approx(0.5)
    assert report.items[0].agreement == 0.0 and report.items[-1].agreement == 1.0  # disagreement first
    assert [p.items for p in report.pairs] == [2]


def test_golden_items_are_placed_and_listed(live_server):
    with api(live_server, "lead1") as lead:
        golden = lead.create_golden(
            qa.GoldenItemCreate(
                listing_id="P0001",
                queue_id="new-fr",
                expected_action="reject",
                expected_reason_codes=["contact_details"],
            )
        )
        assert (golden.listing_id, golden.created_by, golden.decided) == ("P0001", "lead1", False)
        assert [g.item_id for g in lead.golden_items()] == [golden.item_id]
    with api(live_server, "moderator1") as moderator, pytest.raises(Forbidden):
        moderator.golden_items()


def test_metrics_endpoints_answer_the_seeded_figures(live_server):
    check_seeded_metrics(live_server)


@pytest.mark.postgres
def test_metrics_endpoints_answer_the_seeded_figures_on_postgresql(pg_live_server):
    check_seeded_metrics(pg_live_server)


def check_seeded_metrics(server) -> None:
    history = seed_audited_history(server)
    start, end = history["date_from"], history["date_to"]
    with api(server, "lead1") as lead:
        for group_by in ("moderator", "queue", "reason", "category"):
            rows = lead.error_rates(start, end, group_by)
            expected = history["by"][group_by]
            assert {r.group: (r.decisions, r.audited, r.errors) for r in rows} == {
                g: (c["decisions"], c["audited"], c["errors"]) for g, c in expected.items()
            }, group_by
            for row in rows:
                if row.audited:
                    low, high = proportion_confint(row.errors, row.audited, alpha=0.05, method="wilson")
                    assert (row.ci_low, row.ci_high) == (pytest.approx(low), pytest.approx(high))
                    assert row.error_rate == pytest.approx(row.errors / row.audited)
                else:
                    assert row.error_rate is None
        only_es = lead.error_rates(start, end, "moderator", queue="new-es")
        assert [(r.group, r.decisions, r.audited) for r in only_es] == [("moderator2", 3, 0)]
        by_day = lead.error_rates(start, end, qa.GroupBy.queue, period="day")
        assert all(start <= r.period_start <= end for r in by_day)
        assert sum(r.decisions for r in by_day if r.group == "new-fr") == 9

        moderators = {m.moderator: m for m in lead.moderator_metrics(start, end)}
        mod1 = moderators["moderator1"]
        assert (mod1.decisions, mod1.audited, mod1.errors, mod1.major) == (5, 4, 1, 1)
        assert mod1.avg_handling_ms == pytest.approx(3000.0)  # 1..5 seconds
        assert (moderators["moderator2"].critical, moderators["moderator2"].minor) == (1, 1)
        trend = lead.trends(start, end, period="week")
        assert sum(p.decisions for p in trend) == 12 and sum(p.errors for p in trend) == 3
        breakdown = {(b.reason, b.severity): b.errors for b in lead.error_breakdown(start, end)}
        assert breakdown == {  # one row per reason code of the erroneous decision
            ("(approved)", "critical"): 1,
            ("contact_details", "major"): 1,
            ("contact_details", "minor"): 1,
            ("counterfeit", "minor"): 1,
        }
        sla = {q.queue_id: q for q in lead.sla(start, end)}
        assert (sla["new-fr"].handled, sla["new-es"].handled) == (9, 3)
        assert isinstance(lead.flag_agreement(start, end), list)
        page = lead.drill_down(start, end, errors=True, limit=2)
        assert page.total == 3 and len(page.rows) == 2 and all(r.is_error for r in page.rows)
        rest = lead.drill_down(start, end, errors=True, limit=2, offset=2)
        assert len(rest.rows) == 1 and rest.rows[0].decision_id not in {r.decision_id for r in page.rows}
        unaudited = lead.drill_down(start, end, audited=False, moderator="moderator1")
        assert {r.decision_id for r in unaudited.rows} == {
            d["decision_id"]
            for d in history["decisions"]
            if d["moderator"] == "moderator1" and not d["audited"]
        }


def test_a_moderator_reads_their_own_metrics_and_nobody_elses(live_server):
    history = seed_audited_history(live_server)
    start, end = history["date_from"], history["date_to"]
    with api(live_server, "moderator1") as moderator:
        [own] = moderator.error_rates(start, end, "moderator", moderator="moderator1")
        assert (own.decisions, own.audited, own.errors) == (5, 4, 1)
        for call in (
            lambda: moderator.error_rates(start, end, "moderator"),
            lambda: moderator.error_rates(start, end, "queue", moderator="moderator2"),
            lambda: moderator.moderator_metrics(start, end),
            lambda: moderator.drill_down(start, end),
        ):
            with pytest.raises(Forbidden) as denied:
                call()
            assert denied.value.code == "forbidden_metrics"


def test_seed_counts_follow_the_plan():
    """The seed's own arithmetic (what every test above compares the server with)."""
    records = [
        {"moderator": "m", "queue": "q", "category": "c", "reason_codes": rc, "audited": a, "error": e}
        for rc, a, e in ((["x", "y"], True, True), ([], True, False), (["x"], False, False))
    ]
    assert expected_counts(records, "reason") == {
        "x": {"decisions": 2, "audited": 1, "errors": 1},
        "y": {"decisions": 1, "audited": 1, "errors": 1},
        "(approved)": {"decisions": 1, "audited": 1, "errors": 0},
    }


# --- faults at the transport ----------------------------------------------------------------------

FAST = Backoff(base=0.001, cap=0.002)
ROW = {
    "group": "g",
    "decisions": 3,
    "audited": 2,
    "errors": 1,
    "error_rate": 0.5,
    "ci_low": 0.09,
    "ci_high": 0.9,
}


def faulty(handler, retries=2) -> ApiClient:
    return ApiClient(
        "http://server.test/",
        token="t",
        transport=httpx.MockTransport(handler),
        retries=retries,
        backoff=FAST,
    )


def test_metric_queries_carry_dates_enums_and_only_the_given_filters():
    seen: list[httpx.Request] = []

    def handler(request):
        seen.append(request)
        return httpx.Response(
            200, json=[ROW] if "error-rates" in request.url.path else {"rows": [], "total": 0}
        )

    with faulty(handler) as client:
        [row] = client.error_rates(
            date(2026, 11, 1), date(2026, 11, 30), qa.GroupBy.reason, queue="new-fr", moderator=None
        )
        client.drill_down(date(2026, 11, 1), date(2026, 11, 2), audited=True, errors=False, offset=0)
    assert row == qa.ErrorRateRow(**ROW)
    assert dict(seen[0].url.params) == {
        "from": "2026-11-01",
        "to": "2026-11-30",
        "group_by": "reason",
        "period": "all",
        "queue": "new-fr",
    }
    assert dict(seen[1].url.params) == {
        "from": "2026-11-01",
        "to": "2026-11-02",
        "audited": "true",
        "errors": "false",
        "offset": "0",
    }
    with faulty(handler) as client:
        with pytest.raises(TypeError, match="modrator"):
            client.error_rates(date(2026, 11, 1), date(2026, 11, 2), "queue", modrator="x")
        with pytest.raises(ValueError):
            client.error_rates(date(2026, 11, 1), date(2026, 11, 2), "seller")
        with pytest.raises(TypeError):
            client.sla("2026-11-01", date(2026, 11, 2))


def test_reads_are_retried_after_a_503_but_qa_writes_are_not():
    calls: list[str] = []

    def handler(request):
        calls.append(request.url.path)
        if len(calls) == 1 or request.method == "POST":
            return httpx.Response(503, json={"status": 503, "detail": "busy"})
        return httpx.Response(200, json=[ROW])

    with faulty(handler) as client:
        assert client.error_rates(date(2026, 11, 1), date(2026, 11, 2), "queue")[0].group == "g"
        assert calls == ["/v1/metrics/error-rates"] * 2
        for write in (
            lambda: client.blind_decision(7, qa.BlindDecision(action="approve")),
            lambda: client.audit_verdict(7, qa.AuditVerdict(agree=True, correct_action="approve")),
            lambda: client.claim_audit(),
            lambda: client.open_dispute(3, "reason"),
            lambda: client.answer_calibration(1, qa.CalibrationAnswer(listing_id="L", action="approve")),
        ):
            calls.clear()
            with pytest.raises(ServerError):
                write()
            assert len(calls) == 1


@pytest.mark.parametrize(
    "body",
    [b"not json", b'{"rows": "nope"}', json.dumps([{**ROW, "audited": "many"}]).encode(), b""],
)
def test_malformed_answers_raise_malformed_response(body):
    def handler(request):
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    with faulty(handler) as client:
        with pytest.raises(MalformedResponse):
            client.error_rates(date(2026, 11, 1), date(2026, 11, 2), "queue")
        with pytest.raises(MalformedResponse):
            client.drill_down(date(2026, 11, 1), date(2026, 11, 2))
        with pytest.raises(MalformedResponse):
            client.claim_audit()


def test_204_means_nothing_waiting():
    def handler(request):
        return httpx.Response(204)

    with faulty(handler) as client:
        assert client.claim_audit("new-fr") is None
        assert client.next_calibration_task(4) is None
        assert client.answer_calibration(4, qa.CalibrationAnswer(listing_id="L", action="approve")) is None
        assert client.release_audit(4) is None
