"""The worklist screen: filters, debounced search, saved filters and the paged table."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.tables.worklist import WorklistModel
from ui.text import STATUS_NAMES, domain_message, status_name
from ui.widgets.common import (
    CatalogCombo,
    DateRange,
    FlowLayout,
    fit_columns,
    from_iso,
    iso,
    save_table,
    setup_table,
)
from ui.widgets.drill_banner import DrillBanner

if TYPE_CHECKING:
    from models.applications.worklist import WorklistFilter

SEARCH_DELAY_MS = 250
OPEN_STATUSES = ("submitted", "resubmitted")
#: the worklist's columns that fit a 1366 px screen at first, in this order
ESSENTIAL = (
    "portal_id", "name", "due", "status", "holder", "duplicates", "profession", "region"
)


class WorklistTable(QTableView):
    """Enter opens the current application."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(e)


#: a filter as saved in the settings (JSON: statuses, region, dates as ISO text, sort, …)
FilterState = dict[str, object]


def status_key(statuses: object) -> str:
    """The status choice of saved ``statuses``: ``open``, ``all`` or one status."""
    chosen = [str(x) for x in statuses] if isinstance(statuses, list | tuple) else []
    if sorted(chosen) == sorted(OPEN_STATUSES):
        return "open"
    if len(chosen) == 1:
        return chosen[0] if chosen[0] in STATUS_NAMES else "open"
    return "all"


def text_or_none(value: object) -> str | None:
    """A saved code (region, profession): its text, None when empty."""
    return str(value) if value else None


def saved_filter_state(ctx: AppContext) -> FilterState:
    """The worklist's last filter as saved (awaiting decision when there is none)."""
    s = ctx.load_json("worklist/last_filter", {"statuses": list(OPEN_STATUSES)})
    return s if isinstance(s, dict) else {"statuses": list(OPEN_STATUSES)}


def opening_filter(ctx: AppContext) -> WorklistFilter | None:
    """The filter the worklist opens with: the last one used. Read from the settings
    without widgets, so the first page can be read while the window is still being built;
    the view finds the same filter in its widgets and does not read it again (None: a
    saved state the widgets would change, the view reads it itself)."""
    from models.applications.worklist import WorklistFilter
    from models.db.entities import Status

    s = saved_filter_state(ctx)
    cats = ctx.services.catalogs
    key = status_key(s.get("statuses"))
    statuses = OPEN_STATUSES if key == "open" else () if key == "all" else (key,)

    def known(catalog: str, code: object) -> str | None:
        return str(code) if code and any(i.code == code for i in cats.values(catalog)) else None

    start, end = from_iso(s.get("from")), from_iso(s.get("to"))
    if (start is None) != (end is None):  # half a range: the date fields fill the rest
        return None
    return WorklistFilter(
        statuses=tuple(Status(x) for x in statuses),
        region=known("regions", s.get("region")) if ctx.actor.is_admin else None,
        profession=known("professions", s.get("profession")),
        overdue=bool(s.get("overdue")),
        due_today=bool(s.get("due_today")),
        received_from=start,
        received_to=end,
        search=str(s.get("search") or "").strip(),
        sort=str(s.get("sort") or "due_date"),
        descending=bool(s.get("descending")),
    )


class WorklistView(QWidget):
    open_requested = Signal(str)  # portal id
    filter_changed = Signal(str)  # the status choice now shown: "open", "all" or a status

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, model: WorklistModel | None = None
    ) -> None:
        """``model``: one already reading its first page (see :func:`opening_filter`)."""
        super().__init__(parent)
        self.setObjectName("WorklistView")
        self.ctx = ctx
        from models.applications.worklist import WorklistFilter

        self._filter_cls = WorklistFilter
        if model is None:
            model = WorklistModel(ctx, self)
        else:
            model.setParent(self)
        self.model = model
        model.accept_sort = False  # until the header shows the saved sort (end of __init__)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.status.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status.setMinimumContentsLength(10)
        self.region = CatalogCombo(ctx, "regions", "")
        self.region.setObjectName("region")
        if not ctx.actor.is_admin:  # never setVisible(True) here: it has no parent yet,
            self.region.hide()  # and a parentless widget shown is a window of its own
        self.profession = CatalogCombo(ctx, "professions", "")
        self.profession.setObjectName("profession")
        self.overdue = QCheckBox()
        self.overdue.setObjectName("overdue")
        self.due_today = QCheckBox()
        self.due_today.setObjectName("due_today")
        self.received = DateRange()
        self.received_label = QLabel()
        self.saved = QComboBox()
        self.saved.setObjectName("saved")
        self.saved.setMinimumContentsLength(14)
        self.save_button = QPushButton()
        self.delete_button = QPushButton()
        self.reset_button = QPushButton()
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.drill_banner = DrillBanner()  # the applications behind a figure of the statistics
        self.drill_banner.cleared.connect(self.reset)
        self.table = WorklistTable()
        self.table.setObjectName("worklist")
        self.table.setModel(self.model)
        setup_table(self.table, ctx, "worklist")
        self.table.setSortingEnabled(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # whole text in the tooltip
        self.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.AscendingOrder)
        if not ctx.settings.value("tables/worklist"):
            self.default_layout()

        row1 = QHBoxLayout()
        row1.addWidget(self.search, 2)
        row1.addWidget(self.status, 1)
        row1.addWidget(self.region, 1)
        row1.addWidget(self.profession, 1)
        # the second row wraps on a narrow window (1366 px, long Kazakh labels)
        row2 = FlowLayout()
        row2.add(self.overdue, self.due_today, self.received_label, self.received)
        row2.add(self.saved, self.save_button, self.delete_button, self.reset_button)
        lay = QVBoxLayout(self)
        lay.addLayout(row1)
        lay.addLayout(row2)
        lay.addWidget(self.drill_banner)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        # connections
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_timer.timeout.connect(self.refilter)
        self.search.returnPressed.connect(self._search_now)
        for combo in (self.status, self.region, self.profession):
            combo.currentIndexChanged.connect(lambda _i: self.refilter())
        self.overdue.toggled.connect(lambda _b: self.refilter())
        self.due_today.toggled.connect(lambda _b: self.refilter())
        self.received.changed.connect(self.refilter)
        self.saved.activated.connect(self._apply_saved)
        self.saved.currentIndexChanged.connect(lambda _i: self._can_delete())
        self.save_button.clicked.connect(self.save_filter)
        self.delete_button.clicked.connect(self.delete_filter)
        self.reset_button.clicked.connect(self.reset)
        self.table.doubleClicked.connect(self._open_index)
        self.table.open_requested.connect(self._open_index)
        self.model.reloaded.connect(self._reloaded)
        self.model.loading.connect(self._loading)
        self.model.failed.connect(self._failed)
        self.model.counted.connect(lambda _n: self._show_count())
        # a header click sorts in SQL (the model) and the sort is remembered with the filter
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sorted)

        self._updating = False
        self._sort = ("due_date", False)  # the saved sort until the model has a query
        self.retranslate()
        self.apply_state(saved_filter_state(ctx))
        self.refilter()
        self.show_sort_indicator()
        model.accept_sort = True

    def default_layout(self) -> None:
        """First start (no saved widths): on a 1366 px screen the essential columns fit
        (:data:`ESSENTIAL`, in that order): the due date and status wide enough for their
        text, the name, profession and region elided (whole in the tooltip); the date
        received and the revision come last."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtGui import QFont, QFontMetrics

        keys = [c.key for c in self.model.columns]
        self.table.ensurePolished()  # the style sheet's font size
        bold = QFont(self.table.font())
        bold.setBold(True)
        due = max(  # (two digits: a backlog's delays)
            QFontMetrics(bold).horizontalAdvance(
                QCoreApplication.translate("WorklistModel", t, "", 99).format("00.00.0000")
            )
            for t in ("{0} — overdue by %n w.d.", "{0} — %n w.d. left")
        )
        fm = self.table.fontMetrics()
        # the open statuses (what the worklist shows at first) whole, the others may elide
        status = max(fm.horizontalAdvance(status_name(k)) for k in OPEN_STATUSES)
        widths = {
            "portal_id": 95,
            "name": 175,
            "due": due + 14,
            "status": status + 14,
            "holder": 105,
            "duplicates": 40,
            "profession": 125,
            "region": 95,
            "received": 90,
            "revision": 45,
        }
        fit_columns(self.table, tuple(widths.get(k, 90) for k in keys))
        header = self.table.horizontalHeader()
        for to, key in enumerate(ESSENTIAL + ("received", "revision")):
            header.moveSection(header.visualIndex(keys.index(key)), to)

    # -- text -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._updating = True
        self.search.setPlaceholderText(self.tr("Search: name (either script), IIN or number"))
        current = self.status.currentData()
        self.status.clear()
        self.status.addItem(self.tr("Awaiting decision"), "open")
        self.status.addItem(self.tr("All statuses"), "all")
        for key in STATUS_NAMES:
            self.status.addItem(status_name(key), key)
        i = self.status.findData(current)
        self.status.setCurrentIndex(max(i, 0))
        self.region.fill(self.tr("All regions"))
        self.profession.fill(self.tr("All professions"))
        self.overdue.setText(self.tr("Overdue"))
        self.due_today.setText(self.tr("Due today"))
        self.received_label.setText(self.tr("Received:"))
        self.save_button.setText(self.tr("Save filter…"))
        self.delete_button.setText(self.tr("Delete the saved filter"))
        self.reset_button.setText(self.tr("Reset"))
        self._fill_saved()
        self._updating = False
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    # -- filter state ----------------------------------------------------------------------
    def current_status(self) -> str:
        """The status choice shown: ``open``, ``all`` or one status."""
        return str(self.status.currentData())

    def state(self) -> FilterState:
        st = self.status.currentData()
        statuses = list(OPEN_STATUSES) if st == "open" else [] if st in (None, "all") else [st]
        start, end = self.received.value()
        q = self.model.query
        return {
            "statuses": statuses,
            "region": self.region.code(),
            "profession": self.profession.code(),
            "overdue": self.overdue.isChecked(),
            "due_today": self.due_today.isChecked(),
            "from": iso(start),
            "to": iso(end),
            "search": self.search.text().strip(),
            "sort": q.sort if q else "due_date",
            "descending": q.descending if q else False,
        }

    def apply_state(self, s: FilterState) -> None:
        self._updating = True
        key = status_key(s.get("statuses"))
        self.status.setCurrentIndex(max(self.status.findData(key), 0))
        self.region.set_code(text_or_none(s.get("region")) if self.ctx.actor.is_admin else None)
        self.profession.set_code(text_or_none(s.get("profession")))
        self.overdue.setChecked(bool(s.get("overdue")))
        self.due_today.setChecked(bool(s.get("due_today")))
        self.received.set_value(from_iso(s.get("from")), from_iso(s.get("to")))
        self.search.blockSignals(True)
        self.search.setText(str(s.get("search") or ""))
        self.search.blockSignals(False)
        self._sort = (str(s.get("sort") or "due_date"), bool(s.get("descending")))
        self._updating = False

    def current_filter(self) -> WorklistFilter:
        from models.db.entities import Status

        st = self.status.currentData()
        statuses = list(OPEN_STATUSES) if st == "open" else [] if st in (None, "all") else [st]
        start, end = self.received.value()
        sort, desc = self._sort
        if self.model.query is not None:
            sort, desc = self.model.query.sort, self.model.query.descending
        return self._filter_cls(
            statuses=tuple(Status(x) for x in statuses),
            region=self.region.code(),
            profession=self.profession.code(),
            overdue=self.overdue.isChecked(),
            due_today=self.due_today.isChecked(),
            received_from=start,
            received_to=end,
            search=self.search.text().strip(),
            sort=sort,
            descending=desc,
            drill=self.drill_banner.drill,
        )

    def show_sort_indicator(self) -> None:
        """The header arrow on the column the rows are sorted by (restored or saved)."""
        q = self.model.query
        sort, desc = (q.sort, q.descending) if q else self._sort
        col = next((i for i, c in enumerate(self.model.columns) if c.sort_key == sort), -1)
        header = self.table.horizontalHeader()
        header.blockSignals(True)  # the rows are already in this order: no second query
        header.setSortIndicator(
            col, Qt.SortOrder.DescendingOrder if desc else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(False)
        header.viewport().update()

    def _sorted(self, _col: int, _order: Qt.SortOrder) -> None:
        if not self._updating and self.model.query is not None:
            self.ctx.save_json("worklist/last_filter", self.state())

    def refilter(self) -> None:
        if self._updating:
            return
        self._search_timer.stop()
        f = self.current_filter()
        if f == self.model.query:
            return
        self.model.set_query(f)
        self.ctx.save_json("worklist/last_filter", self.state())
        self.filter_changed.emit(self.current_status())

    def _search_now(self) -> None:
        self.refilter()

    def show_status(self, status: str | None) -> None:
        """Navigation: show one status (None = all, "open" = awaiting decision)."""
        self._updating = True
        self.status.setCurrentIndex(max(self.status.findData(status or "all"), 0))
        self._updating = False
        self.refilter()

    def reset(self) -> None:
        self.drill_banner.set_drill(None)
        self.apply_state({"statuses": list(OPEN_STATUSES)})
        self.refilter()

    def reload(self) -> None:
        self.model.reload()

    # -- saved filters ---------------------------------------------------------------------
    def _saved_filters(self) -> dict[str, FilterState]:
        v = self.ctx.load_json("worklist/saved_filters", {})
        return v if isinstance(v, dict) else {}

    def _fill_saved(self) -> None:
        self.saved.clear()
        self.saved.addItem(self.tr("Saved filters"), None)
        for name in sorted(self._saved_filters()):
            self.saved.addItem(name, name)
        self._can_delete()

    def _can_delete(self) -> None:
        """"Delete" names its object, and works only on a saved filter that is chosen."""
        self.delete_button.setEnabled(bool(self.saved.currentData()))

    def save_filter(self, name: str | None = None) -> None:
        if not name:
            name, ok = QInputDialog.getText(self, self.tr("Save filter"), self.tr("Name:"))
            if not ok or not name.strip():
                return
        saved = self._saved_filters()
        saved[name.strip()] = self.state()
        self.ctx.save_json("worklist/saved_filters", saved)
        self._fill_saved()
        self.saved.setCurrentIndex(self.saved.findData(name.strip()))

    def delete_filter(self) -> None:
        name = self.saved.currentData()
        if not name:
            return
        saved = self._saved_filters()
        saved.pop(name, None)
        self.ctx.save_json("worklist/saved_filters", saved)
        self._fill_saved()

    def _apply_saved(self, _i: int) -> None:
        name = self.saved.currentData()
        s = self._saved_filters().get(name) if name else None
        if s:
            self.apply_state(s)
            sort, desc = str(s.get("sort") or "due_date"), bool(s.get("descending"))
            f = dataclasses.replace(self.current_filter(), sort=sort, descending=desc)
            if f != self.model.query:
                self.model.set_query(f)
                self.ctx.save_json("worklist/last_filter", self.state())
                self.filter_changed.emit(self.current_status())
            self.show_sort_indicator()

    # -- table -----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _open_index(self, index: QModelIndex) -> None:
        item = self.model.row_at(index.row()) if index.isValid() else None
        if item is not None:
            self.open_requested.emit(item.portal_id)

    def current_portal_id(self) -> str | None:
        index = self.table.currentIndex()
        item = self.model.row_at(index.row()) if index.isValid() else None
        return item.portal_id if item is not None else None

    def _loading(self, busy: bool) -> None:
        if busy:
            self.count_label.setText(self.tr("Loading…"))

    def _reloaded(self, n: int) -> None:
        self._show_count()
        if n and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _show_count(self) -> None:
        if self.model.is_loading():
            return
        n = self.model.total()
        if self.model.is_counting():
            self.count_label.setText(self.tr("Applications: %Ln+ (counting…)", "", n))
        else:
            self.count_label.setText(self.tr("Applications: %Ln", "", n))

    def _failed(self, exc: BaseException) -> None:
        msg = domain_message(exc, self.ctx.lang)
        if msg is None:
            raise exc
        self.count_label.setText(msg)

    def save_layout(self) -> None:
        save_table(self.table, self.ctx, "worklist")
