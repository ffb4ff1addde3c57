"""What the workstation tells the screens has changed: typed events, not bare strings.

Listeners receive them on the sync threads; the Qt layer carries them to the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SessionChanged:
    """The review session changed (listings, their states, the one on screen): render it again."""


@dataclass(frozen=True)
class ItemsChanged:
    """The content of these listings changed (screening results, a refreshed seller history)."""

    item_ids: frozenset[int]


@dataclass(frozen=True)
class StatusChanged:
    """Connection, outbox, leases or storage changed: the status bar reads the status again."""


@dataclass(frozen=True)
class ConflictsChanged:
    """A decision was refused: the conflicts list has a new entry."""


@dataclass(frozen=True)
class QueuesChanged:
    """The queue list was fetched again."""


@dataclass(frozen=True)
class AccountChanged:
    """Signed in, signed out, or the server refused the session's token."""


@dataclass(frozen=True)
class ExposureChanged:
    """The moderator's exposure or break status changed (a report was answered, a photo revealed)."""


DeskEvent = (
    SessionChanged | ItemsChanged | StatusChanged | ConflictsChanged | QueuesChanged | AccountChanged | ExposureChanged
)
