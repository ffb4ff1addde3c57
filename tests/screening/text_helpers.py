"""Small helpers shared by the text-screening tests."""

from __future__ import annotations

from moderator_app.core.findings import Finding
from moderator_app.screening.text import TextScreener

# The key set of a finding in the `screen` contract, written out here rather than taken from the
# code under test, so that a change to the contract shows up as a failing test.
CONTRACT_KEYS = {"kind", "field", "start", "end", "text", "normalized", "category", "explanation"}


def screen_one(screener: TextScreener, text: str, country: str | None = "FR") -> list[Finding]:
    """Screen ``text`` as a description and check the offset contract on every finding."""
    findings = screener.screen({"description": text}, country)
    for f in findings:
        assert f.text == text[f.start : f.end], f
        assert 0 <= f.start < f.end <= len(text), f
    return findings


def kinds_and_values(findings: list[Finding]) -> set[tuple[str, str]]:
    return {(f.kind, f.normalized) for f in findings}
