"""The one way to run work off the UI thread (Anki's `CollectionOp` shape).

A task is a plain callable that never touches widgets. Its result or exception is
delivered to `on_success` / `on_failure` on the UI thread through a queued signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class TaskRunner(QObject):
    """Runs callables on a small thread pool and calls back on the UI thread.

    Signals:
        _delivered(callback, value): internal; carries a result back to the UI thread.
    """

    _delivered = Signal(object, object)

    def __init__(self, name: str, max_workers: int = 1, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # max_workers=1 serialises calls into the same data layer, as Anki's collection executor does.
        self._executor = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix=name)
        self._closed = False
        self._delivered.connect(self._deliver)

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callback | None = None,
        on_failure: Callback | None = None,
    ) -> Future | None:
        """Run `fn()` in the background; exactly one of the callbacks runs later on the UI thread."""
        if self._closed:
            return None

        def job() -> None:
            try:
                value = fn()
            except Exception as exc:  # delivered to the caller, who decides how to show it
                if on_failure is None:
                    log.exception("background task failed")
                else:
                    self._emit(on_failure, exc)
                return
            if on_success is not None:
                self._emit(on_success, value)

        return self._executor.submit(job)

    def _emit(self, callback: Callback, value: Any) -> None:
        if not self._closed:
            self._delivered.emit(callback, value)

    def _deliver(self, callback: Callback, value: Any) -> None:
        if not self._closed:
            callback(value)

    def shutdown(self, wait: bool = False) -> None:
        """Stop accepting work, drop queued jobs and ignore late results."""
        self._closed = True
        self._executor.shutdown(wait=wait, cancel_futures=True)
