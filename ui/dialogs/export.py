"""Print / export the registry: format, language, edition, filters; runs in a worker."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.dialogs import files
from ui.text import catalog_name, domain_message, fmt_date
from ui.workers import Cancelled, Job

if TYPE_CHECKING:
    from models.dto import RegistryQuery


def open_path(path: Path) -> bool:
    """Open a file or folder with the desktop's program (patched in tests)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ExportDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        query: RegistryQuery,
        parent: QWidget | None = None,
        search: str = "",
    ) -> None:
        """``search``: the registry screen's search text; the printout does not apply it
        (it prints by the filters), and the dialog says so."""
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.ctx, self.query, self.search = ctx, query, search.strip()
        self.job: Job | None = None
        self.result_path: Path | None = None
        self.fmt = QComboBox()
        self.fmt.setObjectName("format")
        self.lang = QComboBox()
        self.lang.setObjectName("lang")
        self.edition = QComboBox()
        self.edition.setObjectName("edition")
        self.filters = QLabel()
        self.filters.setWordWrap(True)
        self.search_note = QLabel()
        self.search_note.setObjectName("search_note")
        self.search_note.setWordWrap(True)
        self.search_note.setProperty("role", "warning")
        if not self.search:  # hide only: shown without a parent it would be a window
            self.search_note.hide()
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.browse = QPushButton()
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.start_button = QPushButton()
        self.start_button.setObjectName("start")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel")
        self.open_file = QPushButton()
        self.open_file.setObjectName("open_file")
        self.open_folder = QPushButton()
        self.open_folder.setObjectName("open_folder")
        for b in (self.open_file, self.open_folder):
            b.setVisible(False)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        prow = QHBoxLayout()
        prow.addWidget(self.path, 1)
        prow.addWidget(self.browse)
        fields: tuple[QWidget, ...] = (self.fmt, self.lang, self.edition, self.filters)
        for lab, w in zip(self.labels[:-1], fields, strict=True):
            form.addRow(lab, w)
        form.addRow(self.labels[-1], prow)
        actions = QHBoxLayout()
        actions.addWidget(self.start_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        actions.addWidget(self.open_file)
        actions.addWidget(self.open_folder)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.search_note)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        lay.addLayout(actions)
        lay.addWidget(self.close_box)

        self.fmt.currentIndexChanged.connect(lambda _i: self._suggest_path())
        self.lang.currentIndexChanged.connect(lambda _i: self._suggest_path())
        self.edition.currentIndexChanged.connect(lambda _i: self._suggest_path())
        self.browse.clicked.connect(self.choose_path)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_file.clicked.connect(lambda: self.result_path and open_path(self.result_path))
        self.open_folder.clicked.connect(
            lambda: self.result_path and open_path(self.result_path.parent)
        )
        self.close_box.rejected.connect(self.reject)
        self.cancel_button.setEnabled(False)
        self.resize(620, 330)
        self.retranslate()
        # the printout's language follows the interface at first
        self.lang.setCurrentIndex(max(0, self.lang.findData(ctx.lang)))
        self._suggest_path()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print / export the registry"))
        texts = (
            self.tr("Format:"),
            self.tr("Language:"),
            self.tr("Edition:"),
            self.tr("Filters:"),
            self.tr("File:"),
        )
        for lab, t in zip(self.labels, texts, strict=True):
            lab.setText(t)
        self._fill(self.fmt, [("pdf", "PDF"), ("xlsx", "Excel (XLSX)")])
        self._fill(
            self.lang,
            [
                ("kk", self.tr("Kazakh")),
                ("ru", self.tr("Russian")),
                ("both", self.tr("Kazakh and Russian")),
            ],
        )
        eds = [("public", self.tr("Public (consenting specialists only)"))]
        if self.ctx.actor.role.value != "viewer":
            eds.insert(0, ("full", self.tr("Full")))
        self._fill(self.edition, eds)
        if self.query.edition == "public":
            self.edition.setCurrentIndex(self.edition.findData("public"))
        self.filters.setText(self._filters_text())
        self.search_note.setText(
            self.tr(
                "The search «{0}» is not applied: the printout contains every entry matching "
                "the filters above."
            ).format(self.search)
        )
        self.browse.setText(self.tr("Choose…"))
        self.start_button.setText(self.tr("Start"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.open_file.setText(self.tr("Open file"))
        self.open_folder.setText(self.tr("Open folder"))

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for code, text in items:
            combo.addItem(text, code)
        i = combo.findData(current)
        combo.setCurrentIndex(max(i, 0))
        combo.blockSignals(False)

    def _filters_text(self) -> str:
        q, cats, lang = self.query, self.ctx.services.catalogs, self.ctx.lang
        parts = []
        if q.region or self.ctx.actor.region:
            parts.append(catalog_name(cats, "regions", q.region or self.ctx.actor.region, lang))
        if q.profession:
            parts.append(catalog_name(cats, "professions", q.profession, lang))
        if q.included_from or q.included_to:
            parts.append(
                self.tr("included {0} – {1}").format(
                    fmt_date(q.included_from), fmt_date(q.included_to)
                )
            )
        return "; ".join(parts) or self.tr("none (the whole registry)")

    def _suggest_path(self) -> None:
        if self.job is not None:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        old = Path(self.path.text()) if self.path.text() else None
        if old is not None and old.parent.exists():
            folder = str(old.parent)
        name = (
            f"registry-{self.edition.currentData()}-{self.lang.currentData()}-"
            f"{dt.date.today():%Y%m%d}.{self.fmt.currentData()}"
        )
        self.path.setText(str(Path(folder) / name))

    def choose_path(self) -> None:
        fmt = self.fmt.currentData()
        flt = "PDF (*.pdf)" if fmt == "pdf" else "Excel (*.xlsx)"
        path = files.save_file(self, self.tr("Save as"), self.path.text(), flt)
        if path:
            self.path.setText(path)

    # -- running -----------------------------------------------------------------------------
    def running(self) -> bool:
        return self.job is not None

    def start(self) -> None:
        from reports.writers import registry_writer

        out = Path(self.path.text().strip())
        fmt, lang = self.fmt.currentData(), self.lang.currentData()
        if out.suffix.lower() != f".{fmt}":
            out = out.with_suffix(f".{fmt}")
            self.path.setText(str(out))
        query = dataclasses.replace(self.query, edition=self.edition.currentData())
        exports, actor, write = self.ctx.services.exports, self.ctx.actor, registry_writer(fmt)

        def work(job: Job) -> Path:
            out.parent.mkdir(parents=True, exist_ok=True)
            exports.registry_file(
                actor, query, lang, out, write, progress=job.counter(), is_cancelled=job.cancelled
            )
            if job.cancelled():
                raise Cancelled()
            return out

        self.result_path = None
        self.progress.setValue(0)
        self.status.setText(self.tr("Exporting…"))
        self._set_running(True)
        self.job = self.ctx.workers.start(
            work,
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progress,
            name="export",
        )

    def _set_running(self, on: bool) -> None:
        self.start_button.setEnabled(not on)
        self.cancel_button.setEnabled(on)
        for w in (self.fmt, self.lang, self.edition, self.path, self.browse):
            w.setEnabled(not on)

    def _progress(self, percent: int, _text: str) -> None:
        self.progress.setValue(percent)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _done(self, path: Path) -> None:
        self.job = None
        self._set_running(False)
        self.result_path = path
        self.progress.setValue(100)
        self.status.setText(self.tr("Done: {0}").format(path))
        for b in (self.open_file, self.open_folder):
            b.setVisible(True)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self._set_running(False)
        self.progress.setValue(0)
        from reports.meta import ReportCancelled  # the report libraries load with an export

        msg = domain_message(exc, self.ctx.lang)
        if isinstance(exc, Cancelled | ReportCancelled):
            self.status.setText(self.tr("Export cancelled; no file was written."))
            return
        if msg is None:
            self.status.setText(self.tr("The export failed."))
            raise exc
        self.status.setText(msg)

    def reject(self) -> None:
        if self.job is not None:
            self.cancel()
            return
        super().reject()
