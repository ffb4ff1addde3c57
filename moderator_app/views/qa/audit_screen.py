"""The QA audit screen: the listing exactly as the moderator saw it, a blind decision by keyboard,
then the original decision is revealed and the verdict is recorded.

The flow (sync.audit_flow.AuditFlow) decides what each key means in each step; this screen
only draws it and runs its commands in the background. It reuses the review screen's listing
panel, photo gallery and decision bar, and the same keys (see audit_flow's docstring).
Calibration tasks go through the same screen: the blind decision is the answer.
"""

from __future__ import annotations

import logging
import tempfile
from datetime import UTC
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from moderator_app.core import qa_schema as qa
from moderator_app.core.keymap import ActionId, Keymap
from moderator_app.core.schema import Action
from moderator_app.net.errors import Conflict
from moderator_app.sync import audit_flow as flow_mod
from moderator_app.sync.audit_flow import (
    AuditFlow,
    ClaimNext,
    FocusComment,
    Notice,
    SendAnswer,
    SendBlind,
    SendVerdict,
    ShowSheet,
    Step,
)
from moderator_app.sync.qa_desk import AuditMaterial, QaDesk
from moderator_app.views import theme as themes
from moderator_app.views.chip_row import Chip
from moderator_app.views.decision_bar import MODE_BROWSE, MODE_REJECT, DecisionBar
from moderator_app.views.finding_labels import flag_name
from moderator_app.views.listing_panel import ListingPanel, plain_label
from moderator_app.views.photo_decode import DecodedPhoto, decode_photo
from moderator_app.views.photo_flags import DEFAULT_HIDDEN, PhotoFlags
from moderator_app.views.photo_gallery import PhotoGallery
from moderator_app.views.qa.panel_base import QaPanel, error_text
from moderator_app.views.qa.verdict_panel import VerdictPanel
from moderator_app.views.review_screen import panel_stack
from moderator_app.views.shortcuts import ShortcutSet
from moderator_app.views.task_runner import TaskRunner

log = logging.getLogger(__name__)

REVEAL_PHOTO_KEY = "V"
_ACTION_NAMES = {
    Action.approve: QT_TRANSLATE_NOOP("AuditScreen", "Approve"),
    Action.reject: QT_TRANSLATE_NOOP("AuditScreen", "Reject"),
    Action.escalate: QT_TRANSLATE_NOOP("AuditScreen", "Escalate"),
}


def _sensitive(flag: Any) -> bool:
    text = f"{flag.kind} {flag.label}".lower()
    return any(name[:6] in text for name in DEFAULT_HIDDEN)


def photo_flags_from_shown(flags: list[Any], image_id: str) -> PhotoFlags:
    """Chips and veil for one photo from the flags the moderator was shown (no boxes: not recorded)."""
    out = PhotoFlags()
    for flag in flags:
        if flag.image_id != image_id:
            continue
        score = "" if flag.score is None else f" {round(flag.score * 100)}%"
        out.chips.append(Chip(f"{flag_name(flag.kind)}: {flag.label}{score}", themes.flag_colour(flag.kind),
                              flag.source))
        out.flagged = True
        out.sensitive = out.sensitive or _sensitive(flag)
    return out


def decode_material(material: AuditMaterial) -> dict[str, DecodedPhoto]:
    """Decode the downloaded photos (background thread) through the review screen's decoder.

    The bytes pass through a private temporary directory that is removed at once: listing
    photos are personal data and are not kept on the desk.
    """
    decoded: dict[str, DecodedPhoto] = {}
    if material.task is None:
        return decoded
    shown = getattr(material.task, "flags_shown", [])
    with tempfile.TemporaryDirectory(prefix="qa-audit-") as directory:
        for index, (image_id, data) in enumerate(material.photos.items()):
            if data is None:
                decoded[image_id] = DecodedPhoto.failed(
                    image_id, QCoreApplication.translate("AuditScreen", "Photo not available"))
                continue
            path = Path(directory) / f"photo-{index}"
            path.write_bytes(data)
            veil = "blur" if photo_flags_from_shown(shown, image_id).sensitive else None
            decoded[image_id] = decode_photo(image_id, path, veil)
    return decoded


class AuditScreen(QaPanel):
    """Signals:
    audited(object): a verdict was recorded (the qa.AuditRecord).
    answered(int): a calibration answer was recorded (the set id).
    revealed(object): the original decision is on screen (the qa.AuditReveal).
    task_shown(object): a sample or calibration task is on screen (None: nothing waiting).
    shortcut_sheet_requested(): the auditor asked for the shortcut sheet.
    photo_revealed(str, list): a hidden photo was revealed (its image id, the flags shown for it).
    """

    photo_revealed = Signal(str, list)
    audited = Signal(object)
    answered = Signal(int)
    revealed = Signal(object)
    task_shown = Signal(object)
    shortcut_sheet_requested = Signal()

    def __init__(self, desk: QaDesk, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, runner, parent)
        self.setObjectName("AuditScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.flow = AuditFlow()
        self.material: AuditMaterial | None = None
        self._notice_after_claim = ""
        self._bar_options: list[tuple[str, str]] = []
        self.keymap = Keymap()
        self.shortcuts = ShortcutSet(self)

        title = plain_label("ScreenTitle")
        title.setText(self.tr("QA audit"))
        self.position_label = plain_label("MutedLabel")
        self.source_combo = QComboBox(self)
        self.source_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.source_combo.setMinimumWidth(240)
        self.source_combo.activated.connect(self._on_source)
        header = QHBoxLayout()
        header.setContentsMargins(14, 8, 14, 4)
        header.setSpacing(16)
        header.addWidget(title)
        header.addWidget(self.position_label)
        header.addStretch(1)
        header.addWidget(self.source_combo)

        self.listing_panel = ListingPanel(self)
        self.gallery = PhotoGallery(self)
        self.gallery.revealed.connect(self._on_photo_revealed)
        self.verdict_panel = VerdictPanel(self)
        self.verdict_panel.action_triggered.connect(self.trigger)
        panels = (self.listing_panel, self.gallery, self.verdict_panel)
        for panel in panels:
            panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.splitter, self.empty_label, self.stack = panel_stack(self, panels, (5, 4, 3), (520, 440, 360))

        self.decision_bar = DecisionBar(self)
        self.decision_bar.action_triggered.connect(self.trigger)
        self.decision_bar.undo_button.setVisible(False)
        self.comment_edit = self.decision_bar.note_edit
        self.comment_edit.setMaxLength(qa.MAX_COMMENT_CHARS)
        self.comment_edit.textEdited.connect(self.flow_comment)
        self.comment_edit.returnPressed.connect(lambda: self.trigger(ActionId.CONFIRM))
        self.comment_edit.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.error_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.decision_bar)
        self.apply_keymap(self.keymap)
        self._sources: list[tuple[str | None, int | None]] = [(None, None)]
        self.source_combo.addItem(self.tr("QA samples, any queue"))
        self._render()

    # --- layout -------------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_keymap(self, keymap: Keymap) -> None:
        """The review screen's keys, plus Y / D for the verdict and V to reveal a photo."""
        self.keymap = keymap
        bindings = flow_mod.audit_bindings(keymap)
        extra = {key: (lambda a=action: self.trigger(a)) for key, action in bindings.items()
                 if not isinstance(action, ActionId)}
        extra[REVEAL_PHOTO_KEY] = self.gallery.reveal_current
        self.shortcuts.apply(keymap, self.trigger, extra)
        self.decision_bar.set_keymap(keymap)
        self.decision_bar.undo_button.setVisible(False)
        first_key: dict[ActionId | str, str] = {}
        for key, action in bindings.items():
            first_key.setdefault(action, key)
        self.verdict_panel.set_keys(lambda action: first_key.get(action, ""))
        skip = keymap.keys_for(ActionId.SKIP)
        give_back = self.tr("Give back")
        self.decision_bar.skip_button.setText(f"{give_back}   {skip[0]}" if skip else give_back)
        self._render()

    # --- sources: QA samples or a calibration set -------------------------------------------------

    def set_calibration_sets(self, sets: list[qa.CalibrationSet]) -> None:
        """Offer the calibration sets this reviewer still has items in, after the QA samples."""
        current = self._sources[self.source_combo.currentIndex()] if self.source_combo.count() else (None, None)
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        self._sources = [(None, None)]
        self.source_combo.addItem(self.tr("QA samples, any queue"))
        for s in sets:
            if s.my_remaining:
                self._sources.append((None, s.set_id))
                self.source_combo.addItem(
                    self.tr("Calibration: %1 (%2 left)").replace("%1", s.name).replace("%2", str(s.my_remaining))
                )
        index = self._sources.index(current) if current in self._sources else 0
        self.source_combo.setCurrentIndex(index)
        self.source_combo.blockSignals(False)

    def load_calibration_sets(self) -> None:
        self.call(self.desk.calibrations, self.set_calibration_sets, lambda exc: None)

    def _on_source(self, index: int) -> None:
        _queue, set_id = self._sources[index] if 0 <= index < len(self._sources) else (None, None)
        self.start(calibration_set=set_id)
        self.setFocus()

    def start(self, calibration_set: int | None = None) -> None:
        """Begin (or switch to) QA samples, or the tasks of a calibration set."""
        if self.flow.task is not None and not self.flow.is_calibration and self.flow.step in (
            Step.BLIND, Step.BLIND_REASONS
        ):
            sample_id = self.flow.task.sample_id
            self.call(lambda: self.desk.release(sample_id), lambda _v: None, lambda _e: None)
        self.flow = AuditFlow(calibration_set)
        self._run(self.flow.start())

    # --- keys and commands -----------------------------------------------------------------------------

    def trigger(self, action: ActionId | str) -> None:
        """One key or button: through the flow, then carry out its commands."""
        self._run(self.flow.handle(action))

    def flow_comment(self, text: str) -> None:
        self.flow.comment_changed(text)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.comment_edit and event.type() == QEvent.Type.FocusIn and self.flow.step == Step.VERDICT:
            self.flow.step = Step.COMMENT
            self._render()
        elif watched is self.comment_edit and event.type() == QEvent.Type.FocusOut and self.flow.step == Step.COMMENT:
            self.flow.step = Step.VERDICT
            self._render()
        return super().eventFilter(watched, event)

    def _run(self, commands: list) -> None:
        for command in commands:
            if isinstance(command, ClaimNext):
                self._claim(command.give_back)
            elif isinstance(command, SendBlind):
                self.call(lambda c=command: self.desk.blind(c.sample_id, c.decision), self._on_reveal,
                          self._on_blind_failed)
            elif isinstance(command, SendAnswer):
                self.call(lambda c=command: self.desk.answer_calibration(c.set_id, c.answer),
                          lambda _v, c=command: self._on_answered(c.set_id), self._on_blind_failed)
            elif isinstance(command, SendVerdict):
                self.call(lambda c=command: self.desk.verdict(c.sample_id, c.verdict), self._on_verdict,
                          self._on_verdict_failed)
            elif isinstance(command, FocusComment):
                self.comment_edit.setEnabled(True)
                self.comment_edit.setFocus()
            elif isinstance(command, ShowSheet):
                self.shortcut_sheet_requested.emit()
            elif isinstance(command, Notice):
                self.message.emit(QCoreApplication.translate(flow_mod.CONTEXT, command.text))
        self._render()

    def _claim(self, give_back: int | None = None) -> None:
        calibration_set = self.flow.calibration_set

        def fetch() -> tuple[AuditMaterial, dict[str, DecodedPhoto]]:
            try:
                material = self.desk.next_material(calibration_set=calibration_set)
            finally:
                if give_back is not None:
                    self.desk.release(give_back)
            return material, decode_material(material)

        def failed(exc: BaseException) -> None:
            self._run(self.flow.load_failed())
            self.show_error(self.tr("No sample could be claimed: %1").replace("%1", error_text(exc)))

        self.call(fetch, self._on_material, failed)

    def _on_photo_revealed(self, image_id: str) -> None:
        task = self.material.task if self.material is not None else None
        shown = [f for f in getattr(task, "flags_shown", []) if f.image_id == image_id]
        self.photo_revealed.emit(image_id, shown)

    def _on_material(self, result: tuple[AuditMaterial, dict[str, DecodedPhoto]]) -> None:
        material, decoded = result
        self.material = material
        if self._notice_after_claim:
            self.show_error(self._notice_after_claim)
            self._notice_after_claim = ""
        self._run(self.flow.task_loaded(material.task, material.reason_codes))
        task = material.task
        if task is not None:
            self.listing_panel.show_listing(task.listing, material.findings)
            # The listing's age "now" says nothing about the review under audit (days ago, maybe
            # before an edit): show the posting date itself.
            posted = task.listing.created_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
            self.listing_panel.posted_label.setText(self.tr("Posted %1").replace("%1", posted))
            shown = list(getattr(task, "flags_shown", []))
            ids = [img.id for img in task.listing.images]
            flags = {i: photo_flags_from_shown(shown, i) for i in ids}
            self.gallery.show_photos(ids, decoded, flags, {i: f.sensitive for i, f in flags.items()})
            self.verdict_panel.show_flags(shown)
            self.comment_edit.clear()
        self.task_shown.emit(task)
        self._render()
        self.setFocus()

    def _on_reveal(self, reveal: qa.AuditReveal) -> None:
        self._run(self.flow.blind_sent(reveal))
        self.revealed.emit(reveal)

    def _on_answered(self, set_id: int) -> None:
        self.answered.emit(set_id)
        self.message.emit(self.tr("Answer recorded."))
        self._run(self.flow.blind_sent(None))

    def _on_blind_failed(self, exc: BaseException) -> None:
        lost = isinstance(exc, Conflict)
        self._run(self.flow.blind_failed(lease_lost=lost))
        if lost:
            # Kept on screen past the re-claim, which clears the error line when it succeeds.
            self._notice_after_claim = self.tr("This sample's lease ran out (%1); it was claimed again.").replace(
                "%1", error_text(exc))
            self.show_error(self._notice_after_claim)
        else:
            self.show_error(error_text(exc))

    def _on_verdict(self, record: qa.AuditRecord) -> None:
        self.audited.emit(record)
        self.message.emit(self.tr("Audit recorded. Next sample…"))
        self.comment_edit.clear()
        self._run(self.flow.verdict_sent())

    def _on_verdict_failed(self, exc: BaseException) -> None:
        self._run(self.flow.verdict_failed())
        self.show_error(error_text(exc))

    # --- drawing the state ----------------------------------------------------------------------

    def _label(self, code: str) -> str:
        labels = self.material.reason_labels if self.material else {}
        return labels.get(code, code)

    def _decision_text(self, action: Action | None, reasons: list[str]) -> str:
        if action is None:
            return "—"
        name = QCoreApplication.translate("AuditScreen", _ACTION_NAMES.get(action, action.value))
        if action == Action.reject and reasons:
            return f"{name}: {', '.join(self._label(c) for c in reasons)}"
        return name

    def _render(self) -> None:
        flow = self.flow
        step = flow.step
        task = flow.task
        if task is None:
            self.stack.setCurrentIndex(1)
            if step == Step.LOADING:
                self.empty_label.setText(self.tr("Claiming the next sample…"))
            elif self.material is not None and self.material.task is None:
                self.empty_label.setText(
                    self.tr("Nothing is waiting for review.\nPress Enter to look again.")
                    if not flow.is_calibration else self.tr("This calibration set is done. Thank you.")
                )
            else:
                self.empty_label.setText(self.tr("Press Enter to claim a sample."))
            self.position_label.setText("")
        else:
            self.stack.setCurrentIndex(0)
            if flow.is_calibration:
                self.position_label.setText(
                    self.tr("Calibration item %1 of %2").replace("%1", str(task.position)).replace("%2", str(task.total))
                )
            else:
                self.position_label.setText(
                    self.tr("Sample %1 · queue %2").replace("%1", str(task.sample_id)).replace("%2", task.queue_id)
                )
        self._render_bar(step)
        self.verdict_panel.render(flow, self._decision_text)

    def _render_bar(self, step: Step) -> None:
        flow = self.flow
        bar = self.decision_bar
        choosing = step in (Step.BLIND_REASONS, Step.VERDICT_REASONS)
        mode = MODE_REJECT if choosing else MODE_BROWSE
        options = [(c, self._label(c)) for c in flow.reason_codes] if choosing else []
        if mode != bar.mode() or (choosing and options != self._bar_options):
            bar.set_mode(mode, options)
            self._bar_options = options
        if choosing:
            selected = flow.blind_reasons if step == Step.BLIND_REASONS else flow.verdict.reasons
            bar.set_selected([flow.reason_codes.index(c) for c in selected if c in flow.reason_codes])
        active = step in (Step.BLIND, Step.BLIND_REASONS, Step.VERDICT, Step.VERDICT_REASONS, Step.COMMENT)
        bar.setEnabled(active)
        bar.skip_button.setEnabled(step in (Step.BLIND,) and not flow.is_calibration)
        commenting = step in (Step.VERDICT, Step.COMMENT)
        self.comment_edit.setEnabled(commenting)
        note_key = self.keymap.keys_for(ActionId.NOTE)
        self.comment_edit.setPlaceholderText(
            self.tr("Comment for the moderator (%1)").replace("%1", note_key[0]) if note_key
            else self.tr("Comment for the moderator")
        )
        if not commenting and self.comment_edit.hasFocus():
            self.setFocus()

