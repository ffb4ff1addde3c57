"""`Workstation`: the one object the Qt layer talks to (it implements sync.facade.DeskFacade). No Qt.

It owns the local store (one SQLite file in the data dir, one writer thread), the content of the
listings on the desk, the review desk (the session model under its lock), the sync engine and the
account. Methods the screen calls on a key press (``press``, ``session_view``, ``item``,
``status``) never wait on the network. Listeners get typed events (core.desk_events) on any
thread; the Qt layer carries them to the UI thread.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx

from moderator_app.config import app_paths
from moderator_app.core import dsa_schema, schema
from moderator_app.core.cluster_review import DecideCluster
from moderator_app.core.cluster_schema import ClusterDecisionResult
from moderator_app.core.desk_events import (
    AccountChanged,
    ConflictsChanged,
    DeskEvent,
    ExposureChanged,
    ItemsChanged,
    QueuesChanged,
    StatusChanged,
)
from moderator_app.core.exposure_meter import ListingFlags
from moderator_app.core.exposure_summary import ExposureSummary
from moderator_app.core.keymap import ActionId
from moderator_app.core.review_item import ReviewItem, flags_shown, seller_with_outcome
from moderator_app.core.session_types import LeaseLoss, RecordDecision, Refusal, SessionView, Verdict
from moderator_app.net.api_client import DEFAULT_TIMEOUT, ApiClient, normalize_base_url
from moderator_app.net.errors import AuthFailed, Unauthorized, Unreachable
from moderator_app.net.token_store import TokenStore
from moderator_app.store.appeal_outbox import AppealOutbox
from moderator_app.store.cache_store import CacheStore
from moderator_app.store.exposure_queue import ExposureQueue
from moderator_app.store.image_files import ImageFiles
from moderator_app.store.outbox import ClusterOutboxEntry, DecisionOutbox, OutboxEntry
from moderator_app.store.writer import StorageError, StoreWriter
from moderator_app.sync.appeal_sender import AppealSender
from moderator_app.sync.clocks import Clocks
from moderator_app.sync.cluster_desk import ClusterDesk, ClusterOpening, ClusterUnavailable
from moderator_app.sync.crash_points import maybe_crash
from moderator_app.sync.decision_check import InvalidDecision, check_decision_for
from moderator_app.sync.decision_pusher import verdict_of
from moderator_app.sync.engine import ImageScreener, Session, SyncEngine, SyncSettings, TextScreener
from moderator_app.sync.exposure_reporter import ExposureReporter
from moderator_app.sync.item_index import ItemIndex
from moderator_app.sync.prefetcher import OwnOutcome
from moderator_app.sync.review_desk import AlreadyDecided, Feedback, LeaseExpired, NotLeased, ReviewDesk
from moderator_app.sync.status import Conflict, SyncStatus, problem_of

log = logging.getLogger(__name__)

DB_FILENAME = "workstation.sqlite3"
QUIT_TIMEOUT_S = 3.0  # how long quitting may spend sending held decisions and releasing leases

UserInfo = schema.UserInfo
QueueInfo = schema.QueueInfo
Listener = Callable[[DeskEvent], None]

__all__ = [
    "AlreadyDecided",
    "AuthFailed",
    "ClusterUnavailable",
    "Conflict",
    "InvalidDecision",
    "LeaseExpired",
    "NotLeased",
    "QueueInfo",
    "SyncStatus",
    "Unreachable",
    "UserInfo",
    "Workstation",
]


class Workstation:
    """The workstation's data layer behind one facade (see the module docstring)."""

    def __init__(
        self,
        server_url: str,
        *,
        data_dir: Path | None = None,
        cache_dir: Path | None = None,
        token_store: TokenStore | None = None,
        transport: httpx.BaseTransport | None = None,
        prescreen_images: bool = True,
        screen_text: bool = True,
        settings: SyncSettings | None = None,
        text_screener: TextScreener | None = None,
        image_screener: ImageScreener | None = None,
        timeout: float | httpx.Timeout | None = None,
        clocks: Clocks | None = None,
    ):
        self.server_url = normalize_base_url(server_url)
        paths = app_paths()
        self.data_dir = data_dir if data_dir is not None else paths.data_dir
        self.cache_dir = (
            cache_dir
            if cache_dir is not None
            else (self.data_dir / "cache" if data_dir is not None else paths.cache_dir)
        )
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.cache_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.clocks = clocks or Clocks()
        self._transport = transport
        self._timeout = timeout
        self.token_store = token_store or TokenStore()
        self.settings = settings or SyncSettings()
        self._listeners: list[Listener] = []
        self._writer = StoreWriter(self.data_dir / DB_FILENAME)
        self.cache = CacheStore(self._writer, ImageFiles(self.cache_dir / "images"), self.clocks.wall)
        self.outbox = DecisionOutbox(self._writer, self.clocks.wall)
        self.index = ItemIndex()
        if text_screener is None and screen_text:
            text_screener = _default_text_screener()
        if image_screener is None and prescreen_images:
            image_screener = _default_image_screener(
                self.cache_dir / "image-screening.sqlite3", self.settings.max_age_days
            )
        self.engine = SyncEngine(
            self.cache,
            self.outbox,
            self.index,
            self.settings,
            self.clocks,
            self,
            text_screener=text_screener,
            image_screener=image_screener if prescreen_images else None,
        )
        self.desk = ReviewDesk(self, self.clocks.monotonic, self._emit, self.settings.send_hold_s)
        self.clusters = ClusterDesk(self, self.clocks.monotonic)
        self._cluster_openings: dict[str, ClusterOpening] = {}  # unsent cluster decisions' openings
        self._cluster_holding: set[int] = set()  # members leased by an open cluster view
        self._cluster_open: list[ClusterOpening] = []  # cluster views open now (released at quit)
        # Cluster summaries on the desk before an unsent cluster decision changed them (for undo).
        self._cluster_before: dict[str, dict[int, schema.ClusterSummary | None]] = {}
        self.exposure = ExposureReporter(
            ExposureQueue(self._writer, self.clocks.wall),
            self.clocks.monotonic,
            self.engine.server_clock,
            self._photo_flags,
            lambda: self._emit(ExposureChanged()),
            self.engine.wake_exposure,
        )
        self.engine.exposure_job = lambda session: self.exposure.round(session.api)
        self.appeal_sender = AppealSender(
            AppealOutbox(self._writer, self.clocks.wall),
            self._account,
            lambda _record: self._emit(ConflictsChanged()),
            self.engine.wake_appeals,
        )
        self.engine.appeal_job = lambda session: self.appeal_sender.round(session.api)
        self.user: UserInfo | None = None
        # This desk's decisions not yet applied on the server, per key: (seller, what it says),
        # laid over the server's seller histories so the seller panel shows them at once.
        self._own: dict[str, tuple[str, OwnOutcome]] = {}

    # --- account ------------------------------------------------------------------------

    @property
    def token_storage_note(self) -> str:
        """Where the token is kept, in a sentence for the sign-in screen."""
        return self.token_store.where

    def sign_in(self, username: str, password: str) -> UserInfo:
        """Sign in and start syncing for this account.

        Raises AuthFailed ("Wrong username or password.") or Unreachable ("The server cannot be
        reached.") with messages the sign-in dialog can show as they are.
        """
        api = self._new_client()
        try:
            token = api.login(username, password)
        except Exception:
            api.close()
            raise
        self.token_store.save(self.server_url, token.user.username, token.access_token)
        self._open_session(api, token.user)
        return token.user

    def resume_session(self) -> UserInfo | None:
        """Sign in again with the stored token of the last user of this server, if it still works.

        When the server is unreachable the cached account is used, so a moderator can keep working
        offline on leased items; the token is checked when the server comes back.
        """
        last = self.cache.meta("last_user")
        if not last:
            return None
        record = json.loads(last)
        if record.get("server_url") != self.server_url:
            return None
        user = schema.UserInfo.model_validate(record["user"])
        token = self.token_store.load(self.server_url, user.username)
        if not token:
            return None
        api = self._new_client(token)
        offline = None
        try:
            user = api.me()
        except Unauthorized:
            api.close()
            self.token_store.clear(self.server_url, user.username)
            return None
        except Unreachable as exc:
            log.info("Server unreachable at start; resuming offline")
            offline = exc
        self._open_session(api, user)
        if offline is not None:
            self.engine.connectivity.failed(problem_of(offline))
            self._emit(StatusChanged())
        return user

    def sign_out(self) -> None:
        """Send held decisions and hand back undecided leases (best effort), forget the token, stop
        syncing. Decisions still in the outbox are sent the next time this account signs in."""
        session = self.engine.session
        if session is None:
            return
        self.desk.close()
        self.engine.set_active_queue(None)
        self._let_go(session)
        self.token_store.clear(self.server_url, session.username)
        self.cache.set_meta("last_user", None)
        self.engine.set_session(None)
        self.exposure.set_account(None, None)
        self.index.clear()
        session.api.close()
        self.user = None
        self._emit(AccountChanged())

    def _open_session(self, api: ApiClient, user: UserInfo) -> None:
        old = self.engine.session
        changed = self.cache.set_identity(self.server_url, user.username)
        self.cache.set_meta(
            "last_user", json.dumps({"server_url": self.server_url, "user": user.model_dump(mode="json")})
        )
        self.user = user
        if changed or old is None or old.username != user.username:
            # Another account: nothing of the previous one's review stays on the desk.
            self.desk.close()
            self.index.clear()
        self.engine.set_session(Session(api=api, server_url=self.server_url, user=user))
        self.exposure.set_account(self.server_url, user.username)
        self.engine.wake_appeals()  # outcomes a quit or a crash left unsent go now
        if old is not None:
            old.api.close()
        self._emit(AccountChanged())
        self._emit(StatusChanged())

    def _account(self) -> tuple[str, str] | None:
        """The signed-in account (server url, username): whose appeal outcomes are sent."""
        session = self.engine.session
        return (session.server_url, session.username) if session is not None else None

    def _new_client(self, token: str | None = None) -> ApiClient:
        timeout = DEFAULT_TIMEOUT if self._timeout is None else self._timeout
        return ApiClient(
            self.server_url,
            token=token,
            transport=self._transport,
            timeout=timeout,
            on_answer=self.engine.on_answer,
        )

    def qa_client(self) -> ApiClient:
        """The signed-in session's API client, for the QA screens."""
        return self._session().api

    @property
    def text_screener(self) -> TextScreener | None:
        return self.engine.prefetcher.text_screener

    # --- queues ---------------------------------------------------------------------------

    def queues(self) -> list[QueueInfo]:
        """The queues as last fetched (instant, no request). The engine refreshes them now and then,
        announcing QueuesChanged; ``refresh_queues`` fetches them now."""
        return list(self.engine.prefetcher.queues)

    def refresh_queues(self) -> list[QueueInfo]:
        """Queues from the server; the cached list when it cannot be reached."""
        session = self._session()
        try:
            return self.engine.prefetcher.refresh_queues(session.api)
        except Unreachable as exc:
            self.engine.connectivity.failed(problem_of(exc))
            self._emit(StatusChanged())
            return self.queues()

    def start_queue(self, queue_id: str, info: QueueInfo | None = None) -> None:
        """Review this queue (``info``: its description, when the caller has it): a new session over
        its listings on the desk; the engine claims more."""
        self._session()
        self._give_back(self.desk.close())
        self.engine.set_active_queue(queue_id)
        queue = info or next((q for q in self.queues() if q.id == queue_id), None)
        unsent_entries = [
            e
            for e in self.outbox.unsent(self.server_url, self._username())
            if self._in_queue(e.item_id, queue_id)
        ]
        unsent_items = {e.item_id for e in unsent_entries}
        ready = [
            r.item_id
            for r in self.engine.leases.rows()
            if r.queue_id == queue_id and r.item_id in self.index and r.item_id not in unsent_items
        ]
        self.desk.open(
            queue,
            queue_id,
            ready,
            [(e.item_id, uuid.UUID(e.key), verdict_of(e.request)) for e in unsent_entries],
        )
        self._emit(StatusChanged())

    def leave_queue(self) -> None:
        """Stop reviewing: the session's undecided listings are given back at once."""
        self._give_back(self.desk.close())
        self.engine.set_active_queue(None)
        self._emit(StatusChanged())

    @property
    def active_queue(self) -> str | None:
        return self.desk.queue_id

    @property
    def policy(self) -> schema.Policy | None:
        return self.engine.prefetcher.policy

    # --- the review session ---------------------------------------------------------------------

    def session_view(self) -> SessionView:
        return self.desk.view()

    def item(self, item_id: int) -> ReviewItem | None:
        return self.index.get(item_id)

    def press(self, action: ActionId, shown: int | None) -> list[Feedback]:
        """A key pressed while the screen showed listing ``shown``; carried out before it returns."""
        return self.desk.press(action, shown)

    def note_edited(self, text: str, shown: int | None) -> list[Feedback]:
        return self.desk.note_edited(text, shown)

    def note_focused(self, shown: int | None) -> list[Feedback]:
        return self.desk.note_focused(shown)

    def set_active(self, active: bool) -> None:
        self.desk.set_active(active)

    def lease_seconds_left(self, item_id: int | None = None) -> float | None:
        """Time left on a listing's lease (None: the earliest needed one), on the server's clock."""
        return self.engine.leases.seconds_left(item_id)

    def review_items(self) -> list[ReviewItem]:
        """The session's ready listings, in order (memory only: no SQLite, no network)."""
        items = (self.index.get(i) for i in self.desk.ready_ids())
        return [item for item in items if item is not None]

    def record_decision(
        self,
        item_id: int,
        action: str,
        *,
        reason_codes: tuple[str, ...] | list[str] = (),
        escalate_to: str | None = None,
        note: str | None = None,
        time_spent_ms: int | None = None,
    ) -> str:
        """Decide a ready listing of the session without a key press (scripts, tests); return the key.

        The row is committed (fsynced) before this returns. Raises NotLeased, AlreadyDecided,
        LeaseExpired, InvalidDecision (a ValueError) when the queue's rules refuse it, StorageError
        when the disk refuses it.
        """
        verdict = Verdict(schema.Action(action), tuple(reason_codes), escalate_to)
        return str(self.desk.decide(item_id, verdict, note, time_spent_ms))

    def statement_preview(self, item_id: int, reasons: tuple[str, ...]) -> dsa_schema.StatementEnvelope:
        """The statement of reasons the server would write for rejecting the listing with
        ``reasons`` (and the flags shown with it). Needs the server: raises the API client's
        errors (Unreachable when offline), NotLeased when the listing is not on the desk."""
        item = self.index.get(item_id)
        if item is None:
            raise NotLeased(f"Item {item_id} is not leased to you.")
        request = dsa_schema.StatementPreviewRequest(
            reason_codes=list(reasons),
            flags_shown=flags_shown(item),
            notice_ids=[n.notice_id for n in item.notices],
        )
        return self._session().api.statement_preview(item_id, request)

    def undo_decision(self, key: str) -> bool:
        """Take back a decision still held in the outbox; its listing comes back ready."""
        return self.desk.withdraw(uuid.UUID(key))

    def skip(self, item_id: int) -> None:
        """Give a ready listing back (its lease is released)."""
        self.desk.skip(item_id)

    # --- clusters (sync.facade.ClusterFacade) ----------------------------------------------------

    def open_cluster(self, item_id: int) -> ClusterOpening:
        """Claim the cluster of listing ``item_id`` and open it (waits on the network: call it from
        a background task). Raises ClusterUnavailable with the reason to show."""
        item = self.index.get(item_id)
        queue = next((q for q in self.queues() if item is not None and q.id == item.queue_id), None)
        reasons = tuple(queue.reason_codes) if queue else ()
        targets = tuple(queue.escalation_targets) if queue else ()
        opening = self.clusters.open(item_id, reasons, targets)
        self._cluster_holding |= {lease.item_id for lease in opening.leased}
        self._cluster_open.append(opening)
        return opening

    def cluster_photo(self, image: schema.ImageRef) -> Path | None:
        """A cluster member's photo in the local cache, downloaded if needed (network: call it from a
        background task). None when it cannot be had now (offline and not cached, or refused)."""
        try:
            return self.engine.prefetcher.fetch_image(self._session().api, image)[0]
        except (Unreachable, Unauthorized):
            cached = self.cache.image(image.id)
            return cached.path if cached is not None else None

    def close_cluster(self, opening: ClusterOpening) -> None:
        """The view closed without a decision: release the members it leased."""
        self._forget_open(opening)
        self._cluster_holding -= {lease.item_id for lease in opening.leased}
        self.clusters.let_go(opening)

    def decide_cluster(self, opening: ClusterOpening, decide: DecideCluster) -> str:
        """Record a decision taken in the cluster view (committed before this returns); return its
        key. Raises InvalidDecision when a member's queue refuses it, StorageError when the disk
        refuses it, AlreadyDecided when a decision is being written: then nothing was recorded."""
        session = self._session()
        verdict = decide.verdict
        queues = {q.id: q for q in self.queues()}
        members = {m.item_id: m for m in opening.review.view.members}
        for queue_id in sorted({members[i].queue_id for i in decide.item_ids}):
            check_decision_for(queues.get(queue_id), verdict.action, list(verdict.reasons), verdict.target)

        def write(key: uuid.UUID) -> None:
            request = self.clusters.request(opening, decide, key).model_copy(
                update={"decided_at": self.engine.server_clock.now_datetime()}
            )
            try:
                stored = self.outbox.add_cluster(
                    session.server_url, session.username, request, opening.review.anchor_item_id
                )
            except StorageError as exc:
                self.engine.note_storage(exc)
                self._emit(StatusChanged())
                raise
            self.engine.note_storage(None)
            self.engine.hold.hold(stored)
            self.engine.outbox_count += 1
            self._cluster_openings[stored] = opening

        key = self.desk.record_cluster(opening.review.anchor_item_id, decide.item_ids, verdict, write)
        self._forget_open(opening)
        self._cluster_before[str(key)] = self._shrink_cluster(opening, set(decide.item_ids))
        self._cluster_holding -= {lease.item_id for lease in opening.leased}
        self.clusters.let_go(opening, keep=frozenset(decide.item_ids))
        self.engine.wake_push()
        self._emit(StatusChanged())
        return str(key)
    # --- exposure (sync.exposure_reporter) ---------------------------------------------------------

    def exposure_summary(self) -> ExposureSummary:
        """The moderator's exposure and break status, as the status bar shows it (no request)."""
        return self.exposure.summary()

    def note_listing_shown(self, item_id: int | None) -> None:
        self.exposure.listing_shown(item_id)

    def note_photo_revealed(self, item_id: int, image_id: str) -> None:
        """A hidden photo was revealed; committed before this returns, sent right after."""
        self.exposure.photo_revealed(item_id, image_id)

    def note_audit_reveal(self, image_id: str, flags: list[schema.FlagShown]) -> None:
        """A QA screen revealed a hidden photo (``flags``: those shown for it): exposure too."""
        self.exposure.photo_revealed(None, image_id, flags)

    def note_input(self) -> None:
        self.exposure.input()

    def _photo_flags(self, item_id: int) -> ListingFlags | None:
        """The photo flags the desk holds for a listing: its own image flags and the server's."""
        item = self.index.get(item_id)
        if item is None:
            return None
        listing: list[schema.FlagShown] = []
        photos: dict[str, list[schema.FlagShown]] = {}
        for flag in flags_shown(item):
            if flag.source == "local-text":
                continue
            if flag.image_id is None:
                listing.append(flag)
            else:
                photos.setdefault(flag.image_id, []).append(flag)
        return ListingFlags(tuple(listing), {k: tuple(v) for k, v in photos.items()})

    # --- what the review desk asks of its backend (sync.review_desk.DeskBackend) -----------------

    def write_decision(self, decision: RecordDecision) -> None:
        session = self._session()
        item = self.index.get(decision.item_id)
        lease = self.engine.leases.lease(decision.item_id)
        if item is None or lease is None:
            raise NotLeased(f"Item {decision.item_id} is not leased to you.")
        if lease.expires_at <= self.engine.server_clock.now():
            raise LeaseExpired(f"The lease on item {decision.item_id} has expired.")
        verdict = decision.verdict
        queue = next((q for q in self.queues() if q.id == item.queue_id), None)
        check_decision_for(queue, verdict.action, list(verdict.reasons), verdict.target)
        request = schema.DecisionRequest(
            idempotency_key=decision.key,
            item_id=decision.item_id,
            lease_token=lease.lease_token,
            action=verdict.action,
            reason_codes=list(verdict.reasons),
            escalate_to=verdict.target,
            note=decision.note,
            time_spent_ms=max(0, decision.time_spent_ms),
            listing_version=item.listing.version,
            flags_shown=flags_shown(item),
            # On the server's clock: the true time of the decision, in the frame that checks it.
            decided_at=self.engine.server_clock.now_datetime(),
            # The notices shown with the listing: an approval answers only these (a notice that
            # arrived meanwhile gets a review of its own), and the ones marked unfounded.
            notice_ids=list(decision.notice_ids),
            unfounded_notice_ids=list(decision.unfounded_notice_ids),
        )
        try:
            key = self.outbox.add(session.server_url, session.username, request)
        except StorageError as exc:
            self.engine.note_storage(exc)
            self._emit(StatusChanged())
            raise
        maybe_crash("after_outbox_commit")
        self.engine.note_storage(None)
        self.engine.hold.hold(key)
        self.engine.outbox_count += 1
        self.engine.wake_push()
        seller_id = item.listing.seller_id
        self._own[key] = (seller_id, OwnOutcome(item.listing.id, verdict.action, verdict.reasons))
        self._show_outcome(seller_id, item.listing.id, verdict.action, verdict.reasons)
        self._emit(StatusChanged())

    def withdraw_decision(self, key: uuid.UUID) -> bool:
        try:
            item_id = self.outbox.withdraw(str(key))
        except StorageError as exc:
            self.engine.note_storage(exc)
            raise
        if item_id is None:
            return False
        self.engine.hold.end(str(key))
        self.engine.outbox_count = max(0, self.engine.outbox_count - 1)
        opening = self._cluster_openings.pop(str(key), None)
        if opening is not None:  # an undone cluster decision: its members go back
            self.clusters.let_go(opening)
            self._restore_clusters(str(key))
        own = self._own.pop(str(key), None)
        if own is not None:
            self._show_outcome(own[0], own[1].listing_id, None)
        self._emit(StatusChanged())
        return True

    def give_back(self, item_ids: list[int]) -> None:
        self._give_back(item_ids)

    def notice_ids(self, item_id: int) -> tuple[int, ...]:
        item = self.index.get(item_id)
        return tuple(n.notice_id for n in item.notices) if item is not None else ()

    # --- what the sync engine reports (sync.engine.EngineReports) ----------------------------------

    def leases_changed(self) -> None:
        self.engine.wake()

    def lease_lost(self, item_id: int, loss: LeaseLoss) -> None:
        self.desk.lease_lost(item_id, loss)
        self._emit(StatusChanged())

    def unsent_items(self) -> set[int]:
        return self.outbox.unsent_items() | self._cluster_holding

    def items_ready(self, queue_id: str, item_ids: list[int]) -> None:
        live = [i for i in item_ids if self.engine.leases.lease(i) is not None]
        self.desk.items_ready(queue_id, live)
        self._emit(StatusChanged())

    def items_changed(self, item_ids: set[int]) -> None:
        for item_id in item_ids:  # flags that arrive while a listing is on screen count for it
            self.exposure.listing_refreshed(item_id)
        self._emit(ItemsChanged(frozenset(item_ids)))

    def queues_changed(self) -> None:
        self._emit(QueuesChanged())

    def session_items(self) -> set[int]:
        return self.desk.session_items()

    def own_outcomes(self, seller_id: str) -> list[OwnOutcome]:
        return [own for seller, own in list(self._own.values()) if seller == seller_id]

    def decision_sent(self, entry: OutboxEntry, result: schema.DecisionResult) -> None:
        self._settled(entry)
        self.desk.decision_sent(uuid.UUID(entry.key))

    def decision_refused(self, entry: OutboxEntry, refusal: Refusal, still_leased: bool) -> None:
        own = self._settled(entry)
        if own is not None:
            self._show_outcome(own[0], own[1].listing_id, None)
        self.desk.decision_refused(uuid.UUID(entry.key), entry.item_id, refusal, still_leased)
        self._emit(ConflictsChanged())

    def cluster_sent(self, entry: ClusterOutboxEntry, result: ClusterDecisionResult) -> None:
        self._cluster_openings.pop(entry.key, None)
        self._cluster_before.pop(entry.key, None)
        self.desk.decision_sent(uuid.UUID(entry.key))
        self._emit(StatusChanged())

    def cluster_refused(self, entry: ClusterOutboxEntry, refusal: Refusal) -> None:
        self._cluster_openings.pop(entry.key, None)
        self._restore_clusters(entry.key)
        self.desk.cluster_refused(uuid.UUID(entry.key), entry.member_ids, refusal, self.held_lease)
        self._emit(ConflictsChanged())
        self._emit(StatusChanged())

    def describe(self, item_id: int) -> tuple[str | None, str | None]:
        item = self.index.get(item_id)
        return (item.listing.id, item.listing.title) if item else (None, None)

    def storage(self, problem: StorageError | None) -> None:
        self.engine.note_storage(problem)

    def status_changed(self) -> None:
        self._emit(StatusChanged())

    def account_changed(self) -> None:
        self._emit(AccountChanged())

    # --- status -------------------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        return self.engine.status(len(self.desk.ready_ids()), self.desk.queue_id)

    def conflicts(self) -> list[Conflict]:
        return self.outbox.conflicts()

    def add_listener(self, callback: Listener) -> None:
        self._listeners.append(callback)

    def remove_listener(self, callback: Listener) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)

    def _emit(self, event: DeskEvent) -> None:
        for callback in list(self._listeners):
            try:
                callback(event)
            except Exception:  # a broken listener must not stop the sync threads
                log.exception("Listener failed on event %r", event)

    # --- lifecycle -----------------------------------------------------------------------------------

    def start(self) -> None:
        self.engine.start()

    def stop(self) -> None:
        """Quit: stop syncing, send the held decisions and give back undecided leases (briefly, when
        online; the rest waits in the store for the next start), close the database."""
        self.engine.stop()
        for opening in self._cluster_open:  # a cluster view open at quit: its members go back too
            try:
                self.clusters.let_go(opening)
            except StorageError as exc:  # they lapse on the server at their lease's end
                log.warning("Could not record the cluster members to release (%s)", exc)
        self._cluster_open = []
        self.exposure.keep_measured()  # the last minute on screen goes with the next start's report
        session = self.engine.session
        if session is not None and not self.engine.session_expired:
            self._let_go(session)
        close = getattr(self.engine.prescreening.screener, "close", None)
        if close is not None:
            close()
        if session is not None:
            session.api.close()
        self._writer.close()

    def __enter__(self) -> Workstation:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- helpers ---------------------------------------------------------------------------------------

    def _let_go(self, session: Session) -> None:
        """Send what is held and release undecided leases, within QUIT_TIMEOUT_S, when online."""
        quick = session.api.hurried(QUIT_TIMEOUT_S) if self.engine.connectivity.online else None
        try:
            if quick is not None:
                deadline = self.clocks.monotonic() + QUIT_TIMEOUT_S
                try:
                    self.engine.pusher.flush(
                        quick,
                        session.server_url,
                        session.username,
                        lambda: self.clocks.monotonic() > deadline,
                    )
                except Exception as exc:  # they stay in the outbox and go at the next start
                    log.info("Sending held decisions at quit failed (%s)", type(exc).__name__)
            self.engine.leases.release_all(quick)
        except StorageError as exc:
            log.warning("Could not record the leases to release (%s)", exc)

    def _give_back(self, item_ids: list[int]) -> None:
        if item_ids:
            self.engine.leases.give_back(item_ids)

    def _show_outcome(
        self, seller_id: str, listing_id: str, action: schema.Action | None, reasons: tuple[str, ...] = ()
    ) -> None:
        """Show this desk's decision (None: withdrawn) in the seller histories on the desk at once."""
        changed = self.index.update_sellers(
            seller_id, lambda seller: seller_with_outcome(seller, listing_id, action, reasons)
        )
        if changed:
            self._emit(ItemsChanged(frozenset(changed)))

    def _settled(self, entry: OutboxEntry) -> tuple[str, OwnOutcome] | None:
        """The server answered this decision: the seller's history is fetched again."""
        own = self._own.pop(entry.key, None)
        if own is not None:
            self.engine.prefetcher.seller_changed(own[0])
            self.engine.wake()
        self._emit(StatusChanged())
        return own

    def _in_queue(self, item_id: int, queue_id: str) -> bool:
        lease = self.engine.leases.lease(item_id)
        item = self.index.get(item_id)
        return (lease is not None and lease.queue_id == queue_id) or (
            item is not None and item.queue_id == queue_id
        )

    def _forget_open(self, opening: ClusterOpening) -> None:
        self._cluster_open = [o for o in self._cluster_open if o is not opening]

    def _shrink_cluster(
        self, opening: ClusterOpening, decided: set[int]
    ) -> dict[int, schema.ClusterSummary | None]:
        """The desk's other listings of the cluster count only the members still open, at once (the
        server's own count follows when the decision is applied). Returns their summaries before."""
        view = opening.review.view
        left = [m for m in view.members if m.item_id not in decided]
        before: dict[int, schema.ClusterSummary | None] = {}
        changed = set()
        for item_id in self.index.item_ids():
            item = self.index.get(item_id)
            if item is None or item.cluster is None or item.cluster.cluster_id != view.cluster_id:
                continue
            if item_id in decided:
                continue
            before[item_id] = item.cluster
            summary = (
                item.cluster.model_copy(
                    update={"listings": len(left), "sellers": len({m.seller_id for m in left}), "items": len(left)}
                )
                if len(left) >= 2
                else None
            )
            self.index.update(item_id, cluster=summary)
            changed.add(item_id)
        if changed:
            self._emit(ItemsChanged(frozenset(changed)))
        return before

    def _restore_clusters(self, key: str) -> None:
        before = self._cluster_before.pop(key, {})
        for item_id, summary in before.items():
            self.index.update(item_id, cluster=summary)
        if before:
            self._emit(ItemsChanged(frozenset(before)))

    def cluster_api(self) -> ApiClient:
        return self._session().api

    def held_lease(self, item_id: int) -> bool:
        return self.engine.leases.lease(item_id) is not None

    def release_leases(self, leases: list[schema.Lease]) -> None:
        self.engine.leases.release_untracked(leases)

    def _username(self) -> str:
        return self._session().username

    def _session(self) -> Session:
        session = self.engine.session
        if session is None:
            raise Unauthorized("Not signed in.")
        return session


def _default_text_screener() -> TextScreener | None:
    from moderator_app.sync.screening_adapters import default_text_screener

    return default_text_screener()


def _default_image_screener(cache_path: Path, max_age_days: float) -> ImageScreener | None:
    from moderator_app.sync.screening_adapters import default_image_screener

    return default_image_screener(cache_path, max_age_days)
