"""What the status bar shows: a typed snapshot, and the problems it can name.

Problems are kinds with their facts (an HTTP status, a content type, a count), never English
sentences: the status bar words them in the moderator's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from moderator_app.net.errors import (
    ApiError,
    ForeignAnswer,
    MalformedResponse,
    ServerError,
    Unauthorized,
    Unreachable,
)
from moderator_app.store.outbox import ConflictRecord
from moderator_app.store.writer import StorageError

# The facade's public name for a refused decision.
Conflict = ConflictRecord

ONLINE = "online"
OFFLINE = "offline"
SYNCING = "syncing"
SIGNED_OUT = "signed_out"


class ProblemKind(StrEnum):
    UNREACHABLE = "unreachable"  # no answer: connection refused, dropped, timed out
    FOREIGN_ANSWER = "foreign_answer"  # a proxy or gateway answered instead of the server
    SERVER_FAILED = "server_failed"  # the server answered 5xx
    MALFORMED = "malformed"  # the server's answer is not what the contract promises
    SESSION_EXPIRED = "session_expired"  # the server refused the token: sign in again
    REFUSED = "refused"  # the server refused a queue-level request (not allowed, no such queue)
    UNKNOWN_REFUSAL = "unknown_refusal"  # a refusal with a code this desk does not know: retried
    DISK_FULL = "disk_full"
    DISK_FAILED = "disk_failed"
    INTERNAL = "internal"  # a bug: logged, and the sync tries again


@dataclass(frozen=True)
class Problem:
    """A problem the moderator should know about. ``status`` is the HTTP status that came with it,
    ``detail`` a short fact (a content type, a problem code), never listing text or secrets."""

    kind: ProblemKind
    status: int | None = None
    detail: str = ""


def problem_of(exc: BaseException) -> Problem:
    """The problem an exception of the network or the store stands for."""
    if isinstance(exc, StorageError):
        return Problem(ProblemKind.DISK_FULL if exc.full else ProblemKind.DISK_FAILED)
    if isinstance(exc, ForeignAnswer):
        return Problem(ProblemKind.FOREIGN_ANSWER, exc.status, exc.content_type)
    if isinstance(exc, Unreachable):
        return Problem(ProblemKind.UNREACHABLE)
    if isinstance(exc, Unauthorized):
        return Problem(ProblemKind.SESSION_EXPIRED, exc.status)
    if isinstance(exc, ServerError):
        return Problem(ProblemKind.FOREIGN_ANSWER if exc.foreign else ProblemKind.SERVER_FAILED, exc.status)
    if isinstance(exc, MalformedResponse):
        return Problem(ProblemKind.MALFORMED)
    if isinstance(exc, ApiError):
        return Problem(ProblemKind.REFUSED, exc.status, exc.code or "")
    return Problem(ProblemKind.INTERNAL)


@dataclass(frozen=True)
class SyncStatus:
    """A snapshot for the status bar.

    ``state`` is online, offline, syncing (online with work in flight) or signed_out (no session, or
    the server refused the token). ``ready_count`` is how many listings are ready on the desk (its
    runway when offline); ``lease_seconds_left`` the time left on the earliest lease still needed, on
    the server's clock (None without leases). ``problem`` is the connection's last problem (None when
    the last exchange succeeded), ``storage_problem`` the local disk's.
    """

    state: str
    outbox_count: int
    ready_count: int
    leases_held: int
    lease_seconds_left: float | None
    problem: Problem | None = None
    storage_problem: Problem | None = None
    next_retry_in: float | None = None
    active_queue: str | None = None

    @property
    def online(self) -> bool:
        return self.state in (ONLINE, SYNCING)
