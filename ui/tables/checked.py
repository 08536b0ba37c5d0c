"""Check boxes in the first column of a paged list, for bulk work on the checked rows.

A checked row is kept as it was shown (its revision is what a decision is checked against),
by portal id, across pages and reloads; Space checks or unchecks the selected rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView

from ui.tables.paged import Index

if TYPE_CHECKING:
    _Base = QAbstractTableModel
else:
    _Base = object

#: at most this many rows checked at once (the bulk service's limit)
MAX_CHECKED = 500
CHECK = int(Qt.ItemDataRole.CheckStateRole.value)


class CheckedRows(_Base):
    """Mixed into a :class:`~ui.tables.paged.PagedModel` (before it) that defines a
    ``checked_changed = Signal(int)``; its rows have a ``portal_id``."""

    checked: dict[str, Any]

    if TYPE_CHECKING:
        def row_at(self, row: int) -> Any: ...  # the paged model's (not shadowed at run time)

    def init_checks(self) -> None:
        self.checked = {}

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = super().flags(index)
        if index.isValid() and index.column() == 0:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        return f

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == CHECK and index.isValid() and index.column() == 0:
            item = self.row_at(index.row())
            if item is None:
                return None
            on = item.portal_id in self.checked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole
                ) -> bool:
        if role != CHECK or not index.isValid() or index.column() != 0:
            return super().setData(index, value, role)
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        return self.set_checked([index.row()], on) > 0

    def set_checked(self, rows: list[int], on: bool) -> int:
        """Check or uncheck these rows (those whose page is read); returns how many
        changed. Never more than :data:`MAX_CHECKED` checked."""
        changed: list[int] = []
        for row in rows:
            item = self.row_at(row)
            if item is None:
                continue
            if on and item.portal_id not in self.checked:
                if len(self.checked) >= MAX_CHECKED:
                    break
                self.checked[item.portal_id] = item
                changed.append(row)
            elif not on and self.checked.pop(item.portal_id, None) is not None:
                changed.append(row)
        for row in changed:
            i = self.index(row, 0)
            self.dataChanged.emit(i, i, [Qt.ItemDataRole.CheckStateRole])
        if changed:
            self.checked_changed.emit(len(self.checked))  # type: ignore[attr-defined]
        return len(changed)

    def toggle_rows(self, rows: list[int]) -> None:
        """Space on a selection: check them all, or uncheck them all when all are checked."""
        items = [self.row_at(r) for r in rows]
        on = not all(x is not None and x.portal_id in self.checked for x in items)
        self.set_checked(rows, on)

    def checked_rows(self) -> list[Any]:
        return list(self.checked.values())

    def clear_checks(self) -> None:
        if not self.checked:
            return
        self.checked.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit(0)  # type: ignore[attr-defined]


class CheckTable(QTableView):
    """Several rows may be selected (Shift and Ctrl with the mouse or the arrows, Ctrl+A);
    Space checks or unchecks the selected rows of a :class:`CheckedRows` model."""

    def use_checks(self) -> None:
        """After ``setup_table`` (which selects one row at a time)."""
        self.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)

    def selected_rows(self) -> list[int]:
        sel = self.selectionModel()
        rows = sorted({i.row() for i in sel.selectedRows()}) if sel is not None else []
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return rows

    def keyPressEvent(self, e: QKeyEvent) -> None:
        model = self.model()
        plain = not (e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if e.key() == Qt.Key.Key_Space and plain and isinstance(model, CheckedRows):
            model.toggle_rows(self.selected_rows())
            return
        super().keyPressEvent(e)
