"""Short, translated durations for ages, SLAs and lease countdowns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def humanise_age(seconds: float | None) -> str:
    """'45 s', '12 min', '3 h', '2 d' - the largest unit that fits."""
    if seconds is None:
        return "—"
    s = max(0, int(seconds))
    if s < 60:
        return QCoreApplication.translate("Duration", "%1 s").replace("%1", str(s))
    if s < 3600:
        return QCoreApplication.translate("Duration", "%1 min").replace("%1", str(s // 60))
    if s < 86400:
        return QCoreApplication.translate("Duration", "%1 h").replace("%1", str(s // 3600))
    return QCoreApplication.translate("Duration", "%1 d").replace("%1", str(s // 86400))


def countdown(seconds: float | None) -> str:
    """'4:07' for a lease's time left; '—' when unknown."""
    if seconds is None:
        return "—"
    s = max(0, int(seconds))
    return f"{s // 60}:{s % 60:02d}"
