"""The navigation pane: the worklist by status with its counts, then the other screens."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from ui.context import AppContext
from ui.text import STATUS_NAMES, status_name

if TYPE_CHECKING:
    from models.enums import Status

KEY_ROLE = Qt.ItemDataRole.UserRole
#: the counts by status are read again this often
COUNTS_EVERY_MS = 60_000


class Navigation(QTreeWidget):
    """Entries by key: ``worklist:<open|all|status>``, ``entry``, ``import`` (reviewers),
    ``registry``, ``notifications`` and ``statistics`` (reviewers), ``admin``
    (administrators). Choosing one emits ``chosen``. The notifications entry shows how many
    need a person (``attention``)."""

    chosen = Signal(str)  # the key of the entry the user chose

    def __init__(
        self,
        ctx: AppContext,
        may_review: bool,
        on_error: Callable[[BaseException], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("nav")
        self.setHeaderHidden(True)
        self.setIndentation(12)
        # narrow enough for a 1366 px screen: a long entry is broken onto a second line
        self.setMinimumWidth(150)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._texts: dict[str, str] = {}
        self.ctx, self.may_review, self.on_error = ctx, may_review, on_error
        #: applications by status key, with "open" and "all" (empty until first read)
        self.counts: dict[str, int] = {}
        self.items: dict[str, QTreeWidgetItem] = {}
        self.attention = 0  # notifications that need a person (read with the counts)
        if may_review:
            apps = self._item("worklist:open", None)
            self._item("worklist:all", apps)
            for st in STATUS_NAMES:
                self._item(f"worklist:{st}", apps)
            apps.setExpanded(True)
            self._item("entry", None)
            self._item("import", None)
        self._item("registry", None)
        if may_review:
            self._item("notifications", None)
            self._item("statistics", None)
        if ctx.actor.is_admin:
            self._item("admin", None)
        #: the current entry was marked by :meth:`follow` while another screen shows (the
        #: review): a click on it shows its screen again
        self._stale = False
        self.currentItemChanged.connect(self._changed)
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._clicked)
        self._counts_timer = QTimer(self)
        self._counts_timer.setInterval(COUNTS_EVERY_MS)
        self._counts_timer.timeout.connect(self.refresh_counts)
        self._counts_timer.start()
        self.retranslate()

    def _item(self, key: str, parent: QTreeWidgetItem | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent) if parent else QTreeWidgetItem(self)
        item.setData(0, KEY_ROLE, key)
        self.items[key] = item
        return item

    # -- text ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        c = self.counts

        def n(key: str) -> str:  # (a no-break space between thousands: never broken)
            return f" ({c[key]:,})".replace(",", "\u00a0") if key in c else ""

        texts = {
            "worklist:open": self.tr("Awaiting decision") + n("open"),
            "worklist:all": self.tr("All applications") + n("all"),
            "entry": self.tr("Enter an application"),
            "import": self.tr("Import"),
            "registry": self.tr("Registry"),
            "notifications": self.tr("Notifications")
            + (f" ({self.attention:,})".replace(",", "\u00a0") if self.attention else ""),
            "statistics": self.tr("Statistics"),
            "admin": self.tr("Administration"),
        }
        for st in STATUS_NAMES:
            texts[f"worklist:{st}"] = status_name(st) + n(st)
        self._texts = texts
        self._show_texts()

    def _show_texts(self) -> None:
        for key, item in self.items.items():
            text = self._texts.get(key, key)
            item.setText(0, self._fit(text, 1 if item.parent() else 0))
            item.setToolTip(0, text)

    def _fit(self, text: str, depth: int) -> str:
        """``text`` broken into lines as wide as the pane (a tree does not wrap by itself)."""
        room = self.viewport().width() - self.indentation() * (depth + 1) - 12
        fm = self.fontMetrics()
        if room <= 0 or fm.horizontalAdvance(text) <= room:
            return text
        lines: list[str] = []
        line = ""
        for word in text.split(" "):
            longer = f"{line} {word}" if line else word
            if line and fm.horizontalAdvance(longer) > room:
                lines.append(line)
                line = word
            else:
                line = longer
        return "\n".join([*lines, line])

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        if e.size().width() != e.oldSize().width():
            self._show_texts()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def preferred_width(self) -> int:
        """Wide enough for the longest entry with a four-digit count, at most 200 px (the
        worklist's essential columns need the rest of a 1366 px screen; a longer entry
        wraps)."""
        self.ensurePolished()
        fm = self.fontMetrics()
        longest = max(
            (fm.horizontalAdvance(t + " (9 999)") for t in self._texts.values()),
            default=150,
        )
        return min(200, longest + 2 * self.indentation() + 20)

    # -- choosing ------------------------------------------------------------------------------
    def _changed(self, item: QTreeWidgetItem | None, _prev: QTreeWidgetItem | None) -> None:
        self._stale = False
        if item is not None:
            self.chosen.emit(str(item.data(0, KEY_ROLE)))

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if self._stale and item is self.currentItem():
            self._stale = False
            self.chosen.emit(str(item.data(0, KEY_ROLE)))

    def select(self, key: str) -> None:
        """Choose the entry ``key`` (``chosen`` follows, also when it is the current one)."""
        item = self.items[key]
        if self.currentItem() is item:
            self._changed(item, item)
        else:
            self.setCurrentItem(item)

    def follow(self, key: str, shown: bool = True) -> None:
        """Mark ``key`` as current without choosing it; ``shown``: its screen shows (else a
        screen of it does, the review of the worklist: a click on it goes back to it)."""
        item = self.items.get(key)
        if item is not None and self.currentItem() is not item:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)
        self._stale = not shown

    # -- counts --------------------------------------------------------------------------------
    def refresh_counts(self) -> None:
        """Read the counts by status in a worker (reviewers only)."""
        if not self.may_review:
            return
        svc, actor = self.ctx.services.queries, self.ctx.actor
        self.ctx.workers.start(
            lambda job: svc.counts_by_status(actor),
            on_done=self._counted,
            on_error=self.on_error,
            name="counts",
        )
        self.refresh_attention()

    def refresh_attention(self) -> None:
        """Read how many notifications need a person, in a worker."""
        notes, actor = self.ctx.services.notifications, self.ctx.actor
        self.ctx.workers.start(
            lambda job: notes.attention(actor),
            on_done=self._attention,
            on_error=self.on_error,
            name="notifications.count",
        )

    def _attention(self, n: int) -> None:
        self.attention = n
        self.retranslate()

    def _counted(self, counts: dict[Status, int]) -> None:
        c = {k.value: v for k, v in counts.items()}
        c["open"] = c.get("submitted", 0) + c.get("resubmitted", 0)
        c["all"] = sum(v for k, v in c.items() if k != "open")
        self.counts = c
        self.retranslate()

    def stop(self) -> None:
        """The window closes: no more reads."""
        self._counts_timer.stop()
