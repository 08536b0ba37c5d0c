"""Import: choose a JSON/XLSX file, preview accepted and rejected records, import (streamed
from the file again, so a big file never sits in memory), report; download the template."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.dialogs import files, messages
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tables.lists import ListModel
from ui.text import domain_message, field_label
from ui.widgets.common import fit_columns, setup_table
from ui.workers import Cancelled, Job

if TYPE_CHECKING:
    from models.intake.records import ImportReport, ParsedFile, ParsedRecord

C = "ImportView"


class ImportView(QWidget):
    imported = Signal()  # applications were imported: the lists and counts change

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportView")
        self.ctx = ctx
        self.parsed: ParsedFile | None = None
        self.report: ImportReport | None = None
        self.job: Job | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.choose = QPushButton()
        self.choose.setObjectName("choose")
        self.file_label = QLabel()
        self.file_label.setObjectName("file")
        self.import_button = QPushButton()
        self.import_button.setObjectName("import")
        self.import_button.setEnabled(False)
        self.report_button = QPushButton()
        self.report_button.setObjectName("save_report")
        self.report_button.setEnabled(False)
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.template_button = QPushButton()
        self.template_button.setObjectName("template")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)

        def messages_of(r: ParsedRecord) -> str:  # in the language shown at the time
            return "; ".join(f"{field_label(i.field)}: {i.message(ctx.lang)}" for i in r.issues)

        self.model: ListModel[ParsedRecord] = ListModel(
            C,
            [
                (QT_TRANSLATE_NOOP("ImportView", "No."), lambda r: r.index),
                (QT_TRANSLATE_NOOP("ImportView", "Number"), lambda r: r.portal_id),
                (QT_TRANSLATE_NOOP("ImportView", "Full name"), lambda r: r.full_name),
                (QT_TRANSLATE_NOOP("ImportView", "Result"), self._result),
                (QT_TRANSLATE_NOOP("ImportView", "Messages"), messages_of),
            ],
            self,
        )
        self.model.tooltip = lambda r, _c: messages_of(r) or None
        self.model.background = lambda r: None if r.ok else QBrush(QColor("#f8d7da"))
        self.table = QTableView()
        self.table.setObjectName("preview")
        self.table.setModel(self.model)
        setup_table(self.table)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        fit_columns(self.table, (50, 150, 260, 130))
        # the chosen record's messages whole (the table's column cuts them)
        self.record = QTextBrowser()
        self.record.setObjectName("record_messages")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.record)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)

        bar = QHBoxLayout()
        bar.addWidget(self.choose)
        bar.addWidget(self.file_label, 1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.report_button)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(bar)
        lay.addWidget(self.progress)
        lay.addWidget(self.summary)
        lay.addWidget(split, 1)

        self.choose.clicked.connect(self.choose_file)
        self.import_button.clicked.connect(self.run_import)
        self.report_button.clicked.connect(self.save_report)
        self.cancel_button.clicked.connect(self.cancel)
        self.template_button.clicked.connect(self.save_template)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.show_record(cur)
        )
        self.model.modelReset.connect(self._first_problem)
        self.retranslate()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.summary.setText(self.tr("Cancelling…"))

    def _result(self, r: ParsedRecord) -> str:
        if not r.ok:
            return QCoreApplication.translate("ImportView", "rejected")
        if any(i.severity == "warning" for i in r.issues):
            return QCoreApplication.translate("ImportView", "accepted, warning")
        return QCoreApplication.translate("ImportView", "accepted")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Import applications from the portal's JSON export or the XLSX template. "
                "Nothing is written until you press Import; records with errors are skipped."
            )
        )
        self.choose.setText(self.tr("Choose file…"))
        if self.parsed is None:
            self.file_label.setText(self.tr("No file chosen"))
        self.import_button.setText(self.tr("Import"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.report_button.setText(self.tr("Save rejection report…"))
        self.template_button.setText(self.tr("Download template…"))
        self.template_button.setToolTip(self.tr(
            "An Excel workbook to fill in: an example row, drop-down lists and a sheet "
            "explaining each column in Kazakh and Russian"))
        self.model.retranslate()
        self.show_record(self.table.currentIndex())
        self._summarise()

    def show_record(self, index: QModelIndex) -> None:
        """The record at ``index``: its number, name, result and every message in full."""
        r = self.model.row(index)
        if r is None:
            self.record.setHtml(
                "<p style='color:#666'>"
                + escape(self.tr("Choose a record to read its messages in full."))
                + "</p>"
            )
            return
        head = self.tr("Record {0}: {1}").format(r.index, r.portal_id or "—")
        if r.full_name:
            head += " — " + r.full_name
        items = "".join(
            f"<li><b>{escape(field_label(i.field))}</b>: {escape(i.message(self.ctx.lang))}</li>"
            for i in r.issues
        )
        self.record.setHtml(
            f"<p><b>{escape(head)}</b> ({escape(self._result(r))})</p>"
            + (f"<ul>{items}</ul>" if items else "")
        )

    def _first_problem(self) -> None:
        """New rows: the first record with a message is chosen (else nothing)."""
        first = next((n for n, r in enumerate(self.model.rows) if r.issues), None)
        if first is None:
            self.show_record(QModelIndex())
        else:
            self.table.selectRow(first)
            self.show_record(self.model.index(first, 0))

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    # -- steps -------------------------------------------------------------------------------
    def ask_file(self) -> str:
        return files.open_file(
            self, self.tr("Choose a file to import"), self.tr("Applications (*.json *.xlsx)")
        )

    def choose_file(self) -> None:
        path = self.ask_file()
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        """Parse and validate in a worker (nothing is written); the preview keeps each record
        without its data."""
        from models.intake.readers import parse_file

        self.parsed, self.report = None, None
        self.model.set_rows([])
        self.file_label.setText(path)
        self._busy(True, self.tr("Reading the file…"))
        cats = self.ctx.services.catalogs
        self.job = self.ctx.workers.start(
            lambda job: parse_file(path, cats, progress=job.counter(), is_cancelled=job.cancelled,
                                   light=True),
            on_done=self._parsed,
            on_error=self._failed,
            on_progress=self._progress,
            name="parse",
        )

    def _parsed(self, parsed: ParsedFile) -> None:
        self.job = None
        self.parsed = parsed
        self.model.set_rows(parsed.records)
        self._busy(False)
        self.import_button.setEnabled(bool(parsed.accepted))
        self.report_button.setEnabled(bool(parsed.rejected))
        self._summarise()

    def run_import(self) -> None:
        """Import in a worker, reading the file again as it streams by (one transaction:
        Cancel or a bad file writes nothing)."""
        if self.parsed is None:
            return
        svc, actor, path = self.ctx.services.imports, self.ctx.actor, self.parsed.path
        total = max(len(self.parsed.records), 1)
        self._busy(True, self.tr("Importing…"))
        self.import_button.setEnabled(False)

        def work(job: Job) -> ImportReport:
            def progress(done: int, _total: int) -> None:  # raises Cancelled: nothing written
                job.report(min(99, done * 100 // total))

            return svc.import_file(actor, path, progress=progress, is_cancelled=job.cancelled)

        self.job = self.ctx.workers.start(
            work,
            on_done=self._imported,
            on_error=self._failed,
            on_progress=self._progress,
            name="import",
        )

    def _imported(self, report: ImportReport) -> None:
        self.job = None
        self.report = report
        self._busy(False)
        if self.parsed is not None:  # the preview, with what the import rejected besides
            later = {r.index: r for r in report.rejected}
            self.model.set_rows([later.get(r.index, r) for r in self.parsed.records])
        self.report_button.setEnabled(bool(report.rejected))
        self._summarise()
        self.imported.emit()

    # -- the template --------------------------------------------------------------------------
    def ask_template_path(self) -> str:
        return files.save_file(
            self, self.tr("Save the import template"), "tizilim-template.xlsx", "Excel (*.xlsx)"
        )

    def save_template(self) -> None:
        """The template with an example row, drop-down lists in the interface language and the
        reference sheet, written in a worker."""
        from reports.intake_template import write_import_template

        path = self.ask_template_path()
        if not path:
            return
        cats, lang = self.ctx.services.catalogs, self.ctx.lang
        self.template_button.setEnabled(False)
        self.ctx.workers.start(
            lambda job: write_import_template(path, cats, lang),
            on_done=lambda _p: self._template_saved(path),
            on_error=self._template_failed,
            name="template",
        )

    def _template_saved(self, path: str) -> None:
        self.template_button.setEnabled(True)
        self.summary.setText(self.tr("Template saved: {0}").format(path))

    def _template_failed(self, exc: BaseException) -> None:
        self.template_button.setEnabled(True)
        if isinstance(exc, OSError):
            messages.show(self, "warning", self.tr("Import template"),
                          self.tr("The template was not saved: {0}").format(exc.strerror or exc))
            return
        messages.show_failure(self, exc, self.ctx.lang, self.tr("Import"))

    def ask_report_path(self) -> str:
        return files.save_file(
            self, self.tr("Save rejection report"), "rejected.xlsx", "Excel (*.xlsx)"
        )

    def save_report(self) -> None:
        from reports.intake_xlsx import write_rejection_report

        rejected = (
            self.report.rejected if self.report else (self.parsed.rejected if self.parsed else [])
        )
        if not rejected:
            return
        path = self.ask_report_path()
        if not path:
            return
        self.ctx.workers.start(
            lambda job: write_rejection_report(rejected, path),
            on_done=lambda _r: self.summary.setText(
                self.summary.text() + "\n" + self.tr("Report saved: {0}").format(path)
            ),
            on_error=self._failed,
            name="rejection-report",
        )

    # -- helpers -----------------------------------------------------------------------------
    def _busy(self, on: bool, text: str = "") -> None:
        self.choose.setEnabled(not on)
        self.cancel_button.setEnabled(on)
        self.progress.setValue(0 if on else 100 if self.parsed else 0)
        if on:
            self.summary.setText(text)

    def _progress(self, percent: int, _t: str) -> None:
        self.progress.setValue(percent)

    def _summarise(self) -> None:
        p, r = self.parsed, self.report
        if p is None:
            return
        text = self.tr(
            "%n record(s) in {0}: {1} accepted, {2} rejected.", "", len(p.records)
        ).format(Path(p.path).name, len(p.accepted), len(p.rejected))
        if r is not None:
            text += " " + self.tr("Imported: {0}; already present: {1}; rejected: {2}.").format(
                r.imported, r.already_present, len(r.rejected)
            )
        self.summary.setText(text)

    def _failed(self, exc: BaseException) -> None:
        job, self.job = self.job, None
        self._busy(False)
        self.import_button.setEnabled(
            bool(self.parsed and self.parsed.accepted and not self.report)
        )
        if isinstance(exc, Cancelled) or (job is not None and job.cancelled()):
            # Cancel pressed: the import runs in one transaction, so nothing was written
            self.summary.setText(
                self.tr("Import cancelled; nothing was imported.")
                if self.parsed is not None
                else self.tr("Reading the file was cancelled.")
            )
            return
        msg = domain_message(exc, self.ctx.lang)
        if msg is None:
            raise exc
        from models.intake.records import FileRefused

        if isinstance(exc, FileRefused) and exc.key != "import.wrong_format":
            # say what file is expected (a wrong file's own message says it), then what is wrong
            msg = (
                self.tr(
                    "This file cannot be imported. Tizilim imports the applications file "
                    "exported from the social services portal (JSON) or the Tizilim Excel "
                    "template (XLSX)."
                )
                + "\n"
                + msg
            )
        self.summary.setText(msg)
        messages.show(self, "warning", self.tr("Import"), msg)
