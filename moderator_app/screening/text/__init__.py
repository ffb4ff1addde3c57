"""Text screening: banned terms that survive evasion, contact details, exact highlight spans.

Public API::

    from moderator_app.screening.text import TextScreener, default_policy, load_policy
    screener = TextScreener(default_policy())          # build once per policy
    findings = screener.screen({"title": t, "description": d}, country="FR")

Each `moderator_app.core.findings.Finding` satisfies ``text == fields[field][start:end]``.
"""

from moderator_app.core.findings import Finding
from moderator_app.screening.text.policy import (
    Policy,
    PolicyError,
    PolicyTerm,
    default_policy,
    default_policy_path,
    load_policy,
    parse_policy,
)
from moderator_app.screening.text.screener import TextScreener

__all__ = [
    "Finding",
    "Policy",
    "PolicyError",
    "PolicyTerm",
    "TextScreener",
    "default_policy",
    "default_policy_path",
    "load_policy",
    "parse_policy",
]
