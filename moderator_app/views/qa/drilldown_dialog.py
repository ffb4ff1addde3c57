"""The decisions behind one number of the dashboard (the /metrics/decisions drill-down)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from moderator_app.core import qa_schema as qa
from moderator_app.sync import qa_tables
from moderator_app.sync.qa_desk import DashboardQuery, QaDesk
from moderator_app.views.listing_panel import plain_label
from moderator_app.views.qa.panel_base import QaPanel, error_text
from moderator_app.views.qa.table_panel import TablePanel
from moderator_app.views.task_runner import TaskRunner


def describe_filters(query: DashboardQuery, filters: dict[str, Any]) -> str:
    """"2026-10-05 – 2026-11-27 · moderator=moderator1 · errors" (no listing text)."""
    parts = [f"{query.date_from.isoformat()} – {query.date_to.isoformat()}"]
    for key, value in {**query.params(), **filters}.items():
        parts.append(key if value is True else f"{key}={value}")
    return " · ".join(parts)


class DrillDownPanel(QaPanel):
    """Loads the decisions page by page into a sortable, exportable table."""

    def __init__(self, desk: QaDesk, runner: TaskRunner, query: DashboardQuery, filters: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, runner, parent)
        self.query = query
        self.filters = dict(filters)
        self.rows: list[qa.DrillDownRow] = []
        self.total: int | None = None
        self.summary = plain_label("MutedLabel")
        self.summary.setText(describe_filters(query, filters))
        self.count_label = plain_label("MutedLabel")
        self.table = TablePanel(self.tr("Decisions"), self, export_name="decisions")
        self.table.message.connect(self.message)
        self.more_button = QPushButton(self.tr("Load more"))
        self.more_button.clicked.connect(self.load_more)
        self.more_button.setAutoDefault(False)  # loading more is a deliberate click, never the Enter key
        self.more_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def load_more(self) -> None:
        if self.busy():
            return
        offset = len(self.rows)
        self.more_button.setEnabled(False)
        self.count_label.setText(self.tr("Loading…"))
        self.call(lambda: self.desk.drill_down(self.query, self.filters, offset=offset), self._on_page,
                  self._on_failure)

    def _on_page(self, page: qa.DrillDownPage) -> None:
        self.rows.extend(page.rows)
        self.total = page.total
        self.table.set_table(qa_tables.drill_table(qa.DrillDownPage(rows=self.rows, total=page.total)),
                             self.tr("No decisions match."))
        self.count_label.setText(
            self.tr("%1 of %2 decisions").replace("%1", str(len(self.rows))).replace("%2", str(page.total))
        )
        self.more_button.setEnabled(len(self.rows) < page.total and bool(page.rows))

    def _on_failure(self, exc: BaseException) -> None:
        self.count_label.setText("")
        self.more_button.setEnabled(True)
        self.show_error(error_text(exc))


class DrillDownDialog(QDialog):
    def __init__(self, desk: QaDesk, runner: TaskRunner, query: DashboardQuery, filters: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decisions behind the number"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.resize(1100, 560)
        title = plain_label("DialogTitle")
        title.setText(self.tr("Decisions behind the number"))
        self.panel = DrillDownPanel(desk, runner, query, filters, self)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(title)
        layout.addWidget(self.panel, 1)
        layout.addLayout(buttons)
        self.panel.load_more()
