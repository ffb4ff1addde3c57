"""Shaped text kept between paints, so a repaint does not shape the same strings again.

Painted lists (seller rows, chips) draw many short strings from a small vocabulary: factor
names, outcome names, flag kinds. QStaticText holds the shaped glyphs; drawing it is a copy.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStaticText

_MAX_ENTRIES = 1024
_cache: OrderedDict[tuple[str, str], QStaticText] = OrderedDict()


def shaped(text: str, font: QFont) -> QStaticText:
    """A plain-text QStaticText of `text` laid out in `font` (draw it with that font set on the painter)."""
    key = (text, font.key())
    static = _cache.get(key)
    if static is not None:
        _cache.move_to_end(key)
        return static
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)  # listing and seller text is never markup
    static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
    static.prepare(font=font)
    _cache[key] = static
    if len(_cache) > _MAX_ENTRIES:
        _cache.popitem(last=False)
    return static
