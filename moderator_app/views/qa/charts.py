"""Painted charts of the lead dashboard (PySide6-Essentials has no QtCharts).

`TrendChart`: decisions per period as bars, the error rate as a line inside its 95% Wilson band.
`WhiskerChart`: the error rate per moderator as a dot with its 95% interval as a whisker, so a
rate from three audits visibly means little. The series come from sync.qa_desk; these only draw.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from moderator_app.sync.qa_desk import TrendBar, Whisker, count_axis_top, rate_axis_top
from moderator_app.views import theme as themes

# Translucency of the bars and the interval band, (light, dark): a dark background needs more.
_BAR_ALPHA = {False: 70, True: 110}
_BAND_ALPHA = {False: 34, True: 70}


def _pct(value: float) -> str:
    text = f"{value * 100:.1f}".rstrip("0").rstrip(".")
    return f"{text}%"


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(200)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._title = ""
        self._empty = ""

    def set_title(self, title: str, empty_text: str) -> None:
        self._title = title
        self._empty = empty_text
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 260)

    def _begin(self) -> tuple[QPainter, themes.Theme, QRectF]:
        theme = themes.current()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(theme.base))
        p.setPen(QPen(QColor(theme.border), 1))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        title_font = QFont(p.font())
        title_font.setWeight(QFont.Weight.DemiBold)
        p.setFont(title_font)
        p.setPen(QColor(theme.text))
        line = p.fontMetrics().height()
        p.drawText(QRectF(12, 8, self.width() - 24, line), Qt.AlignmentFlag.AlignLeft, self._title)
        p.setFont(QFont(self.font()))
        return p, theme, QRectF(12, 8 + line + 6, self.width() - 24, self.height() - line - 22)

    def _empty_state(self, p: QPainter, theme: themes.Theme, area: QRectF) -> None:
        p.setPen(QColor(theme.muted))
        p.drawText(area, Qt.AlignmentFlag.AlignCenter, self._empty)


class TrendChart(_Chart):
    """Decisions (bars, left axis) and error rate with its 95% band (line, right axis) per period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[TrendBar] = []

    def set_series(self, bars: Sequence[TrendBar]) -> None:
        self._bars = list(bars)
        self.update()

    def series(self) -> list[TrendBar]:
        return list(self._bars)

    def paintEvent(self, event) -> None:  # noqa: ARG002 - Qt signature
        p, theme, area = self._begin()
        if not self._bars:
            self._empty_state(p, theme, area)
            return
        fm = p.fontMetrics()
        line = fm.height()
        legend_y = area.top()
        self._legend(p, theme, area.right(), legend_y)
        left_w = fm.horizontalAdvance("00000") + 6
        right_w = fm.horizontalAdvance("100%") + 8
        plot = QRectF(area.left() + left_w, area.top() + line + 8, area.width() - left_w - right_w,
                      area.height() - 2 * line - 14)
        max_count = count_axis_top(max(b.decisions for b in self._bars))
        rates = [b.ci_high for b in self._bars if b.audited > 0]
        ceiling = rate_axis_top(rates)
        # grid and axes
        grid = QPen(QColor(theme.border), 1, Qt.PenStyle.DotLine)
        for i in range(5):
            y = plot.bottom() - plot.height() * i / 4
            p.setPen(grid)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor(theme.muted))
            p.drawText(QRectF(area.left(), y - line / 2, left_w - 6, line),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(int(max_count * i / 4)))
            p.drawText(QRectF(plot.right() + 6, y - line / 2, right_w, line),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, _pct(ceiling * i / 4))
        n = len(self._bars)
        slot = plot.width() / n
        bar_w = max(2.0, min(36.0, slot * 0.45))
        bar_colour = QColor(theme.accent)
        bar_colour.setAlpha(_BAR_ALPHA[theme.is_dark()])
        label_every = max(1, int((fm.horizontalAdvance("00-00") + 10) / slot) + 1)
        points: list[QPointF] = []
        band_top: list[QPointF] = []
        band_bottom: list[QPointF] = []
        for i, bar in enumerate(self._bars):
            cx = plot.left() + slot * (i + 0.5)
            h = plot.height() * bar.decisions / max_count
            p.fillRect(QRectF(cx - bar_w / 2, plot.bottom() - h, bar_w, h), bar_colour)
            if i % label_every == 0:
                p.setPen(QColor(theme.muted))
                p.drawText(QRectF(cx - slot * label_every / 2, plot.bottom() + 4, slot * label_every, line),
                           Qt.AlignmentFlag.AlignHCenter, bar.label[5:])
            if bar.audited > 0 and bar.error_rate is not None:
                def y_of(rate: float) -> float:
                    return plot.bottom() - plot.height() * min(rate, ceiling) / ceiling
                points.append(QPointF(cx, y_of(bar.error_rate)))
                band_top.append(QPointF(cx, y_of(bar.ci_high)))
                band_bottom.append(QPointF(cx, y_of(bar.ci_low)))
        reject = QColor(theme.reject)
        if band_top:
            band = QPainterPath(band_top[0])
            for pt in band_top[1:]:
                band.lineTo(pt)
            for pt in reversed(band_bottom):
                band.lineTo(pt)
            band.closeSubpath()
            fill = QColor(reject)
            fill.setAlpha(_BAND_ALPHA[theme.is_dark()])
            p.fillPath(band, fill)
            if len(band_top) == 1:  # one period: show the interval as a whisker
                p.setPen(QPen(reject, 1.5))
                p.drawLine(band_top[0], band_bottom[0])
        if points:
            p.setPen(QPen(reject, 2))
            for a, b in zip(points, points[1:], strict=False):
                p.drawLine(a, b)
            p.setBrush(QColor(theme.base))
            for pt in points:
                p.drawEllipse(pt, 3.5, 3.5)
        p.end()

    def _legend(self, p: QPainter, theme: themes.Theme, right: float, top: float) -> None:
        fm = p.fontMetrics()
        items = [
            (self.tr("Decisions"), QColor(theme.accent), _BAR_ALPHA[theme.is_dark()]),
            (self.tr("Error rate"), QColor(theme.reject), 255),
            (self.tr("95% interval"), QColor(theme.reject), _BAND_ALPHA[theme.is_dark()]),
        ]
        x = right
        for text, colour, alpha in reversed(items):
            w = fm.horizontalAdvance(text)
            x -= w
            p.setPen(QColor(theme.muted))
            p.drawText(QRectF(x, top, w + 2, fm.height()), Qt.AlignmentFlag.AlignLeft, text)
            x -= 16
            c = QColor(colour)
            c.setAlpha(alpha)
            p.fillRect(QRectF(x, top + fm.height() / 2 - 5, 11, 10), c)
            x -= 14


class WhiskerChart(_Chart):
    """One row per moderator: error rate (dot) and its 95% interval (whisker), worst first."""

    ROW = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Whisker] = []
        self._team: float | None = None

    def set_series(self, rows: Sequence[Whisker], team_rate: float | None = None) -> None:
        """`team_rate` draws the whole team's error rate as a dashed reference line."""
        self._rows = list(rows)
        self._team = team_rate
        self.update()

    def series(self) -> list[Whisker]:
        return list(self._rows)

    def paintEvent(self, event) -> None:  # noqa: ARG002 - Qt signature
        p, theme, area = self._begin()
        if not self._rows:
            self._empty_state(p, theme, area)
            return
        fm = p.fontMetrics()
        line = fm.height()
        name_w = min(150, max(fm.horizontalAdvance(r.label) for r in self._rows) + 10)
        value_w = fm.horizontalAdvance("100.0%  n=0000") + 8
        plot = QRectF(area.left() + name_w, area.top() + line + 6, area.width() - name_w - value_w,
                      area.height() - 2 * line - 12)
        ceiling = rate_axis_top([r.ci_high for r in self._rows] + ([self._team] if self._team else []))
        rows_fit = max(1, int(plot.height() // self.ROW))
        shown = self._rows[:rows_fit]
        row_h = min(float(self.ROW) * 2.2, plot.height() / max(1, len(shown)))

        def x_of(rate: float) -> float:
            return plot.left() + plot.width() * min(rate, ceiling) / ceiling

        grid = QPen(QColor(theme.border), 1, Qt.PenStyle.DotLine)
        for i in range(5):
            x = plot.left() + plot.width() * i / 4
            p.setPen(grid)
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.top() + row_h * len(shown)))
            p.setPen(QColor(theme.muted))
            p.drawText(QRectF(x - 30, plot.top() + row_h * len(shown) + 4, 60, line),
                       Qt.AlignmentFlag.AlignHCenter, _pct(ceiling * i / 4))
        if self._team is not None:
            p.setPen(QPen(QColor(theme.warn), 1.5, Qt.PenStyle.DashLine))
            x = x_of(self._team)
            p.drawLine(QPointF(x, plot.top() - 4), QPointF(x, plot.top() + row_h * len(shown)))
            label = self.tr("team %1").replace("%1", _pct(self._team))
            p.setPen(QColor(theme.warn))
            p.drawText(QRectF(x - 80, area.top(), 160, line), Qt.AlignmentFlag.AlignHCenter, label)
        for i, row in enumerate(shown):
            cy = plot.top() + row_h * (i + 0.5)
            p.setPen(QColor(theme.text))
            p.drawText(QRectF(area.left(), cy - line / 2, name_w - 8, line),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(row.label, Qt.TextElideMode.ElideRight, int(name_w - 8)))
            # Red only when even the interval's low end is above the team: a difference worth coaching.
            colour = QColor(theme.reject if self._team is not None and row.ci_low > self._team else theme.accent)
            p.setPen(QPen(colour, 2))
            lo, hi = x_of(row.ci_low), x_of(row.ci_high)
            p.drawLine(QPointF(lo, cy), QPointF(hi, cy))
            p.drawLine(QPointF(lo, cy - 5), QPointF(lo, cy + 5))
            p.drawLine(QPointF(hi, cy - 5), QPointF(hi, cy + 5))
            if row.error_rate is not None:
                p.setBrush(colour)
                p.drawEllipse(QPointF(x_of(row.error_rate), cy), 4.5, 4.5)
            p.setPen(QColor(theme.muted))
            rate = self.tr("n/a") if row.error_rate is None else f"{row.error_rate * 100:.1f}%"
            p.drawText(QRectF(plot.right() + 8, cy - line / 2, value_w, line),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{rate}  n={row.audited}")
        hidden = len(self._rows) - len(shown)
        if hidden > 0:
            p.setPen(QColor(theme.muted))
            p.drawText(QRectF(area.left(), area.bottom() - line, name_w, line), Qt.AlignmentFlag.AlignLeft,
                       self.tr("and %n more", "", hidden))
        p.end()
