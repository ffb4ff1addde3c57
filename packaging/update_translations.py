"""Refresh the translation sources (resources/i18n/*.ts) and compile them (.qm).

lupdate reads the Qt layer directly. The pure core marks its user-visible strings with
``translate_noop(_CONTEXT, ...)``, whose context is a variable that lupdate cannot follow,
so this script imports those tables and writes them as literal QT_TRANSLATE_NOOP calls into
a temporary file that lupdate reads along with the views. The same goes for the
``translate_noop`` calls of the Qt-free sync modules and of the views (QA headers, labels,
notices): `marked_strings()` reads them from the source and resolves their context variable.

Run: .venv/bin/python packaging/update_translations.py
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
LANGUAGES = ("en", "fr", "es")
# Modules whose ``translate_noop(CONTEXT, "...")`` calls (or an alias of translate_noop) name
# their context with a variable; lupdate only reads literal contexts.
NOOP_MODULES = (
    "moderator_app.screening.text.scam_patterns",
    "moderator_app.screening.text.bidi",
    "moderator_app.screening.price_check",
    "moderator_app.core.code_labels",
    "moderator_app.core.cluster_review",
    "moderator_app.sync.cluster_desk",
    "moderator_app.sync.review_desk",
    "moderator_app.sync.qa_tables",
    "moderator_app.sync.audit_flow",
    "moderator_app.sync.appeal_flow",
    "moderator_app.sync.dsa_tables",
    "moderator_app.sync.wellness_desk",
    "moderator_app.views.qa.navigation",
)


def core_strings() -> list[tuple[str, str]]:
    """(context, source text) of every translatable string defined in moderator_app.core."""
    from moderator_app.core import decision_rules, keymap, review_session, risk_score, settings_schema

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
    out += [("ReviewState", value) for name, value in vars(review_session).items() if name.startswith("MSG_")]
    out += [("DecisionRules", value) for name, value in vars(decision_rules).items() if name.startswith("MSG_")]
    for module in NOOP_MODULES:
        out += marked_strings(module)
    return list(dict.fromkeys(out))


def marked_strings(module_name: str) -> list[tuple[str, str]]:
    """(context, text) of every ``translate_noop(context, "text")`` call in a module's source.

    The context may be a literal or a module-level name (such as CONTEXT); calls through an
    alias (``_H = translate_noop``) count too. A call whose text is not a literal is an error,
    because its string could never reach the .ts files.
    """
    module = importlib.import_module(module_name)
    tree = ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))
    names = {"translate_noop"}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Name)
            and node.value.id == "translate_noop"
        ):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    out: list[tuple[str, str]] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names):
            continue
        context_node, text_node = node.args[0], node.args[1]
        if isinstance(context_node, ast.Constant):
            context = context_node.value
        elif isinstance(context_node, ast.Name):
            context = getattr(module, context_node.id)
        else:
            raise ValueError(f"{module_name}:{node.lineno}: translate_noop needs a literal or named context")
        if not (isinstance(text_node, ast.Constant) and isinstance(text_node.value, str)):
            raise ValueError(f"{module_name}:{node.lineno}: translate_noop needs a literal text")
        out.append((str(context), text_node.value))
    return out


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "moderator_app" / "views").rglob("*.py"))
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
