"""Read-only plain-text view with findings highlighted in place.

Listing text is hostile input: it only ever enters Qt through `setPlainText`, so tags,
entities and scripts stay characters. Highlights are character formats applied to
exact spans; the document for the next listing can be built ahead of time.

Invisible formatting characters are drawn visibly: a direction control (which would reorder the
text as the spoofer intended, ``factureexe.jpg``) becomes ``⇄`` and any other invisible
format character (zero-width space, soft hyphen, word joiner...) ``◌``, each in a warning colour
with its Unicode name as tooltip. One character stands for one, so findings keep their offsets,
and the text is shown in the order it is really written.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QTextCharFormat, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextDocumentLayout, QPlainTextEdit, QToolTip, QWidget

from moderator_app.views import theme as themes
from moderator_app.views.finding_labels import finding_tooltip, inert_tooltip


@dataclass(frozen=True)
class Span:
    """A finding placed in a document: UTF-16 positions, as QTextCursor counts them."""

    start: int
    end: int
    finding: Any


DIRECTION_MARKER = "\u21c4"  # ⇄
INVISIBLE_MARKER = "\u25cc"  # ◌
_DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
# Invisible characters that are letters or spaces by category, used to pad words and names.
_INVISIBLE_OTHERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
_MARKER_COLOUR = "#c6362f"


def _is_hidden(text: str, i: int) -> bool:
    c = text[i]
    if c in _DIRECTION_CONTROLS or c in _INVISIBLE_OTHERS:
        return True
    if unicodedata.category(c) != "Cf":
        return False
    # The joiner inside an emoji sequence (family, flags with tags) is how emoji are written.
    if c == "\u200d" or 0xE0020 <= ord(c) <= 0xE007F:
        return not (i and _is_pictographic(text[i - 1]))
    return True


def _is_pictographic(c: str) -> bool:
    """Part of an emoji sequence: a pictograph, a modifier, a variation selector or a joiner."""
    cp = ord(c)
    return cp >= 0x1F000 or 0xE0020 <= cp <= 0xE007F or c in "\u200d\ufe0f" or unicodedata.category(c) == "So"


def visible_text(text: str) -> str:
    """``text`` with every invisible formatting character replaced by a visible marker (one
    character for one, so Python offsets still hold)."""
    if text.isascii():
        return text
    chars = list(text)
    changed = False
    for i, c in enumerate(chars):
        if not c.isascii() and _is_hidden(text, i):
            chars[i] = DIRECTION_MARKER if c in _DIRECTION_CONTROLS else INVISIBLE_MARKER
            changed = True
    return "".join(chars) if changed else text


def hidden_characters(text: str) -> list[tuple[int, str]]:
    """(index, character) of every invisible formatting character `visible_text` replaces."""
    if text.isascii():
        return []
    return [(i, c) for i, c in enumerate(text) if not c.isascii() and _is_hidden(text, i)]


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
    hidden = hidden_characters(text)
    shown = visible_text(text) if hidden else text
    doc.setPlainText(shown)
    spans = place_findings(shown, findings)
    if hidden:
        _mark_hidden(doc, shown, hidden)
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


def _mark_hidden(doc: QTextDocument, shown: str, hidden: list[tuple[int, str]]) -> None:
    """Colour each marker and name the character it stands for in its tooltip."""
    cursor = QTextCursor(doc)
    for index, original in hidden:
        fmt = QTextCharFormat()
        fmt.setForeground(QColor(_MARKER_COLOUR))
        fmt.setFontWeight(QFont.Weight.Bold)
        name = unicodedata.name(original, "FORMAT CHARACTER").title()
        fmt.setToolTip(f"U+{ord(original):04X} {name}")
        start = utf16_offset(shown, index)
        cursor.setPosition(start)
        cursor.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)


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

    def _marker_name(self, position: int) -> str:
        """The name of the invisible character drawn at ``position`` (or just before it)."""
        for at in (position + 1, position):
            cursor = QTextCursor(self.document())
            if 0 < at <= self.document().characterCount():
                cursor.setPosition(at)
                name = cursor.charFormat().toolTip()
                if name:
                    return name
        return ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            position = self.cursorForPosition(event.pos()).position()
            span = self.span_at(position)
            lines = [finding_tooltip(span.finding)] if span is not None else []
            marker = self._marker_name(position)
            if marker:
                lines.append(inert_tooltip(marker))
            if lines:
                QToolTip.showText(event.globalPos(), "".join(lines), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)
