"""The review session: the one owner of which listings are on the desk, in what order, in what
state, and which one is on screen. No Qt, no I/O.

Every listing of the session is an :class:`Entry` in one ordered list, in one of these states:

- ``READY``: leased, prefetched, undecided: the only state that can be decided;
- ``DECIDING``: its decision is being written to the outbox (a key press is being carried out);
- ``DECIDED_UNSENT``: decided, waiting in the outbox (undoable during the send hold);
- ``SENT``: the server applied the decision;
- ``REFUSED``: the server refused the decision and the desk holds no lease on the listing;
- ``LEASE_LOST``: the lease expired or was taken; nothing can be decided on it any more.

The screen renders :meth:`ReviewSessionModel.view` and sends key presses with the id of the
listing it shows (:meth:`ReviewSessionModel.press`); a decision is only ever recorded for that
id, and a key that arrives after the session moved on (the screen has not caught up yet) is
dropped with a hint. A listing in a final state (sent, refused, lease lost) stays on screen, with
what happened to it, until the moderator moves on; then it leaves the session.

Handlers return effects (:data:`Effect`) that the caller carries out, then it reports back
(``decision_recorded``, ``undo_applied``...). Time comes from the injected monotonic clock.

Keys: A approves. R opens reason choice, digits toggle reasons, Enter confirms, Esc cancels. E
opens target choice (preselected when there is one), a digit picks, Enter confirms. M writes a
note (Enter or Esc leave the field and keep it; clearing the field discards it). S gives the
listing back. N/P move. Z undoes the last decision while it is held in the outbox. C opens the
cluster view of the listing shown; a cluster decision taken there decides every member of the
session it covers at once, under one key, and Z undoes it like any decision.

Notices (DSA): a decision carries the ids of the notices shown with the listing. U marks a notice
manifestly unfounded (with several, digits choose which and Enter or Esc return); the marks go with
an approval only. While choosing reasons, T asks for the statement of reasons to preview.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from moderator_app.core.decision_rules import SEND_HOLD_S
from moderator_app.core.i18n import translate_noop
from moderator_app.core.keymap import OPTION_ACTIONS, ActionId, option_number
from moderator_app.core.schema import MAX_NOTE_CHARS, Action
from moderator_app.core.session_types import (
    FINAL_STATES,
    Effect,
    Entry,
    FocusNote,
    GiveBack,
    ItemState,
    LeaseLoss,
    Mode,
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

logger = logging.getLogger(__name__)

# A second press of the same deciding key this soon after it moved to the next listing is a bounce,
# not a decision on a listing nobody has looked at yet (Qt's auto-repeat is off, bounces are not).
REPEAT_GUARD_S = 0.15
MAX_TIME_SPENT_MS = 24 * 3600 * 1000  # the API's bound on DecisionRequest.time_spent_ms
_CONTEXT = "ReviewState"


MSG_NO_REASON = translate_noop(_CONTEXT, "Choose at least one reason: press its number, then Enter.")
MSG_NO_TARGET = translate_noop(_CONTEXT, "Choose where to escalate: press its number, then Enter.")
MSG_NO_REASON_CODES = translate_noop(_CONTEXT, "This queue has no reason codes to reject with.")
MSG_NO_TARGETS = translate_noop(_CONTEXT, "This queue has no escalation target.")
MSG_NOTHING_TO_UNDO = translate_noop(_CONTEXT, "There is no decision to undo.")
MSG_UNDO_TOO_LATE = translate_noop(_CONTEXT, "Too late to undo: the decision has already been sent.")
MSG_UNDONE = translate_noop(_CONTEXT, "Decision undone.")
MSG_NOTE_TOO_LONG = translate_noop(_CONTEXT, "Notes are limited to 2000 characters; the rest was cut.")
MSG_SCREEN_CHANGED = translate_noop(
    _CONTEXT, "The listing on screen was changing: that key did nothing. Look, then press it again."
)
MSG_BOUNCE = translate_noop(_CONTEXT, "The same key twice in a row: the second press was ignored.")
MSG_ALREADY_DECIDED = translate_noop(
    _CONTEXT, "This listing is already decided. Z undoes the decision while it waits to be sent."
)
MSG_DECISION_SENT = translate_noop(_CONTEXT, "This listing's decision has been sent; it cannot change.")
MSG_LEASE_LOST = translate_noop(
    _CONTEXT,
    "This listing is no longer leased to you: nothing can be decided on it. Press N for the next one.",
)
MSG_REFUSED = translate_noop(
    _CONTEXT,
    "The server refused this listing's decision and it is no longer leased to you. Press N for the next one.",
)
MSG_NOTHING_SHOWN = translate_noop(_CONTEXT, "No listing is on screen.")
MSG_NO_NOTICES = translate_noop(_CONTEXT, "This listing has no notice to mark.")
MSG_PREVIEW_NEEDS_REASON = translate_noop(
    _CONTEXT, "Choose at least one reason first: the statement is written from the reasons."
)

_DECIDING_ACTIONS = frozenset(
    {
        ActionId.APPROVE,
        ActionId.REJECT,
        ActionId.ESCALATE,
        ActionId.SKIP,
        ActionId.NOTE,
        ActionId.UNFOUNDED,
        ActionId.CLUSTER,
    }
)
_NOT_DECIDABLE = {
    ItemState.DECIDING: MSG_ALREADY_DECIDED,
    ItemState.DECIDED_UNSENT: MSG_ALREADY_DECIDED,
    ItemState.SENT: MSG_DECISION_SENT,
    ItemState.LEASE_LOST: MSG_LEASE_LOST,
    ItemState.REFUSED: MSG_REFUSED,
}


@dataclass(frozen=True)
class _LastDecision:
    key: uuid.UUID
    item_id: int
    held_until: float  # clock time: the end of its send hold, which is its undo window


class ReviewSessionModel:
    """The review session of one queue (see the module docstring). Not thread-safe: its owner locks.

    ``clock`` returns monotonic seconds; ``hold_s`` is the send hold, the undo window;
    ``notices_of`` gives the ids of the notices shown with a listing (oldest first).
    """

    def __init__(
        self,
        queue_id: str | None,
        reason_codes: Sequence[str],
        escalation_targets: Sequence[str],
        clock: Callable[[], float],
        *,
        hold_s: float = SEND_HOLD_S,
        new_key: Callable[[], uuid.UUID] = uuid.uuid4,
        repeat_guard_s: float = REPEAT_GUARD_S,
        notices_of: Callable[[int], tuple[int, ...]] = lambda _item_id: (),
    ):
        self.queue_id = queue_id
        self.reason_codes = tuple(reason_codes)
        self.escalation_targets = tuple(escalation_targets)
        self._clock = clock
        self._hold_s = hold_s
        self._new_key = new_key
        self._repeat_guard_s = repeat_guard_s
        self._entries: list[Entry] = []
        self._current: int | None = None  # item id on screen; None: waiting for listings
        self.mode = Mode.BROWSING
        self._mode_before_note = Mode.BROWSING
        self._selected_reasons: set[int] = set()
        self._selected_target: int | None = None
        self._notes: dict[int, str] = {}
        self._notices_of = notices_of
        self._unfounded: dict[int, set[int]] = {}  # item id -> notice ids marked manifestly unfounded
        self._refusals: dict[int, Refusal] = {}  # refused decisions, shown if the listing comes back
        self._last: _LastDecision | None = None
        self._advanced_by: tuple[ActionId, float] | None = None  # (key, clock) of the last auto-advance
        self._deciding_by: ActionId | None = None
        self._spent: dict[int, float] = {}
        self._active = True
        self._timing_since: float | None = None
        self.version = 0

    # --- what the screen reads -------------------------------------------------------------

    def view(self) -> SessionView:
        current = self._entry(self._current)
        ready = [e.item_id for e in self._entries if e.state == ItemState.READY]
        position = ready.index(current.item_id) + 1 if current and current.state == ItemState.READY else None
        return SessionView(
            version=self.version,
            queue_id=self.queue_id,
            entries=tuple(self._entries),
            current=current,
            mode=self.mode,
            reason_codes=self.reason_codes,
            escalation_targets=self.escalation_targets,
            selected_reasons=self.selected_reasons,
            selected_target=self.selected_target,
            note=self.note,
            ready_count=len(ready),
            position=position,
            handling_s=self.handling_ms(self._current) / 1000 if self._current is not None else 0.0,
            undo_left_s=self.undo_left_s(),
            enabled=self.enabled_actions(),
            notice_ids=self.notice_ids(self._current),
            unfounded=self.unfounded(self._current),
        )

    @property
    def current_id(self) -> int | None:
        return self._current

    def entry(self, item_id: int | None) -> Entry | None:
        return self._entry(item_id)

    def item_ids(self) -> tuple[int, ...]:
        return tuple(e.item_id for e in self._entries)

    @property
    def selected_reasons(self) -> tuple[str, ...]:
        return tuple(self.reason_codes[i] for i in sorted(self._selected_reasons))

    @property
    def selected_target(self) -> str | None:
        return None if self._selected_target is None else self.escalation_targets[self._selected_target]

    @property
    def note(self) -> str:
        return self._notes.get(self._current, "") if self._current is not None else ""

    def notice_ids(self, item_id: int | None) -> tuple[int, ...]:
        return self._notices_of(item_id) if item_id is not None else ()

    def unfounded(self, item_id: int | None) -> tuple[int, ...]:
        """The listing's notices marked manifestly unfounded, in the notices' order."""
        marked = self._unfounded.get(item_id, set()) if item_id is not None else set()
        return tuple(n for n in self.notice_ids(item_id) if n in marked)

    def handling_ms(self, item_id: int | None) -> int:
        """Time the listing has been on screen while the app was active, in milliseconds."""
        if item_id is None:
            return 0
        seconds = self._spent.get(item_id, 0.0)
        if item_id == self._current and self._timing_since is not None:
            seconds += self._clock() - self._timing_since
        return min(MAX_TIME_SPENT_MS, round(seconds * 1000))

    def undo_left_s(self) -> float | None:
        last = self._last
        if last is None:
            return None
        entry = self._entry(last.item_id)
        if entry is None or entry.key != last.key or entry.state != ItemState.DECIDED_UNSENT:
            return None
        left = last.held_until - self._clock()
        return left if left > 0 else None

    def enabled_actions(self) -> frozenset[ActionId]:
        """The keymap actions that mean something now; the decision bar enables their buttons."""
        if self._writing():
            return frozenset()
        decidable = self._is_ready(self._current)
        match self.mode:
            case Mode.BROWSING:
                moving = {ActionId.NEXT, ActionId.PREVIOUS, ActionId.SHORTCUT_SHEET}
                if self.undo_left_s() is not None:
                    moving.add(ActionId.UNDO)
                deciding = set(_DECIDING_ACTIONS) if decidable else set()
                if not self.notice_ids(self._current):
                    deciding.discard(ActionId.UNFOUNDED)
                return frozenset(moving | deciding)
            case Mode.CHOOSING_REASONS | Mode.CHOOSING_ESCALATION:
                count = len(
                    self.reason_codes if self.mode == Mode.CHOOSING_REASONS else self.escalation_targets
                )
                options = set(OPTION_ACTIONS[:count])
                if self.mode == Mode.CHOOSING_REASONS:
                    options.add(ActionId.STATEMENT_PREVIEW)
                return frozenset(
                    options | {ActionId.CONFIRM, ActionId.CANCEL, ActionId.NOTE, ActionId.SHORTCUT_SHEET}
                )
            case Mode.MARKING_NOTICES:
                count = len(self.notice_ids(self._current))
                return frozenset(
                    set(OPTION_ACTIONS[:count])
                    | {ActionId.UNFOUNDED, ActionId.CONFIRM, ActionId.CANCEL, ActionId.SHORTCUT_SHEET}
                )
            case Mode.NOTE_EDITING:
                return frozenset({ActionId.CONFIRM, ActionId.CANCEL})

    # --- the moderator's intents -----------------------------------------------------------------

    def press(self, action: ActionId, shown: int | None) -> list[Effect]:
        """A key (or button) pressed while the screen showed listing ``shown`` (None: no listing).

        A press made on a listing that is no longer the current one is dropped with a hint: the
        screen had not caught up with the session, and a key must never act on another listing.
        """
        if self._writing():
            return []  # a decision is being written: nothing else may happen until it is
        if action == ActionId.SHORTCUT_SHEET:
            return [] if self.mode == Mode.NOTE_EDITING else [ShowSheet()]
        if action == ActionId.UNDO and self.mode == Mode.BROWSING:
            # Undo acts on the last decision, whatever the screen shows (it then shows that listing):
            # pressed right after a decision, before the next listing is painted, it still works.
            return self._changed(self._undo())
        if shown != self._current:
            return self._changed([Notice(MSG_SCREEN_CHANGED)])
        if action == ActionId.UNFOUNDED and self.mode == Mode.BROWSING and not self.notice_ids(self._current):
            return [Notice(MSG_NO_NOTICES, self._current)] if self._current is not None else []
        if self.mode == Mode.BROWSING and action in _DECIDING_ACTIONS and not self._is_ready(self._current):
            entry = self._entry(self._current)
            return (
                [Notice(_NOT_DECIDABLE[entry.state], entry.item_id)] if entry else [Notice(MSG_NOTHING_SHOWN)]
            )
        if action not in self.enabled_actions():
            return []
        number = option_number(action)
        if number is not None:
            return self._changed(self._toggle(number))
        handlers: dict[ActionId, Callable[[], list[Effect]]] = {
            ActionId.APPROVE: self._approve,
            ActionId.REJECT: self._reject_start,
            ActionId.ESCALATE: self._escalate_start,
            ActionId.SKIP: self._skip,
            ActionId.NEXT: lambda: self._step(+1),
            ActionId.PREVIOUS: lambda: self._step(-1),
            ActionId.NOTE: self._note_start,
            ActionId.CLUSTER: self._open_cluster,
            ActionId.CONFIRM: self._confirm,
            ActionId.CANCEL: self._cancel,
            ActionId.UNFOUNDED: self._unfounded_start,
            ActionId.STATEMENT_PREVIEW: self._preview,
        }
        return self._changed(handlers[action]())

    def note_edited(self, text: str, shown: int | None) -> list[Effect]:
        """The note field's text for listing ``shown``: kept as its draft (cut at MAX_NOTE_CHARS).

        Clearing the field is the explicit way to discard a note.
        """
        if shown is None or shown != self._current or not self._is_ready(shown):
            return []
        if self.mode != Mode.NOTE_EDITING:
            self._enter_note()
        self._notes[shown] = text[:MAX_NOTE_CHARS]
        self._bump()
        return [Notice(MSG_NOTE_TOO_LONG, shown)] if len(text) > MAX_NOTE_CHARS else []

    def note_focused(self, shown: int | None) -> list[Effect]:
        """The moderator clicked into the note field."""
        if shown != self._current or not self._is_ready(shown) or self.mode == Mode.NOTE_EDITING:
            return []
        self._enter_note()
        return self._changed([])

    def decide(self, item_id: int, verdict: Verdict, note: str | None = None) -> list[Effect]:
        """Decide a ready listing of the session, wherever it is (not a key press: the desk's API).

        Returns the RecordDecision to carry out, or nothing when the listing cannot be decided.
        """
        entry = self._entry(item_id)
        if entry is None or entry.state != ItemState.READY or self._writing():
            return []
        if note is not None:
            self._notes[item_id] = note  # not cut: the desk refuses a note over the limit, clearly
        return self._changed([self._decide(entry, verdict, None)])

    def withdraw(self, key: uuid.UUID) -> list[Effect]:
        """Undo the decision ``key`` if it is still held (the desk's API; Z undoes the last one)."""
        entry = self._by_key(key)
        last = self._last
        if entry is None or last is None or last.key != key or self.undo_left_s() is None:
            return []
        return [WithdrawDecision(key, entry.item_id)]

    def give_back(self, item_id: int) -> list[Effect]:
        """Skip a ready listing of the session, wherever it is (the desk's API; S skips the one shown)."""
        if not self._is_ready(item_id):
            return []
        if item_id == self._current:
            self._pause_timing()
            self._advance_from(item_id, include_start=False)
        self._remove(item_id)
        return self._changed([GiveBack(item_id)])

    def set_active(self, active: bool) -> None:
        """The app became visible and in use (True) or hidden/idle (False); idle time is not counted."""
        if active and not self._active:
            self._active = True
            self._resume_timing()
        elif not active and self._active:
            self._pause_timing()
            self._active = False

    # --- results of the caller's work ---------------------------------------------------------

    def decision_recorded(self, key: uuid.UUID) -> list[Effect]:
        """The decision ``key`` is in the outbox: its listing is decided; show the next ready one."""
        entry = self._by_key(key)
        if entry is None or entry.state != ItemState.DECIDING:
            logger.warning("decision_recorded for a decision not being written; ignored")
            return []
        self._replace(entry, state=ItemState.DECIDED_UNSENT)
        self._refusals.pop(entry.item_id, None)
        self._notes.pop(entry.item_id, None)
        self._unfounded.pop(entry.item_id, None)
        self._last = _LastDecision(key, entry.item_id, self._clock() + self._hold_s)
        if entry.item_id == self._current:
            self.mode = Mode.BROWSING
            self._clear_choice()
            self._advance_from(entry.item_id, include_start=False)
            if self._deciding_by is not None:
                self._advanced_by = (self._deciding_by, self._clock())
        return self._changed([])

    def decision_failed(self, key: uuid.UUID, notice: Notice) -> list[Effect]:
        """The decision could not be written: the listing stays ready, on screen, with the reason."""
        entry = self._by_key(key)
        if entry is None or entry.state != ItemState.DECIDING:
            return []
        self._replace(entry, state=ItemState.READY, verdict=None, key=None)
        if entry.item_id == self._current:
            self.mode = Mode.BROWSING
            self._clear_choice()
            self._resume_timing()
        return self._changed([dataclasses.replace(notice, about=entry.item_id)])

    def cluster_recorded(
        self, key: uuid.UUID, anchor: int, item_ids: Sequence[int], verdict: Verdict
    ) -> list[Effect]:
        """A cluster decision ``key``, taken from listing ``anchor``, is in the outbox: every ready
        listing of the session it covers is decided under that one key; Z undoes them together."""
        covered = set(item_ids)
        for entry in list(self._entries):
            if entry.item_id in covered and entry.state == ItemState.READY:
                self._replace(entry, state=ItemState.DECIDED_UNSENT, verdict=verdict, key=key)
                self._notes.pop(entry.item_id, None)
                self._refusals.pop(entry.item_id, None)
        self._last = _LastDecision(key, anchor, self._clock() + self._hold_s)
        if self._current in covered:
            self.mode = Mode.BROWSING
            self._clear_choice()
            self._pause_timing()
            self._advance_from(self._current, include_start=False)
        return self._changed([])

    def undo_applied(self, key: uuid.UUID) -> list[Effect]:
        """The decision ``key`` left the outbox: its listings are ready again; the one it was taken
        from (a cluster decision's anchor) is shown."""
        entries = [e for e in self._entries if e.key == key and e.state == ItemState.DECIDED_UNSENT]
        if not entries:
            return []
        last = self._last
        shown = last.item_id if last is not None and last.key == key else entries[0].item_id
        self._last = None
        for entry in entries:
            self._replace(entry, state=ItemState.READY, verdict=None, key=None)
        self._go_to(shown if self._is_ready(shown) else entries[0].item_id)
        return self._changed([Notice(MSG_UNDONE, shown)])

    def undo_failed(self, key: uuid.UUID) -> list[Effect]:
        """The decision ``key`` could not be withdrawn: it is on its way to the server."""
        if self._last is not None and self._last.key == key:
            self._last = None
        return self._changed([Notice(MSG_UNDO_TOO_LATE)])

    # --- what the sync reports -------------------------------------------------------------------

    def add_ready(self, item_ids: Sequence[int]) -> list[Effect]:
        """Listings leased and prefetched for this session; new ones join the end, in this order.

        A listing whose earlier decision was refused comes back right after the one on screen,
        with the refusal to show. When the moderator was waiting, the first new one is shown.
        """
        added: list[int] = []
        for item_id in dict.fromkeys(item_ids):
            entry = self._entry(item_id)
            refusal = self._refusals.get(item_id)
            if entry is None:
                new = Entry(item_id, ItemState.READY, refusal=refusal)
                if refusal is not None:
                    self._insert_after_current(new)
                else:
                    self._entries.append(new)
                added.append(item_id)
            elif entry.state in (ItemState.LEASE_LOST, ItemState.REFUSED):
                self._replace(
                    entry, state=ItemState.READY, verdict=None, key=None, loss=None, refusal=refusal
                )
                added.append(item_id)
        if not added:
            return []
        if self._current is None and self.mode == Mode.BROWSING:
            self._go_to(added[0])
        return self._changed([])

    def restore_decided(self, item_id: int, key: uuid.UUID, verdict: Verdict) -> None:
        """A decision found unsent in the outbox when the session opens (no undo for it)."""
        entry = self._entry(item_id)
        if entry is None:
            self._entries.append(Entry(item_id, ItemState.DECIDED_UNSENT, verdict, key))
        elif entry.state != ItemState.DECIDING:
            self._replace(entry, state=ItemState.DECIDED_UNSENT, verdict=verdict, key=key)
        self._bump()

    def lease_lost(self, item_id: int, loss: LeaseLoss) -> list[Effect]:
        """The listing's lease is gone. A ready listing cannot be decided any more; a decided one
        waits for the server's answer to its decision."""
        entry = self._entry(item_id)
        if entry is None or entry.state != ItemState.READY:
            return []
        self._replace(entry, state=ItemState.LEASE_LOST, loss=loss)
        if item_id == self._current:
            self._pause_timing()
            self.mode = Mode.BROWSING
            self._clear_choice()
        else:
            self._remove(item_id)
        return self._changed([])

    def decision_sent(self, key: uuid.UUID) -> list[Effect]:
        """The server applied the decision ``key`` (every listing it covers)."""
        entries = [e for e in self._entries if e.key == key]
        if not entries:
            return []
        if self._last is not None and self._last.key == key:
            self._last = None
        for entry in entries:
            self._replace(entry, state=ItemState.SENT)
            if entry.item_id != self._current:
                self._remove(entry.item_id)
        return self._changed([])

    def decision_refused(
        self, key: uuid.UUID, item_id: int, refusal: Refusal, still_leased: bool
    ) -> list[Effect]:
        """The server refused the decision ``key``. With a (new) lease still held, the listing comes
        back ready, right after the one on screen, with the refusal; without one it is final."""
        self._refusals[item_id] = refusal
        if self._last is not None and self._last.key == key:
            self._last = None
        entry = self._entry(item_id)
        if entry is None or entry.key != key:
            return []
        if still_leased:
            self._remove(item_id)
            return self.add_ready([item_id])
        self._replace(entry, state=ItemState.REFUSED, refusal=refusal)
        if item_id != self._current:
            self._remove(item_id)
        return self._changed([])

    def decide_blocked(self) -> bool:
        """A decision is being written now: no other may start."""
        return self._writing()

    def ready_ids(self) -> list[int]:
        return [e.item_id for e in self._entries if e.state == ItemState.READY]

    # --- moderator events ------------------------------------------------------------------------

    def _approve(self) -> list[Effect]:
        if self._is_bounce(ActionId.APPROVE):
            return [Notice(MSG_BOUNCE)]
        return [self._decide_current(Verdict(Action.approve), ActionId.APPROVE)]

    def _reject_start(self) -> list[Effect]:
        if not self.reason_codes:
            return [Notice(MSG_NO_REASON_CODES, self._current)]
        self.mode = Mode.CHOOSING_REASONS
        self._selected_reasons.clear()
        return []

    def _escalate_start(self) -> list[Effect]:
        if not self.escalation_targets:
            return [Notice(MSG_NO_TARGETS, self._current)]
        self.mode = Mode.CHOOSING_ESCALATION
        self._selected_target = 0 if len(self.escalation_targets) == 1 else None
        return []

    def _unfounded_start(self) -> list[Effect]:
        item_id = self._current
        assert item_id is not None
        ids = self.notice_ids(item_id)
        if self.mode == Mode.MARKING_NOTICES:
            self.mode = Mode.BROWSING
        elif len(ids) == 1:
            self._unfounded[item_id] = set(ids) - self._unfounded.get(item_id, set())
        else:
            self.mode = Mode.MARKING_NOTICES
        return []

    def _preview(self) -> list[Effect]:
        if self._current is None:
            return []
        if not self._selected_reasons:
            return [Notice(MSG_PREVIEW_NEEDS_REASON, self._current)]
        return [ShowPreview(self._current, self.selected_reasons)]

    def _toggle(self, number: int) -> list[Effect]:
        if self.mode == Mode.MARKING_NOTICES and self._current is not None:
            ids = self.notice_ids(self._current)
            if 1 <= number <= len(ids):
                self._unfounded.setdefault(self._current, set()).symmetric_difference_update({ids[number - 1]})
        elif self.mode == Mode.CHOOSING_REASONS and 1 <= number <= len(self.reason_codes):
            self._selected_reasons ^= {number - 1}
        elif self.mode == Mode.CHOOSING_ESCALATION and 1 <= number <= len(self.escalation_targets):
            self._selected_target = number - 1
        return []

    def _confirm(self) -> list[Effect]:
        match self.mode:
            case Mode.CHOOSING_REASONS:
                if not self._selected_reasons:
                    return [Notice(MSG_NO_REASON, self._current)]
                return [self._decide_current(Verdict(Action.reject, self.selected_reasons), ActionId.CONFIRM)]
            case Mode.CHOOSING_ESCALATION:
                if self._selected_target is None:
                    return [Notice(MSG_NO_TARGET, self._current)]
                return [
                    self._decide_current(Verdict(Action.escalate, (), self.selected_target), ActionId.CONFIRM)
                ]
            case Mode.NOTE_EDITING:
                self.mode = self._mode_before_note
            case Mode.MARKING_NOTICES:
                self.mode = Mode.BROWSING  # the marks stay: they go with the approval
        return []

    def _cancel(self) -> list[Effect]:
        match self.mode:
            case Mode.MARKING_NOTICES:
                self.mode = Mode.BROWSING
            case Mode.CHOOSING_REASONS | Mode.CHOOSING_ESCALATION:
                self._clear_choice()
                self.mode = Mode.BROWSING
            case Mode.NOTE_EDITING:
                # Leaving the field keeps the note: the text the moderator sees is the note that goes.
                self.mode = self._mode_before_note
        return []

    def _open_cluster(self) -> list[Effect]:
        assert self._current is not None
        return [OpenCluster(self._current)]

    def _note_start(self) -> list[Effect]:
        self._enter_note()
        return [FocusNote()]

    def _enter_note(self) -> None:
        self._mode_before_note = self.mode if self.mode != Mode.NOTE_EDITING else Mode.BROWSING
        self.mode = Mode.NOTE_EDITING

    def _skip(self) -> list[Effect]:
        if self._is_bounce(ActionId.SKIP):
            return [Notice(MSG_BOUNCE)]
        item_id = self._current
        assert item_id is not None
        self._pause_timing()
        self._advance_from(item_id, include_start=False)
        self._remove(item_id)
        self._advanced_by = (ActionId.SKIP, self._clock())
        return [GiveBack(item_id)]

    def _undo(self) -> list[Effect]:
        last = self._last
        if last is None:
            return [Notice(MSG_NOTHING_TO_UNDO)]
        if self.undo_left_s() is None:
            self._last = None
            return [Notice(MSG_UNDO_TOO_LATE)]
        return [WithdrawDecision(last.key, last.item_id)]

    def _step(self, delta: int) -> list[Effect]:
        if self.mode != Mode.BROWSING or not self._entries:
            return []
        ids = [e.item_id for e in self._entries]
        if self._current is None:
            target = len(ids) - 1 if delta < 0 else None  # back from the empty screen: the last listing
        else:
            index = ids.index(self._current) + delta
            target = index if 0 <= index < len(ids) else None
        if target is None:
            return []
        self._advanced_by = None  # the moderator chose this listing: no bounce to guard against
        self._go_to(ids[target])
        return []

    # --- internals ----------------------------------------------------------------------------------

    def _decide_current(self, verdict: Verdict, event: ActionId) -> RecordDecision:
        entry = self._entry(self._current)
        assert entry is not None and entry.state == ItemState.READY
        return self._decide(entry, verdict, event)

    def _decide(self, entry: Entry, verdict: Verdict, event: ActionId | None) -> RecordDecision:
        if entry.item_id == self._current:
            self._pause_timing()
        key = self._new_key()
        self._replace(entry, state=ItemState.DECIDING, verdict=verdict, key=key)
        self._deciding_by = event
        spent = self.handling_ms(entry.item_id)
        shown = self.notice_ids(entry.item_id)
        unfounded = self.unfounded(entry.item_id) if verdict.action == Action.approve else ()
        return RecordDecision(
            key, entry.item_id, verdict, self._notes.get(entry.item_id, ""), spent, shown, unfounded
        )

    def _is_bounce(self, event: ActionId) -> bool:
        if self._advanced_by is None:
            return False
        previous, at = self._advanced_by
        return previous == event and self._clock() - at < self._repeat_guard_s

    def _writing(self) -> bool:
        return any(e.state == ItemState.DECIDING for e in self._entries)

    def _is_ready(self, item_id: int | None) -> bool:
        entry = self._entry(item_id)
        return entry is not None and entry.state == ItemState.READY

    def _changed(self, effects: list[Effect]) -> list[Effect]:
        self._bump()
        return effects

    def _bump(self) -> None:
        self.version += 1

    def _entry(self, item_id: int | None) -> Entry | None:
        if item_id is None:
            return None
        for entry in self._entries:
            if entry.item_id == item_id:
                return entry
        return None

    def _by_key(self, key: uuid.UUID) -> Entry | None:
        return next((e for e in self._entries if e.key == key), None)

    def _replace(self, entry: Entry, **changes: object) -> Entry:
        new = dataclasses.replace(entry, **changes)  # type: ignore[arg-type]
        self._entries[self._entries.index(entry)] = new
        return new

    def _insert_after_current(self, entry: Entry) -> None:
        ids = [e.item_id for e in self._entries]
        position = ids.index(self._current) + 1 if self._current in ids else len(ids)
        self._entries.insert(position, entry)

    def _clear_choice(self) -> None:
        self._selected_reasons.clear()
        self._selected_target = None

    def _go_to(self, item_id: int | None) -> None:
        """Put ``item_id`` on screen; a listing in a final state that the moderator leaves goes."""
        previous = self._current
        if previous == item_id:
            return
        self._pause_timing()
        self._current = item_id
        self.mode = Mode.BROWSING
        self._clear_choice()
        left = self._entry(previous)
        if left is not None and left.state in FINAL_STATES:
            self._remove(left.item_id)
        self._resume_timing()

    def _advance_from(self, item_id: int, include_start: bool) -> None:
        """Show the next ready listing after ``item_id`` (wrapping), or wait for more."""
        ids = [e.item_id for e in self._entries]
        start = ids.index(item_id) if item_id in ids else -1
        count = len(ids)
        for offset in range(0 if include_start else 1, count + 1):
            candidate = self._entries[(start + offset) % count] if count else None
            if candidate is not None and candidate.state == ItemState.READY and candidate.item_id != item_id:
                self._go_to(candidate.item_id)
                return
        self._go_to(None)

    def _remove(self, item_id: int) -> None:
        entry = self._entry(item_id)
        if entry is None:
            return
        self._entries.remove(entry)
        self._notes.pop(item_id, None)
        self._unfounded.pop(item_id, None)
        if self._current == item_id:
            self._current = None
            self._timing_since = None

    def _pause_timing(self) -> None:
        item = self._current
        if self._timing_since is not None and item is not None:
            self._spent[item] = self._spent.get(item, 0.0) + self._clock() - self._timing_since
        self._timing_since = None

    def _resume_timing(self) -> None:
        if self._active and self._is_ready(self._current) and self._timing_since is None:
            self._timing_since = self._clock()
