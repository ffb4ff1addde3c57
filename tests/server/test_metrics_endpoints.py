"""The /v1/metrics endpoints on SQLite and PostgreSQL: a small known history, every figure checked
by hand and against the pure functions of core.metrics computed from the same stored rows."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from api_helpers import assert_problem
from sqlalchemy import insert, select

from moderator_app.core import metrics as cm
from moderator_app.server import tables as t
from moderator_app.server.cli import main as server_main
from moderator_app.server.demo.history import HistoryAudit, HistoryDecision, write_history

RANGE = {"from": "2026-03-02", "to": "2026-03-15"}


def at(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, second, tzinfo=UTC)


# What the desk labels each kind with: a policy-term finding carries its term's category.
LABELS = {"banned_term": "intellectual_property_infringements"}


def flags(*kinds: str, compact: bool = False) -> str:
    """flags_shown as the server writes it; ``compact``: another JSON layout, with an escape."""
    shown = [
        {"source": "local-text", "kind": k, "label": 'say "hi"' if compact else LABELS.get(k, k)}
        for k in kinds
    ]
    return json.dumps(shown, separators=(",", ":")) if compact else json.dumps(shown)


def dec(
    moderator, queue, action, reasons, category, decided, spent_ms, enqueued, shown="[]", escalate_to=None
):
    return HistoryDecision(
        moderator=moderator,
        queue_id=queue,
        listing_id="L0000",
        action=action,
        decided_at=decided,
        time_spent_ms=spent_ms,
        enqueued_at=enqueued,
        reason_codes=reasons,
        category=category,
        flags_shown=shown,
        escalate_to=escalate_to,
    )


def audit(agree, correct, severity=None, dispute=None, comment="", codes=()):
    return HistoryAudit(
        agree=agree,
        correct_action=correct,
        audited_at=at(20, 12),
        auditor="qa1",
        severity=severity,
        comment=comment,
        dispute=dispute,
        correct_reason_codes=codes,
    )


# index: decision, audit. Decisions 9 and 10 fall outside RANGE.
HISTORY = [
    (
        dec("moderator1", "new-fr", "approve", (), "home", at(2, 9), 60_000, at(2, 8), flags("phone")),
        audit(False, "reject", "major", comment="Phone number in the photo.", codes=("contact_details",)),
    ),
    (
        dec(
            "moderator1",
            "new-fr",
            "reject",
            ("contact_details",),
            "home",
            at(2, 9, 3),
            120_000,
            at(2, 6),
            flags("phone", "phone", "banned_term"),
        ),
        audit(True, "reject"),
    ),
    (
        dec(
            "moderator1",
            "reported",
            "reject",
            ("contact_details", "counterfeit"),
            "phones",
            at(2, 9, 20),
            30_000,
            at(2, 8, 20),  # waited exactly the 1 h SLA: within it
            flags("banned_term"),
        ),
        audit(False, "reject", "minor", dispute="overturned"),
    ),
    (
        dec(
            "moderator1",
            "new-fr",
            "escalate",
            (),
            "home",
            at(3, 10),
            45_000,
            at(3, 9, 59),
            escalate_to="escalations",
        ),
        None,
    ),
    (
        dec(
            "moderator1", "new-es", "approve", (), "cars", at(9, 14), 10_000, at(9, 13), flags("banned_term")
        ),
        None,
    ),
    (
        dec(
            "moderator2",
            "new-fr",
            "reject",
            ("counterfeit",),
            "home",
            at(2, 11),
            90_000,
            at(2, 10),
            flags("phone"),
        ),
        audit(False, "approve", "critical"),
    ),
    # Starts exactly five minutes after the previous decision ended: the pause is bridged.
    (
        dec("moderator2", "new-fr", "approve", (), "home", at(2, 11, 6), 60_000, at(2, 10, 6), flags("url")),
        None,
    ),
    (
        dec("moderator2", "escalations", "reject", ("weapons",), "phones", at(10, 16), 20_000, at(9, 15)),
        audit(False, "approve", "minor", dispute="upheld"),
    ),
    (
        dec(
            "moderator2",
            "new-es",
            "escalate",
            ("counterfeit",),
            "cars",
            at(11, 8),
            5_000,
            at(11, 7),
            flags("nudity", "nudity", compact=True),
            escalate_to="escalations",
        ),
        None,
    ),
    (
        dec("moderator2", "new-fr", "approve", (), "home", at(16, 9), 1_000, at(16, 8)),
        audit(False, "reject", "critical"),
    ),
    (
        dec(
            "moderator1",
            "new-fr",
            "approve",
            (),
            "home",
            datetime(2026, 3, 1, 23, 59, 59, tzinfo=UTC),
            1_000,
            at(1, 23),
        ),
        None,
    ),
]


@pytest.fixture
def server(any_server):
    with any_server.db.write() as conn:
        write_history(conn, any_server.db.audit_key, HISTORY)
        now = any_server.clock()
        conn.execute(
            insert(t.items),
            [
                {
                    "queue_id": "reported",
                    "listing_id": "L0001",
                    "listing_version": 1,
                    "priority": 0,
                    "enqueued_at": now - timedelta(hours=h),
                    "state": "open",
                }
                for h in (1, 30, 50)
            ],  # fmt: skip
        )
    return any_server


def get(server, path, user="lead1", **params):
    with server.client(user) as client:
        response = client.get(f"/v1/metrics/{path}", params={**RANGE, **params})
    assert response.status_code == 200, response.text
    return response.json()


def rates(rows):
    return {(r["group"], r.get("period_start")): (r["decisions"], r["audited"], r["errors"]) for r in rows}


# --- hand-computed figures -------------------------------------------------------------------


def test_error_rates_by_each_grouping(server):
    assert rates(get(server, "error-rates", group_by="moderator")) == {
        ("moderator1", None): (5, 3, 1),
        ("moderator2", None): (4, 2, 2),
    }
    assert rates(get(server, "error-rates", group_by="queue")) == {
        ("escalations", None): (1, 1, 1),
        ("new-es", None): (2, 0, 0),
        ("new-fr", None): (5, 3, 2),
        ("reported", None): (1, 1, 0),
    }
    assert rates(get(server, "error-rates", group_by="reason")) == {
        ("(approved)", None): (3, 1, 1),
        ("(escalated)", None): (1, 0, 0),
        ("contact_details", None): (2, 2, 0),
        ("counterfeit", None): (3, 2, 1),
        ("weapons", None): (1, 1, 1),
    }
    assert rates(get(server, "error-rates", group_by="category")) == {
        ("cars", None): (2, 0, 0),
        ("home", None): (5, 3, 2),
        ("phones", None): (2, 2, 1),
    }
    row = get(server, "error-rates", group_by="moderator")[1]
    assert row["error_rate"] == 1.0
    assert (row["ci_low"], row["ci_high"]) == pytest.approx(cm.wilson_interval(2, 2))
    no_audits = get(server, "error-rates", group_by="category")[0]
    assert (no_audits["error_rate"], no_audits["ci_low"], no_audits["ci_high"]) == (None, None, None)


def test_error_rates_by_day_and_iso_week(server):
    assert rates(get(server, "error-rates", group_by="moderator", period="week")) == {
        ("moderator1", "2026-03-02"): (4, 3, 1),
        ("moderator2", "2026-03-02"): (2, 1, 1),
        ("moderator1", "2026-03-09"): (1, 0, 0),
        ("moderator2", "2026-03-09"): (2, 1, 1),
    }
    assert rates(get(server, "error-rates", group_by="moderator", period="day")) == {
        ("moderator1", "2026-03-02"): (3, 3, 1),
        ("moderator1", "2026-03-03"): (1, 0, 0),
        ("moderator1", "2026-03-09"): (1, 0, 0),
        ("moderator2", "2026-03-02"): (2, 1, 1),
        ("moderator2", "2026-03-10"): (1, 1, 1),
        ("moderator2", "2026-03-11"): (1, 0, 0),
    }
    # A Sunday one second before midnight belongs to the previous ISO week.
    weeks = get(server, "trends", period="week", **{"from": "2026-03-01"})
    assert [(p["period_start"], p["decisions"]) for p in weeks] == [
        ("2026-02-23", 1),
        ("2026-03-02", 6),
        ("2026-03-09", 3),
    ]


def test_filters_narrow_every_figure(server):
    assert rates(get(server, "error-rates", group_by="moderator", reason="counterfeit")) == {
        ("moderator1", None): (1, 1, 0),
        ("moderator2", None): (2, 1, 1),
    }
    assert rates(get(server, "error-rates", group_by="queue", category="phones", moderator="moderator2")) == {
        ("escalations", None): (1, 1, 1)
    }
    assert rates(get(server, "error-rates", group_by="moderator", reason="(approved)", queue="new-fr")) == {
        ("moderator1", None): (1, 1, 1),
        ("moderator2", None): (1, 0, 0),
    }


def test_moderator_metrics(server):
    m1, m2 = get(server, "moderators")
    assert (m1["moderator"], m1["display_name"]) == ("moderator1", "Moderator One")
    assert (m1["decisions"], m1["audited"], m1["errors"]) == (5, 3, 1)
    assert m1["avg_handling_ms"] == 53_000
    # 08:59-09:03 (a 60 s pause bridged) + 30 s + 45 s + 10 s
    assert m1["active_hours"] == pytest.approx(325 / 3600)
    assert m1["throughput_per_active_hour"] == pytest.approx(5 / (325 / 3600))
    assert (m1["critical"], m1["major"], m1["minor"]) == (0, 1, 0)
    assert m2["avg_handling_ms"] == 43_750
    # 10:58:30-11:06:00 (exactly five minutes bridged) + 20 s + 5 s
    assert m2["active_hours"] == pytest.approx(475 / 3600)
    assert (m2["critical"], m2["major"], m2["minor"]) == (1, 0, 1)


def test_trends_fill_empty_days(server):
    days = get(server, "trends", period="day")
    assert len(days) == 14 and days[0]["period_start"] == "2026-03-02"
    assert (days[0]["decisions"], days[0]["audited"], days[0]["errors"]) == (5, 4, 2)
    assert days[0]["avg_handling_ms"] == (60_000 + 120_000 + 30_000 + 90_000 + 60_000) / 5
    empty = days[3]
    assert (empty["decisions"], empty["avg_handling_ms"], empty["error_rate"]) == (0, None, None)


def test_error_breakdown(server):
    assert get(server, "error-breakdown") == [
        {"reason": "(approved)", "severity": "major", "errors": 1, "basis": "decision_reason"},
        {"reason": "counterfeit", "severity": "critical", "errors": 1, "basis": "decision_reason"},
        {"reason": "weapons", "severity": "minor", "errors": 1, "basis": "decision_reason"},
    ]


def test_errors_break_down_by_the_policy_that_was_missed(server):
    """Filed under the auditor's correct reason, the approval that missed contact details is a
    contact-details error, not an "(approved)" one; by category, under its DSA category."""
    assert get(server, "error-breakdown", by="correct_reason") == [
        {"reason": "(approve)", "severity": "critical", "errors": 1, "basis": "correct_reason"},
        {"reason": "(approve)", "severity": "minor", "errors": 1, "basis": "correct_reason"},
        {"reason": "contact_details", "severity": "major", "errors": 1, "basis": "correct_reason"},
    ]
    by_category = get(server, "error-breakdown", by="correct_category")
    assert [(r["reason"], r["severity"]) for r in by_category] == [
        ("(approve)", "critical"),
        ("(approve)", "minor"),
        ("STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "major"),
    ]
    # A reason filter narrows the breakdown (it used to be a 500: SQLAlchemy correlated its
    # subquery away) on every basis.
    for by in ("decision_reason", "correct_reason", "correct_category"):
        narrowed = get(server, "error-breakdown", by=by, reason="counterfeit")
        assert sum(r["errors"] for r in narrowed) == 1


def test_sla_and_backlog(server):
    by_queue = {q["queue_id"]: q for q in get(server, "sla")}
    assert {k: (q["handled"], q["within_sla"]) for k, q in by_queue.items()} == {
        "escalations": (1, 0),
        "new-es": (2, 2),
        "new-fr": (5, 4),
        "reported": (1, 1),
    }
    reported = by_queue["reported"]
    assert (reported["backlog_under_24h"], reported["backlog_under_48h"], reported["backlog_over_48h"]) == (
        1,
        1,
        1,
    )
    assert by_queue["new-fr"]["compliance"] == 0.8
    assert by_queue["escalations"]["backlog_under_24h"] == 0


def test_flag_agreement(server):
    """Each flag against what the policy says it predicts, on final decisions (the auditor's
    correct decision where an audit found an error), escalations left out: 7 decisions."""
    rows = {r["kind"]: r for r in get(server, "flag-agreement")}
    assert {
        k: (r["true_positives"], r["false_positives"], r["false_negatives"], r["true_negatives"])
        for k, r in rows.items()
    } == {
        # shown on decisions 1, 2 and 6; contact details was the final reason of 1, 2 and 3
        "phone": (2, 1, 1, 3),
        # shown on 2, 3 and 5; a counterfeit (IP) rejection stands only for 3
        "banned_term:intellectual_property_infringements": (1, 2, 0, 4),
        # shown on 7, and mapped to nothing (nudity, shown only on an escalation, is not listed)
        "url": (0, 1, 0, 6),
    }
    assert (rows["phone"]["precision"], rows["phone"]["recall"]) == pytest.approx((2 / 3, 2 / 3))
    assert rows["phone"]["targets"] == ["contact_details"] and rows["phone"]["mapped"]
    assert rows["banned_term:intellectual_property_infringements"]["targets"] == ["counterfeit"]
    assert rows["url"]["mapped"] is False and rows["url"]["targets"] == []
    assert rows["url"]["precision"] is None and rows["url"]["recall"] is None


def test_drill_down_pages_newest_first(server):
    page = get(server, "decisions")
    assert page["total"] == 9
    assert [r["decided_at"][:16] for r in page["rows"][:3]] == [
        "2026-03-11T08:00",
        "2026-03-10T16:00",
        "2026-03-09T14:00",
    ]
    errors = get(server, "decisions", errors="true")
    assert errors["total"] == 3
    first = errors["rows"][-1]
    assert (first["moderator"], first["action"], first["severity"], first["audit_comment"]) == (
        "moderator1",
        "approve",
        "major",
        "Phone number in the photo.",
    )
    assert first["audited"] and first["is_error"]
    assert get(server, "decisions", audited="false")["total"] == 4
    overturned = get(server, "decisions", audited="true", errors="false")
    assert overturned["total"] == 2
    page = get(server, "decisions", moderator="moderator2", limit=2, offset=1)
    assert page["total"] == 4
    assert [r["decided_at"][:10] for r in page["rows"]] == ["2026-03-10", "2026-03-02"]
    assert get(server, "decisions", reason="counterfeit")["total"] == 3
    phones = get(server, "decisions", category="phones")
    assert {tuple(r["reason_codes"]) for r in phones["rows"]} == {
        ("weapons",),
        ("contact_details", "counterfeit"),
    }


# --- the same figures from core.metrics over the stored rows ------------------------------------


def _stored(server):
    start, end = datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 3, 16, tzinfo=UTC)
    d, a, i, q = t.decisions, t.audits, t.items, t.queues
    with server.db.read() as conn:
        rows = conn.execute(
            select(d, a.c.id.label("audit_id"), a.c.is_error, i.c.enqueued_at, q.c.sla_seconds)
            .select_from(
                d.outerjoin(a, a.c.decision_id == d.c.id)
                .join(i, i.c.id == d.c.item_id)
                .join(q, q.c.id == d.c.queue_id)
            )
            .where(d.c.received_at >= start, d.c.received_at < end)
        ).all()
        backlog = conn.execute(select(i.c.queue_id, i.c.enqueued_at).where(i.c.state == "open")).all()
    return rows, backlog


def test_every_endpoint_agrees_with_core_metrics(server):
    rows, backlog = _stored(server)
    assert len(rows) == 9

    expected = cm.error_rate_rows(
        cm.AuditedDecision(r.moderator, r.audit_id is not None, bool(r.is_error)) for r in rows
    )
    got = get(server, "error-rates", group_by="moderator")
    extras = ("period_start", "avg_handling_ms", "partial_period", "quality_score")
    assert [{k: v for k, v in g.items() if k not in extras} for g in got] == [e.as_dict() for e in expected]

    by_moderator = {m["moderator"]: m for m in get(server, "moderators")}
    for name in ("moderator1", "moderator2"):
        mine = [r for r in rows if r.moderator == name]
        active = cm.active_time(
            (r.decided_at - timedelta(milliseconds=r.time_spent_ms), r.decided_at) for r in mine
        )
        assert by_moderator[name]["active_hours"] == pytest.approx(active / timedelta(hours=1))
        assert by_moderator[name]["throughput_per_active_hour"] == pytest.approx(
            cm.throughput_per_active_hour(len(mine), active)
        )

    # Flag agreement: core.metrics.flag_quality over (flag, shown, final outcome) of the decisions
    # that have a final outcome, the outcome a positive when it rejects for one of the flag's targets.
    finals = _final_decisions(server)
    targets = {
        "phone": {"contact_details"},
        "banned_term:intellectual_property_infringements": {"counterfeit"},
    }
    outcomes = [
        (flag, flag in {cm.flag_key(f["kind"], f.get("label", "")) for f in json.loads(r.flags_shown)},
         "reject" if finals[r.id][0] == "reject" and finals[r.id][1] & codes else "approve")
        for r in rows
        if finals[r.id][0] != "escalate"
        for flag, codes in targets.items()
    ]  # fmt: skip
    served = {row["kind"]: row for row in get(server, "flag-agreement")}
    for fq in cm.flag_quality(outcomes):
        assert (
            served[fq.kind]["true_positives"], served[fq.kind]["false_positives"],
            served[fq.kind]["false_negatives"], served[fq.kind]["true_negatives"],
        ) == (fq.true_positives, fq.false_positives, fq.false_negatives, fq.true_negatives)  # fmt: skip
        assert served[fq.kind]["precision"] == pytest.approx(fq.precision)
        assert served[fq.kind]["recall"] == pytest.approx(fq.recall)

    now = server.clock()
    sla = {s["queue_id"]: s for s in get(server, "sla")}
    for queue_id, s in sla.items():
        mine = [r for r in rows if r.queue_id == queue_id]
        expected_sla = cm.sla_compliance(
            (r.received_at - r.enqueued_at for r in mine), timedelta(seconds=s["sla_seconds"])
        )
        assert (s["handled"], s["within_sla"], s["compliance"]) == (
            expected_sla.handled,
            expected_sla.within_sla,
            expected_sla.share,
        )
        buckets = cm.backlog_buckets((at_ for q_, at_ in backlog if q_ == queue_id), now)
        assert (s["backlog_under_24h"], s["backlog_under_48h"], s["backlog_over_48h"]) == (
            buckets.under_24h,
            buckets.under_48h,
            buckets.over_48h,
        )


def _final_decisions(server) -> dict[int, tuple[str, set[str]]]:
    """decision id -> (final action, final reasons): the audit's correct decision when it found an
    error (and was not overturned), else the moderator's."""
    d, a = t.decisions, t.audits
    with server.db.read() as conn:
        rows = conn.execute(
            select(
                d.c.id,
                d.c.action,
                d.c.reason_codes,
                a.c.is_error,
                a.c.correct_action,
                a.c.correct_reason_codes,
            ).select_from(d.outerjoin(a, a.c.decision_id == d.c.id))
        ).all()
    return {
        r.id: (r.correct_action, set(json.loads(r.correct_reason_codes)))
        if r.is_error
        else (r.action, set(json.loads(r.reason_codes)))
        for r in rows
    }


# --- who may ask, and bad ranges ----------------------------------------------------------------


def test_a_moderator_sees_only_their_own_metrics(server):
    mine = get(server, "error-rates", user="moderator1", moderator="moderator1")
    assert [r["group"] for r in mine] == ["moderator1"]
    with server.client("moderator1") as client:
        for params in ({}, {"moderator": "moderator2"}, {"group_by": "queue"}):
            for path in ("error-rates", "moderators", "decisions", "sla"):
                response = client.get(f"/v1/metrics/{path}", params={**RANGE, **params})
                assert_problem(response, 403, "forbidden_metrics")
    for staff in ("lead1", "qa1", "admin1"):
        assert get(server, "decisions", user=staff, moderator="moderator2")["total"] == 4


@pytest.mark.parametrize(
    "params",
    [
        {"from": "2026-03-15", "to": "2026-03-02"},
        {"from": "2025-01-01", "to": "2026-03-02"},
        {"from": "2026-02-30", "to": "2026-03-02"},
        {"to": "2026-03-02"},
    ],
)
def test_bad_ranges_are_422(live_server, params):
    with live_server.client("lead1") as client:
        assert_problem(client.get("/v1/metrics/error-rates", params=params), 422)


def test_400_days_is_the_longest_range(live_server):
    last = date(2026, 3, 11)
    longest = {"from": (last - timedelta(days=399)).isoformat(), "to": last.isoformat(), "period": "day"}
    with live_server.client("lead1") as client:
        ok = client.get("/v1/metrics/trends", params=longest)
        assert ok.status_code == 200, ok.text
        assert len(ok.json()) == 400
        too_long = {**longest, "from": (last - timedelta(days=400)).isoformat()}
        assert_problem(client.get("/v1/metrics/trends", params=too_long), 422)


def test_unauthenticated_is_401(live_server):
    with live_server.client() as client:
        assert_problem(client.get("/v1/metrics/sla", params=RANGE), 401)


def test_the_history_keeps_the_audit_chain_valid(server):
    assert server_main(["verify-audit", "--database", server.database_url]) == 0


def test_error_rates_carry_the_average_handling_time_of_each_group(server):
    first, last = date.fromisoformat(RANGE["from"]), date.fromisoformat(RANGE["to"])
    spent: dict[str, list[int]] = {}
    for decision, _audit in HISTORY:
        if first <= decision.decided_at.date() <= last:
            spent.setdefault(decision.queue_id, []).append(decision.time_spent_ms)
    rows = get(server, "error-rates", group_by="queue")
    assert {r["group"]: r["avg_handling_ms"] for r in rows} == pytest.approx(
        {queue: sum(ms) / len(ms) for queue, ms in spent.items()}
    )
    by_reason = {r["group"]: r["avg_handling_ms"] for r in get(server, "error-rates", group_by="reason")}
    assert all(value is not None and value > 0 for value in by_reason.values())
