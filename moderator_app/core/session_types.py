"""What the review session is made of and what it asks for: the states of a listing, an entry of
the session, a verdict and a refusal, the effects the desk carries out, and the snapshot the screen
renders. The session itself is core.review_session. No Qt, no I/O."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from moderator_app.core.keymap import ActionId
from moderator_app.core.schema import Action

_CONTEXT = "ReviewState"


class ItemState(StrEnum):
    READY = "ready"
    DECIDING = "deciding"
    DECIDED_UNSENT = "decided_unsent"
    SENT = "sent"
    REFUSED = "refused"
    LEASE_LOST = "lease_lost"


FINAL_STATES = frozenset({ItemState.SENT, ItemState.REFUSED, ItemState.LEASE_LOST})


class Mode(StrEnum):
    BROWSING = "browsing"
    CHOOSING_REASONS = "choosing_reasons"
    CHOOSING_ESCALATION = "choosing_escalation"
    NOTE_EDITING = "note_editing"
    MARKING_NOTICES = "marking_notices"  # digits toggle "manifestly unfounded" on the n-th notice


class LeaseLoss(StrEnum):
    EXPIRED = "expired"  # its time ran out (the desk could not renew it, e.g. offline)
    TAKEN = "taken"  # the server no longer lists it as ours (released by a lead, taken by someone else)


@dataclass(frozen=True)
class Verdict:
    """What a decision says."""

    action: Action
    reasons: tuple[str, ...] = ()
    target: str | None = None


@dataclass(frozen=True)
class Refusal:
    """The server refused a decision: which one, its problem code and the server's detail."""

    verdict: Verdict
    code: str | None
    detail: str


@dataclass(frozen=True)
class Entry:
    """One listing of the session. ``refusal`` is set when an earlier decision on it was refused."""

    item_id: int
    state: ItemState
    verdict: Verdict | None = None
    key: uuid.UUID | None = None  # the idempotency key of its decision
    refusal: Refusal | None = None
    loss: LeaseLoss | None = None


# --- effects for the caller ------------------------------------------------------------------


@dataclass(frozen=True)
class RecordDecision:
    """Write this decision durably (the outbox), then call ``decision_recorded(key)`` or ``decision_failed``."""

    key: uuid.UUID  # the decision's one idempotency key, from the key press to the server
    item_id: int
    verdict: Verdict
    note: str
    time_spent_ms: int
    # DSA: the notices shown with the listing (the decision answers these), and those the
    # moderator marked manifestly unfounded (approvals only).
    notice_ids: tuple[int, ...] = ()
    unfounded_notice_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class WithdrawDecision:
    """Take the unsent decision ``key`` out of the outbox, then call ``undo_applied`` or ``undo_failed``."""

    key: uuid.UUID
    item_id: int


@dataclass(frozen=True)
class GiveBack:
    """Release the listing's lease: the moderator skipped it (it has already left the session)."""

    item_id: int


@dataclass(frozen=True)
class ShowSheet:
    """Show the keyboard shortcut sheet."""


@dataclass(frozen=True)
class OpenCluster:
    """Open the cluster view of the listing ``item_id`` (the one on screen, ready)."""

    item_id: int


@dataclass(frozen=True)
class FocusNote:
    """Put the keyboard focus in the note field."""


@dataclass(frozen=True)
class ShowPreview:
    """Show the statement of reasons a rejection of ``item_id`` for ``reasons`` would produce."""

    item_id: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Notice:
    """Tell the moderator something: English source ``text`` (translatable in ``context``, with
    ``{name}`` placeholders filled from ``args``). ``about`` is the listing it concerns (the message
    goes when that listing leaves the screen), None for the desk as a whole."""

    text: str
    about: int | None = None
    context: str = _CONTEXT
    args: tuple[tuple[str, str], ...] = ()


Effect = RecordDecision | WithdrawDecision | GiveBack | ShowSheet | FocusNote | ShowPreview | OpenCluster | Notice


@dataclass(frozen=True)
class SessionView:
    """What the screen renders: a snapshot, taken under the owner's lock.

    ``position`` is the 1-based place of the listing on screen among the ready ones (None when it
    is not ready); ``undo_left_s`` the time left to undo the last decision (None: nothing to undo).
    """

    version: int
    queue_id: str | None
    entries: tuple[Entry, ...]
    current: Entry | None
    mode: Mode
    reason_codes: tuple[str, ...]
    escalation_targets: tuple[str, ...]
    selected_reasons: tuple[str, ...]
    selected_target: str | None
    note: str
    ready_count: int
    position: int | None
    handling_s: float
    undo_left_s: float | None
    enabled: frozenset[ActionId]
    # The notices of the listing on screen (ids, oldest first) and those marked manifestly unfounded.
    notice_ids: tuple[int, ...] = ()
    unfounded: tuple[int, ...] = ()

    @property
    def current_id(self) -> int | None:
        return self.current.item_id if self.current is not None else None
