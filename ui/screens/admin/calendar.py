"""Administration, the working-day calendar tab: the government's yearly day transfers."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.screens.admin.common import run
from ui.tables.lists import ListModel
from ui.text import fmt_date
from ui.widgets.common import fit_columns, pydate, qdate, setup_table

if TYPE_CHECKING:
    from models.calendar.service import OverrideInfo

C = "CalendarTab"


class CalendarTab(QWidget):
    """Extra days off and extra working days of a year; each change recomputes due dates."""

    recomputed = Signal(int)  # a day was set or removed: due dates of this many changed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = QSpinBox()
        self.year.setRange(2020, 2100)
        self.year.setValue(dt.date.today().year)
        self.day = QDateEdit()
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setCalendarPopup(True)
        self.day.setDate(qdate(dt.date.today()))
        self.day_kind = QComboBox()
        self.day_kind.setObjectName("day_kind")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.add_day = QPushButton()
        self.add_day.setObjectName("add_day")
        self.remove_day = QPushButton()
        self.remove_day.setObjectName("remove_day")
        self.model: ListModel[OverrideInfo] = ListModel(
            C,
            [
                (QT_TRANSLATE_NOOP("CalendarTab", "Day"), lambda o: fmt_date(o.day)),
                (QT_TRANSLATE_NOOP("CalendarTab", "Kind"), lambda o: self._kind(o.working)),
                (QT_TRANSLATE_NOOP("CalendarTab", "Note"), lambda o: o.note),
                (QT_TRANSLATE_NOOP("CalendarTab", "Set by"), lambda o: o.created_by),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("calendar")
        self.table.setModel(self.model)
        setup_table(self.table)
        fit_columns(self.table, (100, 240, 440))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.year_label = QLabel()
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        bar = QHBoxLayout()
        bar.addWidget(self.year_label)
        bar.addWidget(self.year)
        bar.addSpacing(20)
        for w in (self.day, self.day_kind, self.note, self.add_day, self.remove_day):
            bar.addWidget(w)
        lay.addLayout(bar)
        lay.addWidget(self.table)

        self.year.valueChanged.connect(lambda _v: self.load())
        self.add_day.clicked.connect(self.set_day)
        self.remove_day.clicked.connect(self.unset_day)
        self.retranslate()
        self.load()

    def _kind(self, working: bool) -> str:
        return self.tr("extra working day") if working else self.tr("extra day off")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Public holidays are built in. Add the government's yearly day transfers here: "
                "due dates of undecided applications are recomputed."
            )
        )
        self.year_label.setText(self.tr("Year:"))
        cur = self.day_kind.currentIndex()
        self.day_kind.clear()
        self.day_kind.addItem(self.tr("extra day off"), False)
        self.day_kind.addItem(self.tr("extra working day"), True)
        self.day_kind.setCurrentIndex(max(cur, 0))
        self.note.setPlaceholderText(self.tr("Note (e.g. the government decree)"))
        self.add_day.setText(self.tr("Add"))
        self.remove_day.setText(self.tr("Remove selected"))
        self.model.retranslate()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def load(self) -> None:
        svc, year = self.ctx.services.calendar, self.year.value()
        run(self, self.ctx, lambda job: svc.overrides(year), self.model.set_rows)

    def set_day(self) -> None:
        svc, actor = self.ctx.services.calendar, self.ctx.actor
        day, working, note = (
            pydate(self.day.date()),
            bool(self.day_kind.currentData()),
            self.note.text().strip(),
        )
        run(self, self.ctx, lambda job: svc.set_day(actor, day, working, note), self._done)

    def unset_day(self) -> None:
        o = self.model.row(self.table.currentIndex())
        if o is None:
            return
        svc, actor = self.ctx.services.calendar, self.ctx.actor
        run(self, self.ctx, lambda job: svc.remove_day(actor, o.day), self._done)

    def _done(self, n: int) -> None:
        self.note.clear()
        self.load()
        self.recomputed.emit(n)
