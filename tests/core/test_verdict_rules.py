"""core.verdict_rules: a recorded verdict's agreement is always what the decisions say."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from moderator_app.core.decision_rules import RuleViolation
from moderator_app.core.qa_schema import AuditVerdict, Severity
from moderator_app.core.schema import Action
from moderator_app.core.verdict_rules import Judged, ResolvedVerdict, resolve_verdict, same_decision

CODES = ("contact_details", "counterfeit", "weapons")
codes = st.lists(st.sampled_from(CODES), max_size=3, unique=True)
judged = st.builds(Judged.of, st.sampled_from(list(Action)), codes)
verdicts = st.builds(
    AuditVerdict,
    agree=st.none() | st.booleans(),
    correct_action=st.none() | st.sampled_from(list(Action)),
    correct_reason_codes=codes,
    severity=st.none() | st.sampled_from(list(Severity)),
)


@settings(max_examples=2000, deadline=None)
@given(judged, judged, verdicts)
def test_a_recorded_verdict_agrees_exactly_when_the_decisions_are_the_same(original, blind, verdict):
    result = resolve_verdict(original, blind, verdict)
    if isinstance(result, RuleViolation):
        return
    assert isinstance(result, ResolvedVerdict)
    expected_correct = (
        blind
        if verdict.correct_action is None
        else Judged.of(verdict.correct_action, verdict.correct_reason_codes)
    )
    assert result.correct == expected_correct
    assert result.agree == same_decision(original, expected_correct)
    assert verdict.agree in (None, result.agree), "a declared agreement never contradicts the decisions"
    assert (result.severity is None) == result.agree, "severity exactly on disagreements"
    assert result.is_error == (not result.agree)


@settings(max_examples=500, deadline=None)
@given(judged, judged, verdicts)
def test_every_refusal_names_a_rule(original, blind, verdict):
    result = resolve_verdict(original, blind, verdict)
    if isinstance(result, RuleViolation):
        assert result.code in {
            "inconsistent_verdict",
            "severity_on_agreement",
            "severity_required",
            "correct_action_required",
        }
        assert result.field.startswith("body.") and result.text()


def test_the_two_cases_seen_in_the_field_are_refused():
    approve = Judged.of(Action.approve)
    reject = Judged.of(Action.reject, ["counterfeit"])
    agree_but_reject = AuditVerdict(
        agree=True,
        correct_action=Action.reject,
        correct_reason_codes=["counterfeit"],
        severity=Severity.critical,
    )
    assert resolve_verdict(approve, approve, agree_but_reject).code == "inconsistent_verdict"
    disagree_but_same = AuditVerdict(
        agree=False,
        correct_action=Action.reject,
        correct_reason_codes=["counterfeit"],
        severity=Severity.major,
    )
    assert resolve_verdict(reject, reject, disagree_but_same).code == "inconsistent_verdict"


def test_reasons_count_for_rejections_only():
    assert same_decision(Judged.of("reject", ["a", "b"]), Judged.of("reject", ["b", "a"]))
    assert not same_decision(Judged.of("reject", ["a"]), Judged.of("reject", ["a", "b"]))
    assert same_decision(Judged.of("escalate", ["a"]), Judged.of("escalate", []))
