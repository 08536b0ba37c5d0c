"""Bulk work dialogs: the confirmation listing the checked applications, the progress with
Cancel, and the day whose letters are printed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.text import decision_name, fmt_date, status_name
from ui.widgets.common import fit_to_screen

if TYPE_CHECKING:
    from models.applications.summaries import ApplicationSummary


def past_due(row: ApplicationSummary) -> bool:
    """Whether a decision made today comes after the row's due date."""
    from models.calendar.workdays import today_local

    return row.due_date is not None and today_local() > row.due_date


class BulkConfirmDialog(QDialog):
    """"Register these N applications?" with the list; for a return or a refusal the grounds
    and the comment chosen are repeated. A register asks for an optional comment, and for the
    cause of the delay when any of them is late."""

    def __init__(self, kind: str, rows: Sequence[ApplicationSummary],
                 grounds: Sequence[str] = (), comment: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BulkConfirmDialog")
        self.kind, self.rows = kind, list(rows)
        self.asks = kind == "register"  # the reason dialog asked the rest already
        self.late = self.asks and any(past_due(r) for r in rows)
        n = len(self.rows)
        self.setWindowTitle(self.tr("%n application(s): {0}", "", n).format(decision_name(kind)))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setText({
            "register": self.tr("Register these %n application(s)? Each is checked against the "
                                "revision shown in the list; each specialist enters the registry "
                                "with a registry number and gets a notice.", "", n),
            "return": self.tr("Return these %n application(s) for revision with the same grounds "
                              "and comment? Each gets its own decision and letter.", "", n),
            "refuse": self.tr("Refuse these %n application(s) with the same grounds and comment? "
                              "Each gets its own decision and letter.", "", n),
        }.get(kind, ""))
        closed = sum(1 for r in self.rows if r.status.value not in ("submitted", "resubmitted"))
        if closed:  # they are reported as not done, never decided twice
            self.intro.setText(self.intro.text() + " " + self.tr(
                "%n of them are not awaiting a decision: they will be reported, not decided.",
                "", closed))
        self.table = QTableWidget(n, 4)
        self.table.setObjectName("applications")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Full name"), self.tr("Status"), self.tr("Due date")])
        for i, r in enumerate(self.rows):
            cells = (r.portal_id, r.full_name, status_name(r.status), fmt_date(r.due_date))
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(i, j, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.grounds = QLabel()
        self.grounds.setObjectName("grounds")
        self.grounds.setWordWrap(True)
        self.grounds.setTextFormat(Qt.TextFormat.PlainText)
        if grounds or comment:
            lines = [self.tr("Grounds:")] + [f"— {g}" for g in grounds]
            if comment:
                lines.append(self.tr("Comment: {0}").format(comment))
            self.grounds.setText("\n".join(lines))
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setMaximumHeight(70)
        self.late_cause = QLineEdit()
        self.late_cause.setObjectName("late_cause")
        self.late_cause.setMaxLength(1000)
        self.late_cause.textChanged.connect(self._update)
        self.hint = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(decision_name(kind))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.table, 1)
        if grounds or comment:
            lay.addWidget(self.grounds)
        if self.asks:
            form = QFormLayout()
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            form.addRow(self.tr("Comment (optional, the same for all):"), self.comment)
            if self.late:
                form.addRow(self.tr("Some of them are late. The cause of the delay:"),
                            self.late_cause)
            lay.addLayout(form)
        lay.addWidget(self.hint)
        lay.addWidget(self.buttons)
        self._update()
        fit_to_screen(self, QSize(760, 520))

    def _update(self) -> None:
        ok = not self.late or bool(self.late_cause.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.hint.setText("" if ok else self.tr("Say why the decision is late."))

    def launch(self) -> tuple[str, str] | None:
        """Modal; (comment, cause of the delay) when confirmed, None when cancelled."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.comment.toPlainText().strip(), self.late_cause.text().strip()


class BulkProgressDialog(QDialog):
    """"3 of 10" with a bar and Cancel (it stops before the next application)."""

    def __init__(self, title: str, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BulkProgressDialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.total = total
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, max(total, 1))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.clicked.connect(self._cancel)
        lay = QVBoxLayout(self)
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        lay.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.cancelled = False
        self.on_cancel: list[object] = []
        self.show_done(0)
        fit_to_screen(self, QSize(420, self.sizeHint().height()))

    def show_done(self, done: int) -> None:
        self.bar.setValue(done)
        self.label.setText(self.tr("{0} of %n done…", "", self.total).format(done))

    def _cancel(self) -> None:
        self.cancelled = True
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping before the next application…"))
        for cb in self.on_cancel:
            if callable(cb):
                cb()

    def reject(self) -> None:  # Escape or the window's close button cancel too
        if not self.cancelled:
            self._cancel()


class DayDialog(QDialog):
    """The day whose decision letters are printed (today by default)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DayDialog")
        self.setWindowTitle(self.tr("Print a day's letters"))
        from models.calendar.workdays import today_local

        today = today_local()
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose a file…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        label = QLabel(self.tr("The letters of every decision made on this day, in one PDF:"))
        label.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        lay.addWidget(self.day)
        lay.addWidget(buttons)
        fit_to_screen(self, QSize(420, self.sizeHint().height()))

    def value(self) -> dt.date:
        d = self.day.date()
        return dt.date(d.year(), d.month(), d.day())

    def launch(self) -> dt.date | None:
        return self.value() if self.exec() == QDialog.DialogCode.Accepted else None
