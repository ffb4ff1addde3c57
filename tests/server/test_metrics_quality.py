"""What a lead needs besides the error rate: partial periods marked, audit coverage and the samples
still waiting, a severity-weighted quality score, and the auditors graded (productivity,
findings overturned, agreement with the other reviewers)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from api_helpers import assert_problem
from qa_helpers import decide_next, set_rule

from moderator_app.core import metrics as cm


def _today(server):
    return server.clock().date()


def test_partial_weeks_are_marked(live_server):
    """A range from a Wednesday to the next Wednesday cuts both weeks; this week is not over."""
    today = _today(live_server)
    wednesday = today - timedelta(days=today.weekday()) - timedelta(days=12)  # two weeks back, Wednesday
    with live_server.client("lead1") as lead:
        weeks = lead.get(
            "/v1/metrics/trends",
            params={
                "from": wednesday.isoformat(),
                "to": (wednesday + timedelta(days=7)).isoformat(),
                "period": "week",
            },
        ).json()
        whole = lead.get(
            "/v1/metrics/trends",
            params={
                "from": (wednesday - timedelta(days=2)).isoformat(),
                "to": (wednesday + timedelta(days=4)).isoformat(),
                "period": "week",
            },
        ).json()
        current = lead.get(
            "/v1/metrics/trends", params={"from": today.isoformat(), "to": today.isoformat(), "period": "day"}
        ).json()
    assert [w["partial"] for w in weeks] == [True, True]
    assert [w["partial"] for w in whole] == [False]
    assert current[0]["partial"] is True, "today is not over"


def test_audit_coverage_and_the_samples_still_waiting(live_server):
    with (
        live_server.client("lead1") as lead,
        live_server.client("moderator1") as mod,
        live_server.client("qa1") as qa,
    ):
        set_rule(lead, base_rate=1.0)
        for _ in range(3):
            decide_next(mod)
        set_rule(lead)
        decide_next(mod)
        sample = qa.post("/v1/qa/audits/claim", json={}).json()["sample_id"]
        qa.post(f"/v1/qa/audits/{sample}/blind", json={"action": "approve"})
        qa.post(f"/v1/qa/audits/{sample}/verdict", json={})
        day = _today(live_server).isoformat()
        point = lead.get("/v1/metrics/trends", params={"from": day, "to": day, "period": "day"}).json()[0]
        moderators = lead.get("/v1/metrics/moderators", params={"from": day, "to": day}).json()
    assert (point["decisions"], point["audited"], point["awaiting_audit"]) == (4, 1, 2)
    assert point["audit_coverage"] == 0.25
    assert moderators[0]["awaiting_audit"] == 2


def test_the_quality_score_weighs_errors_by_severity(live_server):
    """Two audits of moderator1, one a critical error: error rate 50 %, quality score 1 - 3/2 → 0;
    moderator2's one minor error in two audits: 1 - (1/3)/2."""
    with (
        live_server.client("lead1") as lead,
        live_server.client("moderator1") as one,
        live_server.client("moderator2") as two,
        live_server.client("qa1") as qa,
    ):
        set_rule(lead, base_rate=1.0)
        for client in (one, one, two, two):
            decide_next(client)
        severities = {"moderator1": ["critical", None], "moderator2": ["minor", None]}
        for _ in range(4):
            task = qa.post("/v1/qa/audits/claim", json={}).json()
            sample = task["sample_id"]
            reveal = qa.post(f"/v1/qa/audits/{sample}/blind", json={"action": "approve"}).json()
            severity = severities[reveal["original"]["moderator"]].pop(0)
            verdict = {"correct_action": "escalate", "severity": severity} if severity else {}
            assert qa.post(f"/v1/qa/audits/{sample}/verdict", json=verdict).status_code == 201
        day = _today(live_server).isoformat()
        rows = {
            m["moderator"]: m
            for m in lead.get("/v1/metrics/moderators", params={"from": day, "to": day}).json()
        }
        rates = lead.get(
            "/v1/metrics/error-rates", params={"from": day, "to": day, "group_by": "moderator"}
        ).json()
    assert (rows["moderator1"]["error_rate"], rows["moderator1"]["quality_score"]) == (0.5, 0.0)
    assert rows["moderator2"]["quality_score"] == pytest.approx(1 - (1 / 3) / 2)
    assert rows["moderator2"]["quality_score"] == pytest.approx(cm.quality_score(2, minor=1))
    assert {r["group"]: r["quality_score"] for r in rates} == {
        "moderator1": 0.0,
        "moderator2": pytest.approx(1 - (1 / 3) / 2),
    }


def test_auditors_are_graded(live_server):
    with (
        live_server.client("lead1") as lead,
        live_server.client("moderator1") as mod,
        live_server.client("qa1") as qa,
    ):
        set_rule(lead, base_rate=1.0)
        for _ in range(3):
            decide_next(mod)
        set_rule(lead)
        audits = []
        for correct in ("approve", "reject", "escalate"):
            sample = qa.post("/v1/qa/audits/claim", json={}).json()["sample_id"]
            live_server.clock.advance(40)  # forty seconds on each sample
            blind = (
                {"action": "approve"}
                if correct != "reject"
                else {"action": "reject", "reason_codes": ["counterfeit"]}
            )
            qa.post(f"/v1/qa/audits/{sample}/blind", json=blind)
            verdict = {} if correct != "escalate" else {"correct_action": "escalate", "severity": "minor"}
            if correct == "reject":
                verdict = {"severity": "major"}
            audits.append(qa.post(f"/v1/qa/audits/{sample}/verdict", json=verdict).json())
        dispute = mod.post(
            f"/v1/audits/{audits[1]['audit_id']}/disputes", json={"reason": "It was fine."}
        ).json()
        lead.post(f"/v1/disputes/{dispute['dispute_id']}/settle", json={"outcome": "overturned"})
        day = _today(live_server).isoformat()
        rows = lead.get("/v1/metrics/auditors", params={"from": day, "to": day}).json()
        own = qa.get("/v1/metrics/auditors", params={"from": day, "to": day, "auditor": "qa1"}).json()
        assert_problem(
            qa.get("/v1/metrics/auditors", params={"from": day, "to": day}), 403, "forbidden_metrics"
        )
        assert_problem(mod.get("/v1/metrics/auditors", params={"from": day, "to": day}), 403)
    (qa1,) = rows
    assert own == rows
    assert (qa1["auditor"], qa1["audits"], qa1["disagreements"]) == ("qa1", 3, 2)
    assert (qa1["major"], qa1["minor"], qa1["critical"]) == (1, 1, 0)
    assert qa1["changed_after_reveal"] == 1  # blind approve, correct escalate
    assert qa1["median_audit_seconds"] == pytest.approx(40, abs=1)
    assert (qa1["disputed"], qa1["overturned"], qa1["overturn_rate"]) == (1, 1, 1.0)


def test_reviewers_are_compared_on_calibration_sets(live_server):
    """Three reviewers decide the same four listings; qa1 and lead1 always agree, moderator1 twice."""
    answers = {
        "qa1": ["approve", "reject", "reject", "approve"],
        "lead1": ["approve", "reject", "reject", "approve"],
        "moderator1": ["approve", "approve", "reject", "reject"],
    }
    listings = ["L0001", "L0002", "L0003", "L0004"]
    with live_server.client("lead1") as lead:
        created = lead.post(
            "/v1/calibrations",
            json={
                "name": "Week 12",
                "items": [{"listing_id": i} for i in listings],
                "reviewers": list(answers),
            },
        ).json()
    for reviewer, actions in answers.items():
        with live_server.client(reviewer) as client:
            for listing, action in zip(listings, actions, strict=True):
                body = {"listing_id": listing, "action": action}
                if action == "reject":
                    body["reason_codes"] = ["counterfeit"]
                response = client.post(f"/v1/calibrations/{created['set_id']}/answers", json=body)
                assert response.status_code == 204, response.text
    day = _today(live_server).isoformat()
    with live_server.client("lead1") as lead:
        pairs = {
            (p["reviewer_a"], p["reviewer_b"]): p
            for p in lead.get("/v1/metrics/auditor-agreement", params={"from": day, "to": day}).json()
        }
        graded = {
            r["auditor"]: r for r in lead.get("/v1/metrics/auditors", params={"from": day, "to": day}).json()
        }
    assert (pairs[("lead1", "qa1")]["agreement"], pairs[("lead1", "qa1")]["cohen_kappa"]) == (1.0, 1.0)
    assert pairs[("moderator1", "qa1")]["agreement"] == 0.5
    assert pairs[("moderator1", "qa1")]["cohen_kappa"] == pytest.approx(
        cm.cohen_kappa(answers["moderator1"], answers["qa1"])
    )
    assert graded["qa1"]["calibration_items"] == 4
    assert graded["qa1"]["calibration_agreement"] == pytest.approx(6 / 8)
    assert "moderator1" not in graded, "moderators are graded as moderators, not as auditors"
