"""Reports the moderator's exposure to the server: durably, offline-safe, each event counted once.

The screen tells the reporter what happens (a listing on screen, a photo revealed, input) on the UI
thread; the meter (core.exposure_meter) turns that into events; the ``sync-exposure`` job stores
them (store.exposure_queue) and sends them in reports (``POST /v1/me/exposure``):

- right after a reveal (it was committed to the store before the call returned), and
- once a minute while the moderator works (HEARTBEAT_S): the report carries the time on listings
  since the last one, and its ``active`` flag is the heartbeat the server's shift and break
  clocks run on. Nothing is sent while the moderator is away: a pause is a break.

Offline, events wait in the store and go when the server answers again, oldest first, with the
ids they were stored with; the server counts each id once. The server's answer (ExposureStatus)
is kept for the status bar, with what this desk has not reported yet added (core.exposure_summary).
Time on screen is cut from the meter when a report goes: a crash loses at most that last minute.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from moderator_app.core.exposure_meter import ExposureMeter, ListingFlags, MeteredEvent, is_sensitive
from moderator_app.core.exposure_summary import ExposureSummary, Pending, summarize
from moderator_app.core.schema import FlagShown
from moderator_app.core.wellness_schema import (
    ExposureEvent,
    ExposureEventKind,
    ExposureReport,
    ExposureStatus,
)
from moderator_app.net.api_client import ApiClient
from moderator_app.net.errors import Forbidden, NotFound, ValidationFailed
from moderator_app.store.exposure_queue import ExposureQueue, QueuedEvent
from moderator_app.store.writer import StorageError
from moderator_app.sync.clocks import ServerClock

log = logging.getLogger(__name__)

HEARTBEAT_S = 60.0  # a report at least this often while the moderator works
BATCH = 200  # events per report (the wire schema's bound)
MAX_FLAGS = 50  # flags per event (the wire schema's bound)
PURGE_EVERY_S = 3600.0


@dataclass(frozen=True)
class Account:
    server_url: str
    username: str


def wire_flags(flags: tuple[FlagShown, ...]) -> list[FlagShown]:
    """At most MAX_FLAGS flags, the sensitive ones first (they are what the server must see)."""
    ordered = sorted(flags, key=lambda f: not is_sensitive([f]))
    return ordered[:MAX_FLAGS]


class ExposureReporter:
    """See the module docstring. ``flags_of(item_id)`` gives the photo flags the desk holds for a
    listing (None: not on the desk); ``changed()`` is called, on the sync thread, whenever the
    summary may read differently."""

    def __init__(
        self,
        queue: ExposureQueue,
        monotonic: Callable[[], float],
        server_clock: ServerClock,
        flags_of: Callable[[int], ListingFlags | None],
        changed: Callable[[], None],
        wake: Callable[[], None] = lambda: None,
    ) -> None:
        self._queue = queue
        self._clock = monotonic
        self._server_clock = server_clock
        self._flags_of = flags_of
        self._changed = changed
        self._wake = wake
        self._lock = threading.Lock()
        self._meter = ExposureMeter(monotonic())
        self._account: Account | None = None
        self._status: ExposureStatus | None = None
        self._status_at = 0.0
        self._pending = Pending()
        self._last_report: float | None = None
        self._reveal_waiting = False
        self._disabled = False  # the server does not take this account's reports (its role)
        self._last_purge: float | None = None
        self._unstored: list[MeteredEvent] = []  # measured, not committed yet (the disk refused)

    # --- the account ----------------------------------------------------------------------------

    def set_account(self, server_url: str | None, username: str | None) -> None:
        """Report for this account from now on (None: signed out). What the previous account's
        meter held is stored for it first."""
        account = Account(server_url.rstrip("/"), username) if server_url and username else None
        with self._lock:
            if account == self._account:
                return
            events = self._meter.take(self._clock())
            previous = self._account
            self._account = account
            self._meter = ExposureMeter(self._clock())
            self._status = None
            self._last_report = None
            self._reveal_waiting = False
            self._disabled = False
            events, self._unstored = self._unstored + events, []
        if previous is not None:
            try:
                self._store(previous, events)
            except StorageError as exc:  # signing out or in must not fail on it
                log.warning("The last exposure of the previous account could not be stored: %s", exc)
        self._reload_pending()
        self._changed()

    # --- what the screen reports (the UI thread) ------------------------------------------------

    def listing_shown(self, item_id: int | None) -> None:
        flags = self._flags_of(item_id) if item_id is not None else None
        with self._lock:
            self._meter.show(self._clock(), item_id, flags or ListingFlags())

    def listing_refreshed(self, item_id: int) -> None:
        """The listing's content changed (its photo flags arrived): the meter keeps them."""
        with self._lock:
            if self._meter.item_id != item_id:
                return
        self.listing_shown(item_id)

    def photo_revealed(
        self, item_id: int | None, image_id: str, flags: Sequence[FlagShown] | None = None
    ) -> None:
        """A hidden photo was revealed: the event is committed before this returns, then sent.
        ``flags``: the photo's flags as shown (default: those the desk holds for the listing)."""
        if flags is None:
            flags = (self._flags_of(item_id) or ListingFlags()).of_photo(image_id) if item_id is not None else ()
        with self._lock:
            event = self._meter.reveal(self._clock(), item_id, image_id, flags)
            account = self._account
            if event is None or account is None:
                return
            self._reveal_waiting = True
        try:
            self._store(account, [event])
        except StorageError as exc:  # the sync job stores it with the next report
            log.warning("A reveal could not be stored yet: %s", exc)
            with self._lock:
                self._unstored.append(event)
            return
        self._reload_pending()
        self._changed()
        self._wake()

    def input(self) -> None:
        """The moderator pressed a key or clicked."""
        with self._lock:
            self._meter.input(self._clock())

    def keep_measured(self) -> None:
        """Store what the meter measured and has not stored yet (at quit: the job has stopped)."""
        with self._lock:
            account = self._account
            events = self._unstored + self._meter.take(self._clock())
            self._unstored = []
        if account is None:
            return
        try:
            self._store(account, events)
        except StorageError as exc:
            log.warning("The last exposure measured could not be stored: %s", exc)

    # --- what the status bar reads --------------------------------------------------------------

    def summary(self) -> ExposureSummary:
        now = self._clock()
        with self._lock:
            measured_ms = self._meter.untaken_sensitive_ms(now) + sum(
                e.duration_ms for e in self._unstored if e.sensitive and e.kind == ExposureEventKind.view
            )
            photos = sum(1 for e in self._unstored if e.sensitive and e.kind == ExposureEventKind.reveal)
            pending = Pending(self._pending.minutes + measured_ms / 60_000, self._pending.photos + photos)
            return summarize(self._status, now - self._status_at, pending)

    @property
    def status(self) -> ExposureStatus | None:
        with self._lock:
            return self._status

    # --- the sync job --------------------------------------------------------------------------

    def round(self, api: ApiClient) -> float:
        """Store what the meter measured, send a report when one is due; the seconds to wait."""
        now = self._clock()
        with self._lock:
            account = self._account
            if account is None or self._disabled:
                return HEARTBEAT_S
            beat = self._last_report is None or now - self._last_report >= HEARTBEAT_S
            # Taken events stay in _unstored (and in the summary's figures) until they are stored.
            self._unstored += self._meter.take(now) if beat else []
            events = list(self._unstored)
            active = self._meter.active(now)
            urgent = self._reveal_waiting
        self._store(account, events)
        self._reload_pending(stored=events)
        self._purge(now)
        unsent = self._queue.unsent(account.server_url, account.username, BATCH)
        if unsent and (beat or urgent) or beat and active:
            self._report(api, account, unsent, active, now)
            return 0.0 if len(unsent) == BATCH else HEARTBEAT_S
        if self.status is None:
            self._fetch(api, account, now)
        with self._lock:
            last = self._last_report
        if beat or last is None:
            # Nothing to send while the moderator is away: the next report waits for their input,
            # which the engine's idle poll (and a reveal's wake) notices in time.
            return HEARTBEAT_S
        return max(0.0, HEARTBEAT_S - (now - last))

    def _report(self, api: ApiClient, account: Account, unsent: list[QueuedEvent], active: bool, now: float) -> None:
        report = ExposureReport(events=[q.event for q in unsent], active=active)
        sent = self._clock()
        try:
            status = api.report_exposure(report)
        except ValidationFailed as exc:
            # The server refused the report as a whole: a bug on one side. Sending it again would
            # block every later report, so it is dropped (and logged, without its content).
            log.warning("The server refused an exposure report of %d events: %s", len(unsent), exc)
            self._queue.mark_sent([q.seq for q in unsent])
            self._reload_pending()
            return
        except (Forbidden, NotFound):
            log.info("The server takes no exposure reports from this account")
            with self._lock:
                self._disabled = True
            return
        self._queue.mark_sent([q.seq for q in unsent])
        receipt = status.receipt
        if receipt is not None and receipt.rejected:
            log.warning("The server refused %d exposure event(s)", len(receipt.rejected))
        self._answered(account, status, sent, now)

    def _fetch(self, api: ApiClient, account: Account, now: float) -> None:
        sent = self._clock()
        try:
            status = api.my_exposure()
        except (Forbidden, NotFound):
            with self._lock:
                self._disabled = True
            return
        with self._lock:
            if self._account != account:
                return
            self._status, self._status_at = status, self._clock()
        self._server_clock.observe(status.server_time, sent, self._clock())
        self._changed()

    def _answered(self, account: Account, status: ExposureStatus, sent: float, now: float) -> None:
        self._server_clock.observe(status.server_time, sent, self._clock())
        with self._lock:
            if self._account != account:
                return
            self._status, self._status_at = status, self._clock()
            self._last_report = now
            self._reveal_waiting = False
        self._reload_pending()
        self._changed()

    # --- the store -----------------------------------------------------------------------------

    def _store(self, account: Account, events: list[MeteredEvent]) -> None:
        if not events:
            return
        now = self._clock()
        server_now = self._server_clock.now_datetime()
        rows = [
            (
                ExposureEvent(
                    event_id=e.event_id,
                    kind=e.kind,
                    at=server_now - timedelta(seconds=max(0.0, now - e.ended_at)),
                    item_id=e.item_id,
                    image_id=e.image_id,
                    duration_ms=e.duration_ms,
                    flags=wire_flags(e.flags),
                ),
                e.sensitive,
            )
            for e in events
        ]
        self._queue.add(account.server_url, account.username, rows)

    def _reload_pending(self, stored: Sequence[MeteredEvent] = ()) -> None:
        """Read the unsent figures again (``stored``: events just committed, no longer unstored)."""
        with self._lock:
            account = self._account
        minutes, photos = self._queue.pending(account.server_url, account.username) if account else (0.0, 0)
        done = {e.event_id for e in stored}
        with self._lock:
            if self._account == account:
                self._pending = Pending(minutes, photos)
            self._unstored = [e for e in self._unstored if e.event_id not in done]

    def _purge(self, now: float) -> None:
        if self._last_purge is None or now - self._last_purge >= PURGE_EVERY_S:
            self._last_purge = now
            self._queue.purge_sent()
