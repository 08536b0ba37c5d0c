"""The figures of the statistics screen: tiles, charts and the two tables.

``show(figures)`` fills them; a click on a tile, a bar or a table row asks for the
matching list (``drill``) or for one application (``open_requested``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tables.lists import ListModel
from ui.text import catalog_name, decision_name, fmt_date, status_name
from ui.widgets.bar_chart import BarChart, Series
from ui.widgets.common import setup_table
from ui.widgets.figure_tile import FigureTile

if TYPE_CHECKING:
    from models.statistics.dto import LateDecision, RegionFigures, Statistics

#: what a click asks for: ("decided" | "received", {drill fields}) or ("worklist", {filter})
Ask = tuple[str, dict[str, object]]
C = "StatisticsPanel"


def _pct(v: float | None) -> str:
    return "–" if v is None else f"{v * 100:.1f} %"


def _n(v: float | int | None) -> str:
    if v is None:
        return "–"
    return f"{v:,}".replace(",", " ") if isinstance(v, int) else f"{v:.1f}"


class StatisticsPanel(QWidget):
    """Tiles of the main figures, seven charts, the regions' table and the late decisions."""

    drill = Signal(str, dict, str)  # "decided" / "received" / "worklist", fields, caption
    open_requested = Signal(str)  # a portal id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures: Statistics | None = None
        self.tiles: dict[str, FigureTile] = {}
        tiles = QGridLayout()
        for i, key in enumerate(("received", "decided", "on_time", "late", "median", "pending",
                                 "overdue", "due_today", "registry", "public")):
            b = FigureTile()
            b.setObjectName(f"tile_{key}")
            b.clicked.connect(lambda key=key: self._tile(key))
            tiles.addWidget(b, i // 5, i % 5)
            self.tiles[key] = b
        self.kinds = BarChart()
        self.reasons = BarChart()
        self.regions = BarChart(horizontal=True)
        self.reviewers = BarChart()
        self.days = BarChart()
        self.loops = BarChart()
        self.growth = BarChart()
        charts = {"kinds": self.kinds, "reasons": self.reasons, "regions": self.regions,
                  "reviewers": self.reviewers, "days": self.days, "loops": self.loops,
                  "growth": self.growth}
        for name, chart in charts.items():
            chart.setObjectName(f"chart_{name}")
            chart.clicked.connect(lambda c, s, name=name: self._bar(name, c, s))
        self.reason_legend = QLabel()  # the grounds' numbers in words, on screen
        self.reason_legend.setObjectName("reason_legend")
        self.reason_legend.setWordWrap(True)
        self.reason_legend.setTextFormat(Qt.TextFormat.RichText)
        grid = QGridLayout()
        grid.addWidget(self.kinds, 0, 0)
        grid.addWidget(self.reasons, 0, 1)
        grid.addWidget(self.reason_legend, 1, 0, 1, 2)
        grid.addWidget(self.regions, 2, 0, 1, 2)
        grid.addWidget(self.reviewers, 3, 0)
        grid.addWidget(self.days, 3, 1)
        grid.addWidget(self.loops, 4, 0)
        grid.addWidget(self.growth, 4, 1)
        self.region_model: ListModel[RegionFigures] = ListModel(C, [
            (QT_TRANSLATE_NOOP(C, "KATO"), lambda r: r.region),
            (QT_TRANSLATE_NOOP(C, "Region"), lambda r: self._region(r.region)),
            (QT_TRANSLATE_NOOP(C, "Received"), lambda r: _n(r.received)),
            (QT_TRANSLATE_NOOP(C, "Decided"), lambda r: _n(r.decided)),
            (QT_TRANSLATE_NOOP(C, "On time"), lambda r: _n(r.decided_on_time)),
            (QT_TRANSLATE_NOOP(C, "On time, %"), lambda r: _pct(r.on_time_share)),
            (QT_TRANSLATE_NOOP(C, "Pending"), lambda r: _n(r.pending)),
            (QT_TRANSLATE_NOOP(C, "Overdue now"), lambda r: _n(r.overdue_now)),
        ], self)
        self.late_model: ListModel[LateDecision] = ListModel(C, [
            (QT_TRANSLATE_NOOP(C, "Application"), lambda x: x.portal_id),
            (QT_TRANSLATE_NOOP(C, "Region"), lambda x: self._region(x.region)),
            (QT_TRANSLATE_NOOP(C, "Reviewer"), lambda x: x.login),
            (QT_TRANSLATE_NOOP(C, "Decision"), lambda x: decision_name(x.kind)),
            (QT_TRANSLATE_NOOP(C, "Due"), lambda x: fmt_date(x.due_date)),
            (QT_TRANSLATE_NOOP(C, "Decided"), lambda x: fmt_date(x.decided_on)),
            (QT_TRANSLATE_NOOP(C, "Working days late"), lambda x: x.days_late),
            (QT_TRANSLATE_NOOP(C, "Cause of the delay"),
             lambda x: x.cause or self.tr("not given")),
        ], self)
        self.region_table = QTableView()
        self.region_table.setObjectName("region_table")
        self.late_table = QTableView()
        self.late_table.setObjectName("late_table")
        for view, model in ((self.region_table, self.region_model),
                            (self.late_table, self.late_model)):
            view.setModel(model)
            setup_table(view)
            view.setMinimumHeight(220)
        self.late_table.doubleClicked.connect(self._late_opened)
        self.region_box, self.late_box = QGroupBox(), QGroupBox()
        QVBoxLayout(self.region_box).addWidget(self.region_table)
        late_lay = QVBoxLayout(self.late_box)
        self.late_note = QLabel()
        late_lay.addWidget(self.late_note)
        late_lay.addWidget(self.late_table)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(tiles)
        lay.addLayout(grid)
        lay.addWidget(self.region_box)
        lay.addWidget(self.late_box)
        self.retranslate()

    def _region(self, code: str) -> str:
        return catalog_name(self.ctx.services.catalogs, "regions", code, self.ctx.lang)

    # -- text ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.region_box.setTitle(self.tr("By region (the table for the Ministry)"))
        self.reasons.setToolTip(self.tr("Point at a bar for the ground's wording"))
        self.late_box.setTitle(self.tr("Late decisions and the causes of the delay"))
        self.region_model.retranslate()
        self.late_model.retranslate()
        if self.figures is not None:
            self.show_figures(self.figures)

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def show_figures(self, f: Statistics) -> None:
        """Fill every tile, chart and table from ``f``."""
        self.figures = f
        texts = {
            "received": (_n(f.received), self.tr("received ({0} after a return)")
                         .format(_n(f.received_resubmitted))),
            "decided": (_n(f.decided), self.tr("decided")),
            "on_time": (_pct(f.on_time_share),
                        self.tr("on time ({0} decisions)").format(_n(f.decided_on_time))),
            "late": (_n(f.decided_late), self.tr("late")),
            "median": (f"{_n(f.median_days)} / {_n(f.p90_days)}",
                       self.tr("working days to a decision:\nmedian / 90th percentile")),
            "pending": (_n(f.pending), self.tr("awaiting a decision now")),
            "overdue": (_n(f.overdue_now), self.tr("overdue now")),
            "due_today": (_n(f.due_today), self.tr("due today")),
            "registry": (_n(f.registry_size), self.tr("in the registry at the period's end")),
            "public": (_n(f.public_size), self.tr("of them in the public edition")),
        }
        for key, (big, small) in texts.items():
            self.tiles[key].set_figure(big, small)
        kinds = [(k, f.by_decision[k]) for k in ("registered", "returned", "refused")]
        self.kinds.set_data(
            self.tr("Decisions by kind and timeliness"),
            [status_name(k) for k, _n2 in kinds] + [self.tr("On time"), self.tr("Late")],
            [Series(self.tr("Decisions"), [float(n) for _k, n in kinds]
                    + [float(f.decided_on_time), float(f.decided_late)])])
        reasons = self.ctx.services.catalogs.reasons
        codes = list(f.by_reason)
        self.reasons.set_data(
            self.tr("Decisions by ground of p.9"),
            [str(i) for i in range(1, len(codes) + 1)],
            [Series(self.tr("Decisions"), [float(f.by_reason[c]) for c in codes])],
            [f"{i}. {self._reason(reasons, c)}" for i, c in enumerate(codes, 1)])
        self.reason_legend.setText(self._legend(reasons, codes))
        names = [self._region(r.region) for r in f.by_region]
        self.regions.set_data(self.tr("By region"), names, [
            Series(self.tr("Received"), [float(r.received) for r in f.by_region]),
            Series(self.tr("Decided"), [float(r.decided) for r in f.by_region]),
            Series(self.tr("Overdue now"), [float(r.overdue_now) for r in f.by_region])])
        self.reviewers.set_data(self.tr("By reviewer"), [r.login for r in f.by_reviewer], [
            Series(self.tr("Decided"), [float(r.decided) for r in f.by_reviewer]),
            Series(self.tr("On time"), [float(r.decided_on_time) for r in f.by_reviewer])])
        self.days.set_data(self.tr("Working days from receipt to decision"),
                           [str(d) for d in f.days_histogram],
                           [Series(self.tr("Decisions"),
                                   [float(n) for n in f.days_histogram.values()])])
        times = [self.tr("1st"), self.tr("2nd"), self.tr("3rd or later")]
        self.loops.set_data(self.tr("Returns for revision and resubmissions"), times, [
            Series(self.tr("Returned"), [float(x.returned) for x in f.loops]),
            Series(self.tr("Resubmitted"), [float(x.resubmitted) for x in f.loops])])
        self.growth.set_data(self.tr("The registry by month"),
                             [m.month.strftime("%m.%Y") for m in f.growth], [
            Series(self.tr("Included"), [float(m.entries) for m in f.growth]),
            Series(self.tr("Excluded"), [float(m.exclusions) for m in f.growth])])
        self.region_model.set_rows(f.by_region)
        self.late_model.set_rows(f.late)
        shown = self.tr("The newest {0} of {1} late decisions.").format(
            _n(len(f.late)), _n(f.decided_late))
        self.late_note.setText(shown if len(f.late) < f.decided_late else "")

    def _legend(self, reasons: Mapping[str, object], codes: list[str]) -> str:
        """The grounds' numbers in words: a return's on the left, a refusal's on the right."""
        cols: dict[str, list[str]] = {"return": [], "refuse": []}
        for i, code in enumerate(codes, 1):
            kind = str(getattr(reasons.get(code), "kind", "return"))
            cols.setdefault(kind, []).append(f"{i}. {escape(self._reason(reasons, code))}")
        heads = (self.tr("Return for revision (p.9 2))"), self.tr("Refusal (p.9 3))"))
        cells = "".join(
            f"<td valign='top' width='50%'><b>{escape(h)}</b><br>{'<br>'.join(lines)}</td>"
            for h, lines in zip(heads, (cols["return"], cols["refuse"]), strict=True))
        return f"<table width='100%' cellspacing='6'><tr>{cells}</tr></table>"

    def _reason(self, reasons: Mapping[str, object], code: str) -> str:
        r = reasons.get(code)
        return str(getattr(r, self.ctx.lang, code)) if r is not None else code

    # -- clicks ----------------------------------------------------------------------------
    def _tile(self, key: str) -> None:
        asks: dict[str, Ask] = {
            "received": ("received", {}), "decided": ("decided", {}),
            "on_time": ("decided", {"late": False}), "late": ("decided", {"late": True}),
            "pending": ("worklist", {"statuses": ["submitted", "resubmitted"]}),
            "overdue": ("worklist", {"statuses": ["submitted", "resubmitted"],
                                     "overdue": True}),
            "due_today": ("worklist", {"statuses": ["submitted", "resubmitted"],
                                       "due_today": True}),
        }
        if key in asks:
            self._ask(*asks[key], self.tiles[key].text().replace("\n", " "))

    def _bar(self, chart: str, c: int, s: int) -> None:
        f = self.figures
        if f is None:
            return
        ask: Ask | None = None
        if chart == "kinds":
            kinds: list[dict[str, object]] = [{"kind": "register"}, {"kind": "return"},
                                              {"kind": "refuse"}, {"late": False},
                                              {"late": True}]
            ask = ("decided", kinds[c])
        elif chart == "reasons":
            ask = ("decided", {"reason": list(f.by_reason)[c]})
        elif chart == "regions":
            region = f.by_region[c].region
            regions: list[Ask] = [
                ("received", {"region": region}), ("decided", {"region": region}),
                ("worklist", {"region": region, "overdue": True,
                              "statuses": ["submitted", "resubmitted"]})]
            ask = regions[s]
        elif chart == "reviewers":
            login = f.by_reviewer[c].login
            ask = ("decided", {"login": login} if s == 0 else {"login": login, "late": False})
        elif chart == "loops":
            ask = (("decided", {"kind": "return", "times": c + 1}) if s == 0
                   else ("received", {"times": c + 1}))
        elif chart == "growth" and s == 0:
            start = f.growth[c].month
            end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            ask = ("decided", {"kind": "register", "start": max(start, f.query.start),
                               "end": min(end, f.query.end)})
        if ask is not None:
            bars: BarChart = getattr(self, chart)
            what = bars.series[s].name if len(bars.series) > 1 else bars.title
            self._ask(ask[0], ask[1], f"{what}: {bars.tips[c]}")

    def _ask(self, kind: str, fields: dict[str, object], caption: str) -> None:
        self.drill.emit(kind, dict(fields), caption)

    def _late_opened(self, index: object) -> None:
        row = self.late_model.row(index)  # type: ignore[arg-type]
        if row is not None:
            self.open_requested.emit(row.portal_id)
