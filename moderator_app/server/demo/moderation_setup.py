"""The demo desk's fixed set-up: accounts, reason codes and queues.

Reason codes come from the shipped policy, which maps each onto the EU DSA Transparency
Database vocabulary (statement category, keywords, decision ground), so a decision maps straight
onto a statement of reasons.
"""

from __future__ import annotations

from .dataset import DemoQueue, DemoReasonCode, DemoUser

USERS = (
    DemoUser("moderator1", "Camille Roux", "moderator"),
    DemoUser("moderator2", "Javier Ortega", "moderator"),
    DemoUser("moderator3", "Yasmine Benali", "moderator"),
    DemoUser("moderator4", "Inês Costa", "moderator"),
    DemoUser("moderator5", "Thomas Leroy", "moderator"),
    DemoUser("moderator6", "Lucía Fernández", "moderator"),
    DemoUser("lead1", "Sophie Garnier", "lead"),
    DemoUser("qa1", "Karim Haddad", "qa"),
    DemoUser("admin1", "Desk Administrator", "admin"),
)


def _reason_codes() -> tuple[DemoReasonCode, ...]:
    """The shipped policy's reason codes (resources/policy/default_policy.json owns their mapping)."""
    from moderator_app.server.dsa.reasons import shipped_mappings

    return tuple(
        DemoReasonCode(code, label, dsa.statement_category, dsa.decision_ground)
        for code, (label, dsa) in shipped_mappings().items()
    )


REASON_CODES = _reason_codes()

_ALL_CODES = tuple(r.code for r in REASON_CODES)
# New-listing desks handle the everyday cases; hate speech and minors go to escalation.
_NEW_LISTING_CODES = tuple(c for c in _ALL_CODES if c not in ("hate_speech", "minors"))

QUEUES = (
    DemoQueue(
        "new-fr",
        "New listings FR",
        2 * 3600,
        ("approve", "reject", "escalate"),
        _NEW_LISTING_CODES,
        ("escalations",),
    ),
    DemoQueue(
        "new-es",
        "New listings ES",
        2 * 3600,
        ("approve", "reject", "escalate"),
        _NEW_LISTING_CODES,
        ("escalations",),
    ),
    DemoQueue(
        "reported", "Reported", 4 * 3600, ("approve", "reject", "escalate"), _ALL_CODES, ("escalations",)
    ),
    # Escalations are the end of the line: leads approve or reject, nothing is escalated further.
    DemoQueue("escalations", "Escalations", 24 * 3600, ("approve", "reject"), _ALL_CODES, ()),
)
