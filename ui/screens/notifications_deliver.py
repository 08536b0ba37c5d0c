"""Recording that letters reached the applicants: the day they were handed over."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.common import pydate, qdate


class DeliverDialog(QDialog):
    """Asks for the day the letters of ``portal_ids`` were handed over (today by default);
    accepting it is the confirmation."""

    def __init__(self, portal_ids: Sequence[str], today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DeliverDialog")
        self.portal_ids = list(portal_ids)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.date = QDateEdit(qdate(today))
        self.date.setObjectName("delivered_on")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setMaximumDate(qdate(today))  # never a day to come
        self.date_label = QLabel()
        self.date_label.setBuddy(self.date)
        form = QFormLayout()
        form.addRow(self.date_label, self.date)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate()
        self.date.setFocus()

    def retranslate(self) -> None:
        n = len(self.portal_ids)
        self.setWindowTitle(self.tr("Mark delivered"))
        shown = ", ".join(self.portal_ids[:5]) + (" …" if n > 5 else "")
        self.text.setText(
            self.tr("%n letter(s) handed to the applicant:", "", n) + " " + shown + "\n\n"
            + self.tr("This is recorded in the audit log and cannot be undone.")
        )
        self.date_label.setText(self.tr("&Delivered on:"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Mark delivered"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def day(self) -> dt.date:
        return pydate(self.date.date())

    def launch(self) -> dt.date | None:
        """Show modally; the day, or None when cancelled. Tests patch this."""
        return self.day() if self.exec() == QDialog.DialogCode.Accepted else None
