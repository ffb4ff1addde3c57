"""What the status bar shows, and the conflict type of the conflicts list."""

from __future__ import annotations

from dataclasses import dataclass

from moderator_app.store.outbox import ConflictRecord

# The facade's public name for a refused decision.
Conflict = ConflictRecord

ONLINE = "online"
OFFLINE = "offline"
SYNCING = "syncing"
SIGNED_OUT = "signed_out"


@dataclass(frozen=True)
class SyncStatus:
    """A snapshot for the status bar.

    ``state`` is online, offline, syncing (online with work in flight) or signed_out (no session, or
    the server refused the token). ``lease_seconds_left`` is the time left on the earliest lease
    still needed (undecided, or decided but unsent), None when there is none. ``last_error`` is a
    sentence for the moderator, None when the last exchange succeeded.
    """

    state: str
    outbox_count: int
    lease_seconds_left: float | None
    last_error: str | None
    items_ready: int
    active_queue: str | None
    next_retry_in: float | None = None

    @property
    def online(self) -> bool:
        return self.state in (ONLINE, SYNCING)
