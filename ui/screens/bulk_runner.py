"""Running a bulk action on the checked rows of a list: in a worker, with a progress dialog
and Cancel (it stops before the next application), then the result row by row. The letters
of the checked rows as one PDF are the action every list with check boxes has."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.dialogs import files, messages
from ui.dialogs.bulk import BulkProgressDialog
from ui.dialogs.bulk_result import BulkResultDialog
from ui.tables.checked import CheckedRows
from ui.workers import Job

if TYPE_CHECKING:
    from models.applications.bulk import BulkItem, BulkReport

PDF_FILTER = "PDF (*.pdf)"


class BulkRunner(QObject):
    """Bulk actions on the checked rows of ``model`` (a list with check boxes)."""

    #: a bulk action ended (the text for the status bar); the lists and counts are stale
    finished = Signal(str)

    def __init__(self, ctx: AppContext, model: CheckedRows, view: QWidget) -> None:
        super().__init__(view)
        self.ctx, self.model, self.view = ctx, model, view
        self.progress: BulkProgressDialog | None = None
        self.job: Job | None = None
        self.last_report: BulkReport | None = None

    def update(self) -> None:
        """The widgets follow what is checked and whether an action runs."""

    # -- what is checked -------------------------------------------------------------------
    def rows(self) -> list[Any]:
        return self.model.checked_rows()

    def items(self) -> list[BulkItem]:
        from models.applications.bulk import BulkItem

        return [BulkItem(r.portal_id, getattr(r, "revision", None), r.full_name)
                for r in self.rows()]

    # -- letters ---------------------------------------------------------------------------
    def choose_file(self, suggested: str) -> str:
        return files.save_file(self.view, self.tr("Save the letters"), suggested, PDF_FILTER)

    def print_checked(self) -> None:
        from reports.writers import write_letters

        items = self.items()
        if not items:
            return
        from models.calendar.workdays import today_local

        out = self.choose_file(f"letters-{today_local():%Y-%m-%d}.pdf")
        if not out:
            return
        bulk, actor = self.ctx.services.bulk, self.ctx.actor
        self.run(self.tr("Print their letters"), len(items), lambda job, progress:
                 bulk.letters_file(actor, items, out, write_letters, progress=progress,
                                   is_cancelled=job.cancelled), saved_to=out)

    # -- running ---------------------------------------------------------------------------
    def run(self, title: str, total: int,
            work: Callable[[Job, Callable[[int, int], None]], BulkReport],
            saved_to: str = "") -> None:
        """``work`` in a worker with a progress dialog; Cancel stops before the next one."""
        progress = BulkProgressDialog(title, total, self.view)
        self.progress = progress

        def fn(job: Job) -> BulkReport:
            def report(done: int, of: int) -> None:  # never raises: the report must come back
                job.signals.progress.emit(job, done, "")

            return work(job, report)

        self._busy(True)
        job = self.ctx.workers.start(
            fn, on_done=lambda r: self._done(r, saved_to), on_error=self._failed,
            on_progress=lambda done, _t: progress.show_done(done), name="bulk")
        self.job = job
        progress.on_cancel.append(job.cancel)
        progress.show()

    def _busy(self, on: bool) -> None:
        if not on:
            self.job = None
            if self.progress is not None:
                self.progress.hide()
                self.progress.deleteLater()
                self.progress = None
        self.update()

    def _done(self, report: BulkReport, saved_to: str) -> None:
        self._busy(False)
        self.last_report = report
        self.model.clear_checks()
        text = self.tr("{0} of %n done.", "", len(report.rows)).format(report.done)
        if saved_to and report.letters and not report.cancelled:
            text = self.tr("%n letter(s) saved: {0}", "", len(report.letters)).format(saved_to)
        if report.action != "letters" or report.done < len(report.rows):
            self.show_result(report)
        else:
            messages.show(self.view, "info", self.tr("Print their letters"), text)
        self.finished.emit(text)

    def show_result(self, report: BulkReport) -> None:
        dlg = BulkResultDialog(report, self.ctx.lang, self.view)
        dlg.launch()
        dlg.deleteLater()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        messages.show_failure(self.view, exc, self.ctx.lang, self.tr("Bulk action"))

