"""`Workstation`: the one object the Qt layer talks to. No Qt here.

It owns the local store (one SQLite file in the data dir, one writer thread), the in-memory
item index the review screen reads, the sync engine and the session. Methods that the UI calls
on a keypress (``review_items``, ``record_decision``, ``undo_decision``, ``skip``, ``status``)
never wait on the network. Listeners are called from background threads with an event name
("status", "items", "conflicts", "queues", "session"); the Qt layer marshals them to the UI thread.
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

import httpx

from moderator_app.config import app_paths
from moderator_app.core import schema
from moderator_app.core.review_item import ReviewItem
from moderator_app.net.api_client import ApiClient, normalize_base_url
from moderator_app.net.errors import AuthFailed, Unauthorized, Unreachable
from moderator_app.net.token_store import TokenStore
from moderator_app.store.cache_store import CacheStore
from moderator_app.store.image_files import ImageFiles
from moderator_app.store.outbox import DecisionOutbox
from moderator_app.store.writer import StoreWriter
from moderator_app.sync.crash_points import maybe_crash
from moderator_app.sync.decision_check import InvalidDecision, check_decision_for
from moderator_app.sync.engine import ImageScreener, Session, SyncEngine, SyncSettings, TextScreener
from moderator_app.sync.item_index import ItemIndex
from moderator_app.sync.status import Conflict, SyncStatus

log = logging.getLogger(__name__)

UNDO_WINDOW_S = 5.0
DB_FILENAME = "workstation.sqlite3"

UserInfo = schema.UserInfo
QueueInfo = schema.QueueInfo

__all__ = [
    "AlreadyDecided",
    "AuthFailed",
    "Conflict",
    "InvalidDecision",
    "NotLeased",
    "QueueInfo",
    "SyncStatus",
    "Unreachable",
    "UserInfo",
    "Workstation",
]


class NotLeased(LookupError):
    """The item is not among this moderator's leased items (any more)."""


class AlreadyDecided(ValueError):
    """The item already has a decision; a second keypress must not decide it again."""


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
        self._transport = transport
        self._timeout = timeout
        self.token_store = token_store or TokenStore()
        self.settings = settings or SyncSettings()
        self._listeners: list[Callable[[str], None]] = []
        self._writer = StoreWriter(self.data_dir / DB_FILENAME)
        self.cache = CacheStore(self._writer, ImageFiles(self.cache_dir / "images"))
        self.outbox = DecisionOutbox(self._writer)
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
            self._emit,
            text_screener=text_screener,
            image_screener=image_screener if prescreen_images else None,
        )
        self.user: UserInfo | None = None
        self._decide_lock = threading.Lock()

    # --- session ---------------------------------------------------------------------

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
        last = self._read_meta("last_user")
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
        offline = False
        try:
            user = api.me()
        except Unauthorized:
            api.close()
            self.token_store.clear(self.server_url, user.username)
            return None
        except Unreachable:
            log.info("Server unreachable at start; resuming offline")
            offline = True
        self._open_session(api, user)
        if offline:
            self.engine.connectivity.failed("The server cannot be reached.")
            self._emit("status")
        return user

    def sign_out(self) -> None:
        """Forget the token, hand back undecided leases (best effort) and stop syncing.

        Decisions still in the outbox are kept and sent the next time this account signs in.
        """
        session = self.engine.session
        if session is None:
            return
        undecided = self.engine.undecided_item_ids()
        if undecided and self.engine.connectivity.online:
            try:
                session.api.release(undecided)
            except Exception as exc:  # the leases simply expire on the server
                log.info("Releasing leases at sign-out failed (%s)", type(exc).__name__)
        self.cache.drop_leases(undecided)
        self.token_store.clear(self.server_url, session.username)
        self._write_meta("last_user", None)
        self.engine.set_session(None)
        session.api.close()
        self.user = None
        self._emit("session")

    def _open_session(self, api: ApiClient, user: UserInfo) -> None:
        old = self.engine.session
        self.cache.set_identity(self.server_url, user.username)
        self._write_meta(
            "last_user", json.dumps({"server_url": self.server_url, "user": user.model_dump(mode="json")})
        )
        self.user = user
        self.engine.set_session(Session(api=api, server_url=self.server_url, user=user))
        if old is not None:
            old.api.close()
        self._emit("session")

    def _new_client(self, token: str | None = None) -> ApiClient:
        kwargs = {} if self._timeout is None else {"timeout": self._timeout}
        return ApiClient(self.server_url, token=token, transport=self._transport, **kwargs)

    # --- queues ------------------------------------------------------------------------

    def queues(self) -> list[QueueInfo]:
        """The queues as last fetched (instant, no request). The engine refreshes them on sign-in
        and every minute, emitting "queues"; `refresh_queues` fetches them now."""
        return list(self.engine.queues)

    def refresh_queues(self) -> list[QueueInfo]:
        """Queues from the server; the cached list when it cannot be reached."""
        session = self._session()
        try:
            return self.engine.refresh_queues(session)
        except Unreachable as exc:
            self.engine.connectivity.failed(str(exc))
            self._emit("status")
            return list(self.engine.queues)

    def start_queue(self, queue_id: str) -> None:
        """Review this queue: the engine claims and prefetches for it."""
        self._session()
        self.engine.set_active_queue(queue_id)

    @property
    def active_queue(self) -> str | None:
        return self.engine.active_queue

    @property
    def policy(self) -> schema.Policy | None:
        return self.engine.policy

    # --- review -----------------------------------------------------------------------------

    def review_items(self) -> list[ReviewItem]:
        """Leased, undecided items of the active queue that are ready in the cache, in order.

        Reads the in-memory index only (no SQLite, no network).
        """
        return list(self.index.ready())

    def item(self, item_id: int) -> ReviewItem | None:
        return self.index.get(item_id)

    def record_decision(
        self,
        item_id: int,
        action: str,
        *,
        reason_codes: Iterable[str] = (),
        escalate_to: str | None = None,
        note: str = "",
        time_spent_ms: int = 0,
        flags_shown: Iterable[schema.FlagShown | dict] = (),
    ) -> str:
        """Write the decision to the outbox and return its idempotency key.

        The row is committed (fsynced) before this returns. Raises NotLeased if the item is not
        one of ours, AlreadyDecided on a second decision, InvalidDecision (a ValueError) when the
        queue's rules refuse it (reject without reason, unknown target...), ValueError for a
        malformed one (e.g. a note over the size limit).
        """
        session = self._session()
        with self._decide_lock:
            item = self.index.get(item_id)
            lease = self.engine.lease(item_id)
            if item is None or lease is None:
                raise NotLeased(f"Item {item_id} is not leased to you.")
            if item.decided or lease.decided:
                raise AlreadyDecided(f"Item {item_id} is already decided.")
            codes = list(reason_codes)
            queue = next((q for q in self.engine.queues if q.id == item.queue_id), None)
            check_decision_for(queue, schema.Action(action), codes, escalate_to)
            request = schema.DecisionRequest(
                idempotency_key=uuid.uuid4(),
                item_id=item_id,
                lease_token=lease.lease_token,
                action=schema.Action(action),
                reason_codes=codes,
                escalate_to=escalate_to,
                note=note,
                time_spent_ms=max(0, int(time_spent_ms)),
                listing_version=item.listing.version,
                flags_shown=[
                    f if isinstance(f, schema.FlagShown) else schema.FlagShown(**f) for f in flags_shown
                ],
                decided_at=datetime.now(UTC),
            )
            key = self.outbox.add(session.server_url, session.username, request)
            maybe_crash("after_outbox_commit")
            self.index.update(item_id, decided=True)
            self.engine.note_decision(item_id, decided=True)
        self._emit("items")
        return key

    def undo_decision(self, key: str) -> bool:
        """Take back a decision still unsent and under 5 s old; the item returns to its place."""
        with self._decide_lock:
            item_id = self.outbox.undo(key, UNDO_WINDOW_S)
            if item_id is None:
                return False
            self.index.update(item_id, decided=False)
            self.engine.note_decision(item_id, decided=False)
        self._emit("items")
        return True

    def skip(self, item_id: int) -> None:
        """Move the item to the back of the local order; the lease is kept."""
        if item_id not in self.index:
            raise NotLeased(f"Item {item_id} is not leased to you.")
        self.index.move_to_back(item_id)
        self.cache.move_to_back(item_id)
        self.engine.reload_leases()
        self._emit("items")

    # --- status ------------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        return self.engine.status()

    def conflicts(self) -> list[Conflict]:
        return self.outbox.conflicts()

    def add_listener(self, callback: Callable[[str], None]) -> None:
        self._listeners.append(callback)

    def remove_listener(self, callback: Callable[[str], None]) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)

    def _emit(self, event: str) -> None:
        for callback in list(self._listeners):
            try:
                callback(event)
            except Exception:  # a broken listener must not stop the sync threads
                log.exception("Listener failed on event %r", event)

    # --- lifecycle -----------------------------------------------------------------------------

    def start(self) -> None:
        self.engine.start()

    def stop(self) -> None:
        """Stop syncing and close the database (unsent decisions stay in the outbox)."""
        self.engine.stop()
        close = getattr(self.engine.image_screener, "close", None)
        if close is not None:
            close()
        session = self.engine.session
        if session is not None:
            session.api.close()
        self._writer.close()

    def __enter__(self) -> Workstation:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- helpers -------------------------------------------------------------------------------

    def _session(self) -> Session:
        session = self.engine.session
        if session is None:
            raise Unauthorized("Not signed in.")
        return session

    def _read_meta(self, key: str) -> str | None:
        row = self._writer.call(
            lambda db: db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        )
        return row[0] if row else None

    def _write_meta(self, key: str, value: str | None) -> None:
        if value is None:
            self._writer.call(lambda db: db.execute("DELETE FROM meta WHERE key = ?", [key]))
        else:
            self._writer.call(
                lambda db: db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])
            )


def _default_text_screener() -> TextScreener | None:
    from moderator_app.sync.screening_adapters import default_text_screener

    return default_text_screener()


def _default_image_screener(cache_path: Path, max_age_days: float) -> ImageScreener | None:
    from moderator_app.sync.screening_adapters import default_image_screener

    return default_image_screener(cache_path, max_age_days)
