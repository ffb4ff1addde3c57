"""Online/offline state shared by the sync loops, with the backoff schedule for coming back."""

from __future__ import annotations

import logging
import threading
import time

from moderator_app.net.retry import Backoff

log = logging.getLogger(__name__)


class Connectivity:
    """Tracks whether the server answers; after failures, says when to try again.

    Any loop that reaches the server calls :meth:`succeeded`; any that cannot calls
    :meth:`failed`. The delay before the next try grows exponentially (with jitter) up to the cap.
    """

    def __init__(self, backoff: Backoff):
        self.backoff = backoff
        self._lock = threading.Lock()
        self.online = True
        self.failures = 0
        self.retry_at = 0.0
        self.last_error: str | None = None
        self.changed = threading.Event()  # set on every change; loops wait on their own events

    def succeeded(self) -> bool:
        """Record a successful exchange; return True if this brings us back online."""
        with self._lock:
            came_back = not self.online
            self.online = True
            self.failures = 0
            self.retry_at = 0.0
            self.last_error = None
        if came_back:
            log.info("Server reachable again")
        return came_back

    def failed(self, message: str) -> float:
        """Record a failure; return the delay before the next attempt."""
        with self._lock:
            delay = self.backoff.delay(self.failures)
            self.failures += 1
            went_offline = self.online
            self.online = False
            self.retry_at = time.monotonic() + delay
            self.last_error = message
        if went_offline:
            log.warning("Server unreachable (%s); working offline", message)
        return delay

    def wait_time(self) -> float:
        """Seconds until the next attempt is allowed (0 when online)."""
        with self._lock:
            return 0.0 if self.online else max(0.0, self.retry_at - time.monotonic())

    def note_error(self, message: str | None) -> None:
        with self._lock:
            self.last_error = message
