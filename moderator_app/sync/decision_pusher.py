"""Outbox push: the decisions in the outbox go to the server in order, one at a time, each with its
one idempotency key, once their send hold is over.

Three outcomes. The server applied it (or had already: a repeated key answers the first result):
it is marked sent. The queue server refused it in its own problem document with a known code
(core.problem_codes): it is marked refused and listed in the conflicts; if the desk meanwhile
holds a newer lease on the listing, that lease is kept and the listing comes back to the
moderator. Anything else (no answer, a proxy's page, a 5xx, an unknown code) changes nothing: the
decision is sent again after a backoff.

Cluster decisions wait in the same outbox and go after the single decisions of a round: the
members are claimed together first (all or none, the claim's request id derived from the
decision's key), then the decision is sent with the tokens the claim gave. A full disk when marking a decision sent does not make
the desk forget it was sent: the result is kept in memory and written once the disk takes it.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Protocol

from moderator_app.core import schema
from moderator_app.core.cluster_schema import ClusterClaimRequest, ClusterDecisionResult
from moderator_app.core.problem_codes import CLUSTER_REFUSALS, DECISION_REFUSALS
from moderator_app.core.session_types import Refusal, Verdict
from moderator_app.net.api_client import ApiClient
from moderator_app.net.errors import ApiError, Conflict, Forbidden, NotFound, ValidationFailed
from moderator_app.store.outbox import ClusterOutboxEntry, DecisionOutbox, OutboxEntry
from moderator_app.store.writer import StorageError
from moderator_app.sync.cluster_desk import send_claim_id, with_claimed_tokens
from moderator_app.sync.crash_points import maybe_crash
from moderator_app.sync.lease_keeper import LeaseKeeper
from moderator_app.sync.send_hold import SendHold

log = logging.getLogger(__name__)

_REFUSALS = (Conflict, Forbidden, NotFound, ValidationFailed)


class UnknownRefusal(ApiError):
    """The server refused a decision with a code this desk does not know: not final, tried again."""


class PushReports(Protocol):
    def decision_sent(self, entry: OutboxEntry, result: schema.DecisionResult) -> None: ...

    def decision_refused(self, entry: OutboxEntry, refusal: Refusal, still_leased: bool) -> None: ...

    def cluster_sent(self, entry: ClusterOutboxEntry, result: ClusterDecisionResult) -> None: ...

    def cluster_refused(self, entry: ClusterOutboxEntry, refusal: Refusal) -> None: ...

    def describe(self, item_id: int) -> tuple[str | None, str | None]: ...

    def storage(self, problem: StorageError | None) -> None: ...


def verdict_of(request: schema.DecisionRequest) -> Verdict:
    return Verdict(request.action, tuple(request.reason_codes), request.escalate_to)


class DecisionPusher:
    """Sends the outbox (see the module docstring). One pusher per outbox: rows it finds
    ``sending`` that it is not sending were left so by a crash or a failed write, and go again."""

    def __init__(
        self,
        outbox: DecisionOutbox,
        leases: LeaseKeeper,
        hold: SendHold,
        reports: PushReports,
        stop: threading.Event,
    ) -> None:
        self._outbox = outbox
        self._leases = leases
        self._hold = hold
        self._reports = reports
        self._stop = stop
        self._unmarked: dict[str, tuple[OutboxEntry, schema.DecisionResult]] = {}

    def round(self, api: ApiClient, server_url: str, username: str, *, idle_s: float) -> float:
        """Send every decision whose hold is over; return the seconds until the next one is due."""
        return self._send_all(api, server_url, username, lambda: self._hold.held_keys(), idle_s)

    def flush(self, api: ApiClient, server_url: str, username: str, until: Callable[[], bool]) -> None:
        """Quitting: send every unsent decision now, holds or not, while ``until()`` is False."""
        self._send_all(api, server_url, username, set, 0.0, until)

    def _send_all(
        self,
        api: ApiClient,
        server_url: str,
        username: str,
        held: Callable[[], set[str]],
        idle_s: float,
        until: Callable[[], bool] = lambda: False,
    ) -> float:
        self._mark_unmarked()
        while not self._stop.is_set() and not until():
            entry = self._outbox.claim_next(server_url, username, held() | set(self._unmarked))
            if entry is None:
                break
            try:
                result = api.decide(entry.request)
            except _REFUSALS as exc:
                if exc.code in DECISION_REFUSALS:
                    self._refused(entry, exc)
                    continue
                raise self._unknown_refusal(entry.key, exc, "a decision") from exc
            except BaseException as exc:
                # No verdict: the server may or may not have applied it; the same key is sent again.
                self._back_to_pending(entry, exc)
                raise
            # No clock reading from the result: a repeated key answers the first result, whose
            # received_at can be long past.
            maybe_crash("after_send_before_mark")
            self._sent(entry, result)
        while not self._stop.is_set() and not until():
            cluster = self._outbox.claim_next_cluster(server_url, username, held() | set(self._unmarked))
            if cluster is None:
                break
            self._send_cluster(api, cluster)
        next_end = self._hold.next_end_in()
        return idle_s if next_end is None else max(0.02, min(idle_s, next_end))

    def _send_cluster(self, api: ApiClient, entry: ClusterOutboxEntry) -> None:
        request = entry.request
        claim = ClusterClaimRequest(
            item_id=entry.item_id,
            item_ids=entry.member_ids,
            require_all=True,
            request_id=send_claim_id(entry.key),
        )
        leases: list[schema.Lease] = []
        try:
            leases = api.claim_cluster(request.cluster_id, claim).leases
            result = api.decide_cluster(with_claimed_tokens(request, leases))
        except _REFUSALS as exc:
            if exc.code in CLUSTER_REFUSALS:
                self._leases.release_untracked(leases)  # what this claim leased beyond the desk's own
                self._cluster_refused(entry, exc)
                return
            raise self._unknown_refusal(entry.key, exc, "a cluster decision") from exc
        except BaseException as exc:
            self._back_to_pending_key(entry.key, exc)
            raise
        try:
            self._outbox.mark_sent(entry.key, result)
        except StorageError as exc:
            self._reports.storage(exc)  # the next round sends it again: the server replays the result
            return
        self._reports.storage(None)
        self._leases.drop(entry.member_ids)
        self._reports.cluster_sent(entry, result)

    def _cluster_refused(self, entry: ClusterOutboxEntry, exc: ApiError) -> None:
        detail = getattr(exc, "detail", None) or str(exc)
        listing_id, title = self._reports.describe(entry.item_id)
        state = "rejected" if isinstance(exc, ValidationFailed) else "conflict"
        # All or none: nothing was recorded, so the leases the desk holds (the listing it was
        # decided from, members from its own queue) are still good and those listings come back.
        self._outbox.mark_refused(entry.key, exc.code, detail, state=state, listing_id=listing_id, title=title)
        log.info("Cluster decision refused by the server (%s)", exc.code)
        request = entry.request
        verdict = Verdict(request.action, tuple(request.reason_codes), request.escalate_to)
        self._reports.cluster_refused(entry, Refusal(verdict, exc.code, detail))

    def _sent(self, entry: OutboxEntry, result: schema.DecisionResult) -> None:
        try:
            self._outbox.mark_sent(entry.key, result)
        except StorageError as exc:
            # The server has it; only the local mark failed. Keep the result and mark it later.
            self._unmarked[entry.key] = (entry, result)
            self._reports.storage(exc)
        else:
            self._reports.storage(None)
        maybe_crash("after_mark_sent")
        self._leases.drop([entry.item_id])
        self._reports.decision_sent(entry, result)

    def _mark_unmarked(self) -> None:
        for key, (_entry, result) in list(self._unmarked.items()):
            try:
                self._outbox.mark_sent(key, result)
            except StorageError as exc:
                self._reports.storage(exc)
                return
            del self._unmarked[key]
            self._reports.storage(None)

    def _refused(self, entry: OutboxEntry, exc: ApiError) -> None:
        lease = self._leases.lease(entry.item_id)
        still_leased = lease is not None and lease.lease_token != entry.request.lease_token
        detail = getattr(exc, "detail", None) or str(exc)
        listing_id, title = self._reports.describe(entry.item_id)
        state = "rejected" if isinstance(exc, ValidationFailed) else "conflict"
        self._outbox.mark_refused(
            entry.key, exc.code, detail, state=state, listing_id=listing_id, title=title
        )
        if not still_leased:
            self._leases.drop([entry.item_id])
        log.info("Decision refused by the server (%s)", exc.code)
        self._reports.decision_refused(
            entry, Refusal(verdict_of(entry.request), exc.code, detail), still_leased
        )

    def _unknown_refusal(self, key: str, exc: ApiError, what: str) -> UnknownRefusal:
        """A refusal with a code this desk does not know: the entry goes again, later."""
        self._back_to_pending_key(key, exc)
        return UnknownRefusal(
            f"The server refused {what} with an unknown reason ({exc.code}); it will be sent again.",
            status=exc.status,
            code=exc.code,
        )

    def _back_to_pending(self, entry: OutboxEntry, exc: BaseException) -> None:
        self._back_to_pending_key(entry.key, exc)

    def _back_to_pending_key(self, key: str, exc: BaseException) -> None:
        # On a failing disk the row stays "sending", which the next round sends again all the same.
        with contextlib.suppress(StorageError):
            self._outbox.back_to_pending(key, type(exc).__name__)
