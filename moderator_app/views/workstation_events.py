"""Carries the data layer's events (raised on background threads) to the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class WorkstationEvents(QObject):
    """Qt face of `Workstation.add_listener`.

    Signals:
        event(str): one data-layer event name, delivered on the UI thread.
    """

    event = Signal(str)

    def listener(self, event_name: str) -> None:
        """Pass to `Workstation.add_listener`; safe to call from any thread."""
        # Emitting from a foreign thread queues the call into this object's (the UI) thread.
        self.event.emit(str(event_name))
