"""A table model over a SQL query that never holds the whole result.

``rowCount`` is the true count (from the service's ``count``); rows are fetched in pages of
``PAGE`` on demand and kept in a small LRU cache. Reloads (filter, sort, search) and the pages
a scroll needs are read in workers, so the window never freezes even when a sort has no index;
a row whose page is on its way shows as empty for those few milliseconds.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from ui.workers import Job, Workers

log = logging.getLogger(__name__)
#: Where a reload's count runs beside its first page (its own database connection).
_COUNTS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="paged-count")

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_R = Qt.ItemDataRole
#: Roles no paged model answers; the view asks for them for every cell it paints.
_UNUSED_ROLES = frozenset(
    int(r.value)
    for r in (_R.DecorationRole, _R.CheckStateRole, _R.SizeHintRole, _R.StatusTipRole,
              _R.WhatsThisRole, _R.EditRole, _R.AccessibleTextRole,
              _R.AccessibleDescriptionRole)
)
Index = QModelIndex | QPersistentModelIndex
Q = TypeVar("Q")  # what selects the rows (a filter DTO)
R = TypeVar("R")  # one row (a summary DTO)


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English source, translated in ``context`` at display time
    sort_key: str | None = None


class PagedModel(QAbstractTableModel, Generic[Q, R]):
    """Rows of type ``R`` selected by a query of type ``Q``, paged from a service."""

    PAGE = 200
    MAX_PAGES = 16  # at most 3,200 rows in memory
    context = "PagedModel"
    columns: tuple[Column, ...] = ()

    #: Roles answered from a per-row cache, filled once per row by ``cell`` for every
    #: column: the view asks for each of them for every cell of every repaint.
    CACHED_ROLES: tuple[int, ...] = ()
    MAX_VIEWS = 4096
    VIEWS_FOR_MS = 60_000  # kept at most this long

    #: Counting stops at this many rows before the first page is shown (None: always exact);
    #: past it the exact count follows from a second job (``counted``), so a broad search
    #: shows its first rows without waiting for every match to be counted.
    COUNT_AT_MOST: int | None = None
    COUNT_DELAY_MS = 400

    loading = Signal(bool)
    reloaded = Signal(int)
    counted = Signal(int)  # the exact count arrived after the first page
    failed = Signal(object)

    def __init__(self, workers: Workers, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        self.query: Q | None = None
        self._count = 0
        self._pages: OrderedDict[int, list[R]] = OrderedDict()
        self._generation = 0
        self._job: Job | None = None
        self._count_job: Job | None = None
        #: changes whenever rows may move (a reload, the exact count): a page asked for
        #: before that is dropped when it arrives, and asked for again
        self._epoch = 0
        self.count_exact = True  # False while rowCount is COUNT_AT_MOST and counting goes on
        self.fetches = 0  # pages read from SQL (tests, benchmarks)
        self._pending: set[int] = set()
        self._slots = {int(r): i for i, r in enumerate(self.CACHED_ROLES)}
        self._views: dict[int, tuple[tuple[object, ...], ...]] = {}
        if self.CACHED_ROLES:  # cells that tell time ("held since …") are made again
            self._views_timer = QTimer(self)
            self._views_timer.setInterval(self.VIEWS_FOR_MS)
            self._views_timer.timeout.connect(self._views.clear)
            self._views_timer.start()
        #: read missing pages on the GUI thread (tests); default: in a worker, never blocking
        self.sync_fetch = False

    # -- what each list supplies (checked when its class is made) ------------------------------
    #: ``fetch_count(query)``: how many rows; ``fetch_page(query, offset, limit)``: a window
    #: of them in list order; ``cell(item, column, role)``: what one cell shows for a role.
    fetch_count: Callable[[Q], int]
    fetch_page: Callable[[Q, int, int], list[R]]
    cell: Callable[[R, Column, int], object]
    _SUPPLIED = ("fetch_count", "fetch_page", "cell")

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        missing = [n for n in cls._SUPPLIED if not callable(getattr(cls, n, None))]
        if missing:
            raise TypeError(f"{cls.__name__} does not define {', '.join(missing)}")

    def fetch_reversed(self, query: Q, offset: int, limit: int) -> list[R] | None:
        """``limit`` rows from ``offset`` of the list in reverse order (the far half of a long
        list is read this way: SQL then skips few rows); None where the model cannot."""
        return None

    def _fetch(self, query: Q, offset: int, limit: int, total: int, exact: bool) -> list[R]:
        """One window of rows. ``total`` and ``exact`` are the count as the GUI knew it when
        the window was asked for (a worker must not read them later: a reload or the exact
        count may have changed them meanwhile)."""
        if exact and total and offset > total // 2:
            start = max(0, total - offset - limit)
            rows = self.fetch_reversed(query, start, min(limit, total - offset))
            if rows is not None:
                return list(reversed(rows))
        return self.fetch_page(query, offset, limit)

    def fetch_count_at_most(self, query: Q, at_most: int) -> int:
        """The count, or ``at_most`` when there are at least that many (override where the
        service can stop counting early; an exact count above ``at_most`` is taken as such)."""
        return min(self.fetch_count(query), at_most)

    def prepare(self, query: Q) -> object:
        """Work done in the reload job besides count and first page (e.g. a calendar)."""
        return None

    def apply_prepared(self, prepared: object) -> None:
        """Take what :meth:`prepare` made (on the GUI thread, as the new rows arrive)."""

    # -- loading -------------------------------------------------------------------------------
    def set_query(self, query: Q) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
        """Count and first page in a worker; the view keeps its rows until they arrive."""
        if self.query is None:
            return
        self._generation += 1
        gen, query = self._generation, self.query
        if self._job is not None:
            self._job.cancel()
        if self._count_job is not None:
            self._count_job.cancel()
            self._count_job = None
        cap = self.COUNT_AT_MOST

        def work(job: Job) -> tuple[int, int, bool, list[R], object]:
            prepared = self.prepare(query)
            if job.cancelled():  # superseded: its result would be dropped anyway
                return gen, 0, True, [], prepared
            if cap is None:
                n, exact = self.fetch_count(query), True
                first = self.fetch_page(query, 0, min(self.PAGE, n)) if n else []
                return gen, n, exact, first, prepared
            # the count (stopping at cap) and the first page at once, on two connections
            counting = _COUNTS.submit(self.fetch_count_at_most, query, cap)
            try:
                first = self.fetch_page(query, 0, self.PAGE)
            except BaseException:
                counting.cancel()  # (a count already running just ends unread)
                raise
            n = counting.result()
            exact = n != cap  # more than cap: the service counted exactly all the same
            return gen, n, exact, first[:n] if exact else first, prepared

        self.loading.emit(True)
        self._job = self.workers.start(
            work,
            on_done=self._loaded,
            on_error=lambda exc: self._load_failed(exc) if gen == self._generation else None,
            name=type(self).__name__ + ".reload",
        )

    def _loaded(self, result: tuple[int, int, bool, list[R], object]) -> None:
        gen, n, exact, first, prepared = result
        if gen != self._generation:
            return
        self._job = None
        self.beginResetModel()
        self.apply_prepared(prepared)
        self._count = n
        self.count_exact = exact
        self._pages.clear()
        self._views.clear()
        self._pending.clear()
        self._epoch += 1
        self._pages[0] = first
        self.endResetModel()
        if not exact:
            self._count_rest(gen)
        self.loading.emit(False)
        self.reloaded.emit(n)

    def _count_rest(self, gen: int) -> None:
        """The exact count in a worker, started after ``COUNT_DELAY_MS`` unless the query has
        changed by then (a search typed on, another filter: its count would only compete with
        the next page for the database); rows are added to (or taken from) the view when it
        arrives, without a reset (the selection and scroll position stay)."""
        QTimer.singleShot(self.COUNT_DELAY_MS, self, lambda: self._start_count(gen))

    def _start_count(self, gen: int) -> None:
        query = self.query
        if gen != self._generation or self.count_exact or query is None:
            return

        def work(job: Job) -> tuple[int, int]:
            return gen, self.fetch_count(query)

        self._count_job = self.workers.start(
            work,
            on_done=self._counted,
            on_error=lambda exc: self._count_failed(exc, gen),
            name=type(self).__name__ + ".count",
        )

    def _counted(self, result: tuple[int, int]) -> None:
        gen, n = result
        if gen != self._generation:
            return
        self._count_job = None
        self._epoch += 1  # pages asked for while the count was open were read forwards only
        old = self._count
        if n > old:
            self.beginInsertRows(QModelIndex(), old, n - 1)
            self._count = n
            self.endInsertRows()
        elif n < old:
            self.beginRemoveRows(QModelIndex(), n, old - 1)
            self._count = n
            self.endRemoveRows()
        self.count_exact = True
        self.counted.emit(n)

    def _count_failed(self, exc: BaseException, gen: int) -> None:
        """The list stays as far as it was counted; the view says why (Refresh retries)."""
        if gen != self._generation:
            return
        self._count_job = None
        log.error("counting %s failed: %s", type(self).__name__, type(exc).__name__)
        self.failed.emit(exc)

    def _load_failed(self, exc: BaseException) -> None:
        self._job = None
        self.loading.emit(False)
        self.failed.emit(exc)

    def is_loading(self) -> bool:
        return self._job is not None

    def is_counting(self) -> bool:
        """The first rows are shown and the exact count is still on its way."""
        return not self.count_exact

    def total(self) -> int:
        return self._count

    def row_at(self, row: int) -> R | None:
        """The row object, or None while its page is being read in the background."""
        if row < 0 or row >= self._count:
            return None
        n = row // self.PAGE
        page = self._pages.get(n)
        if page is None:
            if self.sync_fetch:
                page = self._read_page(n)
                self._store(n, page)
            else:
                self._request(n)
                return None
        else:
            self._pages.move_to_end(n)
        i = row - n * self.PAGE
        return page[i] if i < len(page) else None

    def cached_rows_from(self, match: Callable[[R], bool]) -> tuple[int | None, list[R]]:
        """The position of the first row already read that ``match``es (None: none) and the
        rows read after it, up to the first row not read (nothing is read from SQL)."""
        for n in sorted(self._pages):
            for i, item in enumerate(self._pages[n]):
                if match(item):
                    row = n * self.PAGE + i
                    after: list[R] = []
                    r = row + 1
                    while r < self._count:
                        page = self._pages.get(r // self.PAGE)
                        k = r - (r // self.PAGE) * self.PAGE
                        if page is None or k >= len(page):
                            break
                        after.append(page[k])
                        r += 1
                    return row, after
        return None, []

    def _read_page(self, n: int) -> list[R]:
        if self.query is None:  # (no rows before a query was read)
            return []
        self.fetches += 1
        return self._fetch(self.query, n * self.PAGE, self.PAGE, self._count, self.count_exact)

    def _store(self, n: int, page: list[R]) -> None:
        self._pages[n] = page
        for r in range(n * self.PAGE, (n + 1) * self.PAGE):  # cells painted from a page before
            self._views.pop(r, None)
        while len(self._pages) > self.MAX_PAGES:
            gone, _rows = self._pages.popitem(last=False)
            for r in range(gone * self.PAGE, (gone + 1) * self.PAGE):  # painted only if read
                self._views.pop(r, None)

    def _request(self, n: int) -> None:
        """Read page ``n`` in a worker; the rows repaint when it arrives."""
        query = self.query
        if n in self._pending or query is None:
            return
        epoch = self._epoch
        total, exact = self._count, self.count_exact
        self._pending.add(n)

        def work(job: Job) -> tuple[int, int, list[R]]:
            return epoch, n, self._fetch(query, n * self.PAGE, self.PAGE, total, exact)

        self.fetches += 1
        self.workers.start(
            work,
            on_done=self._page_arrived,
            on_error=self._page_failed,
            name=type(self).__name__ + ".page",
        )

    def _page_arrived(self, result: tuple[int, int, list[R]]) -> None:
        epoch, n, page = result
        self._pending.discard(n)
        if epoch == self._epoch:
            self._store(n, page)
        # also when it was dropped: the view asks again for what it still shows
        first = n * self.PAGE
        last = min(self._count, first + self.PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def _page_failed(self, exc: BaseException) -> None:
        log.error("a page of %s failed: %s", type(self).__name__, type(exc).__name__)
        self._pending.clear()

    def pending(self) -> int:
        return len(self._pending)

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    def holds(self, first: int, last: int) -> bool:
        """Whether rows ``first``..``last`` are read (nothing is asked for; benchmarks)."""
        for r in range(max(first, 0), min(last + 1, self._count)):
            page = self._pages.get(r // self.PAGE)
            if page is None or r % self.PAGE >= len(page):
                return False
        return True

    # -- Qt --------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role in _UNUSED_ROLES or not index.isValid():
            return None
        slot = self._slots.get(role)
        if slot is not None:
            r = index.row()
            view = self._views.get(r)
            if view is None:
                item = self.row_at(r)
                if item is None:
                    return None
                if len(self._views) >= self.MAX_VIEWS:
                    self._views.clear()
                view = self._views[r] = tuple(
                    tuple(self.cell(item, c, ro) for c in self.columns)
                    for ro in self.CACHED_ROLES
                )
            return view[slot][index.column()]
        item = self.row_at(index.row())
        if item is None:
            return None
        if role == ROW_ROLE:
            return item
        return self.cell(item, self.columns[index.column()], role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return QCoreApplication.translate(self.context, self.columns[section].title)
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def retranslate(self) -> None:
        """Headers and translated cells changed language."""
        self._views.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._count:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._count - 1, len(self.columns) - 1)
            )
