"""The appeal screen (the Appeals queue): the listing as it was decided, the decision under appeal
with its statement of reasons and notices, the appeal's text; the reviewer upholds or reverses it
with a reasoned reply, from the keyboard.

The flow (sync.appeal_flow.AppealFlow) decides what each key means; this screen draws it and runs
its commands in the background. A confirmed outcome is written to the local store before it is sent
(sync.appeal_sender): a send that gets no answer keeps it on screen, Enter sends the very same
request again, and what a quit or a crash left unsent goes at the next start of the same account.
"""

from __future__ import annotations

import logging
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from moderator_app.core import dsa_schema as dsa
from moderator_app.core.keymap import ActionId, Keymap, option_number
from moderator_app.core.schema import Action
from moderator_app.net.errors import ApiError
from moderator_app.sync import appeal_flow as flow_mod
from moderator_app.sync.appeal_desk import AppealDesk
from moderator_app.sync.appeal_flow import (
    AppealCase,
    AppealFlow,
    ClaimNext,
    FocusReply,
    Key,
    Notice,
    SendOutcome,
    ShowSheet,
    Step,
)
from moderator_app.sync.appeal_sender import final_refusal
from moderator_app.sync.qa_desk import QaDesk
from moderator_app.views.decision_bar import MODE_BROWSE, MODE_REJECT, DecisionBar
from moderator_app.views.finding_labels import action_label, reason_label, source_label
from moderator_app.views.listing_panel import ListingPanel, plain_label
from moderator_app.views.notices_panel import NoticesPanel
from moderator_app.views.opaque_panel import OpaquePanel, fill_with_scrolling
from moderator_app.views.photo_decode import DecodedPhoto, decode_photo
from moderator_app.views.photo_flags import PhotoFlags
from moderator_app.views.photo_gallery import PhotoGallery
from moderator_app.views.qa.panel_base import QaPanel, error_text
from moderator_app.views.review_screen import panel_stack
from moderator_app.views.shortcut_sheet import KeySheet, key_text
from moderator_app.views.shortcuts import ShortcutSet
from moderator_app.views.statement_view import StatementView
from moderator_app.views.task_runner import TaskRunner
from moderator_app.views.time_format import humanise_age

log = logging.getLogger(__name__)

RENEW_EVERY_MS = 60_000  # the appeal's lease is renewed while it is on screen
REVEAL_PHOTO_KEY = "V"


def decode_case_photos(case: AppealCase) -> dict[str, DecodedPhoto]:
    """Decode the downloaded photos (background thread). The bytes pass through a private temporary
    directory removed at once: listing photos are personal data and are not kept on the desk."""
    decoded: dict[str, DecodedPhoto] = {}
    with tempfile.TemporaryDirectory(prefix="appeal-") as directory:
        for index, (image_id, data) in enumerate(case.photos.items()):
            if data is None:
                decoded[image_id] = DecodedPhoto.failed(
                    image_id, QCoreApplication.translate("AppealScreen", "Photo not available")
                )
                continue
            path = Path(directory) / f"photo-{index}"
            path.write_bytes(data)
            # A removed listing may show what it was removed for: veiled until revealed (V).
            veil = "blur" if case.detail.decision.action == Action.reject else None
            decoded[image_id] = decode_photo(image_id, path, veil)
    return decoded


class AppealColumn(OpaquePanel):
    """The appeal, the decision under appeal, its notices and statement, and the reply preview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AppealColumn")
        self.appeal_meta = plain_label("MutedLabel")
        self.appeal_meta.setWordWrap(True)
        self.appeal_text = plain_label("NoticeExplanation")
        self.appeal_text.setWordWrap(True)
        self.decision_text = plain_label()
        self.decision_text.setWordWrap(True)
        self.decision_meta = plain_label("MutedLabel")
        self.decision_meta.setWordWrap(True)
        self.notices = NoticesPanel(self)
        self.notices.setMaximumHeight(16_777_215)
        self.statement = StatementView(self)
        self.no_statement = plain_label("MutedLabel")
        self.no_statement.setWordWrap(True)
        self.outcome_header = plain_label("SubHeader", selectable=False)
        self.reply_preview = QPlainTextEdit(self)
        self.reply_preview.setObjectName("ReplyPreview")
        self.reply_preview.setReadOnly(True)
        self.reply_preview.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.reply_preview.setMinimumHeight(140)
        body = QWidget(self)
        col = QVBoxLayout(body)
        col.setContentsMargins(12, 10, 12, 10)
        col.setSpacing(6)
        col.addWidget(self._section(self.tr("The appeal")))
        col.addWidget(self.appeal_meta)
        col.addWidget(self.appeal_text)
        col.addWidget(self._section(self.tr("Decision under appeal")))
        col.addWidget(self.decision_text)
        col.addWidget(self.decision_meta)
        # The reply sits right under the decision once an outcome is chosen: it is what goes out.
        col.addWidget(self.outcome_header)
        col.addWidget(self.reply_preview)
        col.addWidget(self.notices)
        col.addWidget(self._section(self.tr("Its statement of reasons")))
        col.addWidget(self.no_statement)
        col.addWidget(self.statement)
        col.addStretch(1)
        fill_with_scrolling(self, body)

    def _section(self, text: str):
        label = plain_label("SubHeader", selectable=False)
        label.setText(text)
        return label

    def show_case(self, case: AppealCase, now: datetime) -> None:
        detail = case.detail
        appeal = detail.appeal
        who = self.tr("the seller") if appeal.appellant == "seller" else self.tr("the notifier")
        received = appeal.received_at if appeal.received_at.tzinfo else appeal.received_at.replace(tzinfo=UTC)
        due = appeal.due_at if appeal.due_at.tzinfo else appeal.due_at.replace(tzinfo=UTC)
        left = (due - now).total_seconds()
        due_text = (
            self.tr("due in %1").replace("%1", humanise_age(left))
            if left > 0
            else self.tr("overdue by %1").replace("%1", humanise_age(-left))
        )
        self.appeal_meta.setText(
            self.tr("From %1, received %2 ago · %3")
            .replace("%1", who)
            .replace("%2", humanise_age((now - received).total_seconds()))
            .replace("%3", due_text)
        )
        self.appeal_text.setText(appeal.explanation)
        decision = detail.decision
        text = action_label(decision.action)
        if decision.reason_codes:
            text += ": " + ", ".join(reason_label(c) for c in decision.reason_codes)
        self.decision_text.setText(text)
        decided = decision.decided_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        self.decision_meta.setText(
            self.tr("Decided %1 · %2").replace("%1", decided).replace("%2", source_label(decision.source_type))
            + (f" · {decision.note}" if decision.note else "")
        )
        self.notices.show_notices(detail.notices)
        if detail.statement is not None:
            self.statement.show_statement(detail.statement)
            self.statement.show()
            self.no_statement.hide()
        else:
            self.statement.hide()
            self.no_statement.setText(self.tr("None: the decision restricted nothing."))
            self.no_statement.show()

    def show_outcome(self, outcome: dsa.AppealOutcome | None, preview: str) -> None:
        if outcome is None:
            self.outcome_header.hide()
            self.reply_preview.hide()
            return
        self.outcome_header.setText(
            self.tr("Reply to the appellant if you uphold")
            if outcome == "uphold"
            else self.tr("Reply to the appellant if you reverse")
        )
        self.outcome_header.show()
        if self.reply_preview.toPlainText() != preview:
            self.reply_preview.setPlainText(preview)
        self.reply_preview.show()


class AppealScreen(QaPanel):
    """Signals:
    decided(object): an outcome was recorded (the dsa.AppealOutcomeResult).
    case_shown(object): an appeal is on screen (its AppealCase; None: nothing waiting).
    """

    decided = Signal(object)
    case_shown = Signal(object)

    def __init__(self, desk: QaDesk, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, runner, parent)
        self.setObjectName("AppealScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.appeals = AppealDesk(lambda: self.desk.api, self.desk.text_findings, desk.appeal_sender)
        self.flow = AppealFlow()
        self._bar_options: list[tuple[str, str]] = []

        title = plain_label("ScreenTitle")
        title.setText(self.tr("Appeals"))
        self.position_label = plain_label("MutedLabel")
        header = QHBoxLayout()
        header.setContentsMargins(14, 8, 14, 4)
        header.setSpacing(16)
        header.addWidget(title)
        header.addWidget(self.position_label)
        header.addStretch(1)
        self.state_label = plain_label("StateBanner", selectable=False)
        self.state_label.setWordWrap(True)

        self.listing_panel = ListingPanel(self)
        self.gallery = PhotoGallery(self)
        self.column = AppealColumn(self)
        panels = (self.listing_panel, self.gallery, self.column)
        self.splitter, self.empty_label, self.stack = panel_stack(self, panels, (5, 4, 5), (500, 380, 520))

        self.bar = DecisionBar(self)
        self.bar.escalate_button.hide()
        self.bar.undo_button.hide()
        self.bar.action_triggered.connect(self._on_bar)
        self.reply_edit = self.bar.note_edit
        self.reply_edit.setMaxLength(flow_mod.MAX_REPLY_CHARS)
        self.reply_edit.textEdited.connect(self._on_reply)
        self.reply_edit.returnPressed.connect(lambda: self.trigger(Key.CONFIRM))
        self.reply_edit.installEventFilter(self)
        self.bar.approve_button.setText(self.tr("Uphold   U"))
        self.bar.reject_button.setText(self.tr("Reverse   R"))
        self.bar.skip_button.setText(self.tr("Give back   S"))
        self.bar.confirm_button.setText(self.tr("Send   ↵"))
        self.reply_edit.setPlaceholderText(self.tr("Your reasons, added to the reply (M)"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.error_label)
        layout.addWidget(self.state_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.bar)

        self.shortcuts = ShortcutSet(self)
        extra = {key: (lambda k=k: self.trigger(k)) for key, k in flow_mod.KEYS.items()}
        extra |= {str(n): (lambda n=n: self.trigger(n)) for n in range(1, 10)}
        extra[REVEAL_PHOTO_KEY] = self.gallery.reveal_current
        self.shortcuts.apply(Keymap(actions=()), lambda _action: None, extra)
        self._renew = QTimer(self)
        self._renew.setInterval(RENEW_EVERY_MS)
        self._renew.timeout.connect(self._renew_lease)
        self._renew.start()
        self._render()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Claim an appeal when none is on screen (opening the page, or coming back to it)."""
        if self.flow.case is None:
            self.start()

    def start(self) -> None:
        self._run(self.flow.start())

    def leave(self) -> None:
        """The reviewer left the page: an appeal not yet confirmed goes back to the queue."""
        case = self.flow.case
        if case is None or self.flow.step in (Step.SENDING, Step.UNSENT):
            return
        item_id = case.lease.item_id
        self.call(lambda: self.appeals.give_back(item_id), lambda _v: None, lambda _e: None)
        self._run(self.flow.loaded(None))

    # --- keys and commands ------------------------------------------------------------------------

    def trigger(self, key: Key | int) -> None:
        self._run(self.flow.handle(key))

    def _on_bar(self, action: object) -> None:
        """The decision bar's buttons, borrowed from the review screen: approve upholds, reject
        reverses, skip gives back; its reason buttons toggle reasons."""
        mapping = {
            ActionId.APPROVE: Key.UPHOLD,
            ActionId.REJECT: Key.REVERSE,
            ActionId.SKIP: Key.GIVE_BACK,
            ActionId.CONFIRM: Key.CONFIRM,
            ActionId.CANCEL: Key.CANCEL,
        }
        if isinstance(action, ActionId):
            number = option_number(action)
            if number is not None:
                self.trigger(number)
            elif action in mapping:
                self.trigger(mapping[action])

    def _on_reply(self, text: str) -> None:
        self.flow.reply_changed(text)
        self._render()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.reply_edit and event.type() == QEvent.Type.FocusIn:
            self.flow.reply_focused()
        return super().eventFilter(watched, event)

    def _run(self, commands: list) -> None:
        for command in commands:
            match command:
                case ClaimNext(give_back=give_back):
                    self._claim(give_back)
                case SendOutcome():
                    self.call(lambda c=command: self.appeals.send(c), self._on_sent, self._on_send_failed)
                case FocusReply():
                    self.reply_edit.setEnabled(True)
                    self.reply_edit.setFocus()
                case ShowSheet():
                    self._show_sheet()
                case Notice(text=text):
                    self.message.emit(QCoreApplication.translate(flow_mod.CONTEXT, text))
        self._render()

    def _claim(self, give_back: int | None) -> None:
        def fetch() -> tuple[AppealCase | None, dict[str, DecodedPhoto]]:
            if give_back is not None:
                self.appeals.give_back(give_back)
            case = self.appeals.next_case()
            return case, decode_case_photos(case) if case is not None else {}

        def failed(exc: BaseException) -> None:
            self._run(self.flow.load_failed())
            self.show_error(self.tr("No appeal could be claimed: %1").replace("%1", error_text(exc)))

        self.call(fetch, self._on_case, failed)

    def _on_case(self, result: tuple[AppealCase | None, dict[str, DecodedPhoto]]) -> None:
        case, decoded = result
        self._run(self.flow.loaded(case))
        self.reply_edit.clear()
        if case is not None:
            listing = case.detail.listing
            self.listing_panel.show_listing(listing, case.findings)
            posted = listing.created_at.astimezone(UTC).strftime("%Y-%m-%d")
            self.listing_panel.posted_label.setText(self.tr("Posted %1").replace("%1", posted))
            ids = [img.id for img in listing.images]
            self.gallery.show_photos(
                ids, decoded, {i: PhotoFlags() for i in ids}, {i: d.veiled is not None for i, d in decoded.items()}
            )
            self.column.show_case(case, datetime.now(UTC))
        self.case_shown.emit(case)
        self._render()
        self.setFocus()

    def _on_sent(self, result: dsa.AppealOutcomeResult) -> None:
        self.decided.emit(result)
        self.reply_edit.clear()
        self._run(self.flow.sent())

    def _on_send_failed(self, exc: BaseException) -> None:
        # Only the server's own final refusal ends the outcome; a timeout, a cut connection or a
        # proxy's 5xx page keeps it confirmed (and stored, sent again in the background).
        refused = isinstance(exc, ApiError) and final_refusal(exc)
        self._run(self.flow.send_failed(refused))
        if refused:
            self.show_error(self.tr("The server refused the outcome: %1").replace("%1", error_text(exc)))

    def _renew_lease(self) -> None:
        case = self.flow.case
        if case is not None and self.flow.step not in (Step.SENDING, Step.LOADING) and self.isVisible():
            item_id = case.lease.item_id
            self.call(lambda: self.appeals.renew(item_id), lambda _v: None, lambda _e: None)

    def _show_sheet(self) -> None:
        rows = [
            (key_text(key), QCoreApplication.translate(flow_mod.CONTEXT, flow_mod.KEY_LABELS[k]))
            for key, k in flow_mod.KEYS.items()
            if key != "Enter"
        ]
        rows.append(("1–9", self.tr("Reasons, when reversing an approval")))
        rows.append((REVEAL_PHOTO_KEY, self.tr("Reveal a blurred photo")))
        hint = self.tr("Appeals are decided by a person, never by the moderator who took the decision.")
        KeySheet(self.tr("Appeal shortcuts"), hint, rows, self).exec()

    # --- drawing the state ----------------------------------------------------------------------------

    def _render(self) -> None:
        flow = self.flow
        case = flow.case
        if case is None:
            self.stack.setCurrentIndex(1)
            self.position_label.setText("")
            if flow.step == Step.LOADING:
                self.empty_label.setText(self.tr("Claiming the next appeal…"))
            else:
                self.empty_label.setText(self.tr("No appeal is waiting for you.\nPress Enter to look again."))
        else:
            self.stack.setCurrentIndex(0)
            appeal = case.detail.appeal
            self.position_label.setText(
                self.tr("Appeal %1 · decision %2").replace("%1", str(appeal.appeal_id))
                .replace("%2", str(appeal.decision_id))
            )
        self.column.show_outcome(flow.outcome, flow.reply_preview())
        self.state_label.setText(self._state_text())
        self.state_label.setVisible(bool(self.state_label.text()))
        self._render_bar()

    def _state_text(self) -> str:
        flow = self.flow
        match flow.step:
            case Step.READING:
                return self.tr("Read the appeal and the decision: U upholds it, R reverses it.")
            case Step.REASONS:
                return self.tr("Reversing an approval removes the listing: choose the reasons (1–9), then Enter.")
            case Step.CONFIRMING | Step.REPLYING:
                what = self.tr("Uphold") if flow.outcome == "uphold" else self.tr("Reverse")
                return self.tr("%1: M adds your reasons to the reply, Enter sends, Esc goes back.").replace("%1", what)
            case Step.SENDING:
                return self.tr("Sending the outcome…")
            case Step.UNSENT:
                return QCoreApplication.translate(flow_mod.CONTEXT, flow_mod.MSG_UNSENT)
        return ""

    def _render_bar(self) -> None:
        flow = self.flow
        bar = self.bar
        choosing = flow.step == Step.REASONS and flow.case is not None
        mode = MODE_REJECT if choosing else MODE_BROWSE
        codes = flow.case.reason_codes if flow.case is not None else ()
        options = [(c, reason_label(c)) for c in codes] if choosing else []
        if mode != bar.mode() or (choosing and options != self._bar_options):
            bar.set_mode(mode, options)
            bar.preview_button.hide()
            self._bar_options = options
        if choosing:
            bar.set_selected([codes.index(c) for c in flow.reasons])
        reading = flow.step == Step.READING
        bar.approve_button.setEnabled(reading)
        bar.reject_button.setEnabled(reading)
        bar.skip_button.setEnabled(reading)
        bar.setEnabled(flow.case is not None and flow.step not in (Step.SENDING, Step.LOADING))
        self.reply_edit.setEnabled(flow.step in (Step.READING, Step.CONFIRMING, Step.REPLYING))
        if flow.step not in (Step.REPLYING,) and self.reply_edit.hasFocus():
            self.setFocus()
