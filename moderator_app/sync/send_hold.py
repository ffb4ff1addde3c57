"""The send hold: a decision waits this long in the outbox before it is sent, and only then.

The hold is the undo window (``core.decision_rules.SEND_HOLD_S``, one constant): while a decision
is held it can be withdrawn, and the sender never picks it up. It runs on the monotonic clock, so
a wall clock stepped back cannot stretch it into a decision that never leaves, nor a clock
stepped forward cut it short. A decision left in the outbox by an earlier run is not held: it was
never going to be undone.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class SendHold:
    """Held decision keys and when each hold ends (thread-safe)."""

    def __init__(self, clock: Callable[[], float], hold_s: float) -> None:
        self._clock = clock
        self.hold_s = hold_s
        self._until: dict[str, float] = {}
        self._lock = threading.Lock()

    def hold(self, key: str) -> None:
        with self._lock:
            self._until[key] = self._clock() + self.hold_s

    def end(self, key: str) -> None:
        """Forget a hold (the decision was withdrawn)."""
        with self._lock:
            self._until.pop(key, None)

    def held_keys(self) -> set[str]:
        """The keys still held now (ended holds are forgotten)."""
        now = self._clock()
        with self._lock:
            for key in [k for k, until in self._until.items() if until <= now]:
                del self._until[key]
            return set(self._until)

    def next_end_in(self) -> float | None:
        """Seconds until the next hold ends, None when nothing is held."""
        now = self._clock()
        with self._lock:
            return max(0.0, min(self._until.values()) - now) if self._until else None
