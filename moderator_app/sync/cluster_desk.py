"""The cluster desk: opens a listing's cluster (a claim of its members), records a cluster decision
in the outbox, and lets go of what the moderator did not keep. No Qt.

- **Opening** claims the members (``POST /v1/clusters/{id}/claim``) so no other desk takes them
  while the moderator looks; the answer's view is what the screen lists. When the server cannot be
  reached, the view prefetched with the listing opens instead, unclaimed: the claim goes with the
  decision. A role that may not decide this cluster (or not at this size) gets the view read-only,
  with the server's own reason.
- **Deciding** writes one outbox entry (a ClusterDecisionRequest) under the same send hold as a
  single decision: undo withdraws it before it leaves. The sender claims the members again, all or
  none (``require_all``, with a request id derived from the decision's key, so a retry returns the
  same leases), fills in their lease tokens and sends the decision with its one idempotency key.
- **Closing** without deciding releases the members this view leased; excluded members of a
  decided cluster are released too (the ones the desk held before stay on the desk).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from moderator_app.core import schema
from moderator_app.core.cluster_review import ClusterReview, DecideCluster
from moderator_app.core.cluster_schema import (
    ClusterClaimRequest,
    ClusterDecisionRequest,
    ClusterMemberDecision,
    ClusterView,
    UnavailableMember,
)
from moderator_app.core.i18n import translate_noop
from moderator_app.core.review_item import ReviewItem, flags_shown
from moderator_app.core.session_types import Notice
from moderator_app.net.api_client import ApiClient
from moderator_app.net.errors import Forbidden, NotFound, Unreachable

log = logging.getLogger(__name__)

_CONTEXT = "ClusterDesk"
MSG_NO_CLUSTER = translate_noop(_CONTEXT, "This listing is not part of a cluster.")
MSG_NOT_ON_DESK = translate_noop(_CONTEXT, "This listing is no longer on your desk.")
MSG_OFFLINE_UNKNOWN = translate_noop(
    _CONTEXT,
    "The server cannot be reached and this cluster's members were not fetched yet: open it again "
    "when the connection returns.",
)
MSG_GONE = translate_noop(_CONTEXT, "This cluster no longer exists: its listings were decided or it was rebuilt.")
# The claim request id of a cluster decision's send: derived from its key, so a retry (after a lost
# answer or a crash) returns the first attempt's leases.
_CLAIM_NAMESPACE = uuid.UUID("5d7c1b0a-1e62-4c55-9a4f-5c1d3f0e2b71")


def send_claim_id(key: str) -> uuid.UUID:
    return uuid.uuid5(_CLAIM_NAMESPACE, key)


class ClusterUnavailable(LookupError):
    """The cluster view cannot open; ``notice`` says why."""

    def __init__(self, notice: Notice) -> None:
        super().__init__(notice.text)
        self.notice = notice


@dataclass(frozen=True)
class ClusterOpening:
    """An opened cluster: the model the view renders and the members this opening leased."""

    review: ClusterReview
    leased: tuple[schema.Lease, ...]


class ClusterBackend(Protocol):
    """What the cluster desk needs from the workstation."""

    def item(self, item_id: int) -> ReviewItem | None: ...

    def cluster_api(self) -> ApiClient: ...

    def held_lease(self, item_id: int) -> bool: ...

    def release_leases(self, leases: list[schema.Lease]) -> None: ...


class ClusterDesk:
    """Opens and closes cluster views (see the module docstring). Opening waits on the network:
    the screen calls it from a background task."""

    def __init__(self, backend: ClusterBackend, clock: Callable[[], float]) -> None:
        self._backend = backend
        self._clock = clock

    def open(self, item_id: int, reason_codes: tuple[str, ...], targets: tuple[str, ...]) -> ClusterOpening:
        """Claim and open the cluster of listing ``item_id``. Raises ClusterUnavailable."""
        item = self._backend.item(item_id)
        if item is None:
            raise ClusterUnavailable(Notice(MSG_NOT_ON_DESK, item_id, _CONTEXT))
        summary = item.cluster
        if summary is None:
            raise ClusterUnavailable(Notice(MSG_NO_CLUSTER, item_id, _CONTEXT))

        def review(
            view: ClusterView,
            *,
            unavailable: Sequence[UnavailableMember] = (),
            claimed: bool = True,
            refusal: str | None = None,
        ) -> ClusterReview:
            return ClusterReview(
                view, item_id, reason_codes, targets, self._clock,
                unavailable=unavailable, claimed=claimed, refusal=refusal,
            )  # fmt: skip

        api = self._backend.cluster_api()
        try:
            # Claimed even when the summary says the role may not decide it: the server's refusal
            # says why in its own words (the role, or the cluster's size against the role's limit).
            answer = api.claim_cluster(
                summary.cluster_id, ClusterClaimRequest(item_id=item_id, request_id=uuid.uuid4())
            )
        except Forbidden as exc:
            # The role or the size: the view says which in the moderator's language (it knows the
            # limit); any other refusal in the server's own words.
            known = exc.code in ("cluster_not_allowed", "cluster_too_large")
            detail = "" if known else (getattr(exc, "detail", None) or str(exc))
            return ClusterOpening(review(self._view(api, item, summary.cluster_id), refusal=detail), ())
        except NotFound as exc:
            raise ClusterUnavailable(Notice(MSG_GONE, item_id, _CONTEXT)) from exc
        except Unreachable as exc:
            if item.cluster_view is None:
                raise ClusterUnavailable(Notice(MSG_OFFLINE_UNKNOWN, item_id, _CONTEXT)) from exc
            log.info("Cluster %d opened offline from its prefetched view", summary.cluster_id)
            refusal = None if summary.may_decide else ""
            return ClusterOpening(review(item.cluster_view, claimed=False, refusal=refusal), ())
        fresh = tuple(lease for lease in answer.leases if not self._backend.held_lease(lease.item_id))
        return ClusterOpening(review(answer.view, unavailable=answer.unavailable), fresh)

    def _view(self, api: ApiClient, item: ReviewItem, cluster_id: int) -> ClusterView:
        try:
            return api.cluster(cluster_id, item.item_id)
        except Unreachable:
            if item.cluster_view is None:
                raise
            return item.cluster_view

    def request(self, opening: ClusterOpening, decide: DecideCluster, key: uuid.UUID) -> ClusterDecisionRequest:
        """The outbox entry of a decision taken in the view: lease tokens as claimed (the sender
        claims again before sending and fills in the tokens it gets)."""
        tokens = {lease.item_id: lease.lease_token for lease in opening.leased}
        members = {m.item_id: m for m in opening.review.view.members}
        decided = []
        for item_id in decide.item_ids:
            item = self._backend.item(item_id)
            decided.append(
                ClusterMemberDecision(
                    item_id=item_id,
                    lease_token=tokens.get(item_id, ""),
                    listing_version=members[item_id].listing_version,
                    flags_shown=flags_shown(item) if item is not None else [],
                )
            )
        verdict = decide.verdict
        return ClusterDecisionRequest(
            idempotency_key=key,
            cluster_id=opening.review.view.cluster_id,
            action=verdict.action,
            reason_codes=list(verdict.reasons),
            escalate_to=verdict.target,
            time_spent_ms=decide.time_spent_ms,
            members=decided,
            excluded_item_ids=list(decide.excluded),
        )

    def let_go(self, opening: ClusterOpening, keep: frozenset[int] = frozenset()) -> None:
        """Release the members this opening leased, except ``keep`` (decided ones)."""
        leases = [lease for lease in opening.leased if lease.item_id not in keep]
        if leases:
            self._backend.release_leases(leases)


def with_claimed_tokens(request: ClusterDecisionRequest, leases: list[schema.Lease]) -> ClusterDecisionRequest:
    """The request with each member's lease token from the send-time claim."""
    tokens = {lease.item_id: lease.lease_token for lease in leases}
    members = [m.model_copy(update={"lease_token": tokens.get(m.item_id, m.lease_token)}) for m in request.members]
    return request.model_copy(update={"members": members})
