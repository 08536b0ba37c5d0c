"""The worklist's table view: Enter opens, Space checks, the first layout fits 1366 px."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView

from ui.screens.worklist_filter import OPEN_STATUSES
from ui.tables.checked import CheckTable
from ui.tables.worklist import WorklistModel
from ui.text import status_name
from ui.widgets.common import fit_columns

#: the worklist's columns that fit a 1366 px screen at first, in this order
ESSENTIAL = (
    "portal_id", "name", "due", "status", "holder", "duplicates", "profession", "region"
)


class WorklistTable(CheckTable):
    """Space checks the selected rows (:class:`CheckTable`); Enter opens the current one."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(e)


def default_layout(table: QTableView, model: WorklistModel) -> None:
    """First start (no saved widths): on a 1366 px screen the essential columns fit
    (:data:`ESSENTIAL`, in that order): the due date and status wide enough for their
    text, the name, profession and region elided (whole in the tooltip); the date
    received and the revision come last."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFont, QFontMetrics

    keys = [c.key for c in model.columns]
    table.ensurePolished()  # the style sheet's font size
    bold = QFont(table.font())
    bold.setBold(True)
    due = max(  # (two digits: a backlog's delays)
        QFontMetrics(bold).horizontalAdvance(
            QCoreApplication.translate("WorklistModel", t, "", 99).format("00.00.0000")
        )
        for t in ("{0} — overdue by %n w.d.", "{0} — %n w.d. left")
    )
    fm = table.fontMetrics()
    # the open statuses (what the worklist shows at first) whole, the others may elide
    status = max(fm.horizontalAdvance(status_name(k)) for k in OPEN_STATUSES)
    widths = {
        "portal_id": 115,  # with the check box
        "name": 175,
        "due": due + 14,
        "status": status + 14,
        "holder": 105,
        "duplicates": 40,
        "profession": 110,
        "region": 90,
        "received": 90,
        "revision": 45,
    }
    fit_columns(table, tuple(widths.get(k, 90) for k in keys))
    header = table.horizontalHeader()
    for to, key in enumerate(ESSENTIAL + ("received", "revision")):
        header.moveSection(header.visualIndex(keys.index(key)), to)
