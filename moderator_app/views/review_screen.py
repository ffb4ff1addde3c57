"""The review screen: one listing at a time, decided from the keyboard.

Layout: listing text and findings | photos | seller, with the decision bar underneath.
The screen renders the review session (``ReviewFacade.session_view()``) and sends it the keys:
every key press carries the id of the listing on screen when it was pressed, and the session
records a decision only for that listing; a key that arrives while the session has moved on is
dropped with a hint. The screen holds no state of its own about which listings exist or what
state they are in: it asks the session each time it renders.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from moderator_app.core import schema
from moderator_app.core.cluster_review import EVIDENCE_LABELS
from moderator_app.core.keymap import ActionId, Keymap
from moderator_app.core.review_item import ReviewItem
from moderator_app.core.session_types import (
    Entry,
    FocusNote,
    ItemState,
    LeaseLoss,
    Mode,
    Notice,
    OpenCluster,
    SessionView,
    ShowPreview,
    ShowSheet,
    Verdict,
)
from moderator_app.net.errors import Unreachable
from moderator_app.sync.facade import ReviewFacade
from moderator_app.sync.review_desk import Feedback
from moderator_app.views.decision_bar import (
    MODE_BROWSE,
    MODE_ESCALATE,
    MODE_REJECT,
    MODE_UNFOUNDED,
    DecisionBar,
)
from moderator_app.views.finding_labels import action_label, category_label, reason_label, refusal_reason
from moderator_app.views.listing_panel import ListingPanel, plain_label
from moderator_app.views.notices_panel import NoticesPanel, notifier_kind_label
from moderator_app.views.photo_decode import DecodedPhoto
from moderator_app.views.photo_flags import DEFAULT_HIDDEN
from moderator_app.views.photo_gallery import PhotoGallery
from moderator_app.views.review_prefetch import PhotoKey, PrefetchCache, PreparedItem
from moderator_app.views.seller_panel import SellerPanel
from moderator_app.views.shortcuts import ShortcutSet
from moderator_app.views.statement_view import StatementPreviewDialog
from moderator_app.views.task_runner import TaskRunner
from moderator_app.views.time_format import countdown

log = logging.getLogger(__name__)

PREFETCH_AHEAD = 3
REVEAL_KEY = "V"


def notice_text(notice: Notice) -> str:
    """A notice in the moderator's language, its placeholders filled."""
    text = QCoreApplication.translate(notice.context, notice.text)
    for name, value in notice.args:
        text = text.replace("{" + name + "}", value)
    return text


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
    decided(int, str): a decision on a listing was recorded (item id, action), by a key press here.
    item_shown(int): a listing is on screen (its id); emitted after the widgets were updated.
    shortcut_sheet_requested(): the moderator asked for the shortcut sheet.
    duplicate_activated(object): a duplicate-photo link was clicked.
    message(str, object): a short message for the status bar, and the listing it is about (or None).
    lease_shown(object): the lease time shown in the header (seconds, or None), once a tick.
    cluster_requested(int): the moderator asked for the cluster view of the listing shown (its id).
    photo_revealed(int, str): a hidden photo of the listing on screen was revealed (item id, image id).
    listing_on_screen(object): the listing on screen changed (its item id, or None for none).
    """

    decided = Signal(int, str)
    item_shown = Signal(int)
    shortcut_sheet_requested = Signal()
    duplicate_activated = Signal(object)
    message = Signal(str, object)
    lease_shown = Signal(object)
    cluster_requested = Signal(int)
    photo_revealed = Signal(int, str)
    listing_on_screen = Signal(object)

    def __init__(
        self, workstation: ReviewFacade, parent: QWidget | None = None, decoder: TaskRunner | None = None
    ) -> None:
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
        self.banner = plain_label("StateBanner", selectable=False)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.cluster_banner = plain_label("ClusterBanner", selectable=False)
        self.cluster_banner.setWordWrap(True)
        self.cluster_banner.hide()

        self.listing_panel = ListingPanel(self)
        self.notices_panel = NoticesPanel(self)
        self.listing_column = QWidget(self)
        column = QVBoxLayout(self.listing_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.notices_panel)
        column.addWidget(self.listing_panel, 1)
        self.cache.fonts = self.listing_panel.fonts()
        self.gallery = PhotoGallery(self)
        self.cache.display_fit = self.gallery.view.display_fit
        self.seller_panel = SellerPanel(self)
        self.gallery.duplicate_activated.connect(self.duplicate_activated)
        self.gallery.revealed.connect(self._on_revealed)
        self.splitter, self.empty_label, self.stack = panel_stack(
            self, (self.listing_column, self.gallery, self.seller_panel), (5, 5, 3), (520, 520, 320)
        )

        self.decision_bar = DecisionBar(self)
        self.decision_bar.action_triggered.connect(self.trigger)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.cluster_banner)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.decision_bar)

        self.keymap = Keymap()
        self.shortcuts = ShortcutSet(self)
        self._queue: schema.QueueInfo | None = None
        self._view: SessionView | None = None
        self._shown: int | None = None  # the id of the listing painted now: every key carries it
        self._current: PreparedItem | None = None
        self._reason_labels: dict[str, str] = {}
        self._notices_state: tuple[int, tuple[int, ...]] | None = None  # (item, marks) the panel shows
        self._preview_runner: TaskRunner | None = None
        self.preview_dialog: StatementPreviewDialog | None = None
        self.queue_names: dict[str, str] = {}  # queue id -> name, for the escalation targets
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
        self._show_empty(None)

    def showEvent(self, event: QShowEvent) -> None:
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

    def apply_veil_settings(
        self, blur_mode: str, always_blur: bool, hidden: Sequence[str] = DEFAULT_HIDDEN
    ) -> None:
        """Blur, greyscale or both; hide every photo or only those flagged as one of `hidden`."""
        self.cache.set_veil(blur_mode, always_blur, hidden)
        if self._current is not None:
            self._paint(self._current.item)

    def set_queue(self, queue: schema.QueueInfo) -> None:
        """Show the review session of `queue` (the facade's start_queue opened it)."""
        self._queue = queue
        policy = self.ws.policy
        server_labels = {rc.code: rc.label for rc in (policy.reason_codes if policy else [])}
        self._reason_labels = {
            code: reason_label(code, server_labels.get(code)) for code in queue.reason_codes
        }
        self.queue_label.setText(queue.name)
        self._current = None
        self._shown = None
        self._view = None
        self.cache.clear()
        self.decision_bar.set_mode(MODE_BROWSE, [])
        self.render()

    # --- rendering --------------------------------------------------------------------------------

    def render(self) -> None:
        """Show the session as it is now: the listing on screen, its state, the decision bar."""
        view = self.ws.session_view()
        self._view = view
        current = view.current
        if current is None:
            self._show_empty(view)
        else:
            item = self.ws.item(current.item_id)
            if item is None:
                self._show_empty(view)
            elif self._current is None or self._current.item is not item or self._shown != item.item_id:
                self._paint(item, keep_state=self._shown == item.item_id)
        if self._current is not None:
            self._show_notices(self._current.item, view.unfounded)
        self._render_state(view)
        self.cache.keep_only({e.item_id for e in view.entries} | ({self._shown} if self._shown else set()))
        self._schedule_prefetch()

    refresh_items = render

    def _paint(self, item: ReviewItem, keep_state: bool = False) -> None:
        prepared = self.cache.prepared(item)
        self._current = prepared
        changed = self._shown != item.item_id
        self._shown = item.item_id
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
        cluster_text = self.cluster_text(item.cluster)
        self.cluster_banner.setText(cluster_text)
        self.cluster_banner.setVisible(bool(cluster_text))
        if changed:
            self.item_shown.emit(item.item_id)
            self.listing_on_screen.emit(item.item_id)

    def _on_revealed(self, image_id: str) -> None:
        if self._shown is not None:
            self.photo_revealed.emit(self._shown, image_id)

    def _show_notices(self, item: ReviewItem, marked: tuple[int, ...]) -> None:
        state = (item.item_id, marked)
        if state == self._notices_state:
            return
        self._notices_state = state
        keys = self.keymap.keys_for(ActionId.UNFOUNDED)
        self.notices_panel.show_notices(item.notices, marked, keys[0] if keys else "")

    def cluster_text(self, cluster: schema.ClusterSummary | None) -> str:
        """"Part of a cluster of N listings from M sellers", the evidence, and the key that opens it."""
        if cluster is None:
            return ""
        head = (
            self.tr("Part of a cluster of %1 listings from %2 sellers")
            .replace("%1", str(cluster.listings))
            .replace("%2", str(cluster.sellers))
        )
        evidence = ", ".join(
            QCoreApplication.translate("ClusterReview", EVIDENCE_LABELS[e.kind]) for e in cluster.evidence
        )
        keys = self.keymap.keys_for(ActionId.CLUSTER)
        key = keys[0] if keys else ""
        if cluster.max_size is not None and cluster.listings > cluster.max_size:
            tail = (
                self.tr("Your role may decide clusters of up to %1 listings; %2 shows it.")
                .replace("%1", str(cluster.max_size))
                .replace("%2", key)
            )
        elif not cluster.may_decide:
            tail = self.tr("Your role may not decide clusters; %1 shows it.").replace("%1", key)
        elif cluster.max_size is not None:
            tail = (
                self.tr("Press %1 to review and decide them at once (up to %2 listings).")
                .replace("%1", key)
                .replace("%2", str(cluster.max_size))
            )
        else:
            tail = self.tr("Press %1 to review and decide them at once.").replace("%1", key)
        if not evidence:
            return f"{head}. {tail}"
        return self.tr("%1: %2. %3").replace("%1", head).replace("%2", evidence).replace("%3", tail)

    def _show_empty(self, view: SessionView | None) -> None:
        self.cluster_banner.hide()
        self._current = None
        if self._shown is not None:
            self.listing_on_screen.emit(None)
        self._shown = None
        self._notices_state = None
        self.notices_panel.hide()
        if self._queue is None:
            self.empty_label.setText(self.tr("Pick a queue to start reviewing."))
        else:
            status = self.ws.status()
            if status.online:
                text = self.tr(
                    "No listings ready yet.\nNew listings are claimed and downloaded in the background."
                )
            else:
                text = self.tr(
                    "Offline: no more listings cached; %n decision(s) will be sent when the connection returns.",
                    "",
                    status.outbox_count,
                )
            self.empty_label.setText(text)
        self.stack.setCurrentIndex(1)
        self.position_label.setText("")

    def status_changed(self) -> None:
        """The connection or the outbox changed: the empty screen's words may have to change."""
        if self._shown is None and self._queue is not None:
            self._show_empty(self._view)

    def _render_state(self, view: SessionView) -> None:
        entry = view.current if self._shown is not None else None
        self.decision_bar.setEnabled(entry is not None)
        self._sync_bar(view)
        if entry is None:
            self.position_label.setText("")
            self.banner.hide()
            return
        if entry.state == ItemState.READY and view.position is not None:
            self.position_label.setText(
                self.tr("%1 of %2 ready")
                .replace("%1", str(view.position))
                .replace("%2", str(view.ready_count))
            )
        else:
            self.position_label.setText(self._state_name(entry))
        banner = self._banner_text(entry, view)
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        note = self.decision_bar.note_edit
        if view.mode != Mode.NOTE_EDITING and note.text() != view.note:
            note.setText(view.note)

    def _state_name(self, entry: Entry) -> str:
        names = {
            ItemState.DECIDING: self.tr("Saving the decision…"),
            ItemState.DECIDED_UNSENT: self.tr("Decided · waiting to be sent"),
            ItemState.SENT: self.tr("Decided · sent"),
            ItemState.REFUSED: self.tr("Refused by the server"),
            ItemState.LEASE_LOST: self.tr("No longer leased to you"),
        }
        return names.get(entry.state, "")

    def _verdict_text(self, verdict: Verdict | None) -> str:
        if verdict is None:
            return ""
        text = action_label(verdict.action)
        if verdict.reasons:
            text += (
                " (" + ", ".join(self._reason_labels.get(c) or reason_label(c) for c in verdict.reasons) + ")"
            )
        elif verdict.target:
            text += " → " + self.queue_names.get(verdict.target, verdict.target)
        return text

    def _banner_text(self, entry: Entry, view: SessionView) -> str:
        verdict = self._verdict_text(entry.verdict)
        match entry.state:
            case ItemState.DECIDED_UNSENT:
                if view.undo_left_s is not None and view.current_id == entry.item_id:
                    return self.tr("You decided: %1. It is sent in a moment; Z undoes it.").replace(
                        "%1", verdict
                    )
                return self.tr("You decided: %1. It waits in the outbox to be sent.").replace("%1", verdict)
            case ItemState.SENT:
                return self.tr("You decided: %1. The server has it.").replace("%1", verdict)
            case ItemState.REFUSED if entry.refusal is not None:
                return (
                    self.tr("The server refused your decision (%1): %2. This listing is no longer yours.")
                    .replace("%1", self._verdict_text(entry.refusal.verdict))
                    .replace("%2", refusal_reason(entry.refusal.code))
                )
            case ItemState.LEASE_LOST if entry.loss == LeaseLoss.EXPIRED:
                return self.tr(
                    "The lease on this listing expired before it could be renewed: a decision now would be "
                    "refused, so none can be made. Press N for the next listing."
                )
            case ItemState.LEASE_LOST:
                return self.tr(
                    "This listing is no longer leased to you (released, or taken by someone else). "
                    "Press N for the next listing."
                )
            case ItemState.READY if entry.refusal is not None:
                return (
                    self.tr(
                        "Your first decision on this listing (%1) was refused by the server: %2. Decide again."
                    )
                    .replace("%1", self._verdict_text(entry.refusal.verdict))
                    .replace("%2", refusal_reason(entry.refusal.code))
                )
        return ""

    def banner_text(self) -> str:
        return self.banner.text() if self.banner.isVisible() else ""

    def _sync_bar(self, view: SessionView) -> None:
        """Show the session's mode, choices and what is enabled in the decision bar."""
        mode = {
            Mode.CHOOSING_REASONS: MODE_REJECT,
            Mode.CHOOSING_ESCALATION: MODE_ESCALATE,
            Mode.MARKING_NOTICES: MODE_UNFOUNDED,
        }.get(view.mode, MODE_BROWSE)
        if view.mode == Mode.NOTE_EDITING:
            mode = self.decision_bar.mode()
        if mode != self.decision_bar.mode():
            self.decision_bar.set_mode(mode, self._options(mode))
        if mode == MODE_REJECT:
            selected = [view.reason_codes.index(c) for c in view.selected_reasons]
        elif mode == MODE_ESCALATE and view.selected_target is not None:
            selected = [view.escalation_targets.index(view.selected_target)]
        elif mode == MODE_UNFOUNDED:
            selected = [view.notice_ids.index(n) for n in view.unfounded if n in view.notice_ids]
        else:
            selected = []
        self.decision_bar.set_selected(selected)
        self.decision_bar.set_enabled_actions(view.enabled if self._shown is not None else frozenset())
        self.decision_bar.set_undo_available(view.undo_left_s is not None, view.undo_left_s)
        if view.mode != Mode.NOTE_EDITING and self.decision_bar.note_edit.hasFocus():
            self.setFocus()

    def _options(self, mode: str) -> list[tuple[str, str]]:
        if self._queue is None:
            return []
        if mode == MODE_REJECT:
            return [
                (code, self._reason_labels.get(code) or reason_label(code))
                for code in self._queue.reason_codes
            ]
        if mode == MODE_ESCALATE:
            return [
                (target, self.queue_names.get(target, target)) for target in self._queue.escalation_targets
            ]
        if mode == MODE_UNFOUNDED and self._current is not None:
            return [
                (str(n.notice_id), f"{category_label(n.category)} ({notifier_kind_label(n.notifier_kind)})")
                for n in self._current.item.notices
            ]
        return []

    # --- actions -------------------------------------------------------------------------------------

    def trigger(self, action: ActionId) -> None:
        """Run one keymap action (keys and buttons both come here) on the listing on screen."""
        shown = self._shown
        before = self._view.current if self._view is not None else None
        feedback = self.ws.press(action, shown)
        self.render()
        self._after(feedback)
        if before is not None and before.item_id == shown and before.state == ItemState.READY:
            entry = next((e for e in self._view.entries if e.item_id == shown), None) if self._view else None
            if entry is not None and entry.state == ItemState.DECIDED_UNSENT and entry.verdict is not None:
                self.decided.emit(entry.item_id, entry.verdict.action.value)

    def _after(self, feedback: list[Feedback]) -> None:
        for effect in feedback:
            match effect:
                case ShowSheet():
                    self.shortcut_sheet_requested.emit()
                case FocusNote():
                    self.decision_bar.note_edit.setFocus()
                case ShowPreview():
                    self.open_statement_preview(effect)
                case OpenCluster(item_id=item_id):
                    self.cluster_requested.emit(item_id)
                case Notice():
                    self.message.emit(notice_text(effect), effect.about)

    # --- statement of reasons preview ----------------------------------------------------------------

    def open_statement_preview(self, request: ShowPreview) -> StatementPreviewDialog:
        """Open the preview at once, then fill it with the server's statement (or say why not)."""
        reasons = ", ".join(self._reason_labels.get(c) or reason_label(c) for c in request.reasons)
        dialog = StatementPreviewDialog(reasons, self)
        dialog.finished.connect(lambda _result: self._back_from_dialog())
        self.preview_dialog = dialog
        if self._preview_runner is None:
            self._preview_runner = TaskRunner("statement-preview", parent=self)

        def failed(exc: Exception) -> None:
            dialog.show_unavailable(isinstance(exc, Unreachable), str(exc))

        self._preview_runner.run(
            lambda: self.ws.statement_preview(request.item_id, request.reasons), dialog.show_envelope, failed
        )
        dialog.open()
        return dialog

    def _back_from_dialog(self) -> None:
        # The keys must reach the reject flow again at once: Enter confirms, digits change reasons.
        self.activateWindow()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_note_edited(self, text: str) -> None:
        self._after(self.ws.note_edited(text, self._shown))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        focus_in = event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent)
        if watched is self.decision_bar.note_edit and focus_in and self._shown is not None:
            self.ws.note_focused(self._shown)
            self._view = self.ws.session_view()
        return super().eventFilter(watched, event)

    # --- what tests and the window read ----------------------------------------------------------------

    def reason_labels(self) -> dict[str, str]:
        """The queue's reason codes and their labels, in the moderator's language."""
        return dict(self._reason_labels)

    def current_queue(self) -> schema.QueueInfo | None:
        """The schema.QueueInfo under review, or None."""
        return self._queue

    def current_item(self) -> ReviewItem | None:
        return self._current.item if self._current else None

    def shown_item_id(self) -> int | None:
        return self._shown

    def mode(self) -> str:
        return self.decision_bar.mode()

    def state(self) -> Mode | None:
        return self._view.mode if self._view else None

    def undo_seconds_left(self) -> float | None:
        return self.ws.session_view().undo_left_s

    # --- prefetch and timers ----------------------------------------------------------------------------

    def _schedule_prefetch(self) -> None:
        # Idle time after the paint: a zero timer runs once the event loop has drawn the frame.
        if not self._prefetch_timer.isActive():
            self._prefetch_timer.start(0)

    def _prefetch_ahead(self) -> None:
        view = self._view
        if view is None or self._shown is None:
            return
        ids = [e.item_id for e in view.entries if e.state == ItemState.READY]
        start = ids.index(self._shown) + 1 if self._shown in ids else 0
        for item_id in (ids[start:] + ids[:start])[:PREFETCH_AHEAD]:
            item = self.ws.item(item_id)
            if item is not None:
                # Also re-fits photos decoded for an earlier size of the view.
                self.cache.request_photos(self.cache.prepared(item))

    def _on_photo_ready(self, photo: DecodedPhoto, key: PhotoKey) -> None:
        if self._current is not None and key in self._current.photo_keys.values():
            self.gallery.update_photo(photo)

    def _on_tick(self) -> None:
        if self._shown is None:
            self.timer_label.setText("")
            self.lease_label.setText("")
            self.lease_shown.emit(self.ws.lease_seconds_left())
            return
        view = self.ws.session_view()
        self._view = view
        self.decision_bar.set_undo_available(view.undo_left_s is not None, view.undo_left_s)
        if view.current is not None and view.current.state == ItemState.DECIDED_UNSENT:
            self.banner.setText(self._banner_text(view.current, view))
        self.timer_label.setText(self.tr("On this listing %1").replace("%1", countdown(view.handling_s)))
        left = self.ws.lease_seconds_left(self._shown)
        self.lease_label.setText(self.tr("Lease %1").replace("%1", countdown(left)))
        self.lease_shown.emit(left)
