"""Light and dark themes: a Fusion palette, a QSS sheet and the colours of findings and flags.

The QSS files in resources/styles carry layout-level polish; colours that code needs
(highlight backgrounds, box outlines, chips) come from `Theme` so both stay in step.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from moderator_app.assets import resource_path

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Theme:
    name: str  # "light" | "dark"
    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    border: str
    accent: str
    approve: str
    reject: str
    escalate: str
    warn: str
    ok: str

    def is_dark(self) -> bool:
        return self.name == "dark"


LIGHT = Theme(
    name="light",
    window="#f4f5f7",
    base="#ffffff",
    alt_base="#f8f9fb",
    text="#1d2330",
    muted="#667085",
    border="#d6dae1",
    accent="#2f6fde",
    approve="#1f8a4c",
    reject="#c6362f",
    escalate="#b7701a",
    warn="#c27a06",
    ok="#1f8a4c",
)

DARK = Theme(
    name="dark",
    window="#1b1e24",
    base="#23272f",
    alt_base="#282c35",
    text="#e3e6ec",
    muted="#98a1b3",
    border="#3a404c",
    accent="#5b93f5",
    approve="#3bb36f",
    reject="#ec5f58",
    escalate="#e0a04a",
    warn="#e2a33b",
    ok="#3bb36f",
)

# Finding colours: contact details (off-platform deals) in amber, payment in violet,
# banned terms by policy category. Each entry is (light background, dark background, marker).
_FINDING_COLOURS: dict[str, tuple[str, str, str]] = {
    "phone": ("#ffe3b0", "#6b4a12", "#d98a00"),
    "email": ("#ffe3b0", "#6b4a12", "#d98a00"),
    "url": ("#fde2c4", "#6a3f17", "#d06a0b"),
    "messaging": ("#ffd6a5", "#6e3d10", "#e07b00"),
    "payment": ("#e6d9ff", "#4a3878", "#7b4fe0"),
    "banned_term": ("#ffd2d0", "#6d2a27", "#d23c33"),
    # scam wording and bait prices in the scam violet; spoofed text direction in alarm red
    "scam_pattern": ("#e6d9ff", "#4a3878", "#6a3fd0"),
    "price": ("#e6d9ff", "#4a3878", "#6a3fd0"),
    "bidi_control": ("#ffc9c9", "#7a2222", "#b3261e"),
}
_CATEGORY_COLOURS: dict[str, tuple[str, str, str]] = {
    "scam": ("#e6d9ff", "#4a3878", "#7b4fe0"),
    "sexual": ("#ffd3ea", "#6e2850", "#d6338a"),
    "prostitution": ("#ffd3ea", "#6e2850", "#d6338a"),
    "minors": ("#ffc9c9", "#7a2222", "#b3261e"),
    "drugs": ("#cdeee6", "#1f5a4c", "#148a6e"),
    "weapons": ("#dfe3ea", "#454c5a", "#4d5566"),
    "counterfeit": ("#d6e6ff", "#25406e", "#2f6fde"),
    "hate": ("#ffc9c9", "#7a2222", "#b3261e"),
    "violence": ("#ffc9c9", "#7a2222", "#b3261e"),
    "animals": ("#e3f1cf", "#3d5521", "#5a8a1f"),
    "documents": ("#d6e6ff", "#25406e", "#2f6fde"),
}
_FALLBACK = ("#fff0a8", "#5e5516", "#b59a00")

# Image flag outline colours.
_FLAG_COLOURS = {
    "nudity": "#e0338f",
    "text_in_image": "#e07b00",
    "duplicate": "#2f6fde",
    "quality": "#8a94a6",
    "unreadable": "#c6362f",
    "server": "#7b4fe0",
}


def _pick(kind: str, category: str | None) -> tuple[str, str, str]:
    if kind == "banned_term" and category:
        key = category.lower()
        for name, colours in _CATEGORY_COLOURS.items():
            if name in key:
                return colours
    return _FINDING_COLOURS.get(kind, _FALLBACK)


def finding_background(kind: str, category: str | None, theme: Theme) -> QColor:
    """Background of a highlighted span; readable under the theme's text colour."""
    light, dark, _ = _pick(kind, category)
    return QColor(dark if theme.is_dark() else light)


def finding_marker(kind: str, category: str | None) -> QColor:
    """Strong colour for underlines and the chips of the findings list."""
    return QColor(_pick(kind, category)[2])


def flag_colour(kind: str) -> QColor:
    return QColor(_FLAG_COLOURS.get(kind, _FLAG_COLOURS["server"]))


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def resolve(choice: str) -> Theme:
    """The concrete theme for a setting value: "light", "dark" or "system"."""
    if choice == "dark":
        return DARK
    if choice == "light":
        return LIGHT
    return DARK if system_prefers_dark() else LIGHT


def _palette(theme: Theme) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.base,
        QPalette.ColorRole.AlternateBase: theme.alt_base,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.base,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.ToolTipBase: theme.base,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted,
        QPalette.ColorRole.Highlight: theme.accent,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: theme.accent,
        QPalette.ColorRole.Mid: theme.border,
        QPalette.ColorRole.Midlight: theme.alt_base,
        QPalette.ColorRole.Dark: theme.border,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(theme.muted))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(theme.muted))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(theme.muted))
    return p


def stylesheet(theme: Theme) -> str:
    """The QSS for a theme, with `@name` colour tokens replaced from the Theme."""
    try:
        text = resource_path("styles", "app.qss").read_text(encoding="utf-8")
    except OSError:
        log.warning("style sheet missing; using the bare palette")
        return ""
    # Longest names first so that @alt_base is not eaten by @base.
    for field in sorted(Theme.__dataclass_fields__, key=len, reverse=True):
        text = text.replace("@" + field, str(getattr(theme, field)))
    return text


def apply(app: QApplication, choice: str) -> Theme:
    """Apply a theme setting to the whole application and return the concrete theme."""
    theme = resolve(choice)
    app.setStyle("Fusion")
    app.setPalette(_palette(theme))
    app.setStyleSheet(stylesheet(theme))
    app.setProperty("moderator_theme", theme.name)
    return theme


def current() -> Theme:
    """The theme applied last (light before any is applied)."""
    app = QApplication.instance()
    name = app.property("moderator_theme") if app is not None else None
    return DARK if name == "dark" else LIGHT
