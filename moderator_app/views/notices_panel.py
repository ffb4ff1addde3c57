"""The notices panel of the review screen: what was reported about the listing, by whom, and how
often that notifier was right (DSA Arts. 16, 22, 23). Hidden for a listing without notices.

Each notice is a small card of plain-text labels (the explanation is the notifier's text:
hostile input, never rich text). The cards are built once and reused from listing to listing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from moderator_app.core.notice_summary import NoticeLine, TrackRecord, in_priority_lane, notice_lines
from moderator_app.core.schema import NoticeView
from moderator_app.views.finding_labels import category_label
from moderator_app.views.listing_panel import plain_label
from moderator_app.views.opaque_panel import OpaquePanel, fill_with_scrolling

MAX_CARDS = 6
MAX_PANEL_HEIGHT = 340  # beyond this the notices scroll: the listing text keeps its room
MAX_EXPLANATION_CHARS = 600  # the panel is a summary; the whole text is in the tooltip

_KIND_NAMES = {
    "user": QT_TRANSLATE_NOOP("NotifierKind", "User"),
    "trusted_flagger": QT_TRANSLATE_NOOP("NotifierKind", "Trusted flagger"),
    "authority": QT_TRANSLATE_NOOP("NotifierKind", "Authority"),
}


def notifier_kind_label(kind: str) -> str:
    source = _KIND_NAMES.get(kind)
    return QCoreApplication.translate("NotifierKind", source) if source else kind.replace("_", " ")


class NoticeCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NoticeCard")
        self.title = plain_label("NoticeTitle", selectable=False)
        self.meta = plain_label("MutedLabel", selectable=False)
        self.meta.setWordWrap(True)
        self.explanation = plain_label("NoticeExplanation")
        self.explanation.setWordWrap(True)
        self.mark = plain_label("NoticeMark", selectable=False)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        for label in (self.meta, self.explanation):
            label.setSizePolicy(policy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.mark)
        layout.addLayout(head)
        layout.addWidget(self.meta)
        layout.addWidget(self.explanation)

    def track_record_text(self, record: TrackRecord | None) -> str:
        """"75% upheld of 12 decided · 2 manifestly unfounded", or why there is no record."""
        if record is None:
            return self.tr("anonymous: no track record")
        if record.upheld_percent is None:
            text = self.tr("no earlier notice decided")
        else:
            text = self.tr("%1% upheld of %n decided", "", record.decided).replace("%1", str(record.upheld_percent))
        if record.unfounded:
            text += " · " + self.tr("%n manifestly unfounded", "", record.unfounded)
        return text

    def show_line(self, line: NoticeLine) -> None:
        self.title.setText(f"{line.number} · {category_label(line.category)}")
        who = notifier_kind_label(line.notifier_kind)
        if line.notifier_name:
            who += f" · {line.notifier_name}"
        self.meta.setText(f"{who} — {self.track_record_text(line.record)}")
        text = " ".join(line.explanation.split())
        cut = text if len(text) <= MAX_EXPLANATION_CHARS else text[: MAX_EXPLANATION_CHARS - 1] + "…"
        self.explanation.setText(cut)
        self.explanation.setToolTip(line.explanation[:4000] + (f"\n{line.url}" if line.url else ""))
        self.mark.setText(self.tr("Manifestly unfounded") if line.unfounded else "")
        self.mark.setVisible(line.unfounded)


class NoticesPanel(OpaquePanel):
    """The notices on the listing on screen: their count, a badge for the priority lane, a card each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NoticesColumn")
        self.header = plain_label("SectionHeader", selectable=False)
        self.badge = plain_label("PriorityBadge", selectable=False)
        self.hint = plain_label("MutedLabel", selectable=False)
        self.more = plain_label("MutedLabel", selectable=False)
        self.cards = [NoticeCard(self) for _ in range(MAX_CARDS)]
        body = QWidget(self)
        self._body = body
        col = QVBoxLayout(body)
        col.setContentsMargins(12, 8, 12, 8)
        col.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(self.header)
        head.addWidget(self.badge)
        head.addStretch(1)
        head.addWidget(self.hint)
        col.addLayout(head)
        for card in self.cards:
            col.addWidget(card)
        col.addWidget(self.more)
        col.addStretch(1)
        fill_with_scrolling(self, body)
        self._lines: list[NoticeLine] = []
        self.hide()

    def show_notices(self, notices: Sequence[NoticeView], marked: Sequence[int] = (), unfounded_key: str = "") -> None:
        """Show a listing's notices (hidden when there are none) and the ones marked unfounded."""
        lines = notice_lines(notices, marked)
        self._lines = lines
        if not lines:
            self.hide()
            return
        self.header.setText(self.tr("Notices (%n)", "", len(lines)))
        priority = in_priority_lane(notices)
        self.badge.setText(self.tr("Priority lane") if priority else "")
        self.badge.setVisible(priority)
        self.hint.setText(
            self.tr("%1 marks a notice manifestly unfounded").replace("%1", unfounded_key)
            if unfounded_key
            else ""
        )
        for card, line in zip(self.cards, lines, strict=False):
            card.show_line(line)
            card.show()
        for card in self.cards[len(lines):]:
            card.hide()
        hidden = len(lines) - len(self.cards)
        self.more.setText(self.tr("%n more, not shown", "", hidden) if hidden > 0 else "")
        self.more.setVisible(hidden > 0)
        self.show()
        self._fit_height()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt signature
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        # As tall as the notices need (wrapped at the panel's width), up to the cap, then scroll.
        layout = self._body.layout()
        width = max(200, self.width())
        wanted = min(MAX_PANEL_HEIGHT, layout.totalHeightForWidth(width) if layout else MAX_PANEL_HEIGHT)
        if self.height() != wanted or self.minimumHeight() != wanted:
            self.setFixedHeight(wanted)

    def lines(self) -> list[NoticeLine]:
        return list(self._lines)
