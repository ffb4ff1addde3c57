"""The review desk: the review session model under one lock, bound to the outbox and the leases.

The screen sends key presses here with the id of the listing it shows; the sync jobs report what
happened to listings (ready, lease lost, sent, refused). Both go through the same lock, so the
session changes one step at a time, and each change is announced once (``SessionChanged``). The
effects of a key press are carried out before the press returns: a decision is in the outbox (or
refused with the reason) when the screen renders the next listing.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import uuid
from collections.abc import Callable, Sequence
from typing import Protocol

from moderator_app.core import schema
from moderator_app.core.decision_rules import SEND_HOLD_S
from moderator_app.core.desk_events import DeskEvent, SessionChanged
from moderator_app.core.i18n import translate_noop
from moderator_app.core.keymap import ActionId
from moderator_app.core.review_session import ReviewSessionModel
from moderator_app.core.session_types import (
    Effect,
    FocusNote,
    GiveBack,
    ItemState,
    LeaseLoss,
    Notice,
    OpenCluster,
    RecordDecision,
    Refusal,
    SessionView,
    ShowPreview,
    ShowSheet,
    Verdict,
    WithdrawDecision,
)
from moderator_app.store.writer import StorageError
from moderator_app.sync.decision_check import InvalidDecision

log = logging.getLogger(__name__)

_CONTEXT = "ReviewDesk"
MSG_NOT_LEASED = translate_noop(_CONTEXT, "This listing is no longer leased to you: nothing was recorded.")
MSG_LEASE_EXPIRED = translate_noop(
    _CONTEXT,
    "The lease on this listing has expired: the server would refuse a decision, so nothing was recorded.",
)
MSG_DISK_FULL = translate_noop(
    _CONTEXT, "The decision was NOT saved: the disk is full. Free some space, then press the key again."
)
MSG_DISK_FAILED = translate_noop(
    _CONTEXT, "The decision was NOT saved: the disk cannot be written. Nothing was recorded for this listing."
)
MSG_INVALID = translate_noop(_CONTEXT, "The decision was refused before it was saved: {detail}")
MSG_UNDO_DISK = translate_noop(
    _CONTEXT, "Could not undo: the disk cannot be written. The decision stays and will be sent."
)

Feedback = Notice | ShowSheet | FocusNote | ShowPreview | OpenCluster


class NotLeased(LookupError):
    """The item is not among this moderator's leased, undecided listings (any more)."""


class AlreadyDecided(ValueError):
    """The item already has a decision; a second one must not be recorded."""


class LeaseExpired(LookupError):
    """The item's lease has run out on the server's clock: a decision would be refused."""


class DeskBackend(Protocol):
    """Where the desk's effects land: the Workstation, or an in-memory stand-in in view tests."""

    def write_decision(self, decision: RecordDecision) -> None:
        """Durably record the decision (returns after the outbox commit). Raises NotLeased,
        LeaseExpired, InvalidDecision, StorageError or ValueError: then nothing was recorded."""

    def withdraw_decision(self, key: uuid.UUID) -> bool:
        """Take the decision out of the outbox if it was never sent; False when too late."""

    def give_back(self, item_ids: list[int]) -> None:
        """Release these leases (at once when online, as soon as possible when not)."""

    def notice_ids(self, item_id: int) -> tuple[int, ...]:
        """The ids of the notices shown with the listing (oldest first; none for most listings)."""


def notice_for(exc: Exception) -> Notice:
    """What to tell the moderator about a decision that could not be recorded."""
    if isinstance(exc, StorageError):
        return Notice(MSG_DISK_FULL if exc.full else MSG_DISK_FAILED, context=_CONTEXT)
    if isinstance(exc, LeaseExpired):
        return Notice(MSG_LEASE_EXPIRED, context=_CONTEXT)
    if isinstance(exc, InvalidDecision):
        return Notice(exc.violation.message, context="DecisionRules", args=exc.violation.args)
    if isinstance(exc, LookupError | AlreadyDecided):
        return Notice(MSG_NOT_LEASED, context=_CONTEXT)
    return Notice(MSG_INVALID, context=_CONTEXT, args=(("detail", str(exc)),))


class ReviewDesk:
    """One review session at a time (see the module docstring). Thread-safe."""

    def __init__(
        self,
        backend: DeskBackend,
        clock: Callable[[], float],
        emit: Callable[[DeskEvent], None],
        hold_s: float = SEND_HOLD_S,
    ) -> None:
        self._backend = backend
        self._clock = clock
        self._emit = emit
        self._hold_s = hold_s
        self._lock = threading.RLock()
        self._model: ReviewSessionModel | None = None
        self._empty = ReviewSessionModel(None, (), (), clock, hold_s=hold_s)

    # --- the session ---------------------------------------------------------------------------

    def open(
        self,
        queue: schema.QueueInfo | None,
        queue_id: str,
        ready: Sequence[int],
        unsent: Sequence[tuple[int, uuid.UUID, Verdict]],
    ) -> None:
        """Start reviewing ``queue_id``: its ready listings, and its decisions still in the outbox."""
        model = ReviewSessionModel(
            queue_id,
            queue.reason_codes if queue else (),
            queue.escalation_targets if queue else (),
            self._clock,
            hold_s=self._hold_s,
            notices_of=self._backend.notice_ids,
        )
        for item_id, key, verdict in unsent:
            model.restore_decided(item_id, key, verdict)
        model.add_ready(ready)
        with self._lock:
            self._model = model
        self._emit(SessionChanged())

    def close(self) -> list[int]:
        """End the session; return its ready listings (to give back)."""
        with self._lock:
            model, self._model = self._model, None
        if model is None:
            return []
        self._emit(SessionChanged())
        return model.ready_ids()

    @property
    def queue_id(self) -> str | None:
        model = self._model
        return model.queue_id if model else None

    def view(self) -> SessionView:
        with self._lock:
            return (self._model or self._empty).view()

    def session_items(self) -> set[int]:
        with self._lock:
            return set(self._model.item_ids()) if self._model else set()

    def ready_ids(self) -> list[int]:
        with self._lock:
            return self._model.ready_ids() if self._model else []

    # --- the moderator's intents (the UI thread) -----------------------------------------------

    def press(self, action: ActionId, shown: int | None) -> list[Feedback]:
        return self._run(lambda m: m.press(action, shown))

    def note_edited(self, text: str, shown: int | None) -> list[Feedback]:
        return self._run(lambda m: m.note_edited(text, shown))

    def note_focused(self, shown: int | None) -> list[Feedback]:
        return self._run(lambda m: m.note_focused(shown))

    def set_active(self, active: bool) -> None:
        with self._lock:
            if self._model is not None:
                self._model.set_active(active)

    def decide(
        self, item_id: int, verdict: Verdict, note: str | None, time_spent_ms: int | None
    ) -> uuid.UUID:
        """Record a decision on a ready listing of the session (not a key press). Raises what the
        backend raised when it could not be recorded, NotLeased or AlreadyDecided."""
        try:
            with self._lock:
                model = self._model
                entry = model.entry(item_id) if model else None
                if model is None or entry is None:
                    raise NotLeased(f"Item {item_id} is not leased to you.")
                if entry.state != ItemState.READY:
                    raise AlreadyDecided(f"Item {item_id} is already decided.")
                [record] = [e for e in model.decide(item_id, verdict, note) if isinstance(e, RecordDecision)]
                if time_spent_ms is not None:
                    record = dataclasses.replace(record, time_spent_ms=max(0, int(time_spent_ms)))
                try:
                    self._backend.write_decision(record)
                except Exception as exc:
                    model.decision_failed(record.key, notice_for(exc))
                    if isinstance(exc, LeaseExpired):
                        model.lease_lost(item_id, LeaseLoss.EXPIRED)
                    raise
                model.decision_recorded(record.key)
                return record.key
        finally:
            self._emit(SessionChanged())

    def withdraw(self, key: uuid.UUID) -> bool:
        """Undo the decision ``key`` while it is held (not a key press); False when too late."""
        with self._lock:
            model = self._model
            if model is None or not model.withdraw(key):
                return False
            try:
                done = self._backend.withdraw_decision(key)
            except StorageError:
                done = False
            if done:
                model.undo_applied(key)
            else:
                model.undo_failed(key)
        self._emit(SessionChanged())
        return done

    def record_cluster(
        self, anchor: int, item_ids: Sequence[int], verdict: Verdict, write: Callable[[uuid.UUID], None]
    ) -> uuid.UUID:
        """Record a cluster decision taken from listing ``anchor``: ``write(key)`` commits it to the
        outbox (raising leaves the session unchanged); then the session's listings it covers are
        decided under that key, and Z undoes it like any decision."""
        key = uuid.uuid4()
        try:
            with self._lock:
                if self._model is not None and self._model.decide_blocked():
                    raise AlreadyDecided("A decision is being written.")
                write(key)
                if self._model is not None:
                    self._model.cluster_recorded(key, anchor, item_ids, verdict)
                return key
        finally:
            self._emit(SessionChanged())

    def cluster_refused(
        self, key: uuid.UUID, item_ids: Sequence[int], refusal: Refusal, still_leased: Callable[[int], bool]
    ) -> None:
        """The server refused the cluster decision ``key``: nothing of it was recorded. Listings
        whose lease the desk still holds come back ready, with the refusal."""

        def refuse(model: ReviewSessionModel) -> list[Effect]:
            effects: list[Effect] = []
            for item_id in item_ids:
                effects += model.decision_refused(key, item_id, refusal, still_leased(item_id))
            return effects

        self._run(refuse)

    def skip(self, item_id: int) -> None:
        """Give a ready listing back (not a key press). Raises NotLeased when it is not one."""
        with self._lock:
            model = self._model
            entry = model.entry(item_id) if model else None
            if entry is None or entry.state != ItemState.READY:
                raise NotLeased(f"Item {item_id} is not leased to you.")
        self._run(lambda m: m.give_back(item_id))

    # --- what the sync reports (any thread) --------------------------------------------------------

    def items_ready(self, queue_id: str, item_ids: Sequence[int]) -> None:
        self._run(lambda m: m.add_ready(item_ids) if m.queue_id == queue_id else [])

    def lease_lost(self, item_id: int, loss: LeaseLoss) -> None:
        self._run(lambda m: m.lease_lost(item_id, loss))

    def decision_sent(self, key: uuid.UUID) -> None:
        self._run(lambda m: m.decision_sent(key))

    def decision_refused(self, key: uuid.UUID, item_id: int, refusal: Refusal, still_leased: bool) -> None:
        self._run(lambda m: m.decision_refused(key, item_id, refusal, still_leased))

    # --- internals ----------------------------------------------------------------------------------

    def _run(self, step: Callable[[ReviewSessionModel], list[Effect]]) -> list[Feedback]:
        with self._lock:
            model = self._model
            if model is None:
                return []
            before = model.version
            feedback = self._carry_out(model, step(model))
            changed = model.version != before
        if changed:
            self._emit(SessionChanged())
        return feedback

    def _carry_out(self, model: ReviewSessionModel, effects: list[Effect]) -> list[Feedback]:
        feedback: list[Feedback] = []
        for effect in effects:
            match effect:
                case RecordDecision():
                    feedback += self._carry_out(model, self._record(model, effect))
                case WithdrawDecision(key=key):
                    try:
                        withdrawn = self._backend.withdraw_decision(key)
                    except StorageError:
                        model.undo_failed(key)
                        feedback.append(Notice(MSG_UNDO_DISK, context=_CONTEXT))
                        continue
                    if withdrawn:
                        feedback += self._carry_out(model, model.undo_applied(key))
                    else:
                        feedback += self._carry_out(model, model.undo_failed(key))
                case GiveBack(item_id=item_id):
                    self._backend.give_back([item_id])
                case Notice() | ShowSheet() | FocusNote() | ShowPreview() | OpenCluster():
                    feedback.append(effect)
        return feedback

    def _record(self, model: ReviewSessionModel, record: RecordDecision) -> list[Effect]:
        try:
            self._backend.write_decision(record)
        except Exception as exc:  # every failure: the listing stays ready, with the reason on screen
            log.info("Decision on item %s not recorded: %s", record.item_id, type(exc).__name__)
            effects = model.decision_failed(record.key, notice_for(exc))
            if isinstance(exc, LeaseExpired):
                effects += model.lease_lost(record.item_id, LeaseLoss.EXPIRED)
            return effects
        return model.decision_recorded(record.key)
