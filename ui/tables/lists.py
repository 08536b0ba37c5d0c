"""A small in-memory table model for short lists (users, overrides, import previews)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from ui.tables.paged import ROW_ROLE

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


class ListModel(QAbstractTableModel, Generic[R]):
    """Rows of type ``R``; ``columns`` are (English title, cell function) in ``context``."""

    def __init__(
        self,
        context: str,
        columns: Sequence[tuple[str, Callable[[R], object]]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.columns = list(columns)
        self.rows: list[R] = []
        self.tooltip: Callable[[R, int], str | None] | None = None
        self.background: Callable[[R], QBrush | None] | None = None

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: Index) -> R | None:
        """The row object at ``index`` (None for no row)."""
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        return self.rows[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.row(index)
        if item is None:
            return None
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            v = self.columns[index.column()][1](item)
            return "" if v is None else str(v)
        if role == Qt.ItemDataRole.ToolTipRole and self.tooltip:
            return self.tooltip(item, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and self.background:
            return self.background(item)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.context, self.columns[section][0])
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1)
            )
