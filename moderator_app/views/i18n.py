"""Loads the UI translation (.qm from resources/i18n) for the chosen or the system language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from moderator_app.assets import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("en", "fr", "es")
_installed: list[QTranslator] = []


def resolve_language(choice: str) -> str:
    """"en", "fr" or "es" for a setting value; "system" follows the system locale (English otherwise)."""
    if choice in LANGUAGES:
        return choice
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def install(app: QApplication, choice: str) -> str:
    """Install the app's and Qt's own translations; return the language in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve_language(choice)
    QLocale.setDefault(QLocale(language))
    # English is the source language; its file carries only plural forms ("1 listing", "2 listings").
    ours = QTranslator(app)
    path = resource_path("i18n", f"moderator_app_{language}.qm")
    if ours.load(str(path)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("translation %s not found; showing English", path.name)
    if language == "en":
        return language
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language
