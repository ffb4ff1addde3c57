"""A panel filled with a flat palette colour, so Qt treats it as opaque.

Qt repaints a widget's parents and untouched siblings under any non-opaque widget that
changes. The review screen's columns change with every listing; as opaque panels, only the
widgets that really changed are repainted when the next listing appears.

The fill is Qt's own background fill from the palette (autoFillBackground), not a style
sheet rule: a style sheet background would switch the fill off and make the panel
transparent again. So no style sheet selector may match these panels' object names.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget


class OpaquePanel(QWidget):
    """A QWidget filled with its palette's `background_role` (Base: the content colour).

    `top_rule` draws a one-pixel line in the Mid colour (the theme's border) along the top edge.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        background_role: QPalette.ColorRole = QPalette.ColorRole.Base,
        top_rule: bool = False,
    ) -> None:
        super().__init__(parent)
        self._top_rule = top_rule
        self.setBackgroundRole(background_role)
        self.setAutoFillBackground(True)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._top_rule and event.rect().top() == 0:
            QPainter(self).fillRect(0, 0, self.width(), 1, self.palette().brush(QPalette.ColorRole.Mid))


def fill_with_scrolling(panel: QWidget, body: QWidget) -> QScrollArea:
    """Lay `body` out as the whole of `panel`, scrolling vertically (a narrow column whose content
    may run long). The scroll area never takes the keyboard focus: keys stay with the screen."""
    scroll = QScrollArea(panel)
    scroll.setWidget(body)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    outer = QVBoxLayout(panel)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll
