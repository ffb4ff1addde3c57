"""The fault suite's short, seeded subset (the full randomized run is `make faults`): one iteration
of each kind below, and not one decision lost, doubled, wrong, stuck or misreported."""

from __future__ import annotations

import pytest
from harness import BAD, run_iteration, seeded_template, table

pytestmark = pytest.mark.slow

SUBSET = (
    "HTML 403 after",
    "HTML 404 before",
    "proxy cut",
    "proxy blackhole",
    "kill at a crash point",
    "server restart",
    "full disk",
    "clock step",
)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return seeded_template(tmp_path_factory.mktemp("faults"))


@pytest.mark.parametrize("kind", SUBSET)
def test_a_fault_loses_doubles_or_misreports_no_decision(kind, template, tmp_path):
    outcome = run_iteration(kind, sum(map(ord, kind)), tmp_path, template)
    if outcome.skipped:
        pytest.skip(outcome.skipped)
    print(f"\n{table([outcome])}")
    assert outcome.decisions > 0, "the desk made no decision"
    assert outcome.exercised, "the fault did not happen while the desk worked"
    assert {name: getattr(outcome, name) for name in BAD} == dict.fromkeys(BAD, 0), outcome.notes
