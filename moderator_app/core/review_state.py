"""The review screen's state machine: which keys mean what now, and what the caller must do.

Every handler checks the state before it acts (Anki's reviewer habit), so a double key press
never decides twice: while a decision is being written (``DECIDING``) and on an item already
decided, approve/reject/escalate are ignored; and the same deciding key pressed again within
``REPEAT_GUARD_S`` of moving on (a bounce) does not decide the next, unseen listing.

Handlers return commands (``RecordDecision``, ``Navigate``, ``Undo``...) that the caller
carries out, then it reports back (``decision_recorded``, ``undo_applied``...). The machine
also times each item: the time it was on screen while the app was active. The clock is
injected, so tests drive time by hand.

Flow: A approves. R opens reason choice, digits toggle reasons, Enter confirms, Esc cancels.
E opens target choice (preselected when there is one), a digit picks, Enter confirms. Z undoes
the last decision within ``UNDO_WINDOW_S`` seconds while the caller says it is unsent. No Qt.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from moderator_app.core.i18n import translate_noop
from moderator_app.core.keymap import OPTION_ACTIONS, ActionId, option_number
from moderator_app.core.schema import MAX_NOTE_CHARS, Action

logger = logging.getLogger(__name__)

UNDO_WINDOW_S = 5.0
# A second press of the same deciding key this soon after it moved to the next item is a bounce,
# not a decision on a listing nobody has looked at yet (Qt's auto-repeat is off, bounces are not).
REPEAT_GUARD_S = 0.15
MAX_TIME_SPENT_MS = 24 * 3600 * 1000  # the API's bound on DecisionRequest.time_spent_ms
_CONTEXT = "ReviewState"


class ReviewState(StrEnum):
    BROWSING = "browsing"
    CHOOSING_REASONS = "choosing_reasons"
    CHOOSING_ESCALATION = "choosing_escalation"
    NOTE_EDITING = "note_editing"
    DECIDING = "deciding"  # a decision is being written: nothing else may decide
    UNDOING = "undoing"  # an undo is being applied


# --- commands for the caller -----------------------------------------------------------------


@dataclass(frozen=True)
class RecordDecision:
    """Write this decision durably (the outbox), then call ``decision_recorded(key)``."""

    key: uuid.UUID  # the idempotency key
    item_id: int
    action: Action
    reasons: tuple[str, ...]
    target: str | None
    note: str
    time_spent_ms: int


@dataclass(frozen=True)
class Navigate:
    """Show the item at ``index`` of the session's items."""

    index: int
    item_id: int


@dataclass(frozen=True)
class ShowSheet:
    """Show the keyboard shortcut sheet."""


@dataclass(frozen=True)
class Undo:
    """Withdraw the unsent decision ``key``, then call ``undo_applied`` or ``undo_failed``."""

    key: uuid.UUID
    item_id: int


@dataclass(frozen=True)
class SkipItem:
    """Give the item back (release its lease); the session has already dropped it."""

    item_id: int


@dataclass(frozen=True)
class Notice:
    """Tell the moderator something in the status area (English source text, context ReviewState)."""

    text: str


@dataclass(frozen=True)
class QueueExhausted:
    """No undecided item is left in the session: claim more, then call ``add_items``."""


Command = RecordDecision | Navigate | ShowSheet | Undo | SkipItem | Notice | QueueExhausted

MSG_NO_REASON = translate_noop(_CONTEXT, "Choose at least one reason: press its number, then Enter.")
MSG_NO_TARGET = translate_noop(_CONTEXT, "Choose where to escalate: press its number, then Enter.")
MSG_NO_REASON_CODES = translate_noop(_CONTEXT, "This queue has no reason codes to reject with.")
MSG_NO_TARGETS = translate_noop(_CONTEXT, "This queue has no escalation target.")
MSG_NOTHING_TO_UNDO = translate_noop(_CONTEXT, "There is no decision to undo.")
MSG_UNDO_TOO_LATE = translate_noop(_CONTEXT, "Too late to undo: the decision is more than 5 seconds old.")
MSG_UNDO_SENT = translate_noop(_CONTEXT, "Too late to undo: the decision has already been sent.")
MSG_NOTE_TOO_LONG = translate_noop(_CONTEXT, "Notes are limited to 2000 characters; the rest was cut.")


@dataclass(frozen=True)
class _Decision:
    key: uuid.UUID
    item_id: int
    at: float  # clock time of the key press
    event: str  # the event that decided: "approve" or "confirm"


# What can be done to an undecided item on screen.
_ITEM_ACTIONS = frozenset(
    {ActionId.APPROVE, ActionId.REJECT, ActionId.ESCALATE, ActionId.SKIP, ActionId.NOTE}
)


class ReviewSession:
    """The state of one review session over a list of leased items.

    ``clock`` returns monotonic seconds; ``is_unsent(key)`` says whether a recorded decision is
    still in the outbox; ``new_key`` makes idempotency keys. Every event returns the list of
    commands to carry out, in order; an ignored event returns an empty list.
    """

    def __init__(
        self,
        item_ids: Sequence[int],
        reason_codes: Sequence[str],
        escalation_targets: Sequence[str],
        clock: Callable[[], float],
        is_unsent: Callable[[uuid.UUID], bool],
        new_key: Callable[[], uuid.UUID] = uuid.uuid4,
        repeat_guard_s: float = REPEAT_GUARD_S,
    ):
        self._items = list(dict.fromkeys(item_ids))
        self.reason_codes = tuple(reason_codes)
        self.escalation_targets = tuple(escalation_targets)
        self._clock = clock
        self._is_unsent = is_unsent
        self._new_key = new_key
        self._repeat_guard_s = repeat_guard_s
        self._advanced_by: tuple[str, float] | None = None  # (event, clock) of the last auto-advance
        self.state = ReviewState.BROWSING
        self._index: int | None = 0 if self._items else None
        self._decided: set[int] = set()
        self._selected_reasons: set[int] = set()  # 0-based indexes into reason_codes
        self._selected_target: int | None = None
        self._notes: dict[int, str] = {}
        self._note_before_edit = ""
        self._state_before_note = ReviewState.BROWSING
        self._in_flight: _Decision | None = None
        self._last: _Decision | None = None  # the one decision Z may undo
        self._spent: dict[int, float] = {}
        self._active = True
        self._timing_since: float | None = None
        self._resume_timing()

    # --- what the view reads -----------------------------------------------------------------

    @property
    def items(self) -> tuple[int, ...]:
        return tuple(self._items)

    @property
    def current_index(self) -> int | None:
        return self._index

    @property
    def current_item(self) -> int | None:
        return self._items[self._index] if self._index is not None else None

    @property
    def selected_reasons(self) -> tuple[str, ...]:
        """The chosen reason codes, in the queue's order."""
        return tuple(self.reason_codes[i] for i in sorted(self._selected_reasons))

    @property
    def selected_target(self) -> str | None:
        return None if self._selected_target is None else self.escalation_targets[self._selected_target]

    @property
    def note(self) -> str:
        """The note drafted for the current item."""
        return self._notes.get(self.current_item, "") if self.current_item is not None else ""

    def is_decided(self, item_id: int) -> bool:
        return item_id in self._decided

    def handling_ms(self, item_id: int) -> int:
        """Time the item has been on screen while the app was active, in milliseconds."""
        seconds = self._spent.get(item_id, 0.0)
        if item_id == self.current_item and self._timing_since is not None:
            seconds += self._clock() - self._timing_since
        return min(MAX_TIME_SPENT_MS, round(seconds * 1000))

    def enabled_actions(self) -> frozenset[ActionId]:
        """The keymap actions that mean something now; the view binds only their keys."""
        undecided = self.current_item is not None and self.current_item not in self._decided
        match self.state:
            case ReviewState.BROWSING:
                moving = {ActionId.NEXT, ActionId.PREVIOUS, ActionId.UNDO, ActionId.SHORTCUT_SHEET}
                return frozenset(moving | (_ITEM_ACTIONS if undecided else set()))
            case ReviewState.CHOOSING_REASONS | ReviewState.CHOOSING_ESCALATION:
                count = len(
                    self.reason_codes
                    if self.state == ReviewState.CHOOSING_REASONS
                    else self.escalation_targets
                )
                options = set(OPTION_ACTIONS[:count])
                return frozenset(
                    options | {ActionId.CONFIRM, ActionId.CANCEL, ActionId.NOTE, ActionId.SHORTCUT_SHEET}
                )
            case ReviewState.NOTE_EDITING:
                return frozenset({ActionId.CONFIRM, ActionId.CANCEL})
            case _:
                return frozenset()

    # --- keymap dispatch -------------------------------------------------------------------------

    def handle(self, action: ActionId) -> list[Command]:
        """Carry out a keymap action; actions not enabled in this state are ignored."""
        if action not in self.enabled_actions():
            return []
        number = option_number(action)
        if number is not None:
            if self.state == ReviewState.CHOOSING_REASONS:
                return self.toggle_reason(number)
            return self.choose_target(number)
        handlers: dict[ActionId, Callable[[], list[Command]]] = {
            ActionId.APPROVE: self.approve,
            ActionId.REJECT: self.reject_start,
            ActionId.ESCALATE: self.escalate_start,
            ActionId.SKIP: self.skip,
            ActionId.NEXT: self.next,
            ActionId.PREVIOUS: self.prev,
            ActionId.UNDO: self.undo,
            ActionId.SHORTCUT_SHEET: self.show_sheet,
            ActionId.NOTE: self.note_start,
            ActionId.CONFIRM: self.confirm,
            ActionId.CANCEL: self.cancel,
        }
        return handlers[action]()

    # --- moderator events ------------------------------------------------------------------------

    def _can_decide(self) -> bool:
        return self.current_item is not None and self.current_item not in self._decided

    def approve(self) -> list[Command]:
        if self.state != ReviewState.BROWSING or not self._can_decide() or self._is_bounce("approve"):
            return []
        return [self._decide(Action.approve, (), None, "approve")]

    def reject_start(self) -> list[Command]:
        if self.state != ReviewState.BROWSING or not self._can_decide():
            return []
        if not self.reason_codes:
            return [Notice(MSG_NO_REASON_CODES)]
        self.state = ReviewState.CHOOSING_REASONS
        self._selected_reasons.clear()
        return []

    def toggle_reason(self, number: int) -> list[Command]:
        """Toggle the ``number``-th reason (1-based); numbers beyond the queue's reasons are ignored."""
        if self.state != ReviewState.CHOOSING_REASONS or not 1 <= number <= len(self.reason_codes):
            return []
        self._selected_reasons ^= {number - 1}
        return []

    def escalate_start(self) -> list[Command]:
        if self.state != ReviewState.BROWSING or not self._can_decide():
            return []
        if not self.escalation_targets:
            return [Notice(MSG_NO_TARGETS)]
        self.state = ReviewState.CHOOSING_ESCALATION
        self._selected_target = 0 if len(self.escalation_targets) == 1 else None
        return []

    def choose_target(self, number: int) -> list[Command]:
        """Pick the ``number``-th escalation target (1-based); numbers beyond the list are ignored."""
        if self.state != ReviewState.CHOOSING_ESCALATION or not 1 <= number <= len(self.escalation_targets):
            return []
        self._selected_target = number - 1
        return []

    def confirm(self) -> list[Command]:
        match self.state:
            case ReviewState.CHOOSING_REASONS:
                if not self._selected_reasons:
                    return [Notice(MSG_NO_REASON)]
                return [self._decide(Action.reject, self.selected_reasons, None, "confirm")]
            case ReviewState.CHOOSING_ESCALATION:
                if self._selected_target is None:
                    return [Notice(MSG_NO_TARGET)]
                return [self._decide(Action.escalate, (), self.selected_target, "confirm")]
            case ReviewState.NOTE_EDITING:
                self.state = self._state_before_note
                return []
            case _:
                return []

    def cancel(self) -> list[Command]:
        match self.state:
            case ReviewState.CHOOSING_REASONS | ReviewState.CHOOSING_ESCALATION:
                self._clear_choice()
                self.state = ReviewState.BROWSING
            case ReviewState.NOTE_EDITING:
                self._notes[self.current_item] = self._note_before_edit
                self.state = self._state_before_note
        return []

    def note_start(self) -> list[Command]:
        allowed = (ReviewState.BROWSING, ReviewState.CHOOSING_REASONS, ReviewState.CHOOSING_ESCALATION)
        if self.state not in allowed or not self._can_decide():
            return []
        self._state_before_note = self.state
        self._note_before_edit = self.note
        self.state = ReviewState.NOTE_EDITING
        return []

    def note_changed(self, text: str) -> list[Command]:
        """The note's new text while editing; text beyond MAX_NOTE_CHARS is cut, with a notice."""
        if self.state != ReviewState.NOTE_EDITING:
            return []
        self._notes[self.current_item] = text[:MAX_NOTE_CHARS]
        return [Notice(MSG_NOTE_TOO_LONG)] if len(text) > MAX_NOTE_CHARS else []

    def skip(self) -> list[Command]:
        """Give the current undecided item back and move on to the next one."""
        if self.state != ReviewState.BROWSING or not self._can_decide() or self._is_bounce("skip"):
            return []
        item_id = self.current_item
        self._pause_timing()
        self._remove(item_id)
        moved = self._advance(from_index=self._index, include_start=True)
        self._advanced_by = ("skip", self._clock())
        return [SkipItem(item_id), *moved]

    def next(self) -> list[Command]:
        return self._step(+1)

    def prev(self) -> list[Command]:
        return self._step(-1)

    def show_sheet(self) -> list[Command]:
        if self.state in (ReviewState.DECIDING, ReviewState.UNDOING, ReviewState.NOTE_EDITING):
            return []
        return [ShowSheet()]

    def undo(self) -> list[Command]:
        """Ask to withdraw the last decision: within UNDO_WINDOW_S seconds and while unsent."""
        if self.state != ReviewState.BROWSING:
            return []
        last = self._last
        if last is None:
            return [Notice(MSG_NOTHING_TO_UNDO)]
        if self._clock() - last.at > UNDO_WINDOW_S:
            self._last = None
            return [Notice(MSG_UNDO_TOO_LATE)]
        if not self._is_unsent(last.key):
            self._last = None
            return [Notice(MSG_UNDO_SENT)]
        self.state = ReviewState.UNDOING
        return [Undo(last.key, last.item_id)]

    # --- caller events ----------------------------------------------------------------------------

    def decision_recorded(self, key: uuid.UUID) -> list[Command]:
        """The decision ``key`` is durably written: mark its item decided and move on."""
        flight = self._in_flight
        if self.state != ReviewState.DECIDING or flight is None or flight.key != key:
            logger.warning("decision_recorded for a decision not in flight; ignored")
            return []
        self._in_flight = None
        self._decided.add(flight.item_id)
        self._last = flight
        self.state = ReviewState.BROWSING
        self._clear_choice()
        self._advanced_by = (flight.event, self._clock())
        if flight.item_id in self._items:
            return self._advance(from_index=self._items.index(flight.item_id), include_start=False)
        # The item was dropped while its decision was being written: the current one is new.
        return self._advance(from_index=self._index, include_start=True)

    def decision_failed(self, key: uuid.UUID, message: str) -> list[Command]:
        """The decision could not be written: the item stays undecided and on screen."""
        flight = self._in_flight
        if self.state != ReviewState.DECIDING or flight is None or flight.key != key:
            return []
        self._in_flight = None
        self.state = ReviewState.BROWSING
        self._clear_choice()
        self._resume_timing()
        return [Notice(message)]

    def undo_applied(self, key: uuid.UUID) -> list[Command]:
        """The decision ``key`` was withdrawn: its item is undecided again and shown."""
        last = self._last
        if self.state != ReviewState.UNDOING or last is None or last.key != key:
            return []
        self._last = None
        self._decided.discard(last.item_id)
        self.state = ReviewState.BROWSING
        if last.item_id not in self._items:
            return []
        return self._go_to(self._items.index(last.item_id))

    def undo_failed(self, key: uuid.UUID, message: str) -> list[Command]:
        """The decision ``key`` could not be withdrawn (it was sent meanwhile)."""
        if self.state != ReviewState.UNDOING or self._last is None or self._last.key != key:
            return []
        self._last = None
        self.state = ReviewState.BROWSING
        return [Notice(message)]

    def set_active(self, active: bool) -> list[Command]:
        """The app became visible and in use (True) or hidden/idle (False); idle time is not counted."""
        if active and not self._active:
            self._active = True
            self._resume_timing()
        elif not active and self._active:
            self._pause_timing()
            self._active = False
        return []

    def add_items(self, item_ids: Sequence[int]) -> list[Command]:
        """Append newly claimed items; if the moderator was waiting for work, show the first."""
        waiting = not self._has_undecided()
        new = [i for i in dict.fromkeys(item_ids) if i not in self._items]
        self._items.extend(new)
        if not new:
            return []
        if self._index is None:
            self._index = 0
        if waiting and self.state == ReviewState.BROWSING:
            return self._go_to(self._items.index(new[0]))
        return []

    def drop_item(self, item_id: int) -> list[Command]:
        """Forget an item (its lease was lost); if it was on screen, show its neighbour."""
        if item_id not in self._items:
            return []
        was_current = item_id == self.current_item
        if was_current:
            self._pause_timing()
            if self.state in (
                ReviewState.CHOOSING_REASONS,
                ReviewState.CHOOSING_ESCALATION,
                ReviewState.NOTE_EDITING,
            ):
                self._clear_choice()
                self.state = ReviewState.BROWSING
        self._remove(item_id)
        if not was_current or self._index is None:
            return []
        return self._go_to(self._index)

    # --- internals ------------------------------------------------------------------------------

    def _decide(
        self, action: Action, reasons: tuple[str, ...], target: str | None, event: str
    ) -> RecordDecision:
        item_id = self.current_item
        self._pause_timing()
        flight = _Decision(self._new_key(), item_id, self._clock(), event)
        self._in_flight = flight
        self.state = ReviewState.DECIDING
        return RecordDecision(
            flight.key,
            item_id,
            action,
            reasons,
            target,
            self._notes.get(item_id, ""),
            self.handling_ms(item_id),
        )

    def _is_bounce(self, event: str) -> bool:
        if self._advanced_by is None:
            return False
        previous, at = self._advanced_by
        return previous == event and self._clock() - at < self._repeat_guard_s

    def _clear_choice(self) -> None:
        self._selected_reasons.clear()
        self._selected_target = None

    def _step(self, delta: int) -> list[Command]:
        if self.state != ReviewState.BROWSING or self._index is None:
            return []
        target = self._index + delta
        if not 0 <= target < len(self._items):
            return []
        self._advanced_by = None  # the moderator chose this item: no bounce to guard against
        return self._go_to(target)

    def _go_to(self, index: int) -> list[Command]:
        self._pause_timing()
        self._index = index
        self._clear_choice()
        self._resume_timing()
        return [Navigate(index, self._items[index])]

    def _has_undecided(self) -> bool:
        return any(i not in self._decided for i in self._items)

    def _advance(self, from_index: int | None, include_start: bool) -> list[Command]:
        """Go to the next undecided item after ``from_index`` (wrapping), or report exhaustion."""
        if from_index is None or not self._items:
            return [QueueExhausted()]
        count = len(self._items)
        first = from_index if include_start else from_index + 1
        for offset in range(count):
            index = (first + offset) % count
            if self._items[index] not in self._decided:
                return self._go_to(index)
        return [QueueExhausted()]

    def _remove(self, item_id: int) -> None:
        position = self._items.index(item_id)
        del self._items[position]
        self._notes.pop(item_id, None)
        if not self._items:
            self._index = None
        elif self._index is not None and (position < self._index or self._index >= len(self._items)):
            self._index = max(0, self._index - 1) if position < self._index else len(self._items) - 1

    def _pause_timing(self) -> None:
        item = self.current_item
        if self._timing_since is not None and item is not None:
            self._spent[item] = self._spent.get(item, 0.0) + self._clock() - self._timing_since
        self._timing_since = None

    def _resume_timing(self) -> None:
        item = self.current_item
        counting = self._active and item is not None and item not in self._decided
        counting = counting and self.state not in (ReviewState.DECIDING, ReviewState.UNDOING)
        self._timing_since = self._clock() if counting and self._timing_since is None else self._timing_since
