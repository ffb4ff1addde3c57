"""Quality and speed metrics for the lead and QA dashboards: pure functions over plain values.

Error rates carry a Wilson score interval so a lead does not act on 1 error in 3 audits;
agreement is measured by percentage agreement, Cohen's kappa (two raters) and Fleiss' kappa
(a group); flag quality by precision and recall against human decisions; queue health by
SLA compliance and backlog age buckets; speed by throughput per *active* hour.

Undefined quantities (a rate over nothing) are ``None`` rather than 0, so a dashboard can show
"n/a" instead of a misleading number. No Qt, no I/O.
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from itertools import combinations
from statistics import NormalDist

logger = logging.getLogger(__name__)

# The 97.5th percentile of the standard normal (1.95996...): a two-sided 95% interval.
Z_95 = NormalDist().inv_cdf(0.975)


# --- error rates --------------------------------------------------------------------------


def wilson_interval(errors: int, n: int, z: float = Z_95) -> tuple[float, float]:
    """The Wilson score interval for ``errors`` out of ``n``, as (low, high) within [0, 1].

    With ``n == 0`` nothing is known and the interval is the whole range (0.0, 1.0).
    Raises ValueError when the counts are negative or ``errors > n``.
    """
    if n < 0 or errors < 0 or errors > n:
        raise ValueError(f"need 0 <= errors <= n, got errors={errors}, n={n}")
    if n == 0:
        return (0.0, 1.0)
    p = errors / n
    z2 = z * z
    denominator = 1.0 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z / denominator * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    # Clamp rounding noise: for 0 or n errors one bound is exactly 0 or 1 in exact arithmetic.
    low = 0.0 if errors == 0 else max(0.0, centre - half_width)
    high = 1.0 if errors == n else min(1.0, centre + half_width)
    return (low, high)


@dataclass(frozen=True)
class ErrorRateRow:
    """One row of the error-rate report (the CLI's JSON fields, in order)."""

    group: str
    decisions: int
    audited: int
    errors: int
    error_rate: float | None  # None when nothing was audited
    ci_low: float | None  # None when nothing was audited, like the rate
    ci_high: float | None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def error_rate_row(group: str, decisions: int, audited: int, errors: int, z: float = Z_95) -> ErrorRateRow:
    """The error rate of ``errors`` among ``audited`` decisions, with its Wilson interval.

    With nothing audited there is no rate and no interval (all three None): "0 to 1" would read
    as a figure. Raises ValueError unless 0 <= errors <= audited <= decisions.
    """
    if not 0 <= audited <= decisions:
        raise ValueError(f"{group}: need 0 <= audited <= decisions, got {audited} and {decisions}")
    if not audited:
        return ErrorRateRow(group, decisions, audited, errors, None, None, None)
    low, high = wilson_interval(errors, audited, z)
    return ErrorRateRow(group, decisions, audited, errors, errors / audited, low, high)


# --- severity-weighted quality score ------------------------------------------------------------

# How much one error of each severity weighs against a quality score, in "audits lost": a minor
# error (a wrong secondary reason) costs a third of an audit, a major one a whole audit, a critical
# one (a weapon or a scam approved) three. An error recorded without a severity weighs as a major.
SEVERITY_WEIGHTS: dict[str, float] = {"critical": 3.0, "major": 1.0, "minor": 1 / 3}
UNRATED_WEIGHT = 1.0


def quality_score(audited: int, critical: int = 0, major: int = 0, minor: int = 0, unrated: int = 0) -> float | None:
    """1 minus the severity-weighted errors per audit, floored at 0; None with no audits.

    With only major errors it equals 1 - error rate; critical errors pull it down three times as
    hard, minor ones a third as hard. Raises ValueError on negative counts or more errors than audits.
    """
    counts = (audited, critical, major, minor, unrated)
    if min(counts) < 0:
        raise ValueError(f"counts must not be negative: {counts}")
    if critical + major + minor + unrated > audited:
        raise ValueError(f"{critical + major + minor + unrated} errors in {audited} audits")
    if not audited:
        return None
    weighted = (
        SEVERITY_WEIGHTS["critical"] * critical
        + SEVERITY_WEIGHTS["major"] * major
        + SEVERITY_WEIGHTS["minor"] * minor
        + UNRATED_WEIGHT * unrated
    )
    return max(0.0, 1.0 - weighted / audited)


@dataclass(frozen=True)
class AuditedDecision:
    """One decision as the error-rate report sees it."""

    group: str  # the moderator, queue, reason code or category it is grouped by
    audited: bool
    error: bool  # the audit disagreed with it (meaningless when not audited)


def error_rate_rows(decisions: Iterable[AuditedDecision], z: float = Z_95) -> list[ErrorRateRow]:
    """Error-rate rows per group, sorted by group name.

    An ``error`` flag on a decision that was not audited is ignored: only audits find errors.
    """
    totals: dict[str, tuple[int, int, int]] = {}
    for d in decisions:
        decided, audited, errors = totals.get(d.group, (0, 0, 0))
        if d.audited:
            audited += 1
            errors += bool(d.error)
        totals[d.group] = (decided + 1, audited, errors)
    return [error_rate_row(group, *totals[group], z=z) for group in sorted(totals)]


# --- agreement between raters -----------------------------------------------------------


def percent_agreement(rater_a: Sequence[Hashable], rater_b: Sequence[Hashable]) -> float:
    """The share of items on which two raters gave the same label.

    Raises ValueError if the sequences differ in length or are empty.
    """
    _check_paired(rater_a, rater_b)
    return sum(a == b for a, b in zip(rater_a, rater_b, strict=True)) / len(rater_a)


def cohen_kappa(rater_a: Sequence[Hashable], rater_b: Sequence[Hashable]) -> float:
    """Cohen's kappa for two raters and nominal labels: (p_o - p_e) / (1 - p_e).

    Degenerate case: when both raters gave every item one and the same label, the expected
    agreement p_e is 1 and the formula is 0/0. The raters agree perfectly, so this returns 1.0
    (scikit-learn returns NaN there). Raises ValueError if the sequences differ in length or
    are empty.
    """
    _check_paired(rater_a, rater_b)
    n = len(rater_a)
    observed = percent_agreement(rater_a, rater_b)
    counts_a, counts_b = Counter(rater_a), Counter(rater_b)
    chance_pairs = sum(counts_a[label] * counts_b[label] for label in counts_a)
    if chance_pairs == n * n:  # exact integer test: p_e == 1
        return 1.0
    expected = chance_pairs / (n * n)
    return (observed - expected) / (1.0 - expected)


def _check_paired(rater_a: Sequence[Hashable], rater_b: Sequence[Hashable]) -> None:
    if len(rater_a) != len(rater_b):
        raise ValueError(f"the raters labelled {len(rater_a)} and {len(rater_b)} items: need the same items")
    if not rater_a:
        raise ValueError("agreement needs at least one item")


def fleiss_kappa(counts: Sequence[Sequence[int]]) -> float:
    """Fleiss' kappa from an items x categories table of how many raters chose each category.

    Every item must have the same number of ratings n >= 2. Degenerate case: when every
    rating falls in one category the expected agreement is 1 and the formula is 0/0; the
    raters agree perfectly, so this returns 1.0. Raises ValueError on an empty table, negative
    counts, ragged rows, or unequal numbers of ratings per item.
    """
    if not counts or not counts[0]:
        raise ValueError("Fleiss' kappa needs at least one item and one category")
    width = len(counts[0])
    raters = sum(counts[0])
    for i, row in enumerate(counts):
        if len(row) != width:
            raise ValueError(f"item {i} has {len(row)} categories, item 0 has {width}")
        if any(c < 0 for c in row):
            raise ValueError(f"item {i} has a negative count")
        if sum(row) != raters:
            raise ValueError(
                f"item {i} has {sum(row)} ratings and item 0 has {raters}: "
                "Fleiss' kappa needs the same number of raters for every item"
            )
    if raters < 2:
        raise ValueError(f"Fleiss' kappa needs at least 2 ratings per item, got {raters}")
    items = len(counts)
    per_item = [(sum(c * c for c in row) - raters) / (raters * (raters - 1)) for row in counts]
    observed = sum(per_item) / items
    column_totals = [sum(row[j] for row in counts) for j in range(width)]
    all_ratings = items * raters
    if max(column_totals) == all_ratings:  # every rating in one category: p_e == 1
        return 1.0
    expected = sum(t * t for t in column_totals) / (all_ratings * all_ratings)
    return (observed - expected) / (1.0 - expected)


def fleiss_table(
    labels_per_item: Sequence[Sequence[Hashable]], categories: Sequence[Hashable] | None = None
) -> tuple[list[Hashable], list[list[int]]]:
    """Turn per-item label lists into (categories, items x categories counts) for fleiss_kappa.

    ``categories`` defaults to the labels seen, in first-seen order. Raises ValueError when
    the items have different numbers of ratings (naming one item that differs) or a label is
    not among ``categories``.
    """
    if not labels_per_item:
        raise ValueError("Fleiss' kappa needs at least one item")
    expected_raters = len(labels_per_item[0])
    for i, labels in enumerate(labels_per_item):
        if len(labels) != expected_raters:
            raise ValueError(
                f"item {i} has {len(labels)} ratings and item 0 has {expected_raters}: "
                "Fleiss' kappa needs the same number of raters for every item"
            )
    if categories is None:
        categories = list(dict.fromkeys(label for labels in labels_per_item for label in labels))
    index = {category: j for j, category in enumerate(categories)}
    table = []
    for i, labels in enumerate(labels_per_item):
        row = [0] * len(categories)
        for label in labels:
            if label not in index:
                raise ValueError(f"item {i} has label {label!r}, which is not among the categories")
            row[index[label]] += 1
        table.append(row)
    return list(categories), table


def fleiss_kappa_from_labels(labels_per_item: Sequence[Sequence[Hashable]]) -> float:
    """Fleiss' kappa from per-item label lists (see fleiss_table and fleiss_kappa)."""
    return fleiss_kappa(fleiss_table(labels_per_item)[1])


def pairwise_agreement(labels: Sequence[Hashable]) -> float | None:
    """The share of rater pairs on one item that gave the same label (Fleiss' P_i).

    None when fewer than two raters labelled the item.
    """
    n = len(labels)
    if n < 2:
        return None
    agreeing = sum(c * (c - 1) for c in Counter(labels).values())
    return agreeing / (n * (n - 1))


@dataclass(frozen=True)
class ItemAgreement:
    """How far the reviewers of one calibration item agreed."""

    item_id: Hashable
    ratings: int
    agreement: float | None  # pairwise agreement; None with fewer than two ratings
    majority_label: Hashable | None  # the most chosen label; None on a tie or no ratings
    label_counts: tuple[tuple[Hashable, int], ...]  # most chosen first


def disagreement_ranking(labels_by_item: Mapping[Hashable, Sequence[Hashable]]) -> list[ItemAgreement]:
    """Calibration items, the most disagreement first.

    Sorted by pairwise agreement ascending, then by more ratings first, then by item id as text
    (so the order is deterministic); items with fewer than two ratings come last.
    """
    rows = []
    for item_id, labels in labels_by_item.items():
        ranked = Counter(labels).most_common()
        tie = len(ranked) > 1 and ranked[0][1] == ranked[1][1]
        majority = ranked[0][0] if ranked and not tie else None
        rows.append(ItemAgreement(item_id, len(labels), pairwise_agreement(labels), majority, tuple(ranked)))
    return sorted(
        rows,
        key=lambda r: (r.agreement is None, r.agreement or 0.0, -r.ratings, str(r.item_id)),
    )


def reviewer_agreement(
    ratings: Mapping[Hashable, Mapping[Hashable, Hashable]],
) -> dict[Hashable, float | None]:
    """Per reviewer, the share of the *other* reviewers' labels that match theirs.

    ``ratings`` maps item -> {reviewer: label}. Each (reviewer, other reviewer, item) triple
    counts once, so a reviewer who often stands alone scores low. None for a reviewer who
    never shared an item with anyone.
    """
    matches: Counter[Hashable] = Counter()
    comparisons: Counter[Hashable] = Counter()
    for by_reviewer in ratings.values():
        for reviewer, label in by_reviewer.items():
            comparisons[reviewer] += 0  # a reviewer alone on every item still gets a row
            for other, other_label in by_reviewer.items():
                if other != reviewer:
                    comparisons[reviewer] += 1
                    matches[reviewer] += label == other_label
    return {r: (matches[r] / comparisons[r] if comparisons[r] else None) for r in comparisons}


def pairwise_cohen_kappa(
    ratings: Mapping[Hashable, Mapping[Hashable, Hashable]],
) -> dict[tuple[Hashable, Hashable], float]:
    """Cohen's kappa for every pair of reviewers over the items both of them labelled.

    Keys are (reviewer_a, reviewer_b) with a < b by their text form; pairs with no item in
    common are left out.
    """
    reviewers = sorted({r for by_reviewer in ratings.values() for r in by_reviewer}, key=str)
    result = {}
    for a, b in combinations(reviewers, 2):
        shared = [(v[a], v[b]) for v in ratings.values() if a in v and b in v]
        if shared:
            result[(a, b)] = cohen_kappa([x for x, _ in shared], [y for _, y in shared])
    return result


# --- local flags against human decisions -------------------------------------------------------

MAX_FLAG_KEY_CHARS = 200
# Kinds whose label says what they found, so the label is part of what they are scored as: a
# policy-term finding's label is the term's category, a server flag's label is its model's verdict.
LABELLED_KINDS = frozenset({"banned_term", "server"})


def flag_key(kind: str, label: str = "") -> str:
    """The key a shown flag is scored under: its kind, or ``kind:label`` for LABELLED_KINDS.

    ``banned_term`` + ``scams_and_fraud`` -> ``banned_term:scams_and_fraud``; ``phone`` -> ``phone``.
    The policy's flag targets (``schema.FlagTarget.flag``) use the same keys.
    """
    key = f"{kind}:{label.strip().lower()}" if kind in LABELLED_KINDS and label.strip() else kind
    return key[:MAX_FLAG_KEY_CHARS]


@dataclass(frozen=True)
class FlagQuality:
    """How well one kind of local flag predicts a human violation decision."""

    kind: str
    true_positives: int  # flag raised, human found a violation
    false_positives: int  # flag raised, human did not
    false_negatives: int  # no flag, human found a violation
    true_negatives: int
    precision: float | None  # None when the flag was never raised
    recall: float | None  # None when humans never found a violation


def flag_quality(
    outcomes: Iterable[tuple[str, bool, str]], positive_actions: Collection[str] = ("reject",)
) -> list[FlagQuality]:
    """Precision and recall per flag kind, sorted by kind.

    Each outcome is (flag kind, whether the flag was raised, the human action); a human
    action counts as a violation when it is in ``positive_actions`` (by default only
    "reject": an escalation is not yet a verdict).
    """
    tallies: dict[str, list[int]] = {}
    for kind, raised, action in outcomes:
        tp_fp_fn_tn = tallies.setdefault(kind, [0, 0, 0, 0])
        violation = action in positive_actions
        slot = (0 if violation else 1) if raised else (2 if violation else 3)
        tp_fp_fn_tn[slot] += 1
    rows = []
    for kind in sorted(tallies):
        tp, fp, fn, tn = tallies[kind]
        rows.append(
            FlagQuality(
                kind, tp, fp, fn, tn, tp / (tp + fp) if tp + fp else None, tp / (tp + fn) if tp + fn else None
            )
        )
    return rows


# --- queues: SLA and backlog ----------------------------------------------------------------


@dataclass(frozen=True)
class SlaCompliance:
    handled: int
    within_sla: int
    share: float | None  # None when nothing was handled


def sla_compliance(waits: Iterable[timedelta], sla: timedelta) -> SlaCompliance:
    """The share of items handled within the SLA; a wait exactly equal to the SLA is within it.

    Each wait is the time from an item entering the queue to its decision.
    """
    handled = within = 0
    for wait in waits:
        handled += 1
        within += wait <= sla
    return SlaCompliance(handled, within, within / handled if handled else None)


@dataclass(frozen=True)
class BacklogBuckets:
    """Waiting items by age: [0, 24h), [24h, 48h) and 48h or more."""

    under_24h: int
    under_48h: int
    over_48h: int

    def as_dict(self) -> dict[str, int]:
        """The buckets under their dashboard names."""
        return {"<24h": self.under_24h, "<48h": self.under_48h, ">48h": self.over_48h}


def backlog_buckets(enqueued_at: Iterable[datetime], now: datetime) -> BacklogBuckets:
    """Count waiting items by age at ``now``; items stamped in the future (clock skew) are < 24h."""
    buckets = [0, 0, 0]
    day = timedelta(hours=24)
    for at in enqueued_at:
        age = now - at
        buckets[0 if age < day else 1 if age < 2 * day else 2] += 1
    return BacklogBuckets(*buckets)


# --- speed ---------------------------------------------------------------------------------------


def active_time(
    intervals: Iterable[tuple[datetime, datetime]], max_gap: timedelta = timedelta(minutes=5)
) -> timedelta:
    """The time covered by the union of working intervals, bridging short pauses.

    Overlapping intervals count once. A pause of at most ``max_gap`` between two intervals
    counts as active (reading, thinking); a longer one is cut. Raises ValueError when an
    interval ends before it starts.
    """
    ordered = sorted(intervals)
    for start, end in ordered:
        if end < start:
            raise ValueError(f"interval ends ({end.isoformat()}) before it starts ({start.isoformat()})")
    total = timedelta()
    if not ordered:
        return total
    run_start, run_end = ordered[0]
    for start, end in ordered[1:]:
        if start - run_end <= max_gap:
            run_end = max(run_end, end)
        else:
            total += run_end - run_start
            run_start, run_end = start, end
    return total + (run_end - run_start)


def period_is_partial(start: date, days: int, date_from: date, date_to: date, today: date) -> bool:
    """True when the period of ``days`` days from ``start`` is not wholly inside the range
    ``date_from``..``date_to`` (both inclusive) or is not over yet on ``today``."""
    end = start + timedelta(days=days - 1)
    return start < date_from or end > date_to or end >= today


def throughput_per_active_hour(decisions: int, active: timedelta) -> float | None:
    """Decisions per active hour; None when there was no active time."""
    hours = active / timedelta(hours=1)
    return decisions / hours if hours > 0 else None
