"""Sends confirmed appeal outcomes so that none is lost: stored first (store.appeal_outbox), then
sent; closed only by the server's answer. What a quit, a crash or a lost answer left pending is sent
again, with the same idempotency key, by the sync engine's appeals round (with its backoff) the
next time the same account is signed in and the server can be reached.

Only the queue server's own problem document with a known code is a final refusal; a timeout, a cut
connection or an HTML page from a proxy is a network fault, and the outcome stays pending.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from moderator_app.core import dsa_schema as dsa
from moderator_app.net.api_client import ApiClient
from moderator_app.net.errors import ApiError, Conflict, Forbidden, NotFound, ValidationFailed
from moderator_app.store.appeal_outbox import AppealOutbox, PendingOutcome
from moderator_app.store.outbox import ConflictRecord
from moderator_app.sync.appeal_flow import SendOutcome
from moderator_app.sync.decision_pusher import UnknownRefusal

log = logging.getLogger(__name__)

# The outcome endpoint's refusals (docs/dsa.md): final, never sent again.
FINAL_CODES = frozenset(
    {"appeal_decided", "lease_expired", "lease_foreign", "own_decision", "not_found", "reasons_not_allowed"}
)
IDLE_S = 300.0  # nothing pending: the round sleeps until a send fails (it wakes the round) or this


def final_refusal(exc: ApiError) -> bool:
    """The server refused the outcome for good, in its own problem document."""
    if exc.code is None:
        return False
    if isinstance(exc, ValidationFailed):
        return True  # a field the server rejects stays rejected
    return isinstance(exc, Conflict | Forbidden | NotFound) and exc.code in FINAL_CODES


class AppealSender:
    """The durable send of appeal outcomes for the signed-in account (``account``: its server url
    and username, None when signed out). ``refused`` hears of each final refusal (the conflicts
    list changed); ``wake`` asks for an early resend round. Thread-safe."""

    def __init__(
        self,
        outbox: AppealOutbox,
        account: Callable[[], tuple[str, str] | None],
        refused: Callable[[ConflictRecord], None] = lambda _record: None,
        wake: Callable[[], None] = lambda: None,
    ) -> None:
        self._outbox = outbox
        self._account = account
        self._refused = refused
        self._wake = wake
        self._lock = threading.Lock()  # one exchange at a time: a round and the screen never race

    def send(self, api: ApiClient, command: SendOutcome) -> dsa.AppealOutcomeResult:
        """Store the outcome (committed), then send it; raises what the send raised."""
        account = self._account()
        if account is None:
            raise RuntimeError("No account is signed in: the outcome cannot be kept.")
        entry = PendingOutcome(command.appeal_id, command.item_id, command.request, command.listing_id, command.title)
        self._outbox.add(account[0], account[1], entry)
        try:
            return self._deliver(api, entry)
        except ApiError as exc:
            if not final_refusal(exc):
                self._wake()  # the round retries it with backoff, even if the screen is closed
            raise

    def round(self, api: ApiClient) -> float:
        """Send this account's pending outcomes, oldest first; the seconds to wait. A network
        fault propagates (the engine backs off and tries again)."""
        account = self._account()
        if account is None:
            return IDLE_S
        for entry in self._outbox.pending(*account):
            try:
                self._deliver(api, entry)
            except ApiError as exc:
                if final_refusal(exc):
                    continue
                if isinstance(exc, Conflict | Forbidden | NotFound | ValidationFailed):
                    # A refusal with a code this desk does not know: kept, tried again with backoff.
                    raise UnknownRefusal(
                        f"The server refused an appeal outcome with an unknown reason ({exc.code}); "
                        "it will be sent again.",
                        status=exc.status,
                        code=exc.code,
                    ) from exc
                raise
        return IDLE_S

    def pending_count(self) -> int:
        account = self._account()
        return self._outbox.pending_count(*account) if account is not None else 0

    def _deliver(self, api: ApiClient, entry: PendingOutcome) -> dsa.AppealOutcomeResult:
        with self._lock:
            if self._outbox.state(entry.key) != "pending":
                # Answered meanwhile (by a round, or the screen): the server replays its answer.
                return api.appeal_outcome(entry.appeal_id, entry.request)
            try:
                result = api.appeal_outcome(entry.appeal_id, entry.request)
            except ApiError as exc:
                if final_refusal(exc):
                    detail = getattr(exc, "detail", None) or str(exc)
                    record = self._outbox.mark_refused(entry.key, exc.code, detail)
                    log.info("Appeal outcome refused by the server (%s)", exc.code)
                    self._refused(record)
                else:
                    self._outbox.attempted(entry.key, type(exc).__name__)
                raise
            self._outbox.mark_sent(entry.key)
            return result
