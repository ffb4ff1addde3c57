"""The facade the Qt screens use, typed: the Workstation implements it, and so does the view tests'
stand-in. A type checker holds both to it, so the stand-in cannot drift from the real thing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from moderator_app.core import dsa_schema, schema
from moderator_app.core.cluster_review import DecideCluster
from moderator_app.core.desk_events import DeskEvent
from moderator_app.core.exposure_summary import ExposureSummary
from moderator_app.core.keymap import ActionId
from moderator_app.core.review_item import ReviewItem
from moderator_app.core.session_types import SessionView
from moderator_app.net.api_client import ApiClient
from moderator_app.sync.cluster_desk import ClusterOpening
from moderator_app.sync.review_desk import Feedback
from moderator_app.sync.status import Conflict, SyncStatus


class ReviewFacade(Protocol):
    """What the review screen needs: the session to render, listing content, and key presses."""

    @property
    def policy(self) -> schema.Policy | None: ...

    def session_view(self) -> SessionView: ...

    def item(self, item_id: int) -> ReviewItem | None: ...

    def press(self, action: ActionId, shown: int | None) -> list[Feedback]: ...

    def note_edited(self, text: str, shown: int | None) -> list[Feedback]: ...

    def note_focused(self, shown: int | None) -> list[Feedback]: ...

    def set_active(self, active: bool) -> None: ...

    def lease_seconds_left(self, item_id: int | None = None) -> float | None: ...

    def status(self) -> SyncStatus: ...

    def statement_preview(self, item_id: int, reasons: tuple[str, ...]) -> dsa_schema.StatementEnvelope:
        """Runs in the background: it asks the server (the API client's errors when it cannot)."""
        ...


class ClusterFacade(Protocol):
    """What the cluster view needs: open a listing's cluster (network: from a background task),
    decide in it (the outbox), close it."""

    def open_cluster(self, item_id: int) -> ClusterOpening: ...

    def decide_cluster(self, opening: ClusterOpening, decide: DecideCluster) -> str: ...

    def close_cluster(self, opening: ClusterOpening) -> None: ...

    def cluster_photo(self, image: schema.ImageRef) -> Path | None: ...


class DeskFacade(ReviewFacade, ClusterFacade, Protocol):
    """What the main window needs besides: the account, queues, status, conflicts and events."""

    @property
    def user(self) -> schema.UserInfo | None: ...

    @property
    def server_url(self) -> str: ...

    def queues(self) -> list[schema.QueueInfo]: ...

    def refresh_queues(self) -> list[schema.QueueInfo]: ...

    def start_queue(self, queue_id: str, info: schema.QueueInfo | None = None) -> None: ...

    def leave_queue(self) -> None: ...

    def conflicts(self) -> list[Conflict]: ...

    def add_listener(self, callback: Callable[[DeskEvent], None]) -> None: ...

    def remove_listener(self, callback: Callable[[DeskEvent], None]) -> None: ...

    def qa_client(self) -> ApiClient: ...

    @property
    def text_screener(self) -> Callable[[schema.Listing], list[object]] | None: ...

    def exposure_summary(self) -> ExposureSummary: ...

    def note_listing_shown(self, item_id: int | None) -> None: ...

    def note_photo_revealed(self, item_id: int, image_id: str) -> None: ...

    def note_audit_reveal(self, image_id: str, flags: list[schema.FlagShown]) -> None: ...

    def note_input(self) -> None: ...
