"""Carries the data layer's events (raised on background threads) to the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from moderator_app.core.desk_events import DeskEvent


class WorkstationEvents(QObject):
    """Qt face of `Workstation.add_listener`.

    Signals:
        event(object): one core.desk_events event, delivered on the UI thread.
    """

    event = Signal(object)

    def listener(self, event: DeskEvent) -> None:
        """Pass to `Workstation.add_listener`; safe to call from any thread."""
        # Emitting from a foreign thread queues the call into this object's (the UI) thread.
        self.event.emit(event)
