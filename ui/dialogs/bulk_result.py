"""What became of each checked application after a bulk action, row by row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.text import domain_message, status_name
from ui.widgets.common import fit_to_screen

if TYPE_CHECKING:
    from models.applications.bulk import BulkReport, RowOutcome

NOT_DONE_BG = QColor("#f8d7da")
SKIPPED_BG = QColor("#eeeeee")


class BulkResultDialog(QDialog):
    """A summary line and a table: number, full name, result; the chosen row's whole
    message below (a long one is elided in the table)."""

    def __init__(self, report: BulkReport, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BulkResultDialog")
        self.report, self.lang = report, lang
        self.setWindowTitle(self.action_title())
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setText(self.summary_text())
        rows = report.rows
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("results")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Full name"),
                                              self.tr("Result")])
        for i, r in enumerate(rows):
            text = self.row_text(r)
            for j, cell in enumerate((r.portal_id, r.full_name, text)):
                item = QTableWidgetItem(cell)
                item.setToolTip(cell)
                if not r.done:
                    item.setBackground(QBrush(SKIPPED_BG if r.outcome == "not_done"
                                              else NOT_DONE_BG))
                    item.setForeground(QBrush(QColor("#000000")))
                self.table.setItem(i, j, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(1, 220)
        self.detail = QTextBrowser()
        self.detail.setObjectName("detail")
        self.detail.setMaximumHeight(80)
        self.table.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._show(row))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.buttons = buttons
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.detail)
        lay.addWidget(buttons)
        first = next((i for i, r in enumerate(rows) if not r.done), 0)
        if rows:
            self.table.setCurrentCell(first, 0)
            self._show(first)
        fit_to_screen(self, QSize(900, 540))

    def action_title(self) -> str:
        return {
            "register": self.tr("Registering: results"),
            "return": self.tr("Returning for revision: results"),
            "refuse": self.tr("Refusing: results"),
            "take": self.tr("Taking: results"),
            "release": self.tr("Releasing: results"),
            "letters": self.tr("Printing letters: results"),
        }.get(self.report.action, self.tr("Results"))

    def summary_text(self) -> str:
        r = self.report
        n = len(r.rows)
        text = self.tr("Done: {0} of %n.", "", n).format(r.done)
        failed = n - r.done - r.count("not_done")
        if failed:
            text += " " + self.tr("Not done: %n (the reason is on each row).", "", failed)
        if r.count("not_done"):
            text += " " + self.tr("Not attempted: %n.", "", r.count("not_done"))
        if r.cancelled:
            text += " " + self.tr("Cancelled: what was done stays done.")
        return text

    def row_text(self, r: RowOutcome) -> str:
        if r.done:
            d = r.decision
            if d is not None and d.registry_number:
                return self.tr("Registered: registry number {0}.").format(d.registry_number)
            if d is not None:
                return self.tr("Done: {0}.").format(status_name(d.status))
            if r.letters:
                return self.tr("%n letter(s).", "", r.letters)
            return self.tr("Done.")
        if r.outcome == "not_done":
            return self.tr("Not attempted.")
        msg = domain_message(r.error, self.lang) if r.error is not None else None
        prefix = {
            "conflict": self.tr("Not done: changed or decided by someone else meanwhile"),
            "cannot_sign": self.tr("Not done: the letter cannot be signed"),
            "denied": self.tr("Not done: not allowed"),
            "not_found": self.tr("Not done"),
            "failed": self.tr("Not done: unexpected error"),
        }.get(r.outcome, self.tr("Not done"))
        return f"{prefix}. {msg}" if msg else prefix + "."

    def _show(self, row: int) -> None:
        rows = self.report.rows
        if 0 <= row < len(rows):
            r = rows[row]
            self.detail.setPlainText(f"{r.portal_id} — {r.full_name}\n{self.row_text(r)}")

    def launch(self) -> None:
        """Modal. Tests patch this."""
        self.exec()
