"""The desk's leases: claimed with a request id, renewed on the server's clock, let go at once, and
reconciled with the server's own list on every (re)connect.

- A claim is remembered (its request id, queue and count) before it is sent, and sent again with
  the same id until an answer arrives, after a timeout, a dropped connection or a crash: the
  server answers a repeated id with the first attempt's leases, never a second batch.
- Renewal is due by the server's clock (from its answers), not the desk's. Every held lease is
  renewed in the same request, so they all end at the same time: one lease time everywhere.
- A lease the desk no longer wants (skip, leaving a queue, quitting) is dropped locally and its
  release queued in the same transaction; the lease thread sends queued releases first in each
  round, so they go at once when online and as soon as the server answers again when not.
- Reconciliation compares the server's list (``GET /v1/leases``) with the desk's: a lease the desk
  does not know is adopted when it belongs to the queue under review, released otherwise; a lease
  the server no longer lists is lost.
- A lease whose time has run out on the server's clock is lost even offline: a decision on it
  would be refused, so the screen says so instead of accepting one.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Protocol

from moderator_app.core import schema
from moderator_app.core.session_types import LeaseLoss
from moderator_app.net.api_client import ApiClient
from moderator_app.net.errors import Conflict, Forbidden, NotFound, ValidationFailed
from moderator_app.store.cache_store import CacheStore, LeaseRow, PendingClaim
from moderator_app.store.writer import StorageError
from moderator_app.sync.clocks import Clocks, ServerClock

log = logging.getLogger(__name__)

_RENEW_CHUNK = 200  # the API's bound on LeaseIds


@dataclass(frozen=True)
class LeaseSettings:
    runway: int = 25  # undecided listings to keep leased and ready for this queue (offline runway)
    refill_below: int = 20  # claim again when fewer than this remain
    renew_margin_s: float = 90.0  # renew when a lease has less than this left (server's clock)
    empty_queue_retry_s: float = 15.0  # after a claim returned nothing or was refused


class LeaseReports(Protocol):
    """What the lease keeper tells the rest of the desk (any thread)."""

    def leases_changed(self) -> None: ...

    def storage(self, problem: StorageError | None) -> None: ...

    def lease_lost(self, item_id: int, loss: LeaseLoss) -> None: ...

    def unsent_items(self) -> set[int]: ...


class LeaseKeeper:
    """Owns the desk's lease rows (in the store) and their exchanges with the server."""

    def __init__(
        self,
        cache: CacheStore,
        settings: LeaseSettings,
        clocks: Clocks,
        server_clock: ServerClock,
        reports: LeaseReports,
        wake: Callable[[], None],
    ) -> None:
        self._cache = cache
        self.settings = settings
        self._clocks = clocks
        self.server_clock = server_clock
        self._reports = reports
        self._wake = wake
        self._lock = threading.Lock()
        self._rows: dict[int, LeaseRow] = {}
        self.active_queue: str | None = None
        self._claims_blocked_until = 0.0
        self._reconcile_due = True
        self._unstored: dict[int, float] = {}  # given back, not yet in the store (a full disk)

    # --- reads (any thread) ------------------------------------------------------------------

    def lease(self, item_id: int) -> LeaseRow | None:
        return self._rows.get(item_id)

    def rows(self) -> list[LeaseRow]:
        """Held leases, in the local review order."""
        return sorted(self._rows.values(), key=lambda r: r.position)

    def seconds_left(self, item_id: int | None = None) -> float | None:
        """Time left on this item's lease (None: the earliest needed lease), on the server's clock."""
        rows = self._rows
        if item_id is not None:
            row = rows.get(item_id)
            return None if row is None else max(0.0, row.expires_at - self.server_clock.now())
        if not rows:
            return None
        return max(0.0, min(r.expires_at for r in rows.values()) - self.server_clock.now())

    # --- changes asked by the desk (UI thread: store writes only, never the network) -------------

    def reload(self) -> None:
        rows = {row.item_id: row for row in self._cache.leases()}
        with self._lock:
            self._rows = {i: row for i, row in rows.items() if i not in self._unstored}

    def set_queue(self, queue_id: str | None) -> None:
        self.active_queue = queue_id
        self._claims_blocked_until = 0.0
        self._wake()

    def request_reconcile(self) -> None:
        """Compare with the server's list in the next round (a (re)connect)."""
        self._reconcile_due = True
        self._wake()

    def give_back(self, item_ids: Collection[int]) -> None:
        """Let these leases go: dropped here, released on the server as soon as it answers.

        Never raises for a full disk: the lease is let go in memory at once, and the store catches
        up in the next round (the screen that asked has moved on already).
        """
        ids = [i for i in item_ids if i in self._rows]
        if not ids:
            return
        expiries = {i: self._rows[i].expires_at for i in ids}
        with self._lock:
            self._unstored.update(expiries)
        self._store_give_backs()
        self.reload()
        self._wake()

    def _store_give_backs(self) -> None:
        """Write the give-backs the store has not taken yet (a full disk refused them)."""
        with self._lock:
            waiting = dict(self._unstored)
        if not waiting:
            return
        try:
            self._cache.give_back(list(waiting), waiting)
        except StorageError as exc:
            log.warning("Giving leases back is not stored yet (%s); the desk lets them go in memory", exc)
            self._reports.storage(exc)
        else:
            with self._lock:
                for item_id in waiting:
                    self._unstored.pop(item_id, None)
            self.reload()

    def release_untracked(self, leases: Collection[schema.Lease]) -> None:
        """Queue the release of leases held outside the runway (a cluster view's members)."""
        leases = [lease for lease in leases if lease.item_id not in self._rows]
        if not leases:
            return
        self._cache.give_back(
            [lease.item_id for lease in leases], {lease.item_id: lease.expires_at.timestamp() for lease in leases}
        )
        self._wake()

    def drop(self, item_ids: Collection[int]) -> None:
        """Forget leases that are over on the server (the decision was applied or refused)."""
        if item_ids:
            self._cache.drop_leases(list(item_ids))
            self.reload()

    # --- the lease thread's round ----------------------------------------------------------------

    def expire(self) -> None:
        """Leases whose time ran out on the server's clock are lost (no network needed)."""
        now = self.server_clock.now()
        expired = [r.item_id for r in self._rows.values() if r.expires_at <= now]
        if expired:
            log.info("%d lease(s) expired before they could be renewed", len(expired))
            self._lose(expired, LeaseLoss.EXPIRED)

    def round(self, api: ApiClient) -> float:
        """One pass: reconcile if due, send releases, renew, top up the runway. Returns the seconds
        until the next pass is needed. Network errors propagate (the engine goes offline)."""
        self.expire()
        self._store_give_backs()
        if self._reconcile_due:
            self._reconcile(api)
            self._reconcile_due = False
        self._send_releases(api)
        self._renew(api)
        self._top_up(api)
        return self._next_round_in()

    def release_all(self, api: ApiClient | None) -> None:
        """Quitting or signing out: give back every lease without an unsent decision, now if the
        server answers, else at the next start."""
        unsent = self._reports.unsent_items()
        self.give_back([i for i in self._rows if i not in unsent])
        if api is not None:
            try:
                self._send_releases(api)
            except Exception as exc:  # the releases stay queued for the next start
                log.info(
                    "Releasing leases at quit failed (%s); they go at the next start", type(exc).__name__
                )

    # --- internals ---------------------------------------------------------------------------------

    def _reconcile(self, api: ApiClient) -> None:
        sent = self._clocks.monotonic()
        try:
            listed = api.leases()
        except NotFound:
            log.warning("The server has no lease list; the desk cannot reconcile its leases")
            return
        self.server_clock.observe(listed.server_time, sent, self._clocks.monotonic())
        queued = self._cache.pending_releases()
        with self._lock:
            queued.update(self._unstored)
        # Leases held for a cluster (a view open, a cluster decision unsent) are neither adopted
        # nor released here: the cluster's own claim and decision own them.
        elsewhere = self._reports.unsent_items()
        server = {
            lease.item_id: lease
            for lease in listed.leases
            if lease.item_id not in queued and (lease.item_id in self._rows or lease.item_id not in elsewhere)
        }
        adopt = [
            lease
            for lease in server.values()
            if lease.item_id not in self._rows and lease.queue_id == self.active_queue
        ]
        foreign = [
            i for i, lease in server.items() if i not in self._rows and lease.queue_id != self.active_queue
        ]
        changed = [
            lease
            for lease in server.values()
            if (row := self._rows.get(lease.item_id)) is not None
            and (row.lease_token, row.expires_at) != (lease.lease_token, lease.expires_at.timestamp())
        ]
        gone = [i for i in self._rows if i not in server]
        if adopt or changed:
            self._cache.add_leases(adopt + changed)
            self.reload()
        if foreign:
            _release(api, foreign)
        if adopt or foreign or gone:
            log.info(
                "Leases reconciled: %d adopted, %d released, %d lost", len(adopt), len(foreign), len(gone)
            )
        if gone:
            self._lose(gone, LeaseLoss.TAKEN)
        if adopt or changed:
            self._reports.leases_changed()

    def _send_releases(self, api: ApiClient) -> None:
        queued = self._cache.pending_releases()
        if not queued:
            return
        now = self.server_clock.now()
        # A lease past its end is free on the server already; releasing it could hit a new lease.
        live = sorted(i for i, ends in queued.items() if ends > now)
        _release(api, live)
        self._cache.releases_done(list(queued))
        if live:
            log.info("Released %d lease(s)", len(live))

    def _renew(self, api: ApiClient) -> None:
        rows = list(self._rows.values())
        horizon = self.server_clock.now() + self.settings.renew_margin_s
        if not any(r.expires_at <= horizon for r in rows):
            return
        ids = [r.item_id for r in rows]
        renewed: list[schema.Lease] = []
        lost: list[int] = []
        for start in range(0, len(ids), _RENEW_CHUNK):
            sent = self._clocks.monotonic()
            answer = api.renew(ids[start : start + _RENEW_CHUNK])
            if answer.server_time is not None:
                self.server_clock.observe(answer.server_time, sent, self._clocks.monotonic())
            renewed += answer.leases
            lost += answer.lost
        self._cache.add_leases(renewed)
        self.reload()
        if lost:
            log.info("%d lease(s) lost at renewal", len(lost))
            self._lose(lost, LeaseLoss.TAKEN)

    def _top_up(self, api: ApiClient) -> None:
        claim = self._cache.pending_claim()
        if claim is None:
            claim = self._new_claim()
            if claim is None:
                return
            self._cache.save_pending_claim(claim)  # before sending: a retry must reuse its id
        sent = self._clocks.monotonic()
        try:
            answer = api.claim_response(claim.queue_id, claim.count, uuid.UUID(claim.request_id))
        except (Forbidden, NotFound, Conflict, ValidationFailed):
            # The server's own refusal (not allowed, no such queue): no answer to wait for.
            self._cache.save_pending_claim(None)
            self._claims_blocked_until = self._clocks.monotonic() + self.settings.empty_queue_retry_s
            raise
        if answer.server_time is not None:
            self.server_clock.observe(answer.server_time, sent, self._clocks.monotonic())
        self._cache.add_leases(answer.leases, answered_claim=True)
        self.reload()
        log.info("Claimed %d item(s) from queue %s", len(answer.leases), claim.queue_id)
        if claim.queue_id != self.active_queue:  # the moderator left that queue meanwhile
            self.give_back([lease.item_id for lease in answer.leases])
        if not answer.leases:
            self._claims_blocked_until = self._clocks.monotonic() + self.settings.empty_queue_retry_s
        else:
            self._reports.leases_changed()

    def _new_claim(self) -> PendingClaim | None:
        queue_id = self.active_queue
        if queue_id is None or self._clocks.monotonic() < self._claims_blocked_until:
            return None
        unsent = self._reports.unsent_items()
        open_items = [r for r in self._rows.values() if r.queue_id == queue_id and r.item_id not in unsent]
        if len(open_items) >= self.settings.refill_below:
            return None
        count = min(schema.MAX_CLAIM_BATCH, self.settings.runway - len(open_items))
        return PendingClaim(str(uuid.uuid4()), queue_id, count) if count > 0 else None

    def _lose(self, item_ids: list[int], loss: LeaseLoss) -> None:
        self._cache.drop_leases(item_ids)
        self.reload()
        for item_id in item_ids:
            self._reports.lease_lost(item_id, loss)

    def _next_round_in(self) -> float:
        """Seconds until a renewal is due (or a blocked claim may be tried again)."""
        delays = []
        if self._rows:
            first_end = min(r.expires_at for r in self._rows.values())
            delays.append(first_end - self.settings.renew_margin_s - self.server_clock.now())
            delays.append(first_end - self.server_clock.now())
        blocked = self._claims_blocked_until - self._clocks.monotonic()
        if blocked > 0:
            delays.append(blocked)
        return max(0.05, min(delays)) if delays else 60.0


def _release(api: ApiClient, item_ids: list[int]) -> None:
    for start in range(0, len(item_ids), _RENEW_CHUNK):
        api.release(item_ids[start : start + _RENEW_CHUNK])
