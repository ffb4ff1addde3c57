"""The appeal review: what each key means at each step. No Qt: the appeal screen draws the flow and
carries out its commands in the background (the API calls are sync.appeal_desk).

Keys (fixed, shown on the screen and its buttons): U upholds the decision, R reverses it (a
reversed approval needs reasons: digits toggle them); then M writes the reply (the reviewer's
reasons, added to the templated reply), Enter sends, Esc goes back. S gives the appeal back.

An outcome is sent with one idempotency key, created when the reviewer confirms, and written to
the local store first (sync.appeal_sender): if the answer is lost (a network fault), the same
request is kept on screen, frozen, and Enter sends it again; a quit or a crash leaves it in the
store, sent again at the next start. An appeal is never decided twice (the server applies a key
once) and a confirmed outcome is never lost.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from moderator_app.core import dsa_schema as dsa
from moderator_app.core import schema
from moderator_app.core.i18n import translate_noop

CONTEXT = "AppealFlow"
MAX_REPLY_CHARS = 2000  # dsa.AppealOutcomeRequest.reply

MSG_NEEDS_REASONS = translate_noop(
    CONTEXT, "Reversing an approval removes the listing: choose at least one reason, then Enter."
)
MSG_NO_REASONS = translate_noop(CONTEXT, "No reason codes are available to reverse this approval.")
MSG_UNSENT = translate_noop(
    CONTEXT, "Not sent: the server cannot be reached. The outcome is kept as confirmed; Enter sends it again."
)
MSG_SENT = translate_noop(CONTEXT, "Outcome recorded. Next appeal…")


class Step(StrEnum):
    IDLE = "idle"  # nothing claimed (nothing waiting, or not started)
    LOADING = "loading"
    READING = "reading"  # the case is on screen: U or R
    REASONS = "reasons"  # reversing an approval: digits choose the reasons, Enter goes on
    CONFIRMING = "confirming"  # the reply preview is on screen: M writes, Enter sends, Esc goes back
    REPLYING = "replying"  # the reply field has the keyboard
    SENDING = "sending"
    UNSENT = "unsent"  # the send failed for want of the server: Enter sends the same request again


class Key(StrEnum):
    UPHOLD = "uphold"
    REVERSE = "reverse"
    CONFIRM = "confirm"
    CANCEL = "cancel"
    REPLY = "reply"
    GIVE_BACK = "give_back"
    SHEET = "sheet"


# Default keys, Qt's portable names. Digits 1-9 toggle the n-th reason.
KEYS: dict[str, Key] = {
    "U": Key.UPHOLD,
    "R": Key.REVERSE,
    "Return": Key.CONFIRM,
    "Enter": Key.CONFIRM,
    "Esc": Key.CANCEL,
    "M": Key.REPLY,
    "S": Key.GIVE_BACK,
    "?": Key.SHEET,
}
KEY_LABELS: dict[Key, str] = {
    Key.UPHOLD: translate_noop(CONTEXT, "Uphold the decision"),
    Key.REVERSE: translate_noop(CONTEXT, "Reverse the decision (then reasons, for an approval)"),
    Key.REPLY: translate_noop(CONTEXT, "Write the reply to the appellant"),
    Key.CONFIRM: translate_noop(CONTEXT, "Send the outcome (or send it again)"),
    Key.CANCEL: translate_noop(CONTEXT, "Back: leave the reasons or the reply"),
    Key.GIVE_BACK: translate_noop(CONTEXT, "Give the appeal back to the queue"),
    Key.SHEET: translate_noop(CONTEXT, "Show these shortcuts"),
}


@dataclass(frozen=True)
class AppealCase:
    """One claimed appeal: its lease and everything the reviewer reads."""

    lease: schema.Lease
    detail: dsa.AppealDetail
    reason_codes: tuple[str, ...] = ()  # the Appeals queue's reason codes (to reverse an approval)
    photos: dict[str, bytes | None] = field(default_factory=dict)  # image id -> bytes (None: failed)
    findings: list[Any] = field(default_factory=list)  # the desk's text findings on the listing

    @property
    def reverses_approval(self) -> bool:
        return self.detail.decision.action == schema.Action.approve


# --- commands for the screen -----------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimNext:
    give_back: int | None = None  # the item to release first


@dataclass(frozen=True)
class SendOutcome:
    appeal_id: int
    request: dsa.AppealOutcomeRequest
    item_id: int  # the appeal's item, and its listing: they name a refused outcome
    listing_id: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class FocusReply:
    pass


@dataclass(frozen=True)
class ShowSheet:
    pass


@dataclass(frozen=True)
class Notice:
    text: str  # English source in CONTEXT


Command = ClaimNext | SendOutcome | FocusReply | ShowSheet | Notice


class AppealFlow:
    """The steps of one reviewer's appeal work (see the module docstring). UI thread only."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, new_key: Callable[[], uuid.UUID] = uuid.uuid4):
        self._clock = clock
        self._new_key = new_key
        self.step = Step.IDLE
        self.case: AppealCase | None = None
        self.outcome: dsa.AppealOutcome | None = None
        self.reasons: list[str] = []
        self.reply = ""
        self.pending: SendOutcome | None = None  # confirmed, not yet answered
        self._shown_at = 0.0

    # --- what the screen reads ---------------------------------------------------------------

    def reply_preview(self) -> str:
        """The reply the appellant will receive: the template, then the reviewer's own words."""
        if self.case is None or self.outcome is None:
            return ""
        template = self.case.detail.reply_preview.get(self.outcome, "")
        words = (self.pending.request.reply if self.pending else self.reply).strip()
        return f"{template}\n\n{words}".strip() if words else template

    # --- events ------------------------------------------------------------------------------------

    def start(self) -> list[Command]:
        if self.step in (Step.SENDING, Step.UNSENT, Step.LOADING):
            return []
        self.step = Step.LOADING
        return [ClaimNext()]

    def loaded(self, case: AppealCase | None) -> list[Command]:
        self.case = case
        self.outcome = None
        self.reasons = []
        self.reply = ""
        self.pending = None
        self.step = Step.READING if case is not None else Step.IDLE
        self._shown_at = self._clock()
        return []

    def load_failed(self) -> list[Command]:
        self.step = Step.IDLE
        return []

    def reply_changed(self, text: str) -> None:
        if self.step in (Step.CONFIRMING, Step.REPLYING, Step.READING, Step.REASONS):
            self.reply = text[:MAX_REPLY_CHARS]

    def reply_focused(self) -> None:
        if self.step == Step.CONFIRMING:
            self.step = Step.REPLYING

    def handle(self, key: Key | int) -> list[Command]:
        """A key (or a button); an int is a digit 1-9."""
        if key == Key.SHEET:
            return [ShowSheet()]
        if isinstance(key, int):
            return self._toggle(key)
        match self.step:
            case Step.IDLE:
                return self.start() if key == Key.CONFIRM else []
            case Step.READING:
                return self._reading(key)
            case Step.REASONS:
                return self._choosing(key)
            case Step.CONFIRMING:
                return self._confirming(key)
            case Step.REPLYING:
                if key in (Key.CONFIRM, Key.CANCEL):
                    # Leaving the field keeps the reply.
                    self.step = Step.CONFIRMING if self.outcome is not None else Step.READING
                return []
            case Step.UNSENT:
                if key == Key.CONFIRM and self.pending is not None:
                    self.step = Step.SENDING
                    return [self.pending]
                return [Notice(MSG_UNSENT)] if key != Key.CANCEL else []
        return []

    def sent(self) -> list[Command]:
        """The server recorded the outcome: the next appeal."""
        self.pending = None
        self.step = Step.LOADING
        return [Notice(MSG_SENT), ClaimNext()]

    def send_failed(self, refused: bool) -> list[Command]:
        """No answer (``refused`` False): keep the request for Enter; refused for good: the next one."""
        if not refused:
            self.step = Step.UNSENT
            return [Notice(MSG_UNSENT)]
        self.pending = None
        self.step = Step.LOADING
        return [ClaimNext()]

    # --- internals ------------------------------------------------------------------------------------

    def _reading(self, key: Key | int) -> list[Command]:
        case = self.case
        assert case is not None
        if key == Key.UPHOLD:
            self.outcome, self.reasons = "uphold", []
            self.step = Step.CONFIRMING
        elif key == Key.REVERSE:
            self.outcome = "reverse"
            if case.reverses_approval:
                if not case.reason_codes:
                    return [Notice(MSG_NO_REASONS)]
                self.step = Step.REASONS
            else:
                self.step = Step.CONFIRMING
        elif key == Key.REPLY:
            self.step = Step.REPLYING
            return [FocusReply()]
        elif key == Key.GIVE_BACK:
            item_id = case.lease.item_id
            self.case = None
            self.step = Step.LOADING
            return [ClaimNext(give_back=item_id)]
        return []

    def _choosing(self, key: Key | int) -> list[Command]:
        if key == Key.CONFIRM:
            if not self.reasons:
                return [Notice(MSG_NEEDS_REASONS)]
            self.step = Step.CONFIRMING
        elif key == Key.CANCEL:
            self.outcome, self.reasons = None, []
            self.step = Step.READING
        return []

    def _confirming(self, key: Key | int) -> list[Command]:
        case = self.case
        assert case is not None and self.outcome is not None
        if key == Key.CANCEL:
            self.step = Step.REASONS if self.outcome == "reverse" and case.reverses_approval else Step.READING
            if self.step == Step.READING:
                self.outcome = None
            return []
        if key == Key.REPLY:
            self.step = Step.REPLYING
            return [FocusReply()]
        if key != Key.CONFIRM:
            return []
        spent = max(0, min(24 * 3600 * 1000, round((self._clock() - self._shown_at) * 1000)))
        request = dsa.AppealOutcomeRequest(
            idempotency_key=self._new_key(),
            lease_token=case.lease.lease_token,
            outcome=self.outcome,
            reply=self.reply.strip()[:MAX_REPLY_CHARS],
            reason_codes=list(self.reasons) if self.outcome == "reverse" and case.reverses_approval else [],
            time_spent_ms=spent,
        )
        listing = case.detail.listing
        self.pending = SendOutcome(case.detail.appeal.appeal_id, request, case.lease.item_id, listing.id, listing.title)
        self.step = Step.SENDING
        return [self.pending]

    def _toggle(self, number: int) -> list[Command]:
        case = self.case
        if self.step != Step.REASONS or case is None or not 1 <= number <= len(case.reason_codes):
            return []
        code = case.reason_codes[number - 1]
        if code in self.reasons:
            self.reasons.remove(code)
        else:
            self.reasons = [c for c in case.reason_codes if c in self.reasons or c == code]
        return []
