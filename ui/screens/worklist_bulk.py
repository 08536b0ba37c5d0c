"""Bulk work from the worklist: the checked rows registered, returned, refused, taken,
released or printed, one application at a time in a worker, with progress, Cancel and a
result per row; and a day's letters as one PDF."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QLabel, QMenu, QPushButton, QWidget

from ui.context import AppContext
from ui.dialogs import messages
from ui.dialogs.bulk import BulkConfirmDialog, DayDialog
from ui.screens.bulk_runner import BulkRunner
from ui.tables.worklist import WorklistModel
from ui.text import decision_name
from ui.workers import Job

if TYPE_CHECKING:
    from pathlib import Path

    from models.applications.summaries import ApplicationDetail, ApplicationSummary
    from models.dto import LetterData
    from models.registry.export import Cancelled, Progress
    from ui.dialogs.reason import ReasonDialog


class WorklistBulk(BulkRunner):
    """The bulk bar under the worklist and what its actions do."""

    model: WorklistModel

    def __init__(self, ctx: AppContext, model: WorklistModel, view: QWidget) -> None:
        super().__init__(ctx, model, view)
        self.checked_label = QLabel()
        self.checked_label.setObjectName("checked")
        self.menu = QMenu(view)
        self.actions_button = QPushButton()
        self.actions_button.setObjectName("bulk")
        self.actions_button.setMenu(self.menu)
        self.day_button = QPushButton()
        self.day_button.setObjectName("day_letters")
        admin = ctx.actor.is_admin
        self.register_action = self.menu.addAction("")
        self.return_action = self.menu.addAction("")
        self.refuse_action = self.menu.addAction("")
        for a in (self.register_action, self.return_action, self.refuse_action):
            a.setVisible(admin)  # only an administrator decides
        self.menu.addSeparator()
        self.take_action = self.menu.addAction("")
        self.release_action = self.menu.addAction("")
        self.letters_action = self.menu.addAction("")
        self.menu.addSeparator()
        self.clear_action = self.menu.addAction("")
        self.register_action.triggered.connect(self.register)
        self.return_action.triggered.connect(lambda: self.decide_with_grounds("return"))
        self.refuse_action.triggered.connect(lambda: self.decide_with_grounds("refuse"))
        self.take_action.triggered.connect(self.take)
        self.release_action.triggered.connect(self.release)
        self.letters_action.triggered.connect(self.print_checked)
        self.clear_action.triggered.connect(model.clear_checks)
        self.day_button.clicked.connect(self.print_day)
        model.checked_changed.connect(lambda _n: self.update())
        self.retranslate()

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.checked_label, self.actions_button, self.day_button)

    def retranslate(self) -> None:
        self.actions_button.setText(self.tr("With the checked…"))
        self.actions_button.setToolTip(self.tr(
            "Check rows with their boxes, or select rows (Shift, Ctrl) and press Space"))
        self.day_button.setText(self.tr("Print a day's letters…"))
        self.register_action.setText(decision_name("register") + "…")
        self.return_action.setText(decision_name("return") + "…")
        self.refuse_action.setText(decision_name("refuse") + "…")
        self.take_action.setText(self.tr("Take into work"))
        self.release_action.setText(self.tr("Release the hold…"))
        self.letters_action.setText(self.tr("Print their letters…"))
        self.clear_action.setText(self.tr("Uncheck all"))
        self.update()

    def update(self) -> None:
        n = len(self.model.checked)
        self.checked_label.setText(self.tr("Checked: %n", "", n) if n else "")
        self.actions_button.setEnabled(n > 0 and self.job is None)
        self.day_button.setEnabled(self.job is None)

    # -- decisions -------------------------------------------------------------------------
    def register(self) -> None:
        rows = self.rows()
        if not rows:
            return
        dlg = BulkConfirmDialog("register", rows, parent=self.view)
        answer = dlg.launch()
        dlg.deleteLater()
        if answer is None:
            return
        comment, cause = answer
        self.run_decision("register", (), comment, cause)

    def decide_with_grounds(self, kind: str) -> None:
        """Return or refuse: the grounds and the comment in the decision dialog (its letter
        preview for the latest-due of them), then the list to confirm."""
        rows = self.rows()
        if not rows:
            return
        first = min(rows, key=lambda r: (r.due_date or dt.date.max, r.portal_id))
        svc, actor = self.ctx.services.queries, self.ctx.actor
        self.ctx.workers.start(
            lambda job: svc.detail(actor, first.portal_id),
            on_done=lambda detail: self._ask_grounds(kind, rows, detail),
            on_error=lambda exc: messages.show_failure(self.view, exc, self.ctx.lang,
                                                       decision_name(kind)),
            name="bulk-detail",
        )

    def make_reason_dialog(self, kind: str, rows: list[ApplicationSummary],
                           detail: ApplicationDetail) -> ReasonDialog:
        from ui.dialogs.reason import ReasonDialog

        dlg = ReasonDialog(kind, detail, self.ctx.services.catalogs, self.ctx.lang,
                           self.ctx.actor.login, self.view)
        dlg.setWindowTitle(self.tr("%n application(s): {0}", "", len(rows)).format(
            decision_name(kind)))
        intro = getattr(dlg, "intro", None)  # says it is about one: say it is about several
        if isinstance(intro, QLabel):
            s = detail.summary
            intro.setText(self.tr(
                "{0} for %n application(s) with the same grounds and comment; each gets its own "
                "decision and letter. The letter shown is the one {1} ({2}) will get.", "",
                len(rows)).format(decision_name(kind), s.portal_id, s.full_name))
        return dlg

    def _ask_grounds(self, kind: str, rows: list[ApplicationSummary],
                     detail: ApplicationDetail) -> None:
        dlg = self.make_reason_dialog(kind, rows, detail)
        choice = dlg.launch()
        dlg.deleteLater()
        if choice is None:
            return
        cats = self.ctx.services.catalogs
        grounds = [(cats.reasons[c].kk if self.ctx.lang == "kk" else cats.reasons[c].ru)
                   for c in choice.reasons if c in cats.reasons]
        confirm = BulkConfirmDialog(kind, rows, grounds, choice.comment, self.view)
        answer = confirm.launch()
        confirm.deleteLater()
        if answer is None:
            return
        self.run_decision(kind, choice.reasons, choice.comment, choice.late_cause)

    def run_decision(self, kind: str, reasons: tuple[str, ...] | list[str], comment: str,
                     late_cause: str) -> None:
        bulk, actor, items = self.ctx.services.bulk, self.ctx.actor, self.items()
        self.run(decision_name(kind), len(items), lambda job, progress: bulk.decide(
            actor, items, kind, reasons, comment, late_cause or None, progress=progress,
            is_cancelled=job.cancelled))

    # -- holds -----------------------------------------------------------------------------
    def take(self) -> None:
        bulk, actor, items = self.ctx.services.bulk, self.ctx.actor, self.items()
        if items:
            self.run(self.tr("Take into work"), len(items), lambda job, progress: bulk.take(
                actor, items, progress=progress, is_cancelled=job.cancelled))

    def ask_release_reason(self) -> str | None:
        text, ok = QInputDialog.getText(
            self.view, self.tr("Release the hold"),
            self.tr("Some of them are held by other users; the reason they will be told:"))
        return text.strip() if ok and text.strip() else None

    def release(self) -> None:
        bulk, actor, rows = self.ctx.services.bulk, self.ctx.actor, self.rows()
        if not rows:
            return
        reason = ""
        if actor.is_admin and any(r.held_by and r.held_by != actor.login for r in rows):
            asked = self.ask_release_reason()
            if asked is None:
                return
            reason = asked
        items = self.items()
        self.run(self.tr("Release the hold"), len(items), lambda job, progress: bulk.release(
            actor, items, reason, progress=progress, is_cancelled=job.cancelled))

    # -- letters ---------------------------------------------------------------------------
    def ask_day(self) -> dt.date | None:
        dlg = DayDialog(self.view)
        day = dlg.launch()
        dlg.deleteLater()
        return day

    def print_day(self) -> None:
        from reports.writers import write_letters

        day = self.ask_day()
        if day is None:
            return
        path = self.choose_file(f"letters-{day:%Y-%m-%d}.pdf")
        if not path:
            return
        exports, actor = self.ctx.services.exports, self.ctx.actor

        def write(letters: list[LetterData], out: Path, progress: Progress | None,
                  is_cancelled: Cancelled | None) -> None:
            if letters:  # no decisions that day: no empty file
                write_letters(letters, out, progress, is_cancelled)

        def work(job: Job) -> int:
            return exports.letters_file(actor, day, None, path, write,
                                        progress=job.counter(), is_cancelled=job.cancelled)

        self._busy(True)
        self.job = self.ctx.workers.start(
            work, on_done=lambda n: self._day_done(n, day, path), on_error=self._failed,
            name="day-letters")

    def _day_done(self, n: int, day: dt.date, out: str) -> None:
        self._busy(False)
        if not n:
            messages.show(self.view, "info", self.tr("Print a day's letters"),
                          self.tr("No decisions were made on {0}; no file was written.")
                          .format(day.strftime("%d.%m.%Y")))
            return
        text = self.tr("%n letter(s) saved: {0}", "", n).format(out)
        messages.show(self.view, "info", self.tr("Print a day's letters"), text)
        self.finished.emit(text)
