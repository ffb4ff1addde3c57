"""The desk's clocks, passed to everything that measures or schedules.

- ``monotonic``: intervals and timers (the send hold, backoff, handling time). It counts the time
  the machine slept (CLOCK_BOOTTIME on Linux), so a desk that wakes from sleep knows how long it
  was gone, and it never steps when someone sets the wall clock.
- ``wall``: epoch seconds, only for stamps people read and for the expiry of cached data.
- :class:`ServerClock`: the queue server's time, learned from its answers and carried forward on
  the monotonic clock. Lease expiry times are on the server's clock, so renewing by it works
  whatever the desk's own clock says, and a decision's ``decided_at`` is on the clock that
  checks it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime


def boot_monotonic() -> float:
    """Seconds on a clock that never steps and keeps counting while the machine sleeps."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    return time.clock_gettime(boottime) if boottime is not None else time.monotonic()


@dataclass(frozen=True)
class Clocks:
    monotonic: Callable[[], float] = field(default=boot_monotonic)
    wall: Callable[[], float] = field(default=time.time)


class ServerClock:
    """The server's clock as this desk knows it (thread-safe).

    Each answer that carries the server's time (claims, renewals, the lease list, decisions) is an
    observation; between observations the monotonic clock carries it forward. Before the first
    observation of this run (a desk started offline) the last known offset from the wall clock is
    used, and failing that the wall clock itself.
    """

    def __init__(self, clocks: Clocks, offset_s: float | None = None) -> None:
        self._clocks = clocks
        self._lock = threading.Lock()
        self._anchor: tuple[float, float] | None = (
            None  # (server epoch seconds, monotonic) of the best observation
        )
        self._rtt = float("inf")
        self._anchored_at = 0.0
        self._offset = offset_s or 0.0

    def observe(self, server_time: datetime, sent: float, received: float) -> None:
        """The server said ``server_time`` during an exchange sent and answered at these monotonic times."""
        rtt = max(0.0, received - sent)
        at = server_time.timestamp() + rtt / 2
        with self._lock:
            # Keep the most precise recent observation: a slow answer says less about "now".
            stale = received - self._anchored_at > 60.0
            if self._anchor is None or rtt <= self._rtt * 1.5 or stale:
                self._anchor = (at, received)
                self._rtt = rtt
                self._anchored_at = received
                self._offset = at + (self._clocks.monotonic() - received) - self._clocks.wall()

    def now(self) -> float:
        """The server's time now, in epoch seconds."""
        with self._lock:
            anchor = self._anchor
            offset = self._offset
        if anchor is None:
            return self._clocks.wall() + offset
        return anchor[0] + (self._clocks.monotonic() - anchor[1])

    def now_datetime(self) -> datetime:
        return datetime.fromtimestamp(self.now(), UTC)

    @property
    def offset_s(self) -> float:
        """Server time minus wall time, as last observed (kept for a desk that starts offline)."""
        with self._lock:
            return self._offset
