"""The worklist screen: filters, debounced search, the paged table, the bulk bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.screens.worklist_bulk import WorklistBulk
from ui.screens.worklist_filter import (
    OPEN_STATUSES,
    FilterState,
    opening_filter,
    saved_filter_state,
    status_key,
    text_or_none,
)
from ui.screens.worklist_saved import SavedFilters
from ui.screens.worklist_table import ESSENTIAL, WorklistTable, default_layout
from ui.tables.worklist import WorklistModel
from ui.text import STATUS_NAMES, domain_message, status_name
from ui.widgets.common import (
    CatalogCombo,
    DateRange,
    FlowLayout,
    from_iso,
    iso,
    save_table,
    setup_table,
)
from ui.widgets.drill_banner import DrillBanner

if TYPE_CHECKING:
    from models.applications.worklist import WorklistFilter

#: what other modules import from here
__all__ = ["ESSENTIAL", "OPEN_STATUSES", "WorklistView", "opening_filter"]

SEARCH_DELAY_MS = 250


class WorklistView(SavedFilters):
    """The worklist: filters, search, saved filters, the paged table with check boxes and
    the bulk bar under it."""

    open_requested = Signal(str)  # portal id

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
        self.table.use_checks()
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
        # under the table: the count, and the bulk bar (checked rows, actions, a day's letters)
        self.bulk = WorklistBulk(ctx, self.model, self)
        self.bulk.finished.connect(lambda _t: self.reload())  # (the window refreshes all)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        for w in self.bulk.widgets():
            bottom.addWidget(w)
        lay.addLayout(bottom)

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
        default_layout(self.table, self.model)

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
        if hasattr(self, "bulk"):
            self.bulk.retranslate()
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
        from models.enums import Status

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
