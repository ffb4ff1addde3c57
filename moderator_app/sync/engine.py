"""The sync engine: background threads that keep the local cache ahead of the moderator.

Three threads, each with one job, so a slow one never holds up another:

- ``sync-fetch``: refreshes the policy and queues, claims batches when fewer than
  ``low_watermark`` items remain, renews leases before they expire, prefetches item details,
  images, seller histories and similar-photo matches, runs text screening, and purges expired data;
- ``sync-push``: sends the decision outbox in order, one decision at a time, with its key;
- ``sync-screen``: pre-screens downloaded images, so photo flags are ready before an item opens.

When the server cannot be reached, the loops back off (exponential, jittered, capped) and the
moderator keeps working on the leased items already in the cache. Every change is announced to
listeners by an event name: "status", "items", "conflicts", "queues", "session".
"""

from __future__ import annotations

import dataclasses
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from moderator_app.core import schema
from moderator_app.core.review_item import ReviewItem
from moderator_app.net.api_client import ApiClient
from moderator_app.net.errors import (
    ApiError,
    Conflict,
    Forbidden,
    ForeignUrl,
    MalformedResponse,
    NotFound,
    ServerError,
    Unauthorized,
    Unreachable,
    ValidationFailed,
)
from moderator_app.net.retry import Backoff
from moderator_app.screening.price_check import price_finding
from moderator_app.store.cache_store import CacheStore, LeaseRow
from moderator_app.store.image_files import ImageHashMismatch
from moderator_app.store.outbox import DecisionOutbox
from moderator_app.sync.connectivity import Connectivity
from moderator_app.sync.crash_points import maybe_crash
from moderator_app.sync.item_index import ItemIndex
from moderator_app.sync.status import OFFLINE, ONLINE, SIGNED_OUT, SYNCING, SyncStatus

log = logging.getLogger(__name__)

# listing -> findings. May also have ``use_policy(schema.Policy)``, ``policy_version`` and
# ``encode``/``decode`` (to cache findings); see screening_adapters.TextScreening.
TextScreener = Callable[[schema.Listing], list[Any]]
# (path, *, image_id, listing_id, country, similar) -> the image pre-screener's result.
ImageScreener = Callable[..., Any]
# Errors that mean "the server is not answering properly right now": go offline and back off.
_TRANSIENT = (Unreachable, ServerError, MalformedResponse)
SESSION_EXPIRED = "Your session has expired; sign in again. Your decisions are kept."


@dataclass(frozen=True)
class SyncSettings:
    batch_size: int = 10
    low_watermark: int = 5  # claim more when fewer undecided items remain
    renew_margin_s: float = 90.0  # renew a lease when it has less than this left
    send_delay_s: float = 5.0  # = the undo window: a decision waits this long before it is sent
    max_age_days: float = 7.0  # cached personal data expires after this
    policy_refresh_s: float = 600.0
    queues_refresh_s: float = 60.0
    empty_queue_retry_s: float = 15.0  # after a claim returned nothing
    purge_interval_s: float = 3600.0
    idle_poll_s: float = 5.0
    similar_max_distance: int = 8
    backoff: Backoff = field(default_factory=lambda: Backoff(base=1.0, cap=30.0))


@dataclass(frozen=True)
class Session:
    api: ApiClient
    server_url: str
    user: schema.UserInfo

    @property
    def username(self) -> str:
        return self.user.username


class SyncEngine:
    """Keeps the cache, the in-memory item index and the server in step (see the module docstring)."""

    def __init__(
        self,
        cache: CacheStore,
        outbox: DecisionOutbox,
        index: ItemIndex,
        settings: SyncSettings,
        emit: Callable[[str], None],
        text_screener: TextScreener | None = None,
        image_screener: ImageScreener | None = None,
    ):
        self.cache = cache
        self.outbox = outbox
        self.index = index
        self.settings = settings
        self.text_screener = text_screener
        self.image_screener = image_screener
        self._emit = emit
        self.connectivity = Connectivity(settings.backoff)
        self.session: Session | None = None
        self.session_expired = False
        self.active_queue: str | None = None
        self.queues: list[schema.QueueInfo] = []
        self._leases: dict[int, LeaseRow] = {}
        self._leases_lock = threading.Lock()
        self._policy: schema.Policy | None = None
        self._policy_etag: str | None = None
        self._outbox_count = 0
        self._busy = 0  # fetch/push exchanges in flight, for the "syncing" state
        self._busy_lock = threading.Lock()
        self._stop = threading.Event()
        self._fetch_wake = threading.Event()
        self._push_wake = threading.Event()
        self._next_policy_at = 0.0
        self._next_queues_at = 0.0
        self._next_purge_at = 0.0
        self._claim_blocked_until = 0.0
        self._failed_items: set[int] = set()
        self._screen_queue: queue.Queue[tuple[int, str, Path] | None] = queue.Queue()
        self._threads: list[threading.Thread] = []

    # --- lifecycle -------------------------------------------------------------------

    def start(self) -> None:
        """Start the threads (idempotent). Rows a crash left 'sending' become 'pending' first."""
        if self._threads:
            return
        recovered = self.outbox.recover_after_crash()
        if recovered:
            log.info("%d decision(s) were being sent when the app stopped; they will be resent", recovered)
        self._stop.clear()
        for name, target in (
            ("sync-fetch", self._fetch_loop),
            ("sync-push", self._push_loop),
            ("sync-screen", self._screen_loop),
        ):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the threads and wait for them (an exchange in flight finishes or times out)."""
        self._stop.set()
        self._fetch_wake.set()
        self._push_wake.set()
        self._screen_queue.put(None)
        for thread in self._threads:
            thread.join(timeout)
        self._threads = []

    def set_session(self, session: Session | None) -> None:
        """Work for this account from now on (None: stop talking to the server)."""
        self.session = session
        self.session_expired = False
        self.connectivity.note_error(None)
        self.index.clear()
        self._failed_items.clear()
        self._claim_blocked_until = 0.0
        self._next_policy_at = self._next_queues_at = 0.0
        if session is not None:
            self.queues = self.cache.load_queues()
            cached = self.cache.policy()
            if cached:
                self._policy, self._policy_etag = cached
                use_policy = getattr(self.text_screener, "use_policy", None)
                if use_policy is not None:
                    use_policy(self._policy)
            self.reload_leases()
            self._load_index_from_cache()
            self._refresh_outbox_count()
        self.wake()
        self._emit("items")
        self._emit("status")

    def set_active_queue(self, queue_id: str | None) -> None:
        self.active_queue = queue_id
        self.index.set_queue(queue_id)
        self._claim_blocked_until = 0.0
        self.wake()
        self._emit("items")

    def wake(self) -> None:
        self._fetch_wake.set()
        self._push_wake.set()

    # --- what the facade reads ------------------------------------------------------------

    def lease(self, item_id: int) -> LeaseRow | None:
        return self._leases.get(item_id)

    def undecided_item_ids(self) -> list[int]:
        """Leased items without a decision, in every queue."""
        return [row.item_id for row in self._leases.values() if not row.decided and not row.lost]

    def status(self) -> SyncStatus:
        now = time.time()
        needed = [row.expires_at for row in self._leases.values() if not row.lost]
        lease_left = max(0.0, min(needed) - now) if needed else None
        if self.session is None or self.session_expired:
            state = SIGNED_OUT
        elif not self.connectivity.online:
            state = OFFLINE
        elif self._busy or self._outbox_count:
            state = SYNCING
        else:
            state = ONLINE
        wait = self.connectivity.wait_time()
        return SyncStatus(
            state=state,
            outbox_count=self._outbox_count,
            lease_seconds_left=lease_left,
            last_error=SESSION_EXPIRED if self.session_expired else self.connectivity.last_error,
            items_ready=len(self.index.ready()),
            active_queue=self.active_queue,
            next_retry_in=wait if state == OFFLINE else None,
        )

    def note_decision(self, item_id: int, decided: bool) -> None:
        """The facade added (or undid) an outbox row for this item: update memory, wake the pusher.

        No database read here: this runs on the keypress path. The pusher recounts after each send.
        """
        with self._leases_lock:
            row = self._leases.get(item_id)
            if row is not None:
                self._leases = {**self._leases, item_id: dataclasses.replace(row, decided=decided)}
        self._outbox_count = max(0, self._outbox_count + (1 if decided else -1))
        self._push_wake.set()
        self._emit("status")

    # --- fetch loop -------------------------------------------------------------------------

    def _fetch_loop(self) -> None:
        while not self._stop.is_set():
            # Clear before working, so a wake() that arrives during the round is not lost.
            self._fetch_wake.clear()
            timeout = self.settings.idle_poll_s
            session = self.session
            if session is not None and not self.session_expired:
                wait = self.connectivity.wait_time()
                try:
                    timeout = wait if wait > 0 else self._fetch_round(session)
                except Exception:  # a bug or a disk error must not end syncing for the day
                    log.exception("Sync fetch round failed")
                    self.connectivity.note_error("Sync hit an internal error; it will try again.")
                    self._emit("status")
            self._fetch_wake.wait(timeout)

    def _fetch_round(self, session: Session) -> float:
        """One pass of fetch work; return how long to sleep before the next pass."""
        try:
            with self._working():
                self._maybe_refresh_policy(session)
                self._maybe_refresh_queues(session)
                self._maybe_renew(session)
                self._maybe_claim(session)
                self._prefetch_missing(session)
                self._maybe_purge()
        except Unauthorized:
            self._on_session_expired()
            return self.settings.idle_poll_s
        except _TRANSIENT as exc:
            delay = self.connectivity.failed(str(exc))
            self._emit("status")
            return delay
        except ApiError as exc:
            # Forbidden/NotFound/ValidationFailed on queue-level calls: say so, keep the rest working.
            log.warning("Sync step refused: %s", type(exc).__name__)
            self.connectivity.note_error(str(exc))
            self._emit("status")
            return self.settings.idle_poll_s
        if self.connectivity.succeeded():
            self._push_wake.set()
        self._emit("status")
        return self._next_fetch_in()

    def _next_fetch_in(self) -> float:
        now = time.time()
        delays = [self.settings.idle_poll_s, self._next_policy_at - now]
        needed = [row.expires_at for row in self._leases.values() if not row.lost]
        if needed:
            delays.append(min(needed) - self.settings.renew_margin_s - now)
        return max(0.05, min(delays))

    def _maybe_refresh_policy(self, session: Session) -> None:
        if time.time() < self._next_policy_at:
            return
        response = session.api.policy(self._policy_etag)
        self._next_policy_at = time.time() + self.settings.policy_refresh_s
        if response.policy is not None:
            self._policy, self._policy_etag = response.policy, response.etag
            self.cache.save_policy(response.policy, response.etag)
            log.info("Policy %s cached", response.policy.version)
            self._apply_policy(response.policy)

    def _apply_policy(self, policy: schema.Policy) -> None:
        """Screen text with this policy; re-screen the items already in memory."""
        use_policy = getattr(self.text_screener, "use_policy", None)
        if use_policy is None or not use_policy(policy):
            return
        for item_id in self.index.item_ids():
            item = self.index.get(item_id)
            if item is not None:
                # The price finding comes from the server's data, not from the policy: it stays.
                kept = [f for f in item.text_findings if f.kind == "price"]
                self.index.update(item_id, text_findings=[*self._findings(item.listing), *kept])
        self._emit("items")

    @property
    def policy(self) -> schema.Policy | None:
        return self._policy

    def _maybe_refresh_queues(self, session: Session) -> None:
        if time.time() >= self._next_queues_at:
            self.refresh_queues(session)

    def refresh_queues(self, session: Session) -> list[schema.QueueInfo]:
        queues = session.api.queues()
        self._next_queues_at = time.time() + self.settings.queues_refresh_s
        self.queues = queues
        self.cache.save_queues(queues)
        self._emit("queues")
        return queues

    def _maybe_renew(self, session: Session) -> None:
        horizon = time.time() + self.settings.renew_margin_s
        due = [row.item_id for row in self._leases.values() if not row.lost and row.expires_at <= horizon]
        if not due:
            return
        response = session.api.renew(due)
        self.cache.renew_leases(response.leases, response.lost)
        for item_id in response.lost:
            row = self._leases.get(item_id)
            if row is not None and not row.decided:
                # Gone (expired and taken, or released by a lead): it cannot be decided any more.
                self.index.remove(item_id)
                self.cache.drop_leases([item_id])
        self.reload_leases()
        if response.lost:
            log.info("%d lease(s) lost at renewal", len(response.lost))
            self._emit("items")

    def _maybe_claim(self, session: Session) -> None:
        queue_id = self.active_queue
        if queue_id is None or time.time() < self._claim_blocked_until:
            return
        open_items = [
            row
            for row in self._leases.values()
            if row.queue_id == queue_id and not row.decided and not row.lost
        ]
        if len(open_items) >= self.settings.low_watermark:
            return
        try:
            leases = session.api.claim(queue_id, self.settings.batch_size)
        except (Forbidden, NotFound, Conflict) as exc:
            self._claim_blocked_until = time.time() + self.settings.empty_queue_retry_s
            self.connectivity.note_error(str(exc))
            return
        if not leases:
            self._claim_blocked_until = time.time() + self.settings.empty_queue_retry_s
            return
        self.cache.add_leases(leases)
        self.reload_leases()
        log.info("Claimed %d item(s) from queue %s", len(leases), queue_id)

    def _prefetch_missing(self, session: Session) -> None:
        """Fetch what is missing for each leased item, in review order, announcing each one ready."""
        for row in sorted(self._leases.values(), key=lambda r: r.position):
            if self._stop.is_set() or self.session is not session:
                return
            if row.decided or row.lost or row.item_id in self.index or row.item_id in self._failed_items:
                continue
            item = self._prefetch_item(session, row)
            if item is not None:
                self.index.put(item)
                self._emit("items")

    def _prefetch_item(self, session: Session, row: LeaseRow) -> ReviewItem | None:
        try:
            detail = session.api.item(row.item_id)
        except (NotFound, Forbidden):
            log.info("Item %d is no longer available; dropping its lease", row.item_id)
            self.cache.drop_leases([row.item_id])
            self.reload_leases()
            return None
        except MalformedResponse:
            log.warning("Item %d: the server sent an unreadable detail; skipped", row.item_id)
            self._failed_items.add(row.item_id)
            return None
        self.cache.save_item(detail)
        listing = detail.listing
        seller = self.cache.seller(listing.seller_id)
        if seller is None:
            try:
                seller = session.api.seller_history(listing.seller_id)
                self.cache.save_seller(seller)
            except (NotFound, Forbidden, MalformedResponse) as exc:
                log.info("Seller history unavailable for item %d (%s)", row.item_id, type(exc).__name__)
        image_paths = {image.id: self._fetch_image(session, image) for image in listing.images}
        similar = self._fetch_similar(session, listing)
        return self._make_item(row, detail, seller, image_paths, similar)

    def _fetch_image(self, session: Session, image: schema.ImageRef) -> Path | None:
        cached = self.cache.image(image.id)
        if cached is not None and cached.path is not None:
            return cached.path
        existing = _safe(lambda: self.cache.images.existing(image.sha256))
        if existing is not None:
            self.cache.save_image(image.id, image.sha256, existing)
            return existing
        try:
            data = session.api.media(image)
            path = self.cache.images.write(image.sha256, data)
        except (NotFound, Forbidden, ForeignUrl, MalformedResponse, ImageHashMismatch, ValueError) as exc:
            # One bad photo must not hold back the listing: the gallery shows a placeholder.
            log.warning("Image %s not cached: %s", image.id, type(exc).__name__)
            self.cache.save_image(image.id, image.sha256, None, type(exc).__name__)
            return None
        self.cache.save_image(image.id, image.sha256, path)
        return path

    def _fetch_similar(self, session: Session, listing: schema.Listing) -> list[schema.SimilarImage]:
        cached = self.cache.similar(listing.id)
        if cached is not None:
            return cached
        found: dict[tuple[str, str], schema.SimilarImage] = {}
        for image in listing.images:
            if not image.phash:
                continue
            try:
                matches = session.api.similar_images(image.phash, self.settings.similar_max_distance)
            except (NotFound, Forbidden, ValidationFailed, MalformedResponse) as exc:
                log.info("Similar-photo lookup unavailable (%s)", type(exc).__name__)
                return []
            for match in matches:
                if match.listing_id != listing.id:
                    found.setdefault((match.listing_id, match.image_id), match)
        similar = sorted(found.values(), key=lambda m: (m.distance, m.listing_id))
        self.cache.save_similar(listing.id, similar)
        return similar

    def _make_item(
        self,
        row: LeaseRow,
        detail: schema.ItemDetail,
        seller: schema.SellerHistory | None,
        image_paths: dict[str, Path | None],
        similar: list[schema.SimilarImage],
    ) -> ReviewItem:
        findings = self._findings(detail.listing)
        price = price_finding(detail.listing.price, detail.listing.currency, detail.price_range)
        if price is not None:
            findings = [*findings, price]
        for image_id, path in image_paths.items():
            if path is not None and self.image_screener is not None:
                self._screen_queue.put((row.item_id, image_id, path))
        return ReviewItem(
            item_id=row.item_id,
            queue_id=row.queue_id,
            lease_expires_at=_utc(row.expires_at),
            listing=detail.listing,
            seller=seller,
            server_flags=list(detail.flags),
            text_findings=findings,
            image_paths=image_paths,
            image_results={image_id: None for image_id in image_paths},
            similar_images=similar,
            decided=row.decided,
        )

    def _findings(self, listing: schema.Listing) -> list[Any]:
        """Text findings of a listing: from the local cache for this policy, else screened now."""
        screener = self.text_screener
        if screener is None:
            return []
        policy_version = getattr(screener, "policy_version", None)
        cacheable = policy_version is not None and hasattr(screener, "encode") and hasattr(screener, "decode")
        if cacheable:
            cached = self.cache.findings(listing.id, listing.version, policy_version)
            if cached is not None:
                try:
                    return screener.decode(cached)
                except (ValueError, TypeError):
                    log.info("Cached findings of another format; screening again")
        try:
            findings = list(screener(listing))
        except Exception:  # a screening bug must not stop the moderator from seeing the listing
            log.exception("Text screening failed for listing %s", listing.id)
            return []
        if cacheable:
            # Read the version again: the first call may have loaded the screener and its policy.
            version = getattr(screener, "policy_version", policy_version)
            self.cache.save_findings(listing.id, listing.version, version, screener.encode(findings))
        return findings

    def _load_index_from_cache(self) -> None:
        """Rebuild the in-memory items from the cache (start-up, offline): no network needed."""
        for row in sorted(self._leases.values(), key=lambda r: r.position):
            if row.lost:
                continue
            detail = self.cache.item(row.item_id)
            if detail is None:
                continue
            listing = detail.listing
            seller = self.cache.seller(listing.seller_id)
            paths: dict[str, Path | None] = {}
            for image in listing.images:
                cached = self.cache.image(image.id)
                paths[image.id] = cached.path if cached else None
            similar = self.cache.similar(listing.id) or []
            self.index.put(self._make_item(row, detail, seller, paths, similar))

    def _maybe_purge(self) -> None:
        if time.time() < self._next_purge_at:
            return
        self._next_purge_at = time.time() + self.settings.purge_interval_s
        self.cache.purge_expired(self.settings.max_age_days)
        self.outbox.purge_finished(self.settings.max_age_days)

    # --- push loop ------------------------------------------------------------------------------

    def _push_loop(self) -> None:
        while not self._stop.is_set():
            self._push_wake.clear()
            try:
                timeout = self._push_round()
            except Exception:  # see _fetch_loop; the row in flight is put back by _push_round
                log.exception("Sync push round failed")
                self.connectivity.note_error("Sync hit an internal error; it will try again.")
                self._emit("status")
                timeout = self.settings.idle_poll_s
            self._push_wake.wait(timeout)

    def _push_round(self) -> float:
        """Send due decisions until none is due; return how long to sleep."""
        while not self._stop.is_set():
            session = self.session
            if session is None or self.session_expired:
                return self.settings.idle_poll_s
            wait = self.connectivity.wait_time()
            if wait > 0:
                return wait
            entry = self.outbox.claim_next(
                session.server_url, session.username, time.time() - self.settings.send_delay_s
            )
            if entry is None:
                return self._next_push_in(session)
            try:
                with self._working():
                    result = session.api.decide(entry.request)
            except Conflict as exc:
                self._record_conflict(entry.key, entry.item_id, exc.code, exc.detail)
                continue
            except ValidationFailed as exc:
                self._record_conflict(entry.key, entry.item_id, "invalid", str(exc), state="rejected")
                continue
            except (Forbidden, NotFound) as exc:
                self._record_conflict(entry.key, entry.item_id, exc.code or "forbidden", str(exc))
                continue
            except Unauthorized:
                self.outbox.back_to_pending(entry.key, SESSION_EXPIRED)
                self._on_session_expired()
                return self.settings.idle_poll_s
            except (*_TRANSIENT, ApiError) as exc:
                # The decision may or may not have been applied: resending the same key is safe.
                self.outbox.back_to_pending(entry.key, str(exc))
                delay = self.connectivity.failed(str(exc))
                self._emit("status")
                return delay
            except BaseException:
                self.outbox.back_to_pending(entry.key, "internal error")
                raise
            maybe_crash("after_send_before_mark")
            self.outbox.mark_sent(entry.key, result)
            maybe_crash("after_mark_sent")
            self.cache.drop_leases([entry.item_id])
            self.index.remove(entry.item_id)
            self.reload_leases()
            self._refresh_outbox_count()
            if self.connectivity.succeeded():
                self._fetch_wake.set()
            self._emit("status")
        return self.settings.idle_poll_s

    def _next_push_in(self, session: Session) -> float:
        oldest = [e.created_at for e in self.outbox.entries(("pending",))]
        if not oldest:
            return self.settings.idle_poll_s
        return max(0.02, min(oldest) + self.settings.send_delay_s - time.time())

    def _record_conflict(
        self, key: str, item_id: int, code: str | None, detail: str, state: str = "conflict"
    ) -> None:
        item = self.index.get(item_id)
        listing_id = item.listing.id if item else None
        title = item.listing.title if item else None
        self.outbox.mark_conflict(key, code, detail, state=state, listing_id=listing_id, title=title)
        self.cache.drop_leases([item_id])
        self.index.remove(item_id)
        self.reload_leases()
        self._refresh_outbox_count()
        log.info("Decision refused by the server (%s)", code)
        self._emit("conflicts")
        self._emit("status")

    # --- image screening loop --------------------------------------------------------------------

    def _screen_loop(self) -> None:
        while True:
            job = self._screen_queue.get()
            if job is None or self._stop.is_set():
                return
            item_id, image_id, path = job
            item = self.index.get(item_id)
            if item is None or self.image_screener is None:
                continue
            try:
                result = self.image_screener(
                    path,
                    image_id=image_id,
                    listing_id=item.listing.id,
                    country=item.listing.country or None,
                    similar=item.similar_images,
                )
            except Exception:  # a hostile image must not stop the others
                log.exception("Image pre-screening failed for image %s", image_id)
                continue
            if self.index.update_image_result(item_id, image_id, result):
                self._emit("items")

    # --- helpers ----------------------------------------------------------------------------------

    def reload_leases(self) -> None:
        """Re-read the leases from the store (readers use the dict without locking: it is replaced, never mutated)."""
        with self._leases_lock:
            self._leases = {row.item_id: row for row in self.cache.leases()}

    def _refresh_outbox_count(self) -> None:
        session = self.session
        self._outbox_count = (
            self.outbox.unsent_count(session.server_url, session.username)
            if session
            else self.outbox.unsent_count()
        )

    def _on_session_expired(self) -> None:
        if not self.session_expired:
            log.warning("The server refused the session token")
        self.session_expired = True
        self._emit("session")
        self._emit("status")

    def _working(self) -> _Busy:
        return _Busy(self)


class _Busy:
    """Counts exchanges in flight so the status can say "syncing"."""

    def __init__(self, engine: SyncEngine):
        self.engine = engine

    def __enter__(self) -> None:
        with self.engine._busy_lock:
            self.engine._busy += 1

    def __exit__(self, *exc) -> None:
        with self.engine._busy_lock:
            self.engine._busy -= 1


def _utc(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


def _safe(fn: Callable[[], Path | None]) -> Path | None:
    try:
        return fn()
    except ValueError:
        return None
