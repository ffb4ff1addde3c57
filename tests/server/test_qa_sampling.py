"""Sampling decisions into the QA queue: rates, moderator status, stratification, rules API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from api_helpers import assert_problem
from qa_helpers import NOTHING, audit_log_kinds, decide_next, golden_audit, sampled_decisions, set_rule

from moderator_app.core.qa_schema import SamplingRule
from moderator_app.core.schema import Action
from moderator_app.server.qa.sampling import ModeratorStatus, sampling_rate


def _shape(response) -> tuple:
    """What a moderator could observe of a decision response, values aside."""
    body = response.json()
    headers = sorted(h for h in response.headers if h not in ("date", "content-length"))
    return headers, {k: type(v).__name__ for k, v in body.items()}, response.headers["idempotent-replayed"]


def test_rate_one_samples_every_decision_rate_zero_none_and_responses_look_alike(any_server):
    with any_server.client("lead1") as lead, any_server.client("moderator1") as mod:
        set_rule(lead, base_rate=1.0)
        sampled = [decide_next(mod, action) for action in ("approve", "reject", "escalate")]
        ids = {r.json()["decision_id"] for r in sampled}
        assert set(sampled_decisions(any_server)) == ids
        assert set(sampled_decisions(any_server).values()) == {"base"}

        set_rule(lead, base_rate=0.0)
        unsampled = [decide_next(mod, action) for action in ("approve", "reject", "escalate")]
        assert set(sampled_decisions(any_server)) == ids  # nothing new

    # Same headers, same fields of the same types: the moderator cannot tell.
    for a, b in zip(sampled, unsampled, strict=True):
        assert _shape(a) == _shape(b)
        assert a.json().keys() == b.json().keys()


def test_the_new_moderator_rate_applies_to_young_accounts_only(live_server):
    with live_server.client("lead1") as lead, live_server.client("moderator1") as mod:
        set_rule(lead, new_moderator_rate=1.0, new_moderator_days=0)
        decide_next(mod)
        assert sampled_decisions(live_server) == {}

        set_rule(lead, new_moderator_rate=1.0, new_moderator_days=3650)
        decided = decide_next(mod).json()["decision_id"]
        assert sampled_decisions(live_server) == {decided: "new_moderator"}


def test_the_high_error_rate_applies_once_the_moderator_is_above_the_threshold(live_server):
    with live_server.client("lead1") as lead, live_server.client("moderator1") as mod:
        set_rule(lead, high_error_rate=1.0, error_threshold=0.0)
        decide_next(mod)
        assert sampled_decisions(live_server) == {}  # no audits yet: not above the threshold

        record = golden_audit(lead, mod, "L0005", expected="reject", given="approve")
        assert record["is_error"] is True
        decided = decide_next(mod).json()["decision_id"]
        assert sampled_decisions(live_server) == {decided: "high_error"}


def test_an_approval_factor_of_zero_excludes_approvals(any_server):
    with any_server.client("lead1") as lead, any_server.client("moderator1") as mod:
        set_rule(lead, base_rate=1.0, approve_factor=0.0)
        approvals = {decide_next(mod, "approve").json()["decision_id"] for _ in range(3)}
        rejections = {decide_next(mod, "reject").json()["decision_id"] for _ in range(2)}
    assert set(sampled_decisions(any_server)) == rejections
    assert not approvals & set(sampled_decisions(any_server))


def test_rate_is_the_highest_applicable_one_times_the_outcome_factor_capped_at_one():
    now = datetime(2026, 11, 27, tzinfo=UTC)
    rule = SamplingRule(
        queue_id="q",
        base_rate=0.05,
        new_moderator_rate=0.2,
        new_moderator_days=30,
        error_threshold=0.1,
        high_error_rate=0.6,
        reject_factor=2.0,
    )
    veteran = ModeratorStatus(now - timedelta(days=400), audited=10, errors=1)  # 10%: not above
    newcomer = ModeratorStatus(now - timedelta(days=3), audited=0, errors=0)
    struggling = ModeratorStatus(now - timedelta(days=3), audited=10, errors=2)
    assert sampling_rate(rule, veteran, Action.approve, now) == (0.05, "base")
    assert sampling_rate(rule, newcomer, Action.approve, now) == (0.2, "new_moderator")
    assert sampling_rate(rule, struggling, Action.approve, now) == (0.6, "high_error")
    assert sampling_rate(rule, struggling, Action.reject, now) == (1.0, "high_error")


def test_rules_api_lists_defaults_checks_roles_and_is_audited(live_server):
    with (
        live_server.client("lead1") as lead,
        live_server.client("qa1") as qa,
        live_server.client("moderator1") as mod,
        live_server.client("admin1") as admin,
    ):
        rules = qa.get("/v1/qa/rules").json()
        assert [r["queue_id"] for r in rules] == ["escalations", "new-es", "new-fr", "reported"]
        assert rules[0] == SamplingRule(queue_id="escalations").model_dump(mode="json")

        updated = set_rule(lead, "reported", base_rate=0.5, reject_factor=2.0)
        assert updated["updated_by"] == "lead1" and updated["reject_factor"] == 2.0
        assert next(r for r in qa.get("/v1/qa/rules").json() if r["queue_id"] == "reported") == updated
        set_rule(lead, "reported", base_rate=0.25)  # a second PUT replaces the row
        assert (
            next(r for r in qa.get("/v1/qa/rules").json() if r["queue_id"] == "reported")["base_rate"] == 0.25
        )

        assert_problem(mod.get("/v1/qa/rules"), 403)
        assert_problem(mod.put("/v1/qa/rules/new-fr", json=NOTHING), 403)
        assert_problem(qa.put("/v1/qa/rules/new-fr", json=NOTHING), 403)
        assert_problem(lead.put("/v1/qa/rules/nope", json=NOTHING), 404)
        assert_problem(lead.put("/v1/qa/rules/new-fr", json={**NOTHING, "base_rate": 1.5}), 422)
        assert_problem(lead.put("/v1/qa/rules/new-fr", json={**NOTHING, "updated_by": "someone"}), 422)
        assert audit_log_kinds(admin).count("qa.rule_updated") == 2
