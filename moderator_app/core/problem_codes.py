"""The problem codes with which the queue server refuses a decision: the ones the desk takes as final.

A decision leaves the outbox as refused only when the queue server says so in its own RFC 9457
problem document with one of these codes. Anything else (an HTML page from a proxy, a problem
without a code, a code this desk does not know) is not a verdict: the decision is sent again.
"""

from __future__ import annotations

from moderator_app.core.decision_rules import RULE_CODES

# The item can no longer be decided with this decision's lease.
LEASE_REFUSALS = frozenset(
    {"lease_expired", "lease_foreign", "item_decided", "item_superseded", "version_mismatch"}
)
# The decision itself is refused (its key was used for another decision, the item does not exist,
# the user may not decide, the request or the queue's rules refuse it).
REQUEST_REFUSALS = (
    frozenset({"idempotency_key_reused", "not_found", "wrong_role", "validation_error", "invalid"})
    | RULE_CODES
)

DECISION_REFUSALS = LEASE_REFUSALS | REQUEST_REFUSALS

# A cluster decision is refused, besides, when its members cannot all be claimed, were not claimed
# through the cluster, or the caller's role may not decide it (at this size).
CLUSTER_REFUSALS = DECISION_REFUSALS | frozenset(
    {
        "cluster_members_unavailable",
        "cluster_members_conflict",
        "not_claimed_in_cluster",
        "cluster_not_allowed",
        "cluster_too_large",
    }
)
