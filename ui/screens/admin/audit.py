"""Administration, the audit log tab: events in words, a filter and the chain check."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.screens.admin.common import run
from ui.tables.audit import AuditModel
from ui.widgets.common import fit_columns, setup_table

if TYPE_CHECKING:
    from models.audit.verify import VerifyResult


class AuditTab(QWidget):
    """The log is read when the tab is first opened (:meth:`open`), then as filtered."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = AuditModel(ctx, self)
        self.table = QTableView()
        self.table.setObjectName("audit")
        self.table.setModel(self.model)
        setup_table(self.table)
        fit_columns(self.table, (60, 125, 80, 150, 70, 200, 150))
        self.filter = QLineEdit()
        self.filter.setObjectName("audit_filter")
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verify")
        self.verify_result = QLabel()
        self.verify_result.setObjectName("verify_result")
        self.verify_result.setWordWrap(True)
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.verify_button)
        lay.addLayout(bar)
        lay.addWidget(self.verify_result)
        lay.addWidget(self.table, 1)

        self.verify_button.clicked.connect(self.verify)
        self.filter.editingFinished.connect(
            lambda: self.model.set_query(self.filter.text().strip())
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by action (e.g. application., login.)"))
        self.verify_button.setText(self.tr("Verify the chain"))
        self.model.retranslate()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def open(self) -> None:
        """The tab is shown: the log is read the first time."""
        if self.model.query is None:
            self.model.set_query("")

    def verify(self) -> None:
        svc, actor = self.ctx.services.audit, self.ctx.actor
        self.verify_result.setText(self.tr("Verifying…"))
        self.verify_button.setEnabled(False)
        run(self, self.ctx, lambda job: svc.verify(actor), self._verified)

    def _verified(self, res: VerifyResult) -> None:
        self.verify_button.setEnabled(True)
        if res.ok:
            self.verify_result.setText(
                self.tr("The audit chain is intact: %n event(s).", "", res.count)
            )
            self.verify_result.setProperty("role", "ok")
        else:
            where = (
                self.tr("event No. {0}").format(res.first_bad_id)
                if res.first_bad_id
                else self.tr("the end of the log")
            )
            self.verify_result.setText(
                self.tr("The audit chain is BROKEN at {0}: {1}").format(where, res.problem)
            )
            self.verify_result.setProperty("role", "error")
        self.verify_result.style().polish(self.verify_result)
