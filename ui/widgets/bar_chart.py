"""A small bar chart painted with QPainter: bars up or across, values on the bars, a legend,
a tooltip, and a click on a bar reported with the bar's category and series.

Chosen over Qt Charts (docs/statistics.md): Qt Charts comes only with the whole
PySide6-Addons wheel (175 MB to download, 418 MB installed, where PySide6-Essentials is
234 MB), is GPLv3 or commercial rather than LGPL, and a chart of a few dozen bars needs none
of its machinery.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

PALETTE = ("#2f6db5", "#e08a2c", "#c0392b", "#3c9d5d")
BAR = 14  # a horizontal bar's thickness; a column's widest width


@dataclass(frozen=True)
class Series:
    name: str
    values: list[float]


class BarChart(QWidget):
    """Bars over ``categories``, one per series; ``clicked(category, series)`` on a click."""

    clicked = Signal(int, int)

    def __init__(self, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.categories: list[str] = []
        self.tips: list[str] = []
        self.series: list[Series] = []
        self.title = ""
        self._bars: list[tuple[QRectF, int, int]] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(self, title: str, categories: list[str], series: list[Series],
                 tips: list[str] | None = None) -> None:
        """Show these bars (``tips``: a tooltip per category, e.g. a whole name)."""
        self.title, self.categories, self.series = title, categories, series
        self.tips = tips or categories
        if self.horizontal:  # every bar shows: the scroll area gives the room
            self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        if self.horizontal:
            per = max(1, len(self.series)) * (BAR + 2) + 6
            return QSize(420, 2 * fm.height() + 24 + per * max(1, len(self.categories)))
        return QSize(420, 230)

    def heightForWidth(self, _w: int) -> int:
        return self.sizeHint().height()

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, _e: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        r = QRectF(self.rect()).adjusted(6, 4, -6, -4)
        bold = self.font()
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(self.palette().windowText().color())
        p.drawText(r.adjusted(0, 0, 0, 0), Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(self.font())
        top = r.top() + fm.height() + 4
        if len(self.series) > 1:
            top = self._legend(p, fm, r.left(), top) + 4
        body = QRectF(r.left(), top, r.width(), r.bottom() - top)
        self._bars = []
        peak = max((max(s.values, default=0.0) for s in self.series), default=0.0)
        if not self.categories or body.height() < 10:
            return
        if self.horizontal:
            self._paint_across(p, fm, body, max(peak, 1.0))
        else:
            self._paint_up(p, fm, body, max(peak, 1.0))

    def _legend(self, p: QPainter, fm: QFontMetrics, x: float, y: float) -> float:
        for i, s in enumerate(self.series):
            p.fillRect(QRectF(x, y + 3, 10, 10), QColor(PALETTE[i % len(PALETTE)]))
            p.drawText(QPointF(x + 14, y + fm.ascent()), s.name)
            x += 14 + fm.horizontalAdvance(s.name) + 16
        return y + fm.height()

    def _paint_across(self, p: QPainter, fm: QFontMetrics, body: QRectF, peak: float) -> None:
        names = min(body.width() * 0.4, max(fm.horizontalAdvance(c) for c in self.categories) + 8)
        room = body.width() - names - fm.horizontalAdvance("999 999") - 8
        per = max(1, len(self.series)) * (BAR + 2) + 6
        for ci, cat in enumerate(self.categories):
            y = body.top() + ci * per
            text = fm.elidedText(cat, Qt.TextElideMode.ElideRight, int(names - 8))
            p.setPen(self.palette().windowText().color())
            p.drawText(QRectF(body.left(), y, names - 8, per - 6),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            for si, s in enumerate(self.series):
                v = s.values[ci]
                bar = QRectF(body.left() + names, y + si * (BAR + 2),
                             max(1.0, room * v / peak), BAR)
                self._bar(p, bar, si, ci)
                p.setPen(self.palette().windowText().color())
                p.drawText(QPointF(bar.right() + 4, bar.top() + fm.ascent() - 1), _num(v))

    def _paint_up(self, p: QPainter, fm: QFontMetrics, body: QRectF, peak: float) -> None:
        label_h = fm.height() + 4
        plot = body.adjusted(0, fm.height() + 2, 0, -label_h)
        n, k = len(self.categories), max(1, len(self.series))
        slot = plot.width() / n
        width = min(BAR * 3.0, (slot - 8) / k)
        p.setPen(QPen(self.palette().mid().color()))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        for ci, cat in enumerate(self.categories):
            x0 = plot.left() + ci * slot + (slot - width * k) / 2
            for si, s in enumerate(self.series):
                v = s.values[ci]
                h = plot.height() * v / peak
                bar = QRectF(x0 + si * width, plot.bottom() - h, width - 2, max(1.0, h))
                self._bar(p, bar, si, ci)
                p.setPen(self.palette().windowText().color())
                p.drawText(QRectF(bar.left() - 20, bar.top() - fm.height() - 1,
                                  bar.width() + 40, fm.height()),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, _num(v))
            text = fm.elidedText(cat, Qt.TextElideMode.ElideRight, int(slot - 4))
            p.drawText(QRectF(plot.left() + ci * slot, plot.bottom() + 2, slot, label_h),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)

    def _bar(self, p: QPainter, rect: QRectF, series: int, category: int) -> None:
        p.fillRect(rect, QColor(PALETTE[series % len(PALETTE)]))
        self._bars.append((rect.adjusted(-1, -3, 1, 3), category, series))

    # -- pointing ------------------------------------------------------------------------------
    def bar_at(self, x: float, y: float) -> tuple[int, int] | None:
        """The (category, series) of the bar under a point of the widget, if any."""
        for rect, c, s in self._bars:
            if rect.contains(QPointF(x, y)):
                return c, s
        return None

    def bar_center(self, category: int, series: int = 0) -> QPointF:
        """The middle of a painted bar (tests click there)."""
        for rect, c, s in self._bars:
            if (c, s) == (category, series):
                return rect.center()
        raise KeyError((category, series))

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        hit = self.bar_at(e.position().x(), e.position().y())
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
        if hit:
            c, s = hit
            name = f"{self.series[s].name}: " if len(self.series) > 1 else ""
            QToolTip.showText(e.globalPosition().toPoint(),
                              f"{self.tips[c]}\n{name}{_num(self.series[s].values[c])}", self)
        super().mouseMoveEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        if e.button() == Qt.MouseButton.LeftButton:
            hit = self.bar_at(e.position().x(), e.position().y())
            if hit:
                self.clicked.emit(*hit)
        super().mouseReleaseEvent(e)


def _num(v: float) -> str:
    return f"{int(v):,}".replace(",", " ") if float(v).is_integer() else f"{v:.1f}"
