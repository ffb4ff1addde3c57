"""Named points where a test can make the process die (``os._exit``) to prove crash safety.

Set ``MODERATOR_APP_CRASH_AT=point`` or ``point:n`` (die the n-th time the point is reached).
Without the variable this costs one dict lookup. The points are: ``after_outbox_commit``,
``after_send_before_mark`` (the server applied the decision, the outbox does not know yet) and
``after_mark_sent``.
"""

from __future__ import annotations

import os
import threading

ENV_VAR = "MODERATOR_APP_CRASH_AT"
EXIT_CODE = 137  # what a SIGKILL looks like to the parent

_counts: dict[str, int] = {}
_lock = threading.Lock()


def maybe_crash(point: str) -> None:
    """Exit the process immediately, without cleanup, if the environment asks for it here."""
    wanted = os.environ.get(ENV_VAR)
    if not wanted:
        return
    name, _, nth = wanted.partition(":")
    if name != point:
        return
    with _lock:
        _counts[point] = _counts.get(point, 0) + 1
        if _counts[point] >= int(nth or 1):
            os._exit(EXIT_CODE)
