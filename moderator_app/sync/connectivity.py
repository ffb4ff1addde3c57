"""Online/offline state shared by the sync loops, with the backoff schedule for coming back."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from moderator_app.net.retry import Backoff
from moderator_app.sync.status import Problem

log = logging.getLogger(__name__)


class Connectivity:
    """Tracks whether the server answers; after failures, says when to try again.

    The API client calls :meth:`succeeded` after every answer of the queue server; a loop that
    could not reach it calls :meth:`failed`. The delay before the next try grows exponentially
    (with jitter) up to the cap, on the monotonic ``clock``.
    """

    def __init__(self, backoff: Backoff, clock: Callable[[], float]):
        self.backoff = backoff
        self._clock = clock
        self._lock = threading.Lock()
        self.online = True
        self.failures = 0
        self.retry_at = 0.0
        self.problem: Problem | None = None

    def succeeded(self) -> bool:
        """Record an answer of the server; return True if this brings the desk back online."""
        with self._lock:
            came_back = not self.online
            self.online = True
            self.failures = 0
            self.retry_at = 0.0
            self.problem = None
        if came_back:
            log.info("Server reachable again")
        return came_back

    def failed(self, problem: Problem) -> float:
        """Record a failure; return the delay before the next attempt."""
        with self._lock:
            delay = self.backoff.delay(self.failures)
            self.failures += 1
            went_offline = self.online
            self.online = False
            self.retry_at = self._clock() + delay
            self.problem = problem
        if went_offline:
            log.warning("Server unreachable (%s); working offline", problem.kind.value)
        return delay

    def wait_time(self) -> float:
        """Seconds until the next attempt is allowed (0 when online)."""
        with self._lock:
            return 0.0 if self.online else max(0.0, self.retry_at - self._clock())

    def note(self, problem: Problem | None) -> None:
        """A problem that does not mean the server is out of reach (a refusal, a bug)."""
        with self._lock:
            self.problem = problem
