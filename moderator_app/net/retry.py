"""Exponential backoff with full jitter, shared by the API client and the sync engine."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Backoff:
    """Delays ``base * 2**attempt`` capped at ``cap``, with full jitter (AWS architecture blog).

    Full jitter spreads the retries of a whole desk that lost the network at the same moment,
    so the server is not hit by every workstation in the same second when it comes back.
    """

    base: float = 0.2
    cap: float = 30.0
    jitter: bool = True

    def delay(self, attempt: int) -> float:
        """Seconds to wait before retry number ``attempt`` (0 for the first retry)."""
        ceiling = float(min(self.cap, self.base * (2 ** min(attempt, 30))))
        if not self.jitter:
            return ceiling
        # Never less than half the ceiling: pure full jitter can retry instantly, which hammers.
        return ceiling / 2 + float(random.uniform(0, ceiling / 2))
