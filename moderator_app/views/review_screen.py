"""The review screen: one listing at a time, decided from the keyboard.

Layout: listing text and findings | photos | seller, with the decision bar underneath.
The screen reads items from `Workstation.review_items()` (in memory) and records decisions
with `Workstation.record_decision()` (durable before it returns). Keys come from the Keymap
data; every handler checks the screen's mode and the item on display before acting, so a
double press, or a press during a mode change, never decides twice.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from moderator_app.core.keymap import ActionId, Keymap
from moderator_app.core.review_state import (
    UNDO_WINDOW_S,
    Navigate,
    Notice,
    QueueExhausted,
    RecordDecision,
    ReviewSession,
    ReviewState,
    ShowSheet,
    SkipItem,
    Undo,
)
from moderator_app.views.decision_bar import MODE_BROWSE, MODE_ESCALATE, MODE_REJECT, DecisionBar
from moderator_app.views.listing_panel import ListingPanel, plain_label
from moderator_app.views.photo_decode import DecodedPhoto
from moderator_app.views.photo_flags import DEFAULT_HIDDEN
from moderator_app.views.photo_gallery import PhotoGallery
from moderator_app.views.review_prefetch import PhotoKey, PrefetchCache, PreparedItem
from moderator_app.views.seller_panel import SellerPanel
from moderator_app.views.shortcuts import ShortcutSet
from moderator_app.views.task_runner import TaskRunner
from moderator_app.views.time_format import countdown

log = logging.getLogger(__name__)

PREFETCH_AHEAD = 3
REVEAL_KEY = "V"


def flags_shown(prepared: PreparedItem) -> list[dict]:
    """What the moderator was shown, for the decision record (kinds and labels, never listing text)."""
    item = prepared.item
    shown: list[dict] = []
    for f in item.text_findings:
        shown.append({"source": "local-text", "kind": f.kind, "label": f.category or f.kind, "field": f.field})
    for image_id, result in (item.image_results or {}).items():
        for flag in getattr(result, "flags", None) or ():
            shown.append({"source": "local-image", "kind": flag.kind, "label": flag.label,
                          "score": flag.score, "image_id": image_id})
    for sflag in item.server_flags:
        shown.append({"source": "server", "kind": "server", "label": sflag.label, "score": sflag.score,
                      "image_id": sflag.image_id})
    return shown[:500]



def panel_stack(
    parent: QWidget, panels: Sequence[QWidget], stretches: Sequence[int], sizes: Sequence[int]
) -> tuple[QSplitter, QLabel, QStackedWidget]:
    """The three side-by-side panels of a listing screen, and the empty-state label in their
    place when there is nothing to show: (splitter, empty label, stack). The review and the QA
    audit screens share it."""
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.setObjectName("ReviewSplitter")
    for index, (panel, stretch) in enumerate(zip(panels, stretches, strict=True)):
        splitter.addWidget(panel)
        splitter.setStretchFactor(index, stretch)
    splitter.setSizes(list(sizes))
    splitter.setChildrenCollapsible(False)
    empty_label = plain_label("EmptyState")
    empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    stack = QStackedWidget(parent)
    stack.addWidget(splitter)
    stack.addWidget(empty_label)
    return splitter, empty_label, stack

class ReviewScreen(QWidget):
    """Signals:
    decided(int, str): an item was decided (item id, action), after the outbox write.
    item_shown(int): an item is on screen (its id); emitted after the widgets were updated.
    shortcut_sheet_requested(): the moderator asked for the shortcut sheet.
    duplicate_activated(object): a duplicate-photo link was clicked.
    message(str): a short status message for the status bar.
    back_requested(): leave the queue (return to the queue picker).
    """

    decided = Signal(int, str)
    item_shown = Signal(int)
    shortcut_sheet_requested = Signal()
    duplicate_activated = Signal(object)
    message = Signal(str)
    back_requested = Signal()

    def __init__(self, workstation: Any, parent: QWidget | None = None, decoder: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReviewScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ws = workstation
        self._decoder = decoder or TaskRunner("photo-decode", max_workers=2, parent=self)
        self.cache = PrefetchCache(self._decoder)
        self.cache.photo_ready = self._on_photo_ready

        self.queue_label = plain_label("ScreenTitle")
        self.position_label = plain_label("MutedLabel", selectable=False)
        self.timer_label = plain_label("MutedLabel", selectable=False)
        self.lease_label = plain_label("MutedLabel", selectable=False)
        header = QHBoxLayout()
        header.setContentsMargins(14, 8, 14, 4)
        header.setSpacing(16)
        header.addWidget(self.queue_label)
        header.addWidget(self.position_label)
        header.addStretch(1)
        header.addWidget(self.timer_label)
        header.addWidget(self.lease_label)

        self.listing_panel = ListingPanel(self)
        self.cache.fonts = self.listing_panel.fonts()
        self.gallery = PhotoGallery(self)
        self.cache.display_fit = self.gallery.view.display_fit
        self.seller_panel = SellerPanel(self)
        self.gallery.duplicate_activated.connect(self.duplicate_activated)
        self.splitter, self.empty_label, self.stack = panel_stack(
            self, (self.listing_panel, self.gallery, self.seller_panel), (5, 5, 3), (520, 520, 320)
        )

        self.decision_bar = DecisionBar(self)
        self.decision_bar.action_triggered.connect(self.trigger)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.decision_bar)

        self.keymap = Keymap()
        self.shortcuts = ShortcutSet(self)
        self.session: ReviewSession | None = None
        self._items: list[Any] = []
        self._current: PreparedItem | None = None
        self._queue: Any = None
        self._reason_labels: dict[str, str] = {}
        self.queue_names: dict[str, str] = {}  # queue id -> name, for the escalation targets
        self._ws_keys: dict[uuid.UUID, str] = {}  # state-machine key -> outbox idempotency key
        self._undo_at: float | None = None
        self._shown_timer = QElapsedTimer()
        self.decision_bar.note_edit.textEdited.connect(self._on_note_edited)
        self.decision_bar.note_edit.installEventFilter(self)
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.timeout.connect(self._prefetch_ahead)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        self.apply_keymap(self.keymap)
        self._show_empty()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Keys must reach the shortcuts, not a text field, whenever the screen appears.
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- configuration ------------------------------------------------------------------------

    def apply_keymap(self, keymap: Keymap) -> None:
        self.keymap = keymap
        # View-only keys (not decisions) live outside the keymap and yield to any key the user mapped.
        view = self.gallery.view
        extra = {
            REVEAL_KEY: self.gallery.reveal_current,
            "+": view.zoom_in,
            "=": view.zoom_in,
            "-": view.zoom_out,
            "0": view.reset_zoom,
            "]": self.gallery.next_photo,
            "[": self.gallery.previous_photo,
        }
        self.shortcuts.apply(keymap, self.trigger, extra)
        self.decision_bar.set_keymap(keymap)

    def apply_veil_settings(self, blur_mode: str, always_blur: bool, hidden: Sequence[str] = DEFAULT_HIDDEN) -> None:
        """Blur, greyscale or both; hide every photo or only those flagged as one of `hidden`."""
        self.cache.set_veil(blur_mode, always_blur, hidden)
        if self._current is not None:
            self._show(self._current.item)

    def set_queue(self, queue: Any) -> None:
        """Start a review session over the ready items of `queue` (a schema.QueueInfo)."""
        self._queue = queue
        policy = getattr(self.ws, "policy", None)
        self._reason_labels = {rc.code: rc.label for rc in (policy.reason_codes if policy else [])}
        self.queue_label.setText(queue.name)
        self._current = None
        self._undo_at = None
        self.cache.clear()
        self._items = list(self.ws.review_items())
        self.session = ReviewSession(
            [i.item_id for i in self._items],
            queue.reason_codes,
            queue.escalation_targets,
            clock=time.monotonic,
            # The outbox is the judge: undo_decision() refuses a sent decision, which ends in undo_failed.
            is_unsent=lambda key: key in self._ws_keys,
        )
        if self._items:
            self._show(self._items[0])
        else:
            self._show_empty()
        self._sync_bar()

    # --- items ----------------------------------------------------------------------------------

    def refresh_items(self) -> None:
        """Fold the data layer's current items into the session: new claims in, lost leases out."""
        if self.session is None:
            return
        self._items = list(self.ws.review_items())
        ready = {i.item_id for i in self._items}
        self.cache.keep_only(ready | {self._current.item.item_id} if self._current else ready)
        commands: list = []
        for item_id in self.session.items:
            if item_id not in ready and not self.session.is_decided(item_id):
                commands += self.session.drop_item(item_id)
        commands += self.session.add_items([i.item_id for i in self._items])
        self._run(commands)
        if self._current is not None:
            fresh = self._item(self._current.item.item_id)
            if fresh is not None and fresh is not self._current.item:
                self._show(fresh, keep_state=True)
        elif self.session.current_item is not None and not self.session.is_decided(self.session.current_item):
            item = self._item(self.session.current_item)
            if item is not None:
                self._show(item)
        self._update_position()
        self._schedule_prefetch()

    def _item(self, item_id: int) -> Any | None:
        for item in self._items:
            if item.item_id == item_id:
                return item
        getter = getattr(self.ws, "item", None)
        return getter(item_id) if getter is not None else None

    def current_queue(self) -> Any | None:
        """The schema.QueueInfo under review, or None."""
        return self._queue

    def current_item(self) -> Any | None:
        return self._current.item if self._current else None

    def _index_of_current(self) -> int:
        if self._current is None:
            return -1
        for i, item in enumerate(self._items):
            if item.item_id == self._current.item.item_id:
                return i
        return -1

    def _show(self, item: Any, keep_state: bool = False) -> None:
        prepared = self.cache.prepared(item)
        self._current = prepared
        if not keep_state:
            self._shown_timer.start()
            self.decision_bar.note_edit.setText(self.session.note if self.session else "")
        if self.stack.currentIndex() != 0:
            self.stack.setCurrentIndex(0)
        self.listing_panel.show_listing(item.listing, prepared.listing.findings, prepared.listing)
        self.gallery.show_photos(
            [img.id for img in item.listing.images],
            self.cache.decoded(prepared),
            prepared.flags,
            {i: mode is not None for i, mode in prepared.veil_modes.items()},
            prepared.duplicates,
            keep_state=keep_state,
        )
        self.seller_panel.show_seller(item.seller, prepared.assessment)
        self._update_position()
        self.item_shown.emit(item.item_id)
        self._schedule_prefetch()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.decision_bar.note_edit and event.type() == QEvent.Type.FocusIn:
            self._on_note_focus()
        return super().eventFilter(watched, event)

    def _show_empty(self) -> None:
        self._current = None
        if self._queue is None:
            self.empty_label.setText(self.tr("Pick a queue to start reviewing."))
        else:
            self.empty_label.setText(self.tr("No listings ready yet.\nNew items are claimed and downloaded in the background."))
        self.stack.setCurrentIndex(1)
        self.position_label.setText("")
        self.decision_bar.setEnabled(False)

    def _update_position(self) -> None:
        self.decision_bar.setEnabled(True)
        i = self._index_of_current()
        self.position_label.setText(
            self.tr("%1 of %2 ready").replace("%1", str(i + 1)).replace("%2", str(len(self._items)))
        )

    def _schedule_prefetch(self) -> None:
        # Idle time after the paint: a zero timer runs once the event loop has drawn the frame.
        if not self._prefetch_timer.isActive():
            self._prefetch_timer.start(0)

    def _prefetch_ahead(self) -> None:
        i = self._index_of_current()
        if i < 0:
            return
        for item in self._items[i + 1 : i + 1 + PREFETCH_AHEAD]:
            # Also re-fits photos decoded for an earlier size of the view.
            self.cache.request_photos(self.cache.prepared(item))

    def _on_photo_ready(self, photo: DecodedPhoto, key: PhotoKey) -> None:
        if self._current is not None and key in self._current.photo_keys.values():
            self.gallery.update_photo(photo)

    # --- actions ------------------------------------------------------------------------------------

    def trigger(self, action: ActionId) -> None:
        """Run one keymap action through the review state machine (keys and buttons both come here)."""
        if self.session is None:
            return
        commands = self.session.handle(action)
        if action == ActionId.NOTE and self.session.state == ReviewState.NOTE_EDITING:
            self.decision_bar.note_edit.setFocus()
        self._run(commands)
        self._sync_bar()

    def _run(self, commands: list) -> None:
        """Carry out the state machine's commands, feeding results back into it."""
        assert self.session is not None
        for command in commands:
            if isinstance(command, RecordDecision):
                self._run(self._record(command))
            elif isinstance(command, Navigate):
                item = self._item(command.item_id)
                if item is not None:
                    self._show(item)
            elif isinstance(command, ShowSheet):
                self.shortcut_sheet_requested.emit()
            elif isinstance(command, Undo):
                self._run(self._apply_undo(command))
            elif isinstance(command, SkipItem):
                try:
                    self.ws.skip(command.item_id)
                except LookupError as exc:
                    self.message.emit(str(exc))
            elif isinstance(command, Notice):
                self.message.emit(QCoreApplication.translate("ReviewState", command.text))
            elif isinstance(command, QueueExhausted):
                self._show_empty()
        self._sync_bar()

    def _record(self, command: RecordDecision) -> list:
        prepared = self._current
        try:
            ws_key = self.ws.record_decision(
                command.item_id,
                command.action.value,
                reason_codes=list(command.reasons),
                escalate_to=command.target,
                note=command.note,
                time_spent_ms=command.time_spent_ms,
                flags_shown=flags_shown(prepared) if prepared and prepared.item.item_id == command.item_id else (),
            )
        except (LookupError, ValueError) as exc:  # NotLeased / AlreadyDecided / invalid
            log.info("decision refused for item %s: %s", command.item_id, type(exc).__name__)
            return self.session.decision_failed(command.key, str(exc))
        self._ws_keys[command.key] = ws_key
        self._undo_at = time.monotonic()
        self._items = list(self.ws.review_items())
        self.decided.emit(command.item_id, command.action.value)
        return self.session.decision_recorded(command.key)

    def _apply_undo(self, command: Undo) -> list:
        ws_key = self._ws_keys.pop(command.key, None)
        if ws_key is not None and self.ws.undo_decision(ws_key):
            self._undo_at = None
            self._items = list(self.ws.review_items())
            self.message.emit(self.tr("Decision undone."))
            return self.session.undo_applied(command.key)
        return self.session.undo_failed(
            command.key, self.tr("Too late to undo: the decision has already been sent.")
        )

    def _on_note_edited(self, text: str) -> None:
        if self.session is not None and self.session.state == ReviewState.NOTE_EDITING:
            self._run(self.session.note_changed(text))

    def _on_note_focus(self) -> None:
        if self.session is not None and self.session.state != ReviewState.NOTE_EDITING:
            self.session.note_start()
            self._sync_bar()

    def _sync_bar(self) -> None:
        """Show the state machine's mode and choices in the decision bar."""
        session = self.session
        state = session.state if session else ReviewState.BROWSING
        mode = {
            ReviewState.CHOOSING_REASONS: MODE_REJECT,
            ReviewState.CHOOSING_ESCALATION: MODE_ESCALATE,
        }.get(state, MODE_BROWSE)
        if state == ReviewState.NOTE_EDITING:
            mode = self.decision_bar.mode()
        if mode != self.decision_bar.mode():
            self.decision_bar.set_mode(mode, self._options(mode))
        if session is not None:
            if mode == MODE_REJECT:
                selected = [session.reason_codes.index(c) for c in session.selected_reasons]
            elif mode == MODE_ESCALATE and session.selected_target is not None:
                selected = [session.escalation_targets.index(session.selected_target)]
            else:
                selected = []
            self.decision_bar.set_selected(selected)
        if state != ReviewState.NOTE_EDITING and self.decision_bar.note_edit.hasFocus():
            self.setFocus()

    def _options(self, mode: str) -> list[tuple[str, str]]:
        if self._queue is None:
            return []
        if mode == MODE_REJECT:
            return [(code, self._reason_labels.get(code, code)) for code in self._queue.reason_codes]
        if mode == MODE_ESCALATE:
            return [(target, self.queue_names.get(target, target)) for target in self._queue.escalation_targets]
        return []

    def mode(self) -> str:
        return self.decision_bar.mode()

    def state(self) -> ReviewState | None:
        return self.session.state if self.session else None

    def undo_seconds_left(self) -> float | None:
        if self._undo_at is None:
            return None
        left = UNDO_WINDOW_S - (time.monotonic() - self._undo_at)
        return left if left > 0 else None

    def _on_tick(self) -> None:
        left = self.undo_seconds_left()
        if left is None:
            self._undo_at = None
        self.decision_bar.set_undo_available(left is not None, left)
        if self._current is not None and self.session is not None:
            spent = self.session.handling_ms(self._current.item.item_id) / 1000
            self.timer_label.setText(self.tr("On this listing %1").replace("%1", countdown(spent)))
            left_s = self._current.item.lease_expires_at.timestamp() - time.time()
            self.lease_label.setText(self.tr("Lease %1").replace("%1", countdown(left_s)))
        else:
            self.timer_label.setText("")
            self.lease_label.setText("")
