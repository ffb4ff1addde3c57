"""The sync engine: the background threads that keep the desk ahead of the moderator.

One thread per job, so a slow one never holds up another:

- ``sync-leases`` (lease_keeper): reconcile on (re)connect, releases, renewal, claims;
- ``sync-prefetch`` (prefetcher): item details, photos, sellers, text findings, policy, queues;
- ``sync-push`` (decision_pusher): the outbox, one decision at a time, each with its key;
- ``sync-screen`` (image_prescreening): photo flags before a listing opens;
- ``sync-exposure`` (exposure_reporter): the moderator's exposure reports, once a minute.

This module runs them: the loop shared by the three network jobs (backoff when the server cannot
be reached, a clear problem for the status bar otherwise), the online/offline state, and the
status snapshot. When the server cannot be reached the moderator keeps working on the listings
already on the desk.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from moderator_app.core import schema
from moderator_app.core.decision_rules import SEND_HOLD_S
from moderator_app.net.api_client import ApiClient
from moderator_app.net.errors import ApiError, MalformedResponse, ServerError, Unauthorized, Unreachable
from moderator_app.net.retry import Backoff
from moderator_app.store.cache_store import CacheStore
from moderator_app.store.outbox import DecisionOutbox
from moderator_app.store.writer import StorageError, storage_error
from moderator_app.sync.clocks import Clocks, ServerClock
from moderator_app.sync.connectivity import Connectivity
from moderator_app.sync.decision_pusher import DecisionPusher, PushReports, UnknownRefusal
from moderator_app.sync.image_prescreening import ImagePrescreening, ImageScreener
from moderator_app.sync.item_index import ItemIndex
from moderator_app.sync.lease_keeper import LeaseKeeper, LeaseReports, LeaseSettings
from moderator_app.sync.prefetcher import Prefetcher, PrefetchReports, PrefetchSettings, TextScreener
from moderator_app.sync.send_hold import SendHold
from moderator_app.sync.status import (
    OFFLINE,
    ONLINE,
    SIGNED_OUT,
    SYNCING,
    Problem,
    ProblemKind,
    SyncStatus,
    problem_of,
)

log = logging.getLogger(__name__)

__all__ = ["ImageScreener", "Session", "SyncEngine", "SyncSettings", "TextScreener"]

# Errors that mean "the server is not answering properly right now": go offline and back off.
_TRANSIENT = (Unreachable, ServerError, MalformedResponse)


@dataclass(frozen=True)
class SyncSettings:
    runway: int = 25  # undecided listings kept leased and ready (the offline runway)
    refill_below: int | None = None  # claim again below this many (default: four fifths of the runway)
    renew_margin_s: float = 90.0  # renew a lease when it has less than this left (server's clock)
    send_hold_s: float = SEND_HOLD_S  # a decision waits this long before it is sent: the undo window
    max_age_days: float = 7.0  # cached personal data expires after this
    policy_refresh_s: float = 600.0
    queues_refresh_s: float = 60.0
    empty_queue_retry_s: float = 15.0  # after a claim returned nothing
    purge_interval_s: float = 3600.0
    idle_poll_s: float = 5.0
    similar_max_distance: int = 8
    backoff: Backoff = field(default_factory=lambda: Backoff(base=1.0, cap=30.0))

    def lease_settings(self) -> LeaseSettings:
        refill = self.refill_below if self.refill_below is not None else max(1, self.runway * 4 // 5)
        return LeaseSettings(self.runway, refill, self.renew_margin_s, self.empty_queue_retry_s)

    def prefetch_settings(self) -> PrefetchSettings:
        return PrefetchSettings(
            self.max_age_days,
            self.policy_refresh_s,
            self.queues_refresh_s,
            self.purge_interval_s,
            self.similar_max_distance,
        )


@dataclass(frozen=True)
class Session:
    api: ApiClient
    server_url: str
    user: schema.UserInfo

    @property
    def username(self) -> str:
        return self.user.username


class EngineReports(LeaseReports, PrefetchReports, PushReports, Protocol):
    """Everything the engine tells the desk; the Workstation implements it."""

    def status_changed(self) -> None: ...

    def account_changed(self) -> None: ...


class SyncEngine:
    """Runs the sync jobs on their threads (see the module docstring)."""

    def __init__(
        self,
        cache: CacheStore,
        outbox: DecisionOutbox,
        index: ItemIndex,
        settings: SyncSettings,
        clocks: Clocks,
        reports: EngineReports,
        text_screener: TextScreener | None = None,
        image_screener: ImageScreener | None = None,
    ):
        self._cache = cache
        self._outbox = outbox
        self.settings = settings
        self._clocks = clocks
        self._reports = reports
        self.connectivity = Connectivity(settings.backoff, clocks.monotonic)
        saved_offset = cache.meta("server_clock_offset")
        self.server_clock = ServerClock(clocks, float(saved_offset) if saved_offset else None)
        self.hold = SendHold(clocks.monotonic, settings.send_hold_s)
        self._stop = threading.Event()
        self._wakes = {name: threading.Event() for name in ("leases", "prefetch", "push", "exposure", "appeals")}
        # The exposure reports' job (sync.exposure_reporter), when the desk has one: set before start.
        self.exposure_job: Callable[[Session], float] | None = None
        # The appeal outcomes' resend job (sync.appeal_sender), when the desk has one: set before start.
        self.appeal_job: Callable[[Session], float] | None = None
        self.leases = LeaseKeeper(
            cache, settings.lease_settings(), clocks, self.server_clock, reports, self._wakes["leases"].set
        )
        self.prescreening = ImagePrescreening(index, image_screener, reports.items_changed)
        self.prefetcher = Prefetcher(
            cache,
            index,
            self.leases,
            settings.prefetch_settings(),
            clocks,
            reports,
            self.prescreening,
            text_screener,
            self._stop,
        )
        self.pusher = DecisionPusher(outbox, self.leases, self.hold, reports, self._stop)
        self.session: Session | None = None
        self.session_expired = False
        self.storage_problem: Problem | None = None
        self.outbox_count = 0
        self._busy = 0
        self._busy_lock = threading.Lock()
        self._unknown_refusals = 0
        self._saved_offset = float(saved_offset) if saved_offset else None
        self._threads: list[threading.Thread] = []

    # --- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start the threads (idempotent)."""
        if self._threads:
            return
        self._stop.clear()
        loops: dict[str, Callable[[], None]] = {
            "sync-leases": lambda: self._network_loop("leases", self._lease_round, self.leases.expire),
            "sync-prefetch": lambda: self._network_loop("prefetch", lambda s: self.prefetcher.round(s.api)),
            "sync-push": lambda: self._network_loop("push", self._push_round),
            "sync-screen": lambda: self.prescreening.run(self._stop),
        }
        job = self.exposure_job
        if job is not None:
            loops["sync-exposure"] = lambda: self._network_loop("exposure", job)
        appeal_job = self.appeal_job
        if appeal_job is not None:
            loops["sync-appeals"] = lambda: self._network_loop("appeals", appeal_job)
        for name, target in loops.items():
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the threads and wait for them (an exchange in flight finishes or times out)."""
        self._stop.set()
        for wake in self._wakes.values():
            wake.set()
        self.prescreening.stop()
        for thread in self._threads:
            thread.join(timeout)
        self._threads = []

    def set_session(self, session: Session | None) -> None:
        """Work for this account from now on (None: stop talking to the server)."""
        self.session = session
        self.session_expired = False
        self.connectivity.note(None)
        self.leases.reload()
        if session is not None:
            self.prefetcher.load_from_cache()
            self.recount_outbox()
            self.leases.request_reconcile()
        self.wake()

    def set_active_queue(self, queue_id: str | None) -> None:
        self.leases.set_queue(queue_id)
        self.wake()

    def wake(self) -> None:
        for wake in self._wakes.values():
            wake.set()

    def wake_push(self) -> None:
        self._wakes["push"].set()

    def wake_exposure(self) -> None:
        self._wakes["exposure"].set()

    def wake_appeals(self) -> None:
        self._wakes["appeals"].set()

    def on_answer(self) -> None:
        """The queue server answered an exchange (the API client's hook, any thread)."""
        self._unknown_refusals = 0
        if self.connectivity.succeeded():
            # Back online: compare leases with the server's list before anything else.
            self.leases.request_reconcile()
            self.wake()
            self._reports.status_changed()

    def expired_session(self) -> None:
        if not self.session_expired:
            log.warning("The server refused the session token")
        self.session_expired = True
        self._reports.account_changed()
        self._reports.status_changed()

    # --- what the facade reads ------------------------------------------------------------------

    def status(self, ready_count: int, active_queue: str | None) -> SyncStatus:
        if self.session is None or self.session_expired:
            state = SIGNED_OUT
        elif not self.connectivity.online:
            state = OFFLINE
        elif self._busy or self.outbox_count:
            state = SYNCING
        else:
            state = ONLINE
        problem = Problem(ProblemKind.SESSION_EXPIRED) if self.session_expired else self.connectivity.problem
        wait = self.connectivity.wait_time()
        return SyncStatus(
            state=state,
            outbox_count=self.outbox_count,
            ready_count=ready_count,
            leases_held=len(self.leases.rows()),
            lease_seconds_left=self.leases.seconds_left(),
            problem=problem,
            storage_problem=self.storage_problem,
            next_retry_in=wait if state == OFFLINE else None,
            active_queue=active_queue,
        )

    def recount_outbox(self) -> None:
        session = self.session
        try:
            self.outbox_count = (
                self._outbox.unsent_count(session.server_url, session.username)
                if session
                else self._outbox.unsent_count()
            )
        except StorageError as exc:
            self.note_storage(exc)

    def note_storage(self, exc: StorageError | None) -> None:
        """A write failed on the local disk (or, None, succeeded again)."""
        problem = None if exc is None else problem_of(exc)
        if problem != self.storage_problem:
            self.storage_problem = problem
            if exc is not None:
                log.error("The local store cannot be written: %s", exc)
            self._reports.status_changed()

    # --- loops -------------------------------------------------------------------------------------

    def _lease_round(self, session: Session) -> float:
        delay = self.leases.round(session.api)
        offset = self.server_clock.offset_s
        if self._saved_offset is None or abs(offset - self._saved_offset) > 1.0:
            self._cache.set_meta("server_clock_offset", repr(offset))
            self._saved_offset = offset
        return delay

    def _push_round(self, session: Session) -> float:
        try:
            return self.pusher.round(
                session.api, session.server_url, session.username, idle_s=self.settings.idle_poll_s
            )
        finally:
            self.recount_outbox()
            self._reports.status_changed()

    def _network_loop(
        self, name: str, work: Callable[[Session], float], offline_work: Callable[[], None] | None = None
    ) -> None:
        wake = self._wakes[name]
        while not self._stop.is_set():
            wake.clear()  # before working: a wake() during the round is not lost
            timeout = self.settings.idle_poll_s
            session = self.session
            if session is not None and not self.session_expired:
                if offline_work is not None:
                    self._guarded(offline_work)
                wait = self.connectivity.wait_time()
                timeout = min(timeout, wait) if wait > 0 else min(timeout, self._round(session, work))
            wake.wait(timeout)

    def _round(self, session: Session, work: Callable[[Session], float]) -> float:
        """One round of a job; the seconds to sleep before the next one."""
        try:
            with self._working():
                return work(session)
        except Unauthorized:
            self.expired_session()
        except UnknownRefusal as exc:
            self.connectivity.note(problem_of(exc))
            self._unknown_refusals += 1
            self._reports.status_changed()
            return self.settings.backoff.delay(self._unknown_refusals)
        except _TRANSIENT as exc:
            delay = self.connectivity.failed(problem_of(exc))
            self._reports.status_changed()
            return delay
        except ApiError as exc:
            # A queue-level refusal (not allowed, no such queue): say so, keep the rest working.
            log.warning("Sync step refused: %s", type(exc).__name__)
            self.connectivity.note(problem_of(exc))
            self._reports.status_changed()
        except Exception as exc:
            self._failed(exc)
        return self.settings.idle_poll_s

    def _guarded(self, work: Callable[[], None]) -> None:
        try:
            work()
        except Exception as exc:
            self._failed(exc)

    def _failed(self, exc: Exception) -> None:
        """A disk error, or a bug: it must not end syncing for the day."""
        problem = storage_error(exc)
        if problem is not None:
            self.note_storage(problem)
            return
        log.exception("Sync job failed", exc_info=exc)
        self.connectivity.note(Problem(ProblemKind.INTERNAL))
        self._reports.status_changed()

    def _working(self) -> _Busy:
        return _Busy(self)

    def add_busy(self, delta: int) -> None:
        with self._busy_lock:
            self._busy += delta


class _Busy:
    """Counts exchanges in flight so the status can say "syncing"."""

    def __init__(self, engine: SyncEngine):
        self.engine = engine

    def __enter__(self) -> None:
        self.engine.add_busy(1)

    def __exit__(self, *exc: object) -> None:
        self.engine.add_busy(-1)
