"""Small shared widgets: a catalog combo, an optional date range, table setup."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, QDate, QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext

DATE_DISPLAY = "dd.MM.yyyy"
#: what a window frame adds around a window's content (Windows 10: borders and title bar)
FRAME = QSize(16, 39)


def available_size(w: QWidget) -> QSize:
    """The room for the content of a window on ``w``'s screen (its parent's, else the primary
    screen's): the screen less the taskbar (Qt's available geometry) less a window frame."""
    anchor = w.parentWidget() or w
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() - FRAME


def grow_to_content(w: QWidget) -> None:
    """A line appeared (an error under the fields): ``w`` grows as tall as its layout needs
    at its width, within the screen, so that nothing is squashed; it never shrinks."""
    lay = w.layout()
    if lay is None:
        return
    lay.activate()
    need = (
        lay.totalHeightForWidth(w.width())
        if lay.hasHeightForWidth()
        else lay.totalSizeHint().height()
    )
    room = available_size(w).height()
    if need > w.height():
        w.resize(w.width(), min(need, room))


def fit_to_screen(w: QWidget, preferred: QSize) -> None:
    """Resize ``w`` to ``preferred``, or smaller to fit the screen (its layout then scrolls or
    wraps what does not fit)."""
    w.resize(preferred.boundedTo(available_size(w)).expandedTo(w.minimumSizeHint()))


class CatalogCombo(QComboBox):
    """Items of one catalog in the interface language, with an optional "all" entry."""

    def __init__(
        self,
        ctx: AppContext,
        catalog: str,
        all_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.catalog, self.all_text = ctx, catalog, all_text
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # narrow enough for 1366 px screens; the popup shows whole names, the tooltip too
        self.setMinimumContentsLength(10)
        self.currentIndexChanged.connect(lambda _i: self.setToolTip(self.currentText()))
        self.fill()

    def fill(self, all_text: str | None = None) -> None:
        if all_text is not None:
            self.all_text = all_text
        current = self.code()
        self.blockSignals(True)
        self.clear()
        if self.all_text is not None:
            self.addItem(self.all_text, None)
        for item in self.ctx.services.catalogs.values(self.catalog):
            self.addItem(item.text(self.ctx.lang), item.code)
            self.setItemData(
                self.count() - 1, item.ru if self.ctx.lang == "kk" else item.kk, 3
            )  # tooltip: the other language
        self.set_code(current)
        self.blockSignals(False)

    def code(self) -> str | None:
        code = self.currentData()
        return code if isinstance(code, str) else None

    def set_code(self, code: str | None) -> None:
        i = self.findData(code)
        self.setCurrentIndex(i if i >= 0 else 0)


class Details(QWidget):
    """A "Details" toggle over technical text (a driver's error) under a translated lead
    sentence; hidden while there is no detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setObjectName("details_toggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.text = QLabel()
        self.text.setObjectName("details")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setVisible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.text)
        self.toggle.toggled.connect(self._toggled)
        self.set_details("")
        self.retranslate()

    def retranslate(self) -> None:
        self.toggle.setText(self.tr("Details"))

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def _toggled(self, on: bool) -> None:
        self.text.setVisible(on)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def set_details(self, text: str) -> None:
        self.text.setText(text)
        self.toggle.setChecked(False)
        self.setVisible(bool(text))


def technical_detail(exc: BaseException) -> str:
    """The driver's own words (first lines, bounded), for the "Details" part only."""
    lines = [x for x in str(exc).splitlines() if x.strip()][:4]
    return (type(exc).__name__ + ": " + " ".join(lines))[:500]


class FlowLayout(QLayout):
    """Widgets left to right, wrapping onto the next line when the row is too narrow
    (filter rows fit a 1366 px screen in either language)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add(self, *widgets: QWidget) -> None:
        for w in widgets:
            self.addWidget(w)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, i: int) -> QLayoutItem | None:
        return self._items[i] if 0 <= i < len(self._items) else None

    def takeAt(self, i: int) -> QLayoutItem | None:
        return self._items.pop(i) if 0 <= i < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        w = sum(i.sizeHint().width() for i in self._visible()) + self._spacing * max(
            0, len(self._visible()) - 1
        )
        h = max((i.sizeHint().height() for i in self._visible()), default=0)
        m = self.contentsMargins()
        return QSize(w + m.left() + m.right(), h + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self._spacing, 0
            if apply:
                w = min(hint.width(), area.width())
                item.setGeometry(QRect(QPoint(x, y), QSize(w, hint.height())))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


def qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class DateRange(QWidget):
    """ "From … to …" with a checkbox that turns the range on."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.start = QDateEdit()
        self.end = QDateEdit()
        self.dash = QLabel("—")
        today = dt.date.today()
        for w, d in ((self.start, today - dt.timedelta(days=30)), (self.end, today)):
            w.setDisplayFormat(DATE_DISPLAY)
            w.setCalendarPopup(True)
            w.setDate(qdate(d))
            w.setEnabled(False)
            w.dateChanged.connect(lambda _d: self.changed.emit())
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.enabled)
        lay.addWidget(self.start)
        lay.addWidget(self.dash)
        lay.addWidget(self.end)
        self.enabled.toggled.connect(self._toggle)

    def _toggle(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)
        self.changed.emit()

    def value(self) -> tuple[dt.date | None, dt.date | None]:
        if not self.enabled.isChecked():
            return None, None
        return pydate(self.start.date()), pydate(self.end.date())

    def set_value(self, start: dt.date | None, end: dt.date | None) -> None:
        self.blockSignals(True)
        self.enabled.setChecked(bool(start or end))
        if start:
            self.start.setDate(qdate(start))
        if end:
            self.end.setDate(qdate(end))
        self.blockSignals(False)


def setup_table(view: QTableView, ctx: AppContext | None = None, key: str = "") -> None:
    """Row selection, alternating colours, restored column widths."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setHighlightSections(False)
    if ctx is not None and key:
        state = ctx.settings.value(f"tables/{key}")
        if isinstance(state, QByteArray) and not state.isEmpty():
            view.horizontalHeader().restoreState(state)


def fit_columns(view: QTableView, widths: tuple[int, ...]) -> None:
    """Column widths: at least ``widths``, and wide enough for the header text (with the
    sort arrow and the padding)."""
    model = view.model()
    header = view.horizontalHeader()
    header.ensurePolished()
    fm = header.fontMetrics()
    for col, w in enumerate(widths):
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        view.setColumnWidth(col, max(w, fm.horizontalAdvance(title) + 26))


def save_table(view: QTableView, ctx: AppContext, key: str) -> None:
    ctx.settings.setValue(f"tables/{key}", view.horizontalHeader().saveState())


def iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def from_iso(s: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(s)) if s else None
    except ValueError:
        return None
