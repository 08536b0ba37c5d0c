"""Notifications of decisions: the outbox by status, sending, resending, letters to deliver by
hand (a clerk's first view), the SMS gateway's file and its delivery report.

The lists page from ``NotificationService``; every action runs in a worker (the window stays
live) and ends with a summary under the table; a domain error is shown as a message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.dialogs import files, messages
from ui.screens import notifications_jobs as jobs
from ui.tables.notifications import NotificationsModel, OutboxFilter
from ui.text import domain_message
from ui.widgets.common import FlowLayout, fit_columns, save_table, setup_table
from ui.workers import Cancelled, Job

if TYPE_CHECKING:
    from models.notifications.delivery import ReportSummary
    from models.notifications.listing import OutboxRow
    from models.notifications.sender import SendReport

#: The tabs, in order: the view of the outbox each shows.
VIEWS = ("by-hand", "failed", "pending", "sent", "delivered", "all")
TABLE_KEY = "notifications"
T = TypeVar("T")


def open_pdf(path: Path) -> bool:
    """Open a written PDF in the system's viewer (to print it); tests replace this."""
    from ui.dialogs.export import open_path

    return open_path(path)


class NotificationsView(QWidget):
    status_message = Signal(str)
    changed = Signal()  # notifications moved on (the navigation's count is read again)
    admin_requested = Signal()  # "set up the mail server": Administration

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NotificationsView")
        self.ctx = ctx
        self.is_admin = ctx.actor.is_admin
        self.job: Job | None = None
        self._shown_before = False
        self.model = NotificationsModel(ctx, self)
        self.tabs = QTabBar()
        self.tabs.setObjectName("views")
        self.tabs.setExpanding(False)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for _v in VIEWS:
            self.tabs.addTab("")
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)

        def button(name: str) -> QPushButton:
            b = QPushButton()
            b.setObjectName(name)
            return b

        self.send_button = button("send")
        self.resend_button = button("resend")
        self.deliver_button = button("deliver")
        self.print_button = button("print")
        self.sms_export_button = button("sms_export")
        self.sms_report_button = button("sms_report")
        admin_only = (self.send_button, self.resend_button, self.sms_export_button,
                      self.sms_report_button)
        for b in admin_only:
            b.setVisible(self.is_admin)  # (hidden, never shown: a clerk's screen has none)
        actions = FlowLayout()
        actions.add(self.print_button, self.deliver_button, self.resend_button,
                    self.send_button, self.sms_export_button, self.sms_report_button)
        self.table = QTableView()
        self.table.setObjectName("notifications")
        self.table.setModel(self.model)
        setup_table(self.table, ctx, TABLE_KEY)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        if not ctx.settings.value(f"tables/{TABLE_KEY}"):
            fit_columns(self.table, (105, 170, 100, 85, 140, 165, 60, 130, 90))  # 1366 px
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 100)
        self.cancel_button = button("cancel")
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        lay.addWidget(self.hint)
        lay.addLayout(actions)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.count_label)
        lay.addWidget(self.result)
        lay.addLayout(running)
        self._show_running(False)

        self.tabs.currentChanged.connect(lambda _i: self._view_changed())
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):  # the next/previous list
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda step=step: self.tabs.setCurrentIndex(
                (self.tabs.currentIndex() + step) % len(VIEWS)))
        self.send_button.clicked.connect(self.send_now)
        self.resend_button.clicked.connect(self.resend)
        self.deliver_button.clicked.connect(self.mark_delivered)
        self.print_button.clicked.connect(self.print_letters)
        self.sms_export_button.clicked.connect(self.export_sms)
        self.sms_report_button.clicked.connect(self.import_report)
        self.cancel_button.clicked.connect(self.cancel)
        self.table.selectionModel().selectionChanged.connect(lambda _a, _b: self._enable())
        self.model.modelReset.connect(self._enable)
        self.model.dataChanged.connect(lambda _a, _b: self._enable())
        self.model.reloaded.connect(lambda _n: self._show_count())
        self.model.failed.connect(self._list_failed)
        self.retranslate()
        # a clerk starts with the letters to deliver by hand; an administrator where they left
        first = "by-hand"
        if self.is_admin:
            kept = str(ctx.settings.value("notifications/view", "pending"))
            first = kept if kept in VIEWS else "pending"
        self.show_view(first)

    # -- text -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        names = {
            "by-hand": self.tr("To deliver by hand"),
            "failed": self.tr("Needs attention"),
            "pending": self.tr("Waiting to be sent"),
            "sent": self.tr("Sent"),
            "delivered": self.tr("Delivered"),
            "all": self.tr("All"),
        }
        for i, v in enumerate(VIEWS):
            self.tabs.setTabText(i, names[v])
        self.send_button.setText(self.tr("&Send e-mails now"))
        self.send_button.setToolTip(self.tr("Send the e-mails that are due, in the background"))
        self.resend_button.setText(self.tr("&Resend…"))
        self.deliver_button.setText(self.tr("&Mark delivered…"))
        self.print_button.setText(self.tr("&Print letters…"))
        self.print_button.setToolTip(self.tr("The letters of the selected rows in one PDF"))
        self.sms_export_button.setText(self.tr("&Export SMS file…"))
        self.sms_report_button.setText(self.tr("&Import SMS report…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_hint()
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def _show_hint(self) -> None:
        v = self.view()
        hints = {
            "by-hand": self.tr(
                "The applicant could not be reached by e-mail or SMS: print the letter, hand "
                "it over and mark it delivered with the date."
            ),
            "failed": self.tr(
                "Uncertain sends (check with the applicant, then mark delivered or resend) and "
                "channels that failed."
            ),
        }
        self.hint.setText(hints.get(v, ""))
        self.hint.setVisible(v in hints)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("Notifications: %Ln", "", self.model.total()))

    # -- the list ---------------------------------------------------------------------------
    def view(self) -> str:
        return VIEWS[max(0, self.tabs.currentIndex())]

    def show_view(self, view: str) -> None:
        i = VIEWS.index(view)
        if self.tabs.currentIndex() == i:
            self._view_changed()
        else:
            self.tabs.setCurrentIndex(i)

    def _view_changed(self) -> None:
        if self.is_admin:
            self.ctx.settings.setValue("notifications/view", self.view())
        self._show_hint()
        self.model.set_query(OutboxFilter(self.view()))

    def reload(self) -> None:
        self.model.reload()

    def showEvent(self, e: QShowEvent) -> None:
        """Shown again: the outbox as it is now (another workstation may have sent)."""
        if self._shown_before:
            self.reload()
        self._shown_before = True
        super().showEvent(e)

    def _list_failed(self, exc: BaseException) -> None:
        msg = domain_message(exc, self.ctx.lang)
        if msg is None:
            raise exc
        self.count_label.setText(msg)

    def selected(self) -> list[OutboxRow]:
        """The selected rows whose page is read (in list order)."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [r for r in (self.model.row_at(n) for n in rows) if r is not None]

    def _enable(self) -> None:
        rows = self.selected()
        idle = self.job is None
        may_deliver = ("by_hand", "uncertain", "sent") if self.is_admin else ("by_hand",)
        self.print_button.setEnabled(idle and bool(rows))
        self.deliver_button.setEnabled(
            idle and bool(rows) and all(r.status in may_deliver for r in rows))
        self.resend_button.setEnabled(
            idle and bool(rows) and all(r.status == "uncertain" for r in rows))
        for b in (self.send_button, self.sms_export_button, self.sms_report_button):
            b.setEnabled(idle)

    # -- running ----------------------------------------------------------------------------
    def _show_running(self, on: bool, stoppable: bool = True) -> None:
        """The progress bar (a busy bar for work that tells no progress) and Cancel."""
        self.progress.setVisible(on)
        self.progress.setRange(0, 100 if stoppable else 0)
        self.cancel_button.setVisible(on and stoppable)
        self.cancel_button.setEnabled(on and stoppable)
        if on:
            self.progress.setValue(0)

    def _run(self, work: Callable[[Job], T], done: Callable[[T], object], name: str,
             stoppable: bool = True) -> None:
        """``work`` in a worker, then ``done`` with its result; ``stoppable``: it tells its
        progress and stops on Cancel."""
        self.result.clear()
        self._show_running(True, stoppable)
        self.job = self.ctx.workers.start(
            work,
            on_done=lambda r: self._finished(lambda: done(r)),
            on_error=self._failed,
            on_progress=self._progress,
            name=name,
        )
        self._enable()

    def running(self) -> bool:
        return self.job is not None

    def _progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        if text:
            self.progress.setFormat(text)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.result.setText(self.tr("Stopping after the current messages…"))

    def _end(self) -> None:
        self.job = None
        self._show_running(False)
        self.progress.resetFormat()
        self.reload()
        self._enable()
        self.changed.emit()

    def _finished(self, then: Callable[[], object]) -> None:
        self._end()
        then()

    def _failed(self, exc: BaseException) -> None:
        from reports.meta import ReportCancelled

        self._end()
        if isinstance(exc, Cancelled | ReportCancelled):
            self.result.setText(self.tr("Cancelled."))
            return
        self.result.setText(domain_message(exc, self.ctx.lang) or "")
        messages.show_failure(self, exc, self.ctx.lang, self.tr("Notifications"))

    def _say(self, text: str) -> None:
        self.result.setText(text)
        self.status_message.emit(text)

    # -- actions ----------------------------------------------------------------------------
    def send_now(self) -> None:
        if self.job is not None or not self.is_admin:
            return
        work = jobs.send_now(self.ctx.services, self.ctx.actor,
                             lambda n, total: self.tr("E-mail {0} of {1}").format(n, total))
        self._run(work, self._sent, "notifications.send")

    def _sent(self, out: jobs.SendOutcome) -> None:
        if not out.configured:
            text = self.tr("No mail server is set up: nothing was sent. An administrator "
                           "enters it in Administration.")
            self._say(text)
            if messages.ask(self, self.tr("Send e-mails"),
                            text + "\n\n" + self.tr("Open Administration now?")):
                self.admin_requested.emit()
            return
        parts = [self.tr("Sent: {0}").format(out.sent)]
        if out.retry:
            parts.append(self.tr("to try again later: {0}").format(out.retry))
        if out.failed:
            parts.append(self.tr("refused (moved to SMS or delivery by hand): {0}")
                         .format(out.failed))
        if out.uncertain:
            parts.append(self.tr("uncertain: {0}").format(out.uncertain))
        text = "; ".join(parts) + "."
        if out.cancelled:
            text = self.tr("Sending was stopped.") + " " + text
        if out.stopped:
            text += " " + self.tr("The mail server could not be used: {0}").format(out.stopped)
            messages.show(self, "warning", self.tr("Send e-mails"), text)
        self._say(text)

    def resend(self) -> None:
        rows = [r for r in self.selected() if r.status == "uncertain"]
        if not rows or self.job is not None:
            return
        ids = ", ".join(r.portal_id for r in rows)
        if not messages.ask(self, self.tr("Resend"), self.tr(
                "Send the notification of {0} again? Do this only after checking with the "
                "applicant that it did not arrive: they may get it twice.").format(ids)):
            return
        work = jobs.resend(self.ctx.services, self.ctx.actor, [r.id for r in rows])
        self._run(work, lambda out: self._many(out, self.tr("Will be sent again: {0}")),
                  "notifications.resend")

    def ask_delivery_day(self, rows: list[OutboxRow]) -> dt.date | None:
        from models.calendar.workdays import today_local
        from ui.screens.notifications_deliver import DeliverDialog

        dlg = DeliverDialog([r.portal_id for r in rows], today_local(), self)
        try:
            return dlg.launch()
        finally:
            dlg.deleteLater()

    def mark_delivered(self) -> None:
        rows = self.selected()
        if not rows or self.job is not None:
            return
        day = self.ask_delivery_day(rows)
        if day is None:
            return
        work = jobs.mark_delivered(self.ctx.services, self.ctx.actor, [r.id for r in rows], day)
        self._run(work, lambda out: self._many(out, self.tr("Marked delivered: {0}")),
                  "notifications.deliver")

    def _many(self, out: jobs.ManyOutcome, done_text: str) -> None:
        text = done_text.format(len(out.done)) + "."
        if out.refused:
            nid, exc = out.refused[0]
            text += " " + self.tr("Not done: {0} ({1})").format(
                len(out.refused), domain_message(exc, self.ctx.lang) or nid)
            messages.show(self, "warning", self.tr("Notifications"), text)
        self._say(text)

    def print_letters(self) -> None:
        rows = self.selected()
        if not rows or self.job is not None:
            return
        suggested = f"letters-{dt.date.today():%Y-%m-%d}.pdf"
        path = files.save_file(self, self.tr("Save the letters"), suggested, "PDF (*.pdf)")
        if not path:
            return
        out = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        work = jobs.print_letters(self.ctx.services, self.ctx.actor, [r.id for r in rows], out)
        self._run(work, self._printed, "notifications.letters")

    def _printed(self, result: tuple[int, Path]) -> None:
        n, path = result
        self._say(self.tr("%n letter(s) saved to {0}.", "", n).format(path))
        open_pdf(path)

    def export_sms(self) -> None:
        if self.job is not None:
            return
        suggested = f"sms-{dt.datetime.now():%Y-%m-%d-%H%M}.csv"
        path = files.save_file(self, self.tr("Save the SMS file for the gateway"), suggested,
                               self.tr("CSV files (*.csv)"))
        if not path:
            return
        work = jobs.export_sms(self.ctx.services, self.ctx.actor, Path(path))
        self._run(work, lambda r: self._exported(r, Path(path)), "notifications.sms",
                  stoppable=False)

    def _exported(self, r: SendReport, path: Path) -> None:
        if r.sent == 0 and not path.exists():
            self._say(self.tr("No SMS is due: no file was written."))
            return
        self._say(self.tr("%n SMS written to {0}: hand the file to the operator's bulk "
                          "SMS service.", "", r.sent).format(path))

    def import_report(self) -> None:
        if self.job is not None:
            return
        path = files.open_file(self, self.tr("The SMS operator's delivery report"),
                               self.tr("CSV files (*.csv *.txt)"))
        if not path:
            return
        work = jobs.import_report(self.ctx.services, self.ctx.actor, Path(path))
        self._run(work, self._reported, "notifications.sms_report", stoppable=False)

    def _reported(self, r: ReportSummary) -> None:
        self._say("; ".join((
            self.tr("Delivered: {0}").format(r.delivered),
            self.tr("not delivered (now to deliver by hand): {0}").format(r.failed),
            self.tr("still on the way: {0}").format(r.pending),
            self.tr("not ours: {0}").format(r.unknown),
            self.tr("recorded before: {0}").format(r.already),
        )) + ".")

    def save_layout(self) -> None:
        save_table(self.table, self.ctx, TABLE_KEY)
