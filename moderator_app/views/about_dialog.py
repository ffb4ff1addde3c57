"""The About box: version, and the models the app uses with their licences."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator_app import __version__
from moderator_app.views.listing_panel import plain_label

log = logging.getLogger(__name__)


def model_rows() -> list[tuple[str, str, str, str]]:
    """(name, version, task, licence) for every model manifest shipped with the app."""
    try:
        from moderator_app.screening.model_registry import load_manifests

        return [(m.name, m.version, m.task, m.license) for m in load_manifests()]
    except Exception:  # the About box must open even when the models folder is damaged
        log.exception("could not read the model manifests")
        return []


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About the Moderator workstation"))
        self.resize(620, 380)
        title = plain_label("DialogTitle")
        title.setText(self.tr("Moderator workstation %1").replace("%1", __version__))
        body = plain_label("MutedLabel")
        body.setWordWrap(True)
        body.setText(self.tr("Offline-first review of marketplace listings. Photos are pre-screened on this computer "
                             "with the models below; their licences apply to the model files."))
        rows = model_rows()
        table = QTableWidget(len(rows), 4, self)
        table.setHorizontalHeaderLabels([self.tr("Model"), self.tr("Version"), self.tr("Task"), self.tr("Licence")])
        table.verticalHeader().setVisible(False)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(str(text)))
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
