"""The seller panel: the explainable risk score with its factors, then the seller's history."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from moderator_app.core.risk_score import LEVEL_LABELS, RULES, RiskAssessment, RiskLevel
from moderator_app.views import theme as themes
from moderator_app.views.finding_labels import reason_label
from moderator_app.views.listing_panel import plain_label
from moderator_app.views.opaque_panel import OpaquePanel
from moderator_app.views.rows_view import Row, RowsView
from moderator_app.views.time_format import humanise_age

_OUTCOME_NAMES = {
    "approved": QT_TRANSLATE_NOOP("Outcome", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("Outcome", "Rejected"),
    "pending": QT_TRANSLATE_NOOP("Outcome", "Pending"),
    "escalated": QT_TRANSLATE_NOOP("Outcome", "Escalated"),
}


def level_colour(level: RiskLevel, theme: themes.Theme) -> QColor:
    return QColor({RiskLevel.HIGH: theme.reject, RiskLevel.MEDIUM: theme.warn}.get(level, theme.ok))


def factor_detail(factor: Any) -> str:
    """The factor's detail sentence, translated, formatted with its arguments."""
    rule = RULES.get(factor.key)
    if rule is None:
        return factor.detail
    template = QCoreApplication.translate("RiskFactor", rule.detail)
    try:
        return template.format(**dict(factor.args))
    except (KeyError, IndexError, ValueError):
        return factor.detail


class RiskBadge(QWidget):
    """Paints the risk score as a ring with its level underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(QSize(76, 76))
        self._score: int | None = None
        self._level = RiskLevel.LOW
        self._font: QFont | None = None  # the score's font, derived from the widget's
        self._font_base: QFont | None = None

    def set_assessment(self, assessment: RiskAssessment | None) -> None:
        self._score = None if assessment is None else assessment.score
        self._level = RiskLevel.LOW if assessment is None else assessment.level
        self.update()

    def paintEvent(self, event) -> None:  # noqa: ARG002 - Qt signature
        theme = themes.current()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(5, 5, self.width() - 10, self.height() - 10)
        ring = r.adjusted(3.5, 3.5, -3.5, -3.5)  # the middle of the 7 px ring
        p.setBrush(Qt.BrushStyle.NoBrush)
        # A stroked circle, not a filled ring path: path subtraction costs more than the rest of the badge.
        p.setPen(QPen(QColor(theme.border), 7))
        p.drawEllipse(ring)
        if self._score is not None:
            pen = QPen(level_colour(self._level, theme), 7)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            span = int(-360 * 16 * max(0, min(100, self._score)) / 100)
            p.drawArc(ring, 90 * 16, span)
        if self._font is None or self._font_base != self.font():
            self._font_base = QFont(self.font())
            self._font = QFont(self._font_base)
            self._font.setPointSizeF(self._font_base.pointSizeF() * 1.5)
            self._font.setWeight(QFont.Weight.Bold)
        p.setFont(self._font)
        p.setPen(QColor(theme.text))
        p.drawText(r, Qt.AlignmentFlag.AlignCenter, "—" if self._score is None else str(self._score))


class SellerPanel(OpaquePanel):
    """Shows who is selling: risk score and factors, account facts, past outcomes, linked accounts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SellerColumn")  # not "SellerPanel": its style sheet background would make it transparent
        self.name_label = plain_label("SellerName")
        self.id_label = plain_label("MutedLabel")
        self.badge = RiskBadge(self)
        self.level_label = plain_label("RiskLevel", selectable=False)
        self.factors = RowsView(self, max_rows=12)

        self.age_value = plain_label(selectable=False)
        self.verification_value = plain_label(selectable=False)
        self.reports_value = plain_label(selectable=False)
        self.strikes_value = plain_label()
        self.history_value = plain_label(selectable=False)
        for label in (self.age_value, self.verification_value, self.reports_value, self.strikes_value, self.history_value):
            # Wrap rather than clip: the panel is narrow and translations run longer.
            label.setWordWrap(True)
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            # Keep height-for-width (a plain policy drops it): a wrapped value must push the rows below
            # down, not squeeze the risk factors under it.
            policy.setHeightForWidth(True)
            label.setSizePolicy(policy)
        self.past = RowsView(self, max_rows=5)
        self.linked = RowsView(self, max_rows=4)

        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(self.badge)
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addStretch(1)
        names.addWidget(self.name_label)
        names.addWidget(self.id_label)
        names.addWidget(self.level_label)
        names.addStretch(1)
        head.addLayout(names, 1)

        facts = QFormLayout()
        facts.setHorizontalSpacing(12)
        facts.setVerticalSpacing(4)
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts.addRow(self._key(self.tr("Account age")), self.age_value)
        facts.addRow(self._key(self.tr("Verification")), self.verification_value)
        facts.addRow(self._key(self.tr("Reports")), self.reports_value)
        facts.addRow(self._key(self.tr("Strikes")), self.strikes_value)
        facts.addRow(self._key(self.tr("Past listings")), self.history_value)

        body = QWidget(self)
        col = QVBoxLayout(body)
        col.setContentsMargins(12, 10, 12, 10)
        col.setSpacing(8)
        header = plain_label("SectionHeader", selectable=False)
        header.setText(self.tr("Seller"))
        col.addWidget(header)
        col.addLayout(head)
        col.addWidget(self._section(self.tr("Why this score")))
        col.addWidget(self.factors)
        col.addWidget(self._section(self.tr("Account")))
        col.addLayout(facts)
        col.addWidget(self._section(self.tr("Recent outcomes")))
        col.addWidget(self.past)
        col.addWidget(self._section(self.tr("Linked accounts")))
        col.addWidget(self.linked)
        col.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.show_seller(None, None)

    def _key(self, text: str):
        label = plain_label("FactKey", selectable=False)
        label.setText(text)
        return label

    def _section(self, text: str):
        label = plain_label("SubHeader", selectable=False)
        label.setText(text)
        return label

    def _set_level_colour(self, colour: QColor) -> None:
        # A palette colour, not a style sheet property selector: those need a full re-polish to take effect.
        # Both roles: under the style sheet a label paints with Text, without it with WindowText.
        if self.level_label.palette().color(QPalette.ColorRole.Text) != colour:
            palette = self.level_label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            palette.setColor(QPalette.ColorRole.Text, colour)
            self.level_label.setPalette(palette)

    def show_seller(self, seller: Any, assessment: RiskAssessment | None, now: datetime | None = None) -> None:
        """Show a schema.SellerHistory and its RiskAssessment (either may be None: not fetched yet)."""
        theme = themes.current()
        now = now or datetime.now(UTC)
        self.badge.set_assessment(assessment)
        if assessment is None:
            self.level_label.setText(self.tr("No risk score"))
            self._set_level_colour(QColor(theme.muted))
            self.factors.set_rows([])
        else:
            self.level_label.setText(QCoreApplication.translate("RiskFactor", LEVEL_LABELS[assessment.level]))
            colour = level_colour(assessment.level, theme)
            self._set_level_colour(colour)
            self.factors.set_rows(
                [
                    Row(QCoreApplication.translate("RiskFactor", f.label), factor_detail(f), f"+{f.points}", colour)
                    for f in assessment.factors
                ],
                self.tr("No risk factors"),
            )
        if seller is None:
            self.name_label.setText(self.tr("Seller history not available"))
            self.id_label.setText(self.tr("It will appear once synced"))
            for label in (self.age_value, self.verification_value, self.reports_value, self.strikes_value, self.history_value):
                label.setText("—")
            self.past.set_rows([], "")
            self.linked.set_rows([], "")
            return
        self.name_label.setText(seller.display_name)
        self.id_label.setText(seller.seller_id)
        created = seller.account_created_at if seller.account_created_at.tzinfo else seller.account_created_at.replace(tzinfo=UTC)
        self.age_value.setText(humanise_age((now - created).total_seconds()))
        v = seller.verification
        yes, no = "✓", "✗"
        kyc = {"verified": self.tr("verified"), "pending": self.tr("pending"), "none": self.tr("none")}.get(v.kyc, v.kyc)
        self.verification_value.setText(
            self.tr("Email %1  Phone %2  ID %3")
            .replace("%1", yes if v.email else no)
            .replace("%2", yes if v.phone else no)
            .replace("%3", kyc)
        )
        self.reports_value.setText(str(seller.reports_received))
        if seller.strikes:
            latest = max(seller.strikes, key=lambda s: s.at)
            self.strikes_value.setText(
                self.tr("%1 · latest: %2").replace("%1", str(len(seller.strikes))).replace("%2", reason_label(latest.reason))
            )
        else:
            self.strikes_value.setText("0")
        counts: dict[str, int] = {}
        for past in seller.past_listings:
            counts[past.outcome] = counts.get(past.outcome, 0) + 1
        self.history_value.setText(
            self.tr("%1 approved · %2 rejected")
            .replace("%1", str(counts.get("approved", 0)))
            .replace("%2", str(counts.get("rejected", 0)))
        )
        outcome_colour = {"approved": theme.approve, "rejected": theme.reject, "escalated": theme.escalate}
        # Decided listings first (what the moderator weighs), newest first; pending ones after.
        recent = sorted(
            seller.past_listings, key=lambda p: (p.outcome == "pending", -p.created_at.timestamp())
        )
        self.past.set_rows(
            [
                Row(
                    p.title,
                    " · ".join(
                        [
                            QCoreApplication.translate("Outcome", _OUTCOME_NAMES.get(p.outcome, p.outcome)),
                            *(reason_label(code) for code in p.reasons),
                        ]
                    ),
                    "",
                    QColor(outcome_colour.get(p.outcome, theme.muted)),
                )
                for p in recent
            ],
            self.tr("No earlier listings"),
        )
        self.linked.set_rows(
            [
                Row(
                    f"{a.display_name} ({a.seller_id})",
                    self.tr("shares %1").replace("%1", ", ".join(a.shared)),
                    self.tr("%n strikes", "", a.strikes) if a.strikes else "",
                    QColor(theme.reject if a.strikes else theme.muted),
                )
                for a in seller.linked_accounts
            ],
            self.tr("No linked accounts"),
        )

