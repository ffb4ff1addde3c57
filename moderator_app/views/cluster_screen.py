"""The cluster view: the members of one cluster, why they belong together, and one decision for the
ones the moderator keeps in it. Renders core.cluster_review.ClusterReview and sends it the keys;
the facade (sync.facade.ClusterFacade) records the decision or lets the members go.

Keys: the review screen's keymap (A approve, R reasons then Enter, E escalate, Esc cancel or back,
N/P move) plus Up/Down (or K/J) to move and X or Space to exclude a member or bring it back.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator_app.core.cluster_review import (
    EVIDENCE_LABELS,
    SOURCE_LABELS,
    UNAVAILABLE_TEXTS,
    CloseCluster,
    ClusterEffect,
    ClusterKey,
    ClusterMode,
    DecideCluster,
    MemberRow,
)
from moderator_app.core.keymap import ActionId, Keymap
from moderator_app.core.session_types import Notice
from moderator_app.sync.cluster_desk import ClusterOpening
from moderator_app.sync.facade import ClusterFacade
from moderator_app.views import theme as themes
from moderator_app.views.decision_bar import MODE_BROWSE, MODE_ESCALATE, MODE_REJECT, DecisionBar
from moderator_app.views.finding_labels import action_label
from moderator_app.views.listing_panel import CURRENCY_SYMBOLS, plain_label
from moderator_app.views.photo_decode import DecodedPhoto, decode_photo
from moderator_app.views.shortcuts import ShortcutSet
from moderator_app.views.task_runner import TaskRunner
from moderator_app.views.thumb_strip import Thumb, ThumbStrip

log = logging.getLogger(__name__)

COLUMNS = 6  # mark, title, seller, price, what it shares, state
_EXTRA_KEYS = {
    "X": ClusterKey.EXCLUDE,
    "Space": ClusterKey.EXCLUDE,
    "Up": ClusterKey.UP,
    "K": ClusterKey.UP,
    "Down": ClusterKey.DOWN,
    "J": ClusterKey.DOWN,
}


def _notice_text(notice: Notice) -> str:
    text = QCoreApplication.translate(notice.context, notice.text)
    for name, value in notice.args:
        text = text.replace("{" + name + "}", QCoreApplication.translate(notice.context, value))
    return text


class ClusterScreen(QWidget):
    """Signals:
    finished(str): the view closed; the message to show (a decision recorded, or empty).
    message(str): a short message for the status bar while the view is open.
    """

    finished = Signal(str)
    message = Signal(str)

    def __init__(self, ws: ClusterFacade, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClusterScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ws = ws
        self.opening: ClusterOpening | None = None
        self._runner = runner
        self._photos: dict[str, DecodedPhoto | None] = {}  # image id -> decoded (None: on its way)
        self._reason_labels: Mapping[str, str] = {}
        self._queue_names: Mapping[str, str] = {}
        self.keymap = Keymap()

        self.title = plain_label("ClusterTitle", selectable=False)
        self.facts = plain_label("MutedLabel", selectable=False)
        self.limit = plain_label("ClusterLimit", selectable=False)
        self.limit.setWordWrap(True)
        self.evidence = plain_label("NoticeLabel", selectable=False)
        self.evidence.setWordWrap(True)
        self.evidence.setTextFormat(Qt.TextFormat.PlainText)  # contact values come from listings
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("ClusterMembers")
        self.table.setHorizontalHeaderLabels(
            ["", self.tr("Listing"), self.tr("Seller"), self.tr("Price"), self.tr("Shares"), self.tr("State")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # every key goes to the view's shortcuts
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((34, 300, 170, 90, 380)):
            self.table.setColumnWidth(column, width)
        self.photos_label = plain_label("MutedLabel", selectable=False)
        self.photos = ThumbStrip(self)
        self.hint = plain_label("HintLabel", selectable=False)
        self.hint.setWordWrap(True)
        self.decision_bar = DecisionBar(self)
        self.decision_bar.skip_button.hide()
        self.decision_bar.undo_button.hide()
        self.decision_bar.note_edit.hide()
        self.decision_bar.action_triggered.connect(self.trigger)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.limit)
        layout.addWidget(self.evidence)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.photos_label)
        layout.addWidget(self.photos)
        layout.addWidget(self.hint)
        layout.addWidget(self.decision_bar)
        self.shortcuts = ShortcutSet(self)
        self.apply_keymap(self.keymap)

    def apply_keymap(self, keymap: Keymap) -> None:
        self.keymap = keymap
        extra = {key: (lambda k=k: self.trigger(k)) for key, k in _EXTRA_KEYS.items()}
        self.shortcuts.apply(keymap, self.trigger, extra)
        self.decision_bar.set_keymap(keymap)

    # --- opening and closing -------------------------------------------------------------------

    def open(
        self,
        opening: ClusterOpening,
        reason_labels: Mapping[str, str],
        queue_names: Mapping[str, str],
    ) -> None:
        """Show an opened cluster (ClusterFacade.open_cluster's answer)."""
        self.opening = opening
        self._photos = {}
        self._reason_labels = reason_labels
        self._queue_names = queue_names
        self.decision_bar.set_mode(MODE_BROWSE, [])
        self._fill_header()
        self._fill_table()
        self.render()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def abandon(self) -> None:
        """The moderator left for another page: let the members go, as Esc does."""
        opening, self.opening = self.opening, None
        if opening is not None:
            self.ws.close_cluster(opening)

    def _fill_header(self) -> None:
        assert self.opening is not None
        review = self.opening.review
        view = review.view
        self.title.setText(
            self.tr("Cluster of %1 listings from %2 sellers")
            .replace("%1", str(view.listings))
            .replace("%2", str(view.sellers))
        )
        lines = []
        for evidence in view.evidence:
            label = QCoreApplication.translate("ClusterReview", EVIDENCE_LABELS[evidence.kind])
            what = f"{label}: {evidence.value}" if evidence.value and evidence.kind != "photo" else label
            if evidence.similarity is not None:
                what += " " + self.tr("(at least %1% alike)").replace("%1", str(round(evidence.similarity * 100)))
            listings = len({m.listing_id for m in evidence.members})
            lines.append(
                "• "
                + what
                + " — "
                + self.tr("%1 listings, %2 sellers").replace("%1", str(listings)).replace("%2", str(evidence.sellers))
            )
        self.evidence.setText(self.tr("Why they belong together:") + "\n" + "\n".join(lines))
        if review.read_only:
            if review.refusal:
                reason = review.refusal  # the server's own words
            elif view.max_size is not None and view.listings > view.max_size:
                reason = self.tr("your role may decide clusters of up to %1 listings.").replace(
                    "%1", str(view.max_size)
                )
            else:
                reason = self.tr("your role may not decide clusters.")
            self.limit.setText(self.tr("You can look at this cluster but not decide it here: %1").replace("%1", reason))
        elif view.max_size is not None:
            self.limit.setText(
                self.tr("Your role may decide up to %1 listings in one cluster decision.").replace(
                    "%1", str(view.max_size)
                )
            )
        else:
            self.limit.setText("")
        self.limit.setVisible(bool(self.limit.text()))

    def _fill_table(self) -> None:
        assert self.opening is not None
        rows = self.opening.review.rows()
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            member = row.member
            title = member.title + (self.tr("  (this listing)") if row.anchor else "")
            symbol = CURRENCY_SYMBOLS.get(member.currency, member.currency)
            price = "" if member.price is None else QLocale().toCurrencyString(float(member.price), symbol)
            cells = ("", title, member.seller_name, price, self._shares(row), "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(index, column, item)
        self._paint_rows(rows)

    def _shares(self, row: MemberRow) -> str:
        parts = [
            f"{c.value} ("
            + ", ".join(QCoreApplication.translate("ClusterReview", SOURCE_LABELS[source]) for source in c.sources)
            + ")"
            for c in row.contacts
        ]
        if row.shared_images:
            parts.append(self.tr("%n shared photo(s)", "", len(row.shared_images)))
        if row.text_similarity is not None:
            parts.append(self.tr("text %1% alike").replace("%1", str(round(row.text_similarity * 100))))
        return " · ".join(parts)

    def _paint_rows(self, rows: list[MemberRow]) -> None:
        highlight = QBrush(themes.finding_background("phone", None, themes.current()))
        read_only = self.opening is not None and self.opening.review.read_only
        for index, row in enumerate(rows):
            mark = "✓" if row.decidable and not read_only else ("✗" if row.excluded else "–")
            if read_only:
                state = self.tr("Look only")
            elif row.unavailable is not None:
                state = QCoreApplication.translate("ClusterReview", UNAVAILABLE_TEXTS[row.unavailable])
            elif row.excluded:
                state = self.tr("Excluded")
            else:
                state = self.tr("In the decision")
            self.table.item(index, 0).setText(mark)
            self.table.item(index, COLUMNS - 1).setText(state)
            for column in range(COLUMNS):
                cell = self.table.item(index, column)
                font = QFont(cell.font())
                font.setStrikeOut(not row.decidable and column == 1)
                cell.setFont(font)
                cell.setForeground(self.palette().placeholderText() if not row.decidable else self.palette().text())
            if row.contacts or row.shared_images:
                self.table.item(index, 4).setBackground(highlight)

    # --- rendering ---------------------------------------------------------------------------------

    def render(self) -> None:
        opening = self.opening
        if opening is None:
            return
        review = opening.review
        rows = review.rows()
        self._paint_rows(rows)
        if rows:
            self.table.selectRow(review.cursor)
            self.table.scrollToItem(self.table.item(review.cursor, 1))
        decide = len(review.to_decide())
        excluded = len(review.excluded())
        unavailable = sum(1 for r in rows if r.unavailable is not None)
        facts = (
            self.tr("%1 to decide (%2 sellers) · %3 excluded · %4 unavailable")
            .replace("%1", str(decide))
            .replace("%2", str(review.sellers_to_decide()))
            .replace("%3", str(excluded))
            .replace("%4", str(unavailable))
        )
        if review.read_only:
            facts = (
                self.tr("%1 listings from %2 sellers · look only")
                .replace("%1", str(len(rows)))
                .replace("%2", str(len({r.member.seller_id for r in rows})))
            )
        elif not review.claimed:
            facts += " · " + self.tr("offline: the members are claimed when the connection returns")
        self.facts.setText(facts)
        over = review.over_limit()
        if over and not review.read_only:
            self.limit.setText(
                self.tr("Your role may decide up to %1 listings at once: exclude %2 more.")
                .replace("%1", str(review.max_size))
                .replace("%2", str(over))
            )
            self.limit.show()
        elif not review.read_only:
            self._fill_limit_default()
        mode = {
            ClusterMode.CHOOSING_REASONS: MODE_REJECT,
            ClusterMode.CHOOSING_ESCALATION: MODE_ESCALATE,
        }.get(review.mode, MODE_BROWSE)
        if mode != self.decision_bar.mode():
            self.decision_bar.set_mode(mode, self._options(mode))
        if mode == MODE_REJECT:
            selected = [review.reason_codes.index(c) for c in review.selected_reasons]
        elif mode == MODE_ESCALATE and review.selected_target is not None:
            selected = [review.escalation_targets.index(review.selected_target)]
        else:
            selected = []
        self.decision_bar.set_selected(selected)
        live = not review.read_only and decide > 0
        enabled = {ActionId.APPROVE, ActionId.REJECT, ActionId.ESCALATE} if live else set()
        self.decision_bar.set_enabled_actions(frozenset(enabled))
        self.hint.setText(self._hint())
        self._show_photos(rows[review.cursor] if rows else None)

    def _show_photos(self, row: MemberRow | None) -> None:
        """The highlighted member's photos, blurred, the shared ones outlined; fetched on demand."""
        self.photos.setVisible(row is not None and not self._photos_withheld(row))
        if row is None:
            self.photos.set_thumbs([], -1)
            return
        images = row.member.images
        shared = sum(1 for image in images if image.id in row.shared_images)
        if self._photos_withheld(row):
            # The server shows another listing's photos to the desk that claimed it, and only then.
            self.photos_label.setText(
                self.tr("Photos of “%1”: %2 of %3 shared with other members; they show once the cluster is claimed for you.")
                .replace("%1", row.member.title)
                .replace("%2", str(shared))
                .replace("%3", str(len(images)))
            )
            self.photos.set_thumbs([], -1)
            return
        self.photos_label.setText(
            self.tr("Photos of “%1”: %2 of %3 shared with other members (outlined; blurred until you open the listing)")
            .replace("%1", row.member.title)
            .replace("%2", str(shared))
            .replace("%3", str(len(images)))
        )
        thumbs = []
        for image in images:
            decoded = self._photos.get(image.id)
            if image.id not in self._photos:
                self._photos[image.id] = None
                self._runner.run(
                    lambda image=image: decode_photo(image.id, self.ws.cluster_photo(image), "blur"),
                    self._photo_ready,
                )
            thumbs.append(
                Thumb(
                    decoded.veiled_thumb if decoded is not None else None,
                    flagged=False,
                    error=decoded is not None and decoded.error is not None,
                    marked=image.id in row.shared_images,
                )
            )
        self.photos.set_thumbs(thumbs, -1)

    def _photos_withheld(self, row: MemberRow) -> bool:
        review = self.opening.review if self.opening is not None else None
        return review is not None and not row.anchor and (review.read_only or not review.claimed)

    def _photo_ready(self, photo: DecodedPhoto) -> None:
        if self.opening is None or photo.image_id not in self._photos:
            return
        self._photos[photo.image_id] = photo
        rows = self.opening.review.rows()
        if rows:
            self._show_photos(rows[self.opening.review.cursor])

    def _fill_limit_default(self) -> None:
        assert self.opening is not None
        size = self.opening.review.max_size
        self.limit.setText(
            ""
            if size is None
            else self.tr("Your role may decide up to %1 listings in one cluster decision.").replace("%1", str(size))
        )
        self.limit.setVisible(size is not None)

    def _hint(self) -> str:
        def key(action: ActionId) -> str:
            keys = self.keymap.keys_for(action)
            return keys[0] if keys else "—"

        if self.opening is not None and self.opening.review.read_only:
            return self.tr("Up/Down move · %1 goes back to the listing").replace("%1", key(ActionId.CANCEL))
        return (
            self.tr("Up/Down move · X excludes or brings back · %1 approves the rest · %2 rejects with reasons · "
                    "%3 escalates · %4 goes back to the listing")
            .replace("%1", key(ActionId.APPROVE))
            .replace("%2", key(ActionId.REJECT))
            .replace("%3", key(ActionId.ESCALATE))
            .replace("%4", key(ActionId.CANCEL))
        )

    def _options(self, mode: str) -> list[tuple[str, str]]:
        assert self.opening is not None
        review = self.opening.review
        if mode == MODE_REJECT:
            return [(c, self._reason_labels.get(c, c)) for c in review.reason_codes]
        if mode == MODE_ESCALATE:
            return [(t, self._queue_names.get(t, t)) for t in review.escalation_targets]
        return []

    # --- keys ----------------------------------------------------------------------------------------

    def trigger(self, key: ActionId | ClusterKey) -> None:
        opening = self.opening
        if opening is None or not self.isVisible():
            return
        self._carry_out(opening, opening.review.press(key))
        if self.opening is not None:
            self.render()

    def _carry_out(self, opening: ClusterOpening, effects: list[ClusterEffect]) -> None:
        for effect in effects:
            match effect:
                case Notice():
                    self.message.emit(_notice_text(effect))
                case CloseCluster():
                    self.opening = None
                    self.ws.close_cluster(opening)
                    self.finished.emit("")
                case DecideCluster():
                    self._decide(opening, effect)

    def _decide(self, opening: ClusterOpening, decide: DecideCluster) -> None:
        try:
            self.ws.decide_cluster(opening, decide)
        except Exception as exc:  # nothing was recorded: the view stays, with the reason
            log.info("Cluster decision not recorded: %s", type(exc).__name__)
            self.message.emit(self.tr("The cluster decision was NOT recorded: %1").replace("%1", str(exc)))
            return
        self.opening = None
        verdict = action_label(decide.verdict.action)
        undo = self.keymap.keys_for(ActionId.UNDO)
        self.finished.emit(
            self.tr("Cluster decision recorded: %1 for %2 listings. %3 undoes it while it waits to be sent.")
            .replace("%1", verdict)
            .replace("%2", str(len(decide.item_ids)))
            .replace("%3", undo[0] if undo else "")
        )
