"""The moderator's own exposure and break status: a discreet label in the status bar.

It renders a core.exposure_summary.ExposureSummary (the figures and the rules live there) and
never takes room from the connection, outbox and lease widgets: when the bar is short of room its
text is elided first (ElidedLabel's minimum width is small), and the full figures are always in
its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

from moderator_app.core.exposure_summary import ExposureSummary, Reminder
from moderator_app.core.wellness_schema import Level

MIN_WIDTH = 60  # what is left of the label when the bar has no room: an elided start of its text


def against(value: str, budget: str | None) -> str:
    return value if budget is None else f"{value} / {budget}"


class ElidedLabel(QLabel):
    """A one-line label that elides its text rather than widen the bar (see the module docstring)."""

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_WIDTH, super().minimumSizeHint().height())

    compact: tuple[str, ...] = ()  # shorter forms, longest first, to show before eliding

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.text()
        metrics = self.fontMetrics()
        for shorter in self.compact:
            if metrics.horizontalAdvance(text) <= rect.width():
                break
            text = shorter
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)

    def full_text_fits(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) <= self.contentsRect().width()


class ExposureIndicator(ElidedLabel):
    """The status bar's exposure label; ``level`` (ok, reminder, reached) styles it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExposureIndicator")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.summary: ExposureSummary | None = None
        self.hide()

    def show_summary(self, summary: ExposureSummary) -> None:
        self.summary = summary
        visible = summary.known or summary.pending.minutes > 0 or summary.pending.photos > 0
        self.setVisible(visible)
        if not visible:
            return
        self.compact = (self.compact_text(summary), self.minutes_text(summary.shift_minutes))
        self.setText(self.short_text(summary))
        self.setToolTip(self.tooltip_text(summary))
        self.setAccessibleName(self.text())
        level = summary.level.value if summary.level != Level.ok else "ok"
        if self.property("level") != level:
            self.setProperty("level", level)
            self.style().unpolish(self)
            self.style().polish(self)
        self.update()

    # --- texts (context "ExposureIndicator") -------------------------------------------------

    def minutes_text(self, minutes: float) -> str:
        """'42 min' or '2 h 05'."""
        m = max(0, int(minutes))
        if m < 60:
            return self.tr("%1 min").replace("%1", str(m))
        return self.tr("%1 h %2").replace("%1", str(m // 60)).replace("%2", f"{m % 60:02d}")

    def short_text(self, s: ExposureSummary) -> str:
        """The status bar's line: this shift's sensitive minutes and photos, then the break or routing."""
        minutes = against(self.minutes_text(s.shift_minutes),
                           self.minutes_text(s.shift_budget_minutes) if s.shift_budget_minutes is not None else None)
        photos = self.tr("%n photo(s)", "", s.shift_photos)
        if s.shift_budget_photos is not None:
            photos = against(photos, str(s.shift_budget_photos))
        text = self.tr("Exposure %1 · %2").replace("%1", minutes).replace("%2", photos)
        if s.routed:
            text += " · " + self.tr("sensitive listings last")
        elif s.budget_reached:
            text += " · " + self.tr("budget reached")
        if s.break_due:
            text += " · " + self.tr("break due")
        elif s.minutes_to_break is not None:
            text += " · " + self.tr("break in %1").replace("%1", self.minutes_text(s.minutes_to_break))
        return text

    def compact_text(self, s: ExposureSummary) -> str:
        """The line when the bar is short of room: this shift's minutes and what matters most."""
        text = self.tr("Exposure %1").replace("%1", self.minutes_text(s.shift_minutes))
        if s.routed:
            text += " · " + self.tr("sensitive listings last")
        elif s.budget_reached:
            text += " · " + self.tr("budget reached")
        elif s.break_due:
            text += " · " + self.tr("break due")
        return text

    def tooltip_text(self, s: ExposureSummary) -> str:
        """Every figure, one per line (the label's tooltip)."""
        def budget(value: int | None, as_minutes: bool) -> str:
            if value is None:
                return self.tr("none")
            return self.minutes_text(value) if as_minutes else str(value)

        lines = [
            self.tr("Time on listings with nudity or violence flags, and flagged photos you revealed."),
            self.tr("This shift: %1 on sensitive listings (budget: %2).")
            .replace("%1", self.minutes_text(s.shift_minutes)).replace("%2", budget(s.shift_budget_minutes, True)),
            self.tr("This shift: %1 flagged photos revealed (budget: %2).")
            .replace("%1", str(s.shift_photos)).replace("%2", budget(s.shift_budget_photos, False)),
            self.tr("Today: %1 on sensitive listings (budget: %2).")
            .replace("%1", self.minutes_text(s.day_minutes)).replace("%2", budget(s.day_budget_minutes, True)),
            self.tr("Today: %1 flagged photos revealed (budget: %2).")
            .replace("%1", str(s.day_photos)).replace("%2", budget(s.day_budget_photos, False)),
        ]
        if s.break_due:
            lines.append(self.tr("A break is due: step away from the screen for a few minutes."))
        elif s.minutes_to_break is not None:
            lines.append(self.tr("Next break in %1.").replace("%1", self.minutes_text(s.minutes_to_break)))
        if s.routed:
            lines.append(self.tr("Your exposure budget is spent: you get listings without sensitive flags first."))
            lines.append(self.tr("Sensitive listings come only when nothing else is left."))
        elif s.budget_reached:
            lines.append(self.tr("Your exposure budget is spent. Take a break and tell your lead."))
        if s.pending.minutes >= 0.05 or s.pending.photos:
            lines.append(self.tr("Includes %1 and %n photo(s) not yet sent to the server.", "", s.pending.photos)
                         .replace("%1", self.minutes_text(s.pending.minutes)))
        if not s.known:
            lines.append(self.tr("The server's figures and your team's budgets are not known yet."))
        return "\n".join(lines)

    def reminder_text(self, reminder: Reminder) -> str:
        """The status bar message for a reminder (shown once, when its condition starts)."""
        texts = {
            Reminder.break_due: self.tr("Time for a break: step away from the screen for a few minutes."),
            Reminder.budget_near: self.tr("You are close to your exposure budget for this shift."),
            Reminder.budget_reached: self.tr("You have reached your exposure budget. Take a break."),
            Reminder.routed: self.tr("From now on you get listings without sensitive flags while there are any."),
            Reminder.unrouted: self.tr("Listings with sensitive flags can come to you again."),
        }
        return texts[reminder]
