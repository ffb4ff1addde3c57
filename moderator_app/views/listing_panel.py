"""The listing panel: title, price, category, location, posting date, description and findings.

Every piece of listing text is shown as plain text: labels use Qt.PlainText and the
title and description are `HighlightedTextView`s fed through `setPlainText`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QHelpEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QSplitter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from moderator_app.views import theme as themes
from moderator_app.views.finding_labels import inert_tooltip
from moderator_app.views.findings_model import FindingDelegate, FindingsModel
from moderator_app.views.opaque_panel import OpaquePanel
from moderator_app.views.text_view import HighlightedTextView, Span, build_document
from moderator_app.views.time_format import humanise_age

CURRENCY_SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$", "CHF": "CHF", "MAD": "MAD"}


TITLE_POINT_SIZE = 14.0
DESCRIPTION_POINT_SIZE = 10.5


def _font(point_size: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    """The application font at `point_size` and `weight`."""
    font = QFont(QApplication.font())
    font.setPointSizeF(point_size)
    font.setWeight(weight)
    return font


def plain_label(object_name: str = "", parent: QWidget | None = None, *, selectable: bool = True) -> QLabel:
    """A QLabel that can never interpret its text as rich text.

    Selectable labels keep a text document behind them, which makes each setText several
    times dearer; labels that change with every listing and hold nothing worth copying
    (headings, counters, dates) pass `selectable=False`.
    """
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


@dataclass
class PreparedListing:
    """The highlighted documents of one listing, built ahead of time for a one-frame switch."""

    title: tuple[QTextDocument, list[Span]]
    description: tuple[QTextDocument, list[Span]]
    findings: list[Any]


def prepare_listing(
    listing: Any,
    findings: Sequence[Any],
    theme: themes.Theme,
    fonts: tuple[QFont, QFont] | None = None,
) -> PreparedListing:
    """Build both highlighted documents of `listing` (UI thread; cheap to keep for the next item).

    `fonts` (title, description) should be the views' fonts, so showing the documents
    later needs no re-layout.
    """
    title_font, body_font = fonts if fonts is not None else (None, None)
    by_field: dict[str, list[Any]] = {"title": [], "description": []}
    for f in findings:
        by_field.setdefault(f.field, []).append(f)
    return PreparedListing(
        title=build_document(listing.title, by_field["title"], theme, title_font),
        description=build_document(listing.description, by_field["description"], theme, body_font),
        findings=list(findings),
    )


class ListingPanel(OpaquePanel):
    """Shows one listing's text with findings highlighted and a findings list under it.

    Signals:
        finding_activated(object): a finding was clicked in the list (after scrolling to it).
    """

    finding_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ListingPanel")
        # The two text views are styled here, not by the style sheet: a style sheet background turns
        # off their opaque fill, and Qt then repaints the panel under them on every listing.
        self.title_view = HighlightedTextView(self, object_name="ListingTitle")
        self.title_view.setFont(_font(TITLE_POINT_SIZE, QFont.Weight.DemiBold))
        # No scroll bar: a bar that appears and disappears as the text re-wraps makes layout loop.
        self.title_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.title_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.title_view.setFixedHeight(int(self.title_view.fontMetrics().lineSpacing() * 2) + 12)

        self.price_label = plain_label("PriceLabel", selectable=False)
        self.category_label = plain_label("MetaLabel")
        self.location_label = plain_label("MetaLabel")
        self.posted_label = plain_label("MetaLabel", selectable=False)
        for label in (self.category_label, self.location_label, self.posted_label):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        meta = QHBoxLayout()
        meta.setSpacing(14)
        meta.addWidget(self.price_label)
        meta.addWidget(self.category_label, 2)
        meta.addWidget(self.location_label, 2)
        meta.addWidget(self.posted_label, 2)

        self.description_view = HighlightedTextView(self, object_name="ListingDescription")
        self.description_view.setFont(_font(DESCRIPTION_POINT_SIZE))

        self.findings_header = plain_label("SectionHeader", selectable=False)
        self.findings_model = FindingsModel(self)
        self.findings_list = QListView(self)
        self.findings_list.setObjectName("FindingsList")
        self.findings_list.setModel(self.findings_model)
        self.findings_list.setItemDelegate(FindingDelegate(self.findings_list))
        self.findings_list.setMouseTracking(True)
        self.findings_list.setUniformItemSizes(True)
        self.findings_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.findings_list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.findings_list.clicked.connect(self._on_finding_clicked)
        self.findings_list.activated.connect(self._on_finding_clicked)

        text_box = QWidget(self)
        text_layout = QVBoxLayout(text_box)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.setSpacing(6)
        text_layout.addWidget(self.title_view)
        text_layout.addLayout(meta)
        line = QFrame(self)
        line.setObjectName("Separator")
        line.setFrameShape(QFrame.Shape.HLine)
        text_layout.addWidget(line)
        text_layout.addWidget(self.description_view, 1)

        findings_box = QWidget(self)
        findings_layout = QVBoxLayout(findings_box)
        findings_layout.setContentsMargins(0, 6, 0, 0)
        findings_layout.setSpacing(4)
        findings_layout.addWidget(self.findings_header)
        findings_layout.addWidget(self.findings_list, 1)

        self._posted_at: datetime | None = None
        # The exact posting time is formatted when its tooltip is asked for, not for every listing.
        self.posted_label.installEventFilter(self)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(text_box)
        splitter.addWidget(findings_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(splitter)
        self._set_findings_header(0)

    def show_listing(self, listing: Any, findings: Sequence[Any], prepared: PreparedListing | None = None) -> None:
        """Show `listing` (a schema.Listing) with `findings`; use `prepared` documents when given."""
        if prepared is None:
            prepared = prepare_listing(listing, findings, themes.current(), self.fonts())
        self.title_view.show_document(*prepared.title)
        self.description_view.show_document(*prepared.description)
        locale = QLocale()
        if listing.price is None:
            self.price_label.setText(self.tr("No price"))
        else:
            symbol = CURRENCY_SYMBOLS.get(listing.currency, listing.currency)
            self.price_label.setText(locale.toCurrencyString(float(listing.price), symbol))
        self.category_label.setText(listing.category)
        self.location_label.setText(f"{listing.location} · {listing.country}")
        created = listing.created_at
        if created.tzinfo is None:
            created = created.replace(tzinfo=UTC)
        age = humanise_age((datetime.now(UTC) - created).total_seconds())
        self.posted_label.setText(self.tr("Posted %1 ago").replace("%1", age))
        self._posted_at = created
        self.findings_model.set_findings(prepared.findings)
        # Lay the rows out now, not on the view's zero timer: the frame that shows the listing shows its findings.
        self.findings_list.doItemsLayout()
        self._set_findings_header(len(prepared.findings))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.posted_label and event.type() == QEvent.Type.ToolTip and self._posted_at is not None:
            assert isinstance(event, QHelpEvent)
            when = QLocale().toString(self._posted_at.astimezone().replace(tzinfo=None))
            QToolTip.showText(event.globalPos(), inert_tooltip(when), self.posted_label)
            return True
        return super().eventFilter(watched, event)

    def fonts(self) -> tuple[QFont, QFont]:
        """The (title, description) fonts, for documents prepared ahead of time."""
        return self.title_view.font(), self.description_view.font()

    def _set_findings_header(self, count: int) -> None:
        if count == 0:
            self.findings_header.setText(self.tr("No text findings"))
        else:
            self.findings_header.setText(self.tr("Text findings (%n)", "", count))

    def select_finding(self, finding: Any) -> bool:
        """Scroll the text to `finding` and select it."""
        view = self.title_view if finding.field == "title" else self.description_view
        return view.select_finding(finding)

    def _on_finding_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            finding = self.findings_model.finding(index.row())
            self.select_finding(finding)
            self.finding_activated.emit(finding)
