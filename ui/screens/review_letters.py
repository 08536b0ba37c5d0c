"""The letter of a decided application, from the review: saved as PDF or opened for printing.

The letter is the one signed with the decision (the journal keeps it); the PDF is written by
``reports.writers.write_letters`` through the export use case, in a worker.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QStandardPaths, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from ui.context import AppContext
from ui.dialogs import files, messages
from ui.workers import Cancelled, Job

if TYPE_CHECKING:
    from models.applications.summaries import ApplicationDetail


def letter_file_name(detail: ApplicationDetail) -> str:
    """``letter-<application>-<outgoing number>.pdf``: only what a file name may hold."""
    number = next((d.letter_number for d in reversed(detail.decisions) if d.letter_number), "")
    parts = ["letter", detail.summary.portal_id] + ([number] if number else [])
    return re.sub(r"[^\w.-]+", "-", "-".join(parts)).strip("-") + ".pdf"


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def open_path(path: Path) -> bool:
    """Open the file with the desktop's program (patched in tests)."""
    from ui.dialogs.export import open_path as open_with_desktop

    return open_with_desktop(path)


class LetterButton(QPushButton):
    """"Letter ▾": save the decision's letter as PDF, or open it for printing."""

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letter")
        self.ctx = ctx
        self.detail: ApplicationDetail | None = None
        self.job: Job | None = None
        self.last_path: Path | None = None
        self.menu_ = QMenu(self)
        self.save_action = QAction(self)
        self.save_action.setObjectName("save_letter")
        self.print_action = QAction(self)
        self.print_action.setObjectName("print_letter")
        self.menu_.addAction(self.save_action)
        self.menu_.addAction(self.print_action)
        self.setMenu(self.menu_)
        self.save_action.triggered.connect(self.save)
        self.print_action.triggered.connect(self.print_letter)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Letter"))
        self.setToolTip(self.tr("The letter sent to the applicant with the decision"))
        self.save_action.setText(self.tr("Save as PDF…"))
        self.print_action.setText(self.tr("Open for printing"))

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def show_for(self, detail: ApplicationDetail | None) -> None:
        """Shown for a decided application to those who may print letters."""
        self.detail = detail
        may = self.ctx.actor.role.value != "viewer"
        self.setVisible(bool(detail is not None and detail.decisions and may))
        self.setEnabled(self.job is None)

    def choose_path(self, suggested: str) -> str:
        """Where to save ("" when cancelled); patched in tests."""
        return files.save_file(self, self.tr("Save the letter"), suggested, "PDF (*.pdf)")

    def save(self) -> None:
        if self.detail is None:
            return
        chosen = self.choose_path(str(documents_folder() / letter_file_name(self.detail)))
        if chosen:
            path = Path(chosen)
            self.write(path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf"),
                       then_open=False)

    def print_letter(self) -> None:
        if self.detail is None:
            return
        folder = Path(tempfile.gettempdir()) / "tizilim-letters"
        self.write(folder / letter_file_name(self.detail), then_open=True)

    def write(self, out: Path, then_open: bool) -> None:
        """Write the letter into ``out`` in a worker (then open it, for printing)."""
        from reports.writers import write_letters

        assert self.detail is not None
        pid = self.detail.summary.portal_id
        exports, actor = self.ctx.services.exports, self.ctx.actor

        def work(job: Job) -> Path:
            out.parent.mkdir(parents=True, exist_ok=True)
            exports.letters_file(actor, None, pid, out, write_letters,
                                 progress=job.counter(), is_cancelled=job.cancelled)
            if job.cancelled():
                raise Cancelled()
            return out

        self.setEnabled(False)
        self.status_message.emit(self.tr("Writing the letter of {0}…").format(pid))
        self.job = self.ctx.workers.start(
            work, on_done=lambda p: self._written(p, then_open), on_error=self._failed,
            name="letter")

    def _written(self, path: Path, then_open: bool) -> None:
        self.job, self.last_path = None, path
        self.setEnabled(True)
        if then_open and not open_path(path):
            messages.show(self, "warning", self.tr("Letter"), self.tr(
                "No program opened the PDF. The letter is saved in {0}: open and print it "
                "from there.").format(path))
            return
        text = (self.tr("The letter is open for printing: {0}") if then_open
                else self.tr("Letter saved: {0}"))
        self.status_message.emit(text.format(path))

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.setEnabled(True)
        if isinstance(exc, OSError):  # a folder one may not write in, a full disk
            messages.show(self, "warning", self.tr("The letter was not written"),
                          self.tr("The file could not be written: {0}").format(
                              exc.strerror or exc))
            return
        messages.show_failure(self, exc, self.ctx.lang, self.tr("The letter was not written"))
