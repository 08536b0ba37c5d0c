"""The statistics screen (issue 16): a period (presets or custom), a region (administrators)
and a profession; the figures load in a worker with progress; a click on a figure opens the
matching list in the worklist; the figures as a PDF or an Excel file."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.dialogs import messages
from ui.screens.statistics_panel import StatisticsPanel
from ui.text import domain_message
from ui.widgets.common import DATE_DISPLAY, CatalogCombo, FlowLayout, pydate, qdate

if TYPE_CHECKING:
    from models.statistics.dto import Statistics, StatsQuery

PRESETS = ("this_month", "last_month", "this_quarter", "last_quarter", "this_year",
           "last_year", "custom")


def preset_period(key: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The days of a preset period (the current ones end today)."""
    month = today.replace(day=1)
    quarter = month.replace(month=(today.month - 1) // 3 * 3 + 1)
    if key == "last_month":
        end = month - dt.timedelta(days=1)
        return end.replace(day=1), end
    if key == "this_quarter":
        return quarter, today
    if key == "last_quarter":
        end = quarter - dt.timedelta(days=1)
        return end.replace(month=(end.month - 1) // 3 * 3 + 1, day=1), end
    if key == "this_year":
        return today.replace(month=1, day=1), today
    if key == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    return month, today


class StatisticsView(QWidget):
    """Figures for a period; ``drill_requested(filter state, drill or None, caption)`` asks
    the window to show the applications behind a figure in the worklist."""

    drill_requested = Signal(dict, object, str)
    open_requested = Signal(str)  # a portal id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatisticsView")
        self.ctx = ctx
        self.figures: Statistics | None = None
        self._job: object = None
        self.period_label = QLabel()
        self.preset = QComboBox()
        self.preset.setObjectName("preset")
        self.start, self.end = QDateEdit(), QDateEdit()
        for w, name in ((self.start, "start"), (self.end, "end")):
            w.setObjectName(name)
            w.setDisplayFormat(DATE_DISPLAY)
            w.setCalendarPopup(True)
        self.region = CatalogCombo(ctx, "regions", "")
        self.region.setObjectName("region")
        if not ctx.actor.is_admin:  # a clerk sees their own region (hidden: see WorklistView)
            self.region.hide()
        self.profession = CatalogCombo(ctx, "professions", "")
        self.profession.setObjectName("profession")
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refresh")
        self.file_lang = QComboBox()
        self.file_lang.setObjectName("file_lang")
        self.pdf_button, self.xlsx_button = QPushButton(), QPushButton()
        self.pdf_button.setObjectName("export_pdf")
        self.xlsx_button.setObjectName("export_xlsx")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.panel = StatisticsPanel(ctx)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)
        bar = FlowLayout()
        bar.add(self.period_label, self.preset, self.start, self.end, self.region,
                self.profession, self.refresh_button, self.file_lang, self.pdf_button,
                self.xlsx_button, self.progress)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.status)
        lay.addWidget(scroll, 1)

        self._updating = True
        self.retranslate()
        saved = ctx.load_json("statistics/last", {})
        state = saved if isinstance(saved, dict) else {}
        self.preset.setCurrentIndex(max(0, self.preset.findData(state.get("preset",
                                                                          "last_month"))))
        self.region.set_code(str(state.get("region") or "") or None)
        self.profession.set_code(str(state.get("profession") or "") or None)
        self._apply_preset()
        self._updating = False
        self.preset.currentIndexChanged.connect(lambda _i: self._preset_changed())
        for w in (self.start, self.end):
            w.dateChanged.connect(lambda _d: self._dates_changed())
        for combo in (self.region, self.profession):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.refresh_button.clicked.connect(self.reload)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.panel.drill.connect(self._drill)
        self.panel.open_requested.connect(self.open_requested)

    # -- text ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        updating, self._updating = self._updating, True
        names = {"this_month": self.tr("This month"), "last_month": self.tr("Last month"),
                 "this_quarter": self.tr("This quarter"),
                 "last_quarter": self.tr("Last quarter"), "this_year": self.tr("This year"),
                 "last_year": self.tr("Last year"), "custom": self.tr("Other period")}
        current = self.preset.currentData()
        self.preset.clear()
        for key in PRESETS:
            self.preset.addItem(names[key], key)
        self.preset.setCurrentIndex(max(0, self.preset.findData(current)))
        self.period_label.setText(self.tr("Period:"))
        self.region.fill(self.tr("All regions"))
        self.profession.fill(self.tr("All professions"))
        self.refresh_button.setText(self.tr("Refresh"))
        lang = self.file_lang.currentData()
        self.file_lang.clear()
        for code, text in (("both", self.tr("File in Kazakh and Russian")),
                           ("kk", self.tr("File in Kazakh")), ("ru", self.tr("File in Russian"))):
            self.file_lang.addItem(text, code)
        self.file_lang.setCurrentIndex(max(0, self.file_lang.findData(lang)))
        self.pdf_button.setText(self.tr("PDF…"))
        self.xlsx_button.setText(self.tr("Excel…"))
        self._updating = updating

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    # -- the query -------------------------------------------------------------------------
    def _apply_preset(self) -> None:
        key = str(self.preset.currentData())
        custom = key == "custom"
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom:
            start, end = preset_period(key, self.today())
            self.start.blockSignals(True)
            self.end.blockSignals(True)
            self.start.setDate(qdate(start))
            self.end.setDate(qdate(end))
            self.start.blockSignals(False)
            self.end.blockSignals(False)

    def today(self) -> dt.date:
        from models.calendar.workdays import today_local

        return today_local()

    def _preset_changed(self) -> None:
        if not self._updating:
            self._apply_preset()
            self.reload()

    def _dates_changed(self) -> None:
        if not self._updating and self.preset.currentData() == "custom":
            self.reload()

    def query(self) -> StatsQuery:
        from models.statistics.dto import StatsQuery

        return StatsQuery(pydate(self.start.date()), pydate(self.end.date()),
                          self.region.code() if self.ctx.actor.is_admin else None,
                          self.profession.code())

    def reload(self) -> None:
        """Read the figures again in a worker (a read still running is cancelled)."""
        if self._updating:
            return
        q = self.query()
        self.ctx.save_json("statistics/last", {"preset": self.preset.currentData(),
                                               "region": self.region.code(),
                                               "profession": self.profession.code()})
        if self._job is not None:
            self._job.cancel()  # type: ignore[attr-defined]
        svc, actor = self.ctx.services.statistics, self.ctx.actor
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Counting…"))
        job = self.ctx.workers.start(
            lambda job: svc.figures(actor, q, job.counter()),
            on_done=lambda f: self._loaded(job, f),
            on_error=lambda exc: self._failed(job, exc),
            on_progress=lambda pct, _t: self.progress.setValue(pct),
            name="statistics",
        )
        self._job = job

    def is_loading(self) -> bool:
        return self._job is not None

    def _loaded(self, job: object, figures: Statistics) -> None:
        if job is not self._job:
            return
        self._job = None
        self.progress.hide()
        self.figures = figures
        self.status.setText(self.tr("As of {0}; counts of the period by the day in "
                                    "Kazakhstan time.").format(figures.today.strftime("%d.%m.%Y")))
        self.panel.show_figures(figures)

    def _failed(self, job: object, exc: BaseException) -> None:
        if job is not self._job:
            return
        self._job = None
        self.progress.hide()
        msg = domain_message(exc, self.ctx.lang)
        if msg is None:
            raise exc
        self.status.setText(msg)

    # -- the worklist ----------------------------------------------------------------------
    def _drill(self, kind: str, fields: dict[str, object], caption: str) -> None:
        """Ask for the worklist filtered to what a figure counts."""
        from models.statistics.drill import Drill

        q = self.query()
        state: dict[str, object] = {"statuses": [], "region": q.region,
                                    "profession": q.profession}
        if kind == "worklist":
            state.update(fields)
            self.drill_requested.emit(state, None, caption)
            return
        region = str(fields.pop("region", "") or "") or q.region
        if region:
            state["region"] = region
        start = fields.pop("start", q.start)
        end = fields.pop("end", q.end)
        drill = Drill(kind, start, end, region=region or None,  # type: ignore[arg-type]
                      profession=q.profession, **fields)  # type: ignore[arg-type]
        period = f"{drill.start:%d.%m.%Y} – {drill.end:%d.%m.%Y}"
        self.drill_requested.emit(state, drill, f"{caption} ({period})")

    # -- files -----------------------------------------------------------------------------
    def ask_path(self, fmt: str) -> str:
        """Where to save (tests patch this)."""
        flt = "PDF (*.pdf)" if fmt == "pdf" else "Excel (*.xlsx)"
        q = self.query()
        name = f"statistics-{q.start:%Y%m%d}-{q.end:%Y%m%d}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the statistics as"), name, flt)
        if path and not path.lower().endswith("." + fmt):
            path += "." + fmt
        return path

    def export(self, fmt: str) -> None:
        path = self.ask_path(fmt)
        if not path:
            return
        from reports.stats_writers import stats_writer

        q, lang = self.query(), str(self.file_lang.currentData())
        svc, actor = self.ctx.services.statistics, self.ctx.actor
        self.status.setText(self.tr("Writing {0}…").format(path))
        self.ctx.workers.start(
            lambda job: svc.export(actor, q, lang, path, stats_writer(fmt), fmt, job.counter()),
            on_done=lambda _s: self.status.setText(self.tr("Saved: {0}").format(path)),
            on_error=self._export_failed,
            name="statistics-export",
        )

    def _export_failed(self, exc: BaseException) -> None:
        msg = domain_message(exc, self.ctx.lang)
        if msg is None:
            raise exc
        self.status.setText(msg)
        messages.show(self, "warning", self.tr("The file was not written"), msg)
