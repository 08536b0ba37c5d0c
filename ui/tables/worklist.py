"""The worklist: applications paged from ``QueryService`` in SQL order."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tables.checked import CheckedRows
from ui.tables.paged import Column, PagedModel
from ui.text import catalog_name, fmt_date, fmt_local, fmt_since, status_name

if TYPE_CHECKING:
    from models.applications.summaries import ApplicationSummary
    from models.applications.worklist import WorklistFilter
    from models.calendar.workdays import WorkCalendar

OVERDUE_BG = QColor("#f8d7da")
TODAY_BG = QColor("#fff3cd")
OPEN = ("submitted", "resubmitted")

C = "WorklistModel"


class CalendarNow(NamedTuple):
    """The working-day calendar as read for a reload, with the day it was read for."""

    calendar: WorkCalendar
    today: dt.date
    read_at: float  # time.monotonic()


class WorklistModel(CheckedRows, PagedModel["WorklistFilter", "ApplicationSummary"]):
    context = C
    checked_changed = Signal(int)  # how many rows are checked
    COUNT_AT_MOST = 1000  # a broad name search shows its rows before every match is counted
    CACHED_ROLES = (
        int(Qt.ItemDataRole.DisplayRole.value),
        int(Qt.ItemDataRole.BackgroundRole.value),
        int(Qt.ItemDataRole.ForegroundRole.value),
        int(Qt.ItemDataRole.FontRole.value),
        int(Qt.ItemDataRole.TextAlignmentRole.value),
    )
    columns = (
        Column("portal_id", QT_TRANSLATE_NOOP("WorklistModel", "Number"), "portal_id"),
        Column("received", QT_TRANSLATE_NOOP("WorklistModel", "Received"), "received_at"),
        Column("due", QT_TRANSLATE_NOOP("WorklistModel", "Due date"), "due_date"),
        Column("status", QT_TRANSLATE_NOOP("WorklistModel", "Status"), "status"),
        Column("region", QT_TRANSLATE_NOOP("WorklistModel", "Region"), "region"),
        Column("name", QT_TRANSLATE_NOOP("WorklistModel", "Full name"), "name"),
        Column("profession", QT_TRANSLATE_NOOP("WorklistModel", "Profession"), "profession"),
        Column("revision", QT_TRANSLATE_NOOP("WorklistModel", "Revision"), "revision"),
        Column("holder", QT_TRANSLATE_NOOP("WorklistModel", "Held by"), "holder"),
        Column("duplicates", QT_TRANSLATE_NOOP("WorklistModel", "Duplicates"), "duplicates"),
    )

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx.workers, parent)
        self.ctx = ctx
        self._calendar: WorkCalendar | None = None
        self._today: dt.date | None = None
        self._left: dict[dt.date, int] = {}
        self._prepared: CalendarNow | None = None
        #: header clicks sort; off while the view sets up its header (a model that already
        #: reads its first page would otherwise be re-sorted by the default indicator)
        self.accept_sort = True
        self.init_checks()  # check boxes for bulk work (the revision shown is kept)

    # -- SQL -----------------------------------------------------------------------------------
    def prepare(self, query: WorklistFilter) -> CalendarNow:
        """The working-day calendar for "days left" (re-read at most every two minutes)."""
        import time

        from models.calendar.workdays import today_local

        cached = self._prepared
        if cached is not None and time.monotonic() - cached.read_at < 120 \
                and cached.today == today_local():
            return cached
        cal, today = self.ctx.services.calendar.calendar(), today_local()
        for year in (today.year - 1, today.year, today.year + 1):  # holidays load slowly once
            cal.is_working_day(dt.date(year, 1, 1))
        return CalendarNow(cal, today, time.monotonic())

    def apply_prepared(self, prepared: object) -> None:
        if not isinstance(prepared, CalendarNow):
            return
        if prepared is not self._prepared:
            self._left.clear()
        self._prepared = prepared
        self._calendar, self._today = prepared.calendar, prepared.today

    def fetch_count(self, query: WorklistFilter) -> int:
        return self.ctx.services.queries.count(self.ctx.actor, query)

    def fetch_count_at_most(self, query: WorklistFilter, at_most: int) -> int:
        return self.ctx.services.queries.count(self.ctx.actor, query, at_most=at_most)

    def fetch_page(
        self, query: WorklistFilter, offset: int, limit: int
    ) -> list[ApplicationSummary]:
        return self.ctx.services.queries.page(self.ctx.actor, query, offset, limit)

    def fetch_reversed(
        self, query: WorklistFilter, offset: int, limit: int
    ) -> list[ApplicationSummary]:
        rev = dataclasses.replace(query, descending=not query.descending)
        return self.ctx.services.queries.page(self.ctx.actor, rev, offset, limit)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        from models.applications.worklist import SORT_COLUMNS

        key = self.columns[column].sort_key if 0 <= column < len(self.columns) else None
        if not self.accept_sort or key is None or key not in SORT_COLUMNS or self.query is None:
            return
        desc = order == Qt.SortOrder.DescendingOrder
        if self.query.sort == key and self.query.descending == desc:
            return
        self.set_query(dataclasses.replace(self.query, sort=key, descending=desc))

    # -- cells ---------------------------------------------------------------------------------
    def days_left(self, due: dt.date) -> int:
        if due not in self._left:
            cal, today = self._calendar, self._today
            self._left[due] = cal.working_days_between(today, due) if cal and today else 0
        return self._left[due]

    def _due_text(self, item: ApplicationSummary) -> str:
        if item.due_date is None:
            return ""
        d = fmt_date(item.due_date)
        if item.status.value not in OPEN:
            return d
        left = self.days_left(item.due_date)
        if item.due_date == self._today:
            return QCoreApplication.translate("WorklistModel", "{0} — due today").format(d)
        if left < 0 or (self._today and item.due_date < self._today):
            return self.tr("{0} — overdue by %n w.d.", "", abs(left)).format(d)
        return self.tr("{0} — %n w.d. left", "", left).format(d)

    def cell(self, item: ApplicationSummary, column: Column, role: int) -> object:
        key = column.key
        if role == Qt.ItemDataRole.DisplayRole:
            lang = self.ctx.lang
            cats = self.ctx.services.catalogs
            if key == "portal_id":
                return item.portal_id
            if key == "received":
                from models.calendar.workdays import local_day

                return fmt_date(local_day(item.received_at))
            if key == "due":
                return self._due_text(item)
            if key == "status":
                return status_name(item.status)
            if key == "region":
                return catalog_name(cats, "regions", item.region, lang)
            if key == "name":
                return item.full_name
            if key == "profession":
                return catalog_name(cats, "professions", item.profession, lang)
            if key == "revision":
                return str(item.revision)
            if key == "holder":
                if not item.held_by:
                    return ""
                since = fmt_since(item.held_since)
                return f"{item.held_by}, {since}" if since else item.held_by
            if key == "duplicates":
                return (
                    QCoreApplication.translate("WorklistModel", "possible")
                    if item.has_duplicates
                    else ""
                )
            return None
        urgent = self._urgency(item)
        if role == Qt.ItemDataRole.BackgroundRole and urgent:
            return QBrush(OVERDUE_BG if urgent == "overdue" else TODAY_BG)
        if role == Qt.ItemDataRole.ForegroundRole and urgent:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.FontRole and urgent and key == "due":
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole and key == "due" and urgent:
            return (
                QCoreApplication.translate("WorklistModel", "Overdue")
                if urgent == "overdue"
                else QCoreApplication.translate("WorklistModel", "Due today")
            )
        if role == Qt.ItemDataRole.ToolTipRole and key in (
            "status",
            "region",
            "name",
            "profession",
        ):
            return self.cell(item, column, Qt.ItemDataRole.DisplayRole) or None  # when elided
        if role == Qt.ItemDataRole.ToolTipRole and key == "holder" and item.held_by:
            return QCoreApplication.translate("WorklistModel", "{0} holds it since {1}").format(
                item.held_by, fmt_local(item.held_since)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "revision":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _urgency(self, item: ApplicationSummary) -> str:
        if item.status.value not in OPEN or item.due_date is None or self._today is None:
            return ""
        if item.due_date < self._today:
            return "overdue"
        if item.due_date == self._today:
            return "today"
        return ""
