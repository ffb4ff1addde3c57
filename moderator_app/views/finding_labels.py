"""Translatable names for finding kinds, image flag kinds, policy categories, reason codes, actions and
refusals, and the findings' tooltips. No code reaches the screen raw (see core.code_labels)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from moderator_app.core import code_labels

_KIND_NAMES = {
    "phone": QT_TRANSLATE_NOOP("FindingKind", "Phone number"),
    "email": QT_TRANSLATE_NOOP("FindingKind", "Email address"),
    "url": QT_TRANSLATE_NOOP("FindingKind", "Link"),
    "messaging": QT_TRANSLATE_NOOP("FindingKind", "Messaging handle"),
    "payment": QT_TRANSLATE_NOOP("FindingKind", "Payment details"),
    "banned_term": QT_TRANSLATE_NOOP("FindingKind", "Policy term"),
    "scam_pattern": QT_TRANSLATE_NOOP("FindingKind", "Scam pattern"),
    "bidi_control": QT_TRANSLATE_NOOP("FindingKind", "Hidden text direction"),
    "price": QT_TRANSLATE_NOOP("FindingKind", "Price"),
}

_FLAG_NAMES = {
    "nudity": QT_TRANSLATE_NOOP("FlagKind", "Nudity"),
    "text_in_image": QT_TRANSLATE_NOOP("FlagKind", "Text in photo"),
    "duplicate": QT_TRANSLATE_NOOP("FlagKind", "Duplicate photo"),
    "quality": QT_TRANSLATE_NOOP("FlagKind", "Poor quality"),
    "unreadable": QT_TRANSLATE_NOOP("FlagKind", "Unreadable image"),
    "server": QT_TRANSLATE_NOOP("FlagKind", "Server flag"),
}

_FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("FindingField", "title"),
    "description": QT_TRANSLATE_NOOP("FindingField", "description"),
    "price": QT_TRANSLATE_NOOP("FindingField", "price"),
    "ocr": QT_TRANSLATE_NOOP("FindingField", "text in photo"),
}

# Findings whose explanation is a fixed source text, translated in this context.
_EXPLANATION_CONTEXTS = {"scam_pattern": "ScamPattern", "bidi_control": "BidiControl"}


def kind_name(kind: str) -> str:
    source = _KIND_NAMES.get(kind)
    return QCoreApplication.translate("FindingKind", source) if source else kind


def flag_name(kind: str) -> str:
    source = _FLAG_NAMES.get(kind)
    return QCoreApplication.translate("FlagKind", source) if source else kind


def field_name(field: str) -> str:
    source = _FIELD_NAMES.get(field)
    return QCoreApplication.translate("FindingField", source) if source else field


def finding_explanation(finding: Any) -> str:
    """The finding's explanation in the user's language where it has a translation."""
    explanation = getattr(finding, "explanation", "") or ""
    context = _EXPLANATION_CONTEXTS.get(finding.kind)
    if context and explanation:
        return QCoreApplication.translate(context, explanation)
    details = getattr(finding, "details", None)
    if finding.kind == "price" and details:
        from moderator_app.screening.price_check import EXPLANATIONS

        locale = QLocale()
        decimals = 0 if float(details["low"]).is_integer() and float(details["high"]).is_integer() else 2
        span = (
            f"{locale.toString(float(details['low']), 'f', decimals)}–"
            f"{locale.toString(float(details['high']), 'f', decimals)} {details['currency']}"
        )
        template = QCoreApplication.translate("PriceCheck", EXPLANATIONS[details["basis"]])
        return template.replace("%1", span).replace("%2", locale.toString(int(details["listings"])))
    return explanation
def category_label(category: str) -> str:
    """A policy category in the moderator's words ("scams_and_fraud" -> "Scams and fraud")."""
    source = code_labels.CATEGORIES.get(code_labels.category_key(category))
    if source is None:
        return code_labels.spelt_out(category)
    return QCoreApplication.translate(code_labels.CATEGORY_CONTEXT, source)


def reason_label(code: str, server_label: str | None = None) -> str:
    """A reason code in the moderator's words: the desk's translation, else the server's label."""
    source = code_labels.REASONS.get(code)
    if source is not None:
        return QCoreApplication.translate(code_labels.REASON_CONTEXT, source)
    return server_label or code_labels.spelt_out(code)


def action_label(action: str) -> str:
    source = code_labels.ACTIONS.get(str(action))
    return QCoreApplication.translate(code_labels.ACTION_CONTEXT, source) if source else code_labels.spelt_out(action)


def refusal_reason(code: str | None) -> str:
    """Why the server refused a decision, as the end of a sentence ("the lease had expired")."""
    source = code_labels.REFUSALS.get(code or "", code_labels.REFUSAL_INVALID)
    return QCoreApplication.translate(code_labels.REFUSAL_CONTEXT, source)


def finding_rule(finding: Any) -> str:
    """The rule that fired, e.g. "Policy term · Scams and fraud" or "Phone number"."""
    name = kind_name(finding.kind)
    category = getattr(finding, "category", None)
    return f"{name} · {category_label(category)}" if category else name


def finding_tooltip(finding: Any) -> str:
    """Plain-text tooltip: the rule, then its explanation (never interpreted as rich text)."""
    lines = [finding_rule(finding)]
    rule = getattr(finding, "rule", None)
    if rule:
        lines[0] += f"  [{rule}]"
    explanation = finding_explanation(finding)
    if explanation:
        lines.append(explanation)
    normalized = getattr(finding, "normalized", "") or ""
    if normalized and normalized != finding.text:
        lines.append(QCoreApplication.translate("FindingKind", "Read as: %1").replace("%1", normalized))
    return inert_tooltip("\n".join(lines))


def inert_tooltip(text: str) -> str:
    """Tooltip markup that shows `text` literally.

    QToolTip guesses rich text from content (Qt::mightBeRichText), so listing text that
    looks like HTML would be rendered; escaping every character keeps it inert.
    """
    return "<p style='white-space:pre-wrap'>" + escape(text) + "</p>"
