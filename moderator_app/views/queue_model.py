"""Qt table model of the queues this moderator may work: size, oldest age, SLA and SLA risk."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from moderator_app.views import theme as themes
from moderator_app.views.time_format import humanise_age

_Index = QModelIndex | QPersistentModelIndex

COL_NAME, COL_SIZE, COL_OLDEST, COL_SLA, COL_STATUS = range(5)


def sla_ratio(queue: Any) -> float | None:
    """How much of the SLA the oldest item has used (1.0 = due now), or None if the queue is empty."""
    if not queue.oldest_age_seconds or queue.sla_seconds <= 0:
        return None
    return queue.oldest_age_seconds / queue.sla_seconds


class QueueTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._queues: list[Any] = []

    def set_queues(self, queues: Sequence[Any]) -> None:
        self.beginResetModel()
        self._queues = list(queues)
        self.endResetModel()

    def queue(self, row: int) -> Any:
        return self._queues[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._queues)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Queue"), self.tr("Waiting"), self.tr("Oldest"), self.tr("SLA"), self.tr("SLA status"))[section]

    def _status(self, queue: Any) -> tuple[str, str]:
        ratio = sla_ratio(queue)
        theme = themes.current()
        if ratio is None:
            return self.tr("Empty"), theme.muted
        if ratio >= 1.0:
            return self.tr("Breached"), theme.reject
        if ratio >= 0.75:
            return self.tr("At risk"), theme.warn
        return self.tr("On track"), theme.ok

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        q = self._queues[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return q.name
            if col == COL_SIZE:
                return str(q.size)
            if col == COL_OLDEST:
                return humanise_age(q.oldest_age_seconds) if q.oldest_age_seconds else "—"
            if col == COL_SLA:
                return humanise_age(q.sla_seconds)
            if col == COL_STATUS:
                return self._status(q)[0]
        if role == Qt.ItemDataRole.ForegroundRole and col in (COL_STATUS, COL_OLDEST):
            return QColor(self._status(q)[1])
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_SIZE, COL_OLDEST, COL_SLA):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_NAME:
            return q.id
        return None
