"""The dashboard metrics: hand-computed cases, then comparisons with independent implementations
(scikit-learn and statsmodels are test-only dependencies; the product never imports them)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import fleiss_kappa as sm_fleiss_kappa
from statsmodels.stats.proportion import proportion_confint

from moderator_app.core import metrics
from moderator_app.core.metrics import AuditedDecision

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def minutes(m: float) -> timedelta:
    return timedelta(minutes=m)


# --- Wilson interval ----------------------------------------------------------------------------


def test_one_error_in_three_audits_is_a_wide_interval_not_a_33_percent_rate():
    # Worked by hand: p = 1/3, z^2 = 3.841459; centre = 0.426916, half-width = 0.365425.
    low, high = metrics.wilson_interval(1, 3)
    assert low == pytest.approx(0.06149, abs=1e-5)
    assert high == pytest.approx(0.79234, abs=1e-5)


def test_wilson_with_no_audits_knows_nothing():
    assert metrics.wilson_interval(0, 0) == (0.0, 1.0)


def test_wilson_bounds_are_exact_at_the_extremes():
    assert metrics.wilson_interval(0, 50)[0] == 0.0
    assert metrics.wilson_interval(50, 50)[1] == 1.0
    # 0 of 10: the upper bound is z^2 / (n + z^2) = 3.841459 / 13.841459
    assert metrics.wilson_interval(0, 10)[1] == pytest.approx(0.277533, abs=1e-6)


@pytest.mark.parametrize("errors, n", [(-1, 3), (4, 3), (0, -1)])
def test_wilson_rejects_impossible_counts(errors, n):
    with pytest.raises(ValueError, match="errors <= n"):
        metrics.wilson_interval(errors, n)


@given(n=st.integers(min_value=1, max_value=5000), data=st.data())
def test_wilson_matches_statsmodels(n, data):
    errors = data.draw(st.integers(min_value=0, max_value=n))
    low, high = metrics.wilson_interval(errors, n)
    sm_low, sm_high = proportion_confint(errors, n, alpha=0.05, method="wilson")
    assert low == pytest.approx(sm_low, abs=1e-7)
    assert high == pytest.approx(sm_high, abs=1e-7)
    assert 0.0 <= low <= errors / n <= high <= 1.0


# --- error-rate rows ------------------------------------------------------------------------------


def test_error_rate_rows_group_count_and_carry_the_interval():
    decisions = (
        [AuditedDecision("bob", audited=True, error=True)]
        + [AuditedDecision("bob", audited=True, error=False)] * 2
        + [AuditedDecision("bob", audited=False, error=True)]  # not audited: cannot be an error
        + [AuditedDecision("alice", audited=False, error=False)] * 4
    )
    alice, bob = metrics.error_rate_rows(decisions)
    assert alice.as_dict() == {
        "group": "alice",
        "decisions": 4,
        "audited": 0,
        "errors": 0,
        "error_rate": None,
        "ci_low": None,
        "ci_high": None,
    }
    assert (bob.group, bob.decisions, bob.audited, bob.errors) == ("bob", 4, 3, 1)
    assert bob.error_rate == pytest.approx(1 / 3)
    assert (bob.ci_low, bob.ci_high) == metrics.wilson_interval(1, 3)


def test_error_rate_row_refuses_more_audits_than_decisions():
    with pytest.raises(ValueError, match="audited <= decisions"):
        metrics.error_rate_row("q", decisions=2, audited=3, errors=0)


# --- Cohen's kappa -------------------------------------------------------------------------------


def test_cohen_kappa_textbook_case():
    # 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15 -> p_o = 0.7, p_e = 0.5*0.6 + 0.5*0.4 = 0.5
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert metrics.percent_agreement(a, b) == pytest.approx(0.7)
    assert metrics.cohen_kappa(a, b) == pytest.approx(0.4)


def test_cohen_kappa_when_both_raters_used_one_label_is_perfect_agreement():
    assert metrics.cohen_kappa(["approve"] * 5, ["approve"] * 5) == 1.0


def test_cohen_kappa_opposite_raters_is_minus_one():
    assert metrics.cohen_kappa(["a", "b", "a", "b"], ["b", "a", "b", "a"]) == pytest.approx(-1.0)


def test_cohen_kappa_needs_paired_items():
    with pytest.raises(ValueError, match="same items"):
        metrics.cohen_kappa(["a"], ["a", "b"])
    with pytest.raises(ValueError, match="at least one item"):
        metrics.cohen_kappa([], [])


labels = st.sampled_from(["approve", "reject", "escalate", "skip"])


@given(st.lists(st.tuples(labels, labels), min_size=1, max_size=200))
def test_cohen_kappa_matches_scikit_learn(pairs):
    a = [x for x, _ in pairs]
    b = [y for _, y in pairs]
    # scikit-learn divides 0 by 0 (a warning, then NaN) when both raters used one label only.
    assume(not (len(set(a)) == 1 and set(a) == set(b)))
    assert metrics.cohen_kappa(a, b) == pytest.approx(cohen_kappa_score(a, b), abs=1e-9)


# --- Fleiss' kappa -------------------------------------------------------------------------------

# Fleiss' kappa's worked example (Wikipedia): 10 items, 14 raters, 5 categories, kappa = 0.210.
WIKIPEDIA_TABLE = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]


def test_fleiss_kappa_worked_example():
    assert metrics.fleiss_kappa(WIKIPEDIA_TABLE) == pytest.approx(0.20993, abs=1e-5)


def test_fleiss_kappa_three_raters_by_hand():
    # item 1: a,a,a (P=1); item 2: a,a,b (P=1/3); item 3: b,b,b (P=1). P_bar = 7/9.
    # shares: a = 5/9, b = 4/9 -> P_e = 41/81. kappa = (7/9 - 41/81) / (40/81) = 22/40 = 0.55
    labels_per_item = [["a", "a", "a"], ["a", "a", "b"], ["b", "b", "b"]]
    assert metrics.fleiss_kappa_from_labels(labels_per_item) == pytest.approx(0.55)
    assert metrics.fleiss_table(labels_per_item) == (["a", "b"], [[3, 0], [2, 1], [0, 3]])


def test_fleiss_kappa_everyone_chose_one_category_is_perfect_agreement():
    assert metrics.fleiss_kappa([[4, 0], [4, 0]]) == 1.0


def test_fleiss_kappa_refuses_items_with_different_numbers_of_raters():
    with pytest.raises(ValueError, match="item 1 has 2 ratings and item 0 has 3"):
        metrics.fleiss_kappa_from_labels([["a", "a", "b"], ["a", "b"]])
    with pytest.raises(ValueError, match="same number of raters"):
        metrics.fleiss_kappa([[2, 1], [1, 1]])


def test_fleiss_kappa_refuses_a_single_rater_and_unknown_labels():
    with pytest.raises(ValueError, match="at least 2 ratings"):
        metrics.fleiss_kappa([[1, 0], [0, 1]])
    with pytest.raises(ValueError, match="not among the categories"):
        metrics.fleiss_table([["a", "c"]], categories=["a", "b"])


@given(
    raters=st.integers(min_value=2, max_value=12),
    categories=st.integers(min_value=2, max_value=5),
    data=st.data(),
)
def test_fleiss_kappa_matches_statsmodels(raters, categories, data):
    items = data.draw(st.integers(min_value=1, max_value=30))
    table = []
    for _ in range(items):
        choices = data.draw(st.lists(st.integers(0, categories - 1), min_size=raters, max_size=raters))
        table.append([choices.count(j) for j in range(categories)])
    column_totals = [sum(row[j] for row in table) for j in range(categories)]
    assume(max(column_totals) < items * raters)  # statsmodels divides 0 by 0 when all agree on one
    assert metrics.fleiss_kappa(table) == pytest.approx(sm_fleiss_kappa(table, method="fleiss"), abs=1e-9)


@given(st.lists(st.tuples(labels, labels), min_size=1, max_size=100))
def test_fleiss_kappa_of_two_raters_is_scotts_pi_not_cohens_kappa(pairs):
    # With two raters Fleiss' kappa reduces to Scott's pi: pooled marginals. It never exceeds
    # percentage agreement, and equals 1 exactly when the raters always agree.
    table = metrics.fleiss_table([list(p) for p in pairs])[1]
    agreement = metrics.percent_agreement([a for a, _ in pairs], [b for _, b in pairs])
    kappa = metrics.fleiss_kappa(table)
    assert kappa <= agreement + 1e-12
    assert (kappa == pytest.approx(1.0)) == (agreement == 1.0)


# --- calibration: per item and per reviewer ----------------------------------------------------------


def test_disagreement_ranking_puts_the_most_contested_items_first():
    ranking = metrics.disagreement_ranking(
        {
            "unanimous": ["approve", "approve", "approve"],
            "split": ["approve", "reject", "escalate"],
            "mostly": ["reject", "reject", "approve"],
            "alone": ["approve"],
        }
    )
    assert [r.item_id for r in ranking] == ["split", "mostly", "unanimous", "alone"]
    split, mostly, unanimous, alone = ranking
    assert split.agreement == 0.0 and split.majority_label is None  # a three-way tie
    assert mostly.agreement == pytest.approx(1 / 3) and mostly.majority_label == "reject"
    assert mostly.label_counts == (("reject", 2), ("approve", 1))
    assert unanimous.agreement == 1.0
    assert alone.agreement is None and alone.ratings == 1


def test_reviewer_agreement_and_pairwise_kappa():
    ratings = {
        1: {"ana": "approve", "ben": "approve", "cleo": "reject"},
        2: {"ana": "reject", "ben": "reject", "cleo": "reject"},
        3: {"ana": "approve", "ben": "approve"},
        4: {"dan": "approve"},
    }
    # ana: item 1 matches ben not cleo (1/2), item 2 (2/2), item 3 (1/1) -> 4/5
    # cleo: item 1 (0/2), item 2 (2/2) -> 2/4; dan shares no item.
    assert metrics.reviewer_agreement(ratings) == {"ana": 0.8, "ben": 0.8, "cleo": 0.5, "dan": None}
    kappas = metrics.pairwise_cohen_kappa(ratings)
    assert set(kappas) == {("ana", "ben"), ("ana", "cleo"), ("ben", "cleo")}
    assert kappas[("ana", "ben")] == 1.0
    # ana vs cleo on items 1 and 2: (approve, reject), (reject, reject): p_o = 1/2,
    # p_e = 1/2 * 0 + 1/2 * 1 = 1/2 -> kappa 0
    assert kappas[("ana", "cleo")] == pytest.approx(0.0)


# --- flags against human decisions ------------------------------------------------------------------


def test_flag_quality_counts_precision_and_recall_per_kind():
    outcomes = [
        ("phone", True, "reject"),
        ("phone", True, "reject"),
        ("phone", True, "approve"),
        ("phone", False, "reject"),
        ("phone", False, "approve"),
        ("phone", True, "escalate"),  # an escalation is not a verdict: a false positive
        ("nudity", False, "approve"),
    ]
    nudity, phone = metrics.flag_quality(outcomes)
    assert (phone.true_positives, phone.false_positives, phone.false_negatives, phone.true_negatives) == (
        2,
        2,
        1,
        1,
    )
    assert phone.precision == 0.5
    assert phone.recall == pytest.approx(2 / 3)
    assert nudity.precision is None and nudity.recall is None


def test_flag_quality_can_count_escalations_as_violations():
    (phone,) = metrics.flag_quality([("phone", True, "escalate")], positive_actions={"reject", "escalate"})
    assert phone.precision == 1.0


# --- SLA and backlog ------------------------------------------------------------------------------------


def test_sla_compliance_counts_the_boundary_as_within():
    result = metrics.sla_compliance([minutes(30), minutes(120), minutes(121), minutes(5)], minutes(120))
    assert result == metrics.SlaCompliance(handled=4, within_sla=3, share=0.75)
    assert metrics.sla_compliance([], minutes(120)).share is None


def test_backlog_buckets_by_age():
    now = T0
    ages = [0, 1, 23.99, 24, 47.99, 48, 200, -2]  # hours; -2 is a clock skewed into the future
    buckets = metrics.backlog_buckets([now - timedelta(hours=h) for h in ages], now)
    assert buckets.as_dict() == {"<24h": 4, "<48h": 2, ">48h": 2}


# --- throughput per active hour ------------------------------------------------------------------


def test_active_time_merges_overlaps_and_bridges_short_pauses_only():
    sessions = [
        (T0, T0 + minutes(20)),
        (T0 + minutes(10), T0 + minutes(30)),  # overlaps: counts once
        (T0 + minutes(34), T0 + minutes(40)),  # a 4-minute pause: bridged
        (T0 + minutes(60), T0 + minutes(90)),  # a 20-minute break: cut
    ]
    assert metrics.active_time(sessions, max_gap=minutes(5)) == minutes(40 + 30)
    assert metrics.active_time(sessions, max_gap=minutes(20)) == minutes(90)
    assert metrics.active_time([]) == timedelta()


def test_active_time_refuses_backwards_intervals():
    with pytest.raises(ValueError, match="before it starts"):
        metrics.active_time([(T0, T0 - minutes(1))])


def test_throughput_per_active_hour():
    assert metrics.throughput_per_active_hour(120, minutes(90)) == pytest.approx(80.0)
    assert metrics.throughput_per_active_hour(3, timedelta()) is None
