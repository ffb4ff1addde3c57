"""Read-only plain-text view with findings highlighted in place.

Listing text is hostile input: it only ever enters Qt through `setPlainText`, so tags,
entities and scripts stay characters. Highlights are character formats applied to
exact spans; the document for the next listing can be built ahead of time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QHelpEvent, QTextCharFormat, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextDocumentLayout, QPlainTextEdit, QToolTip, QWidget

from moderator_app.views import theme as themes
from moderator_app.views.finding_labels import finding_tooltip


@dataclass(frozen=True)
class Span:
    """A finding placed in a document: UTF-16 positions, as QTextCursor counts them."""

    start: int
    end: int
    finding: Any


def utf16_offset(text: str, index: int) -> int:
    """QTextDocument position of the Python string index `index` (astral characters count twice)."""
    prefix = text[:index]
    # Fast path: no astral-plane characters, code points and UTF-16 units agree.
    if prefix.isascii() or max(prefix, default="\0") < "\U00010000":
        return len(prefix)
    return len(prefix.encode("utf-16-le")) // 2


def place_findings(text: str, findings: Sequence[Any]) -> list[Span]:
    """Spans for the findings that fall inside `text`; out-of-range findings are dropped."""
    spans = []
    for f in findings:
        start, end = int(f.start), int(f.end)
        if 0 <= start < end <= len(text):
            spans.append(Span(utf16_offset(text, start), utf16_offset(text, end), f))
    spans.sort(key=lambda s: (s.start, s.end))
    return spans


def build_document(
    text: str, findings: Sequence[Any], theme: themes.Theme, font: QFont | None = None
) -> tuple[QTextDocument, list[Span]]:
    """A plain-text document of `text` with every finding's span coloured by kind and category."""
    doc = QTextDocument()
    doc.setDocumentLayout(QPlainTextDocumentLayout(doc))
    if font is not None:
        doc.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setPlainText(text)
    spans = place_findings(text, findings)
    if spans:
        cursor = QTextCursor(doc)
        for span in spans:
            fmt = QTextCharFormat()
            fmt.setBackground(themes.finding_background(span.finding.kind, span.finding.category, theme))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(themes.finding_marker(span.finding.kind, span.finding.category))
            cursor.setPosition(span.start)
            cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
    doc.setModified(False)
    return doc, spans


class HighlightedTextView(QPlainTextEdit):
    """Shows one plain-text field of a listing with its findings highlighted."""

    def __init__(self, parent: QWidget | None = None, *, object_name: str = "") -> None:
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        # Keys belong to the review screen's shortcuts, not to this view.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._spans: list[Span] = []
        self.viewport().installEventFilter(self)
        self.show_document(*build_document("", (), themes.current()))

    def set_content(self, text: str, findings: Sequence[Any] = ()) -> None:
        """Show `text` as inert plain text with `findings` highlighted."""
        self.show_document(*build_document(text, findings, themes.current(), self.font()))

    def show_document(self, doc: QTextDocument, spans: list[Span]) -> None:
        """Show a document made by `build_document` (possibly prepared ahead of time)."""
        # Documents stay parentless and owned by Python (the prefetch cache and this view),
        # because QPlainTextEdit deletes a replaced document that it parents.
        if doc.defaultFont() != self.font():
            doc.setDefaultFont(self.font())
        self.setDocument(doc)
        self._document = doc
        self._spans = spans
        self.verticalScrollBar().setValue(0)

    def spans(self) -> list[Span]:
        return list(self._spans)

    def span_at(self, position: int) -> Span | None:
        for span in self._spans:
            if span.start <= position < span.end:
                return span
        return None

    def select_finding(self, finding: Any) -> bool:
        """Scroll to `finding` and select its span; False if it is not in this view."""
        for span in self._spans:
            if span.finding is finding:
                cursor = QTextCursor(self.document())
                cursor.setPosition(span.start)
                cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
                self.setTextCursor(cursor)
                self.centerCursor()
                return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            span = self.span_at(self.cursorForPosition(event.pos()).position())
            if span is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), finding_tooltip(span.finding), self.viewport())
            return True
        return super().eventFilter(watched, event)
