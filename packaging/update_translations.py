"""Refresh the translation sources (resources/i18n/*.ts) and compile them (.qm).

lupdate reads the Qt layer directly. The pure core marks its user-visible strings with
``translate_noop(_CONTEXT, ...)``, whose context is a variable that lupdate cannot follow,
so this script imports those tables and writes them as literal QT_TRANSLATE_NOOP calls into
a temporary file that lupdate reads along with the views.

Run: .venv/bin/python packaging/update_translations.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
LANGUAGES = ("en", "fr", "es")


def core_strings() -> list[tuple[str, str]]:
    """(context, source text) of every translatable string defined in moderator_app.core."""
    from moderator_app.core import keymap, review_state, risk_score, settings_schema

    out: list[tuple[str, str]] = []
    for rule in risk_score.RULES.values():
        out += [("RiskFactor", rule.label), ("RiskFactor", rule.detail)]
    out += [("RiskFactor", label) for label in risk_score.LEVEL_LABELS.values()]
    out += [("Keymap", action.label) for action in keymap.DEFAULT_ACTIONS]
    for spec in settings_schema.SETTINGS:
        out.append(("Settings", spec.label))
        out += [
            ("Settings", label)
            for _value, label in (spec.choices or ())
            if label not in ("English", "Français", "Español")
        ]
    out += [("ReviewState", value) for name, value in vars(review_state).items() if name.startswith("MSG_")]
    return list(dict.fromkeys(out))


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "moderator_app" / "views").glob("*.py"))
    sources.append(str(ROOT / "moderator_app" / "app.py"))
    with tempfile.TemporaryDirectory() as tmp:
        extra = Path(tmp) / "core_strings.py"
        lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
        lines += [f"QT_TRANSLATE_NOOP({context!r}, {text!r})" for context, text in core_strings()]
        extra.write_text("\n".join(lines) + "\n", encoding="utf-8")
        ts_files = [str(ROOT / "resources" / "i18n" / f"moderator_app_{lang}.ts") for lang in LANGUAGES]
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                *sources,
                str(extra),
                "-no-obsolete",
                "-locations",
                "none",
                "-ts",
                *ts_files,
            ],
            check=True,
        )
    subprocess.run([str(BIN / "pyside6-lrelease"), *ts_files], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
