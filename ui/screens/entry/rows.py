"""Repeated rows of the entry form (education, employment) and the field value helpers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.widgets.common import CatalogCombo


def field_text(w: QWidget) -> str | None:
    """A field's value: a catalog code, or the stripped text (None when empty)."""
    if isinstance(w, CatalogCombo):
        return w.code()
    assert isinstance(w, QLineEdit)
    return w.text().strip() or None


def set_field(w: QWidget, value: object) -> None:
    """Show ``value`` in a field (a catalog code or text; None empties it)."""
    if isinstance(w, CatalogCombo):
        w.set_code(None if value is None else str(value))
    elif isinstance(w, QLineEdit):
        w.setText("" if value is None else str(value))


class RowGroup(QGroupBox):
    """A group box of rows ``<key>[n].<column>`` (no limit: the validator checks them all),
    a message line under each row and one under the group, and "Add" below.

    The fields and message lines go into the form's ``fields`` and ``msgs`` (shared), so the
    form reads and validates them like its other fields."""

    changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        key: str,
        cols: tuple[str, ...],
        fields: dict[str, QWidget],
        msgs: dict[str, QLabel],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.key, self.cols = ctx, key, cols
        self.fields, self.msgs = fields, msgs
        self.count = 0
        self.remove_buttons: list[QPushButton] = []
        outer = QVBoxLayout(self)
        self.grid = QGridLayout()
        outer.addLayout(self.grid)
        self.heads: list[QLabel] = []
        for c in range(len(cols)):
            h = QLabel()
            self.heads.append(h)
            self.grid.addWidget(h, 0, c)
        gmsg = QLabel()
        gmsg.setObjectName("msg_" + key)
        gmsg.setProperty("role", "error")
        gmsg.setVisible(False)
        msgs[key] = gmsg
        outer.addWidget(gmsg)
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_" + key)
        self.add_button.clicked.connect(lambda _c=False: self.add_row())
        outer.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_texts(self, heads: Sequence[str], add: str) -> None:
        """The column heads and the "Add" button's text (the form's wording)."""
        for h, text in zip(self.heads, heads, strict=True):
            h.setText(text)
        self.add_button.setText(add)

    def retranslate(self) -> None:
        for n in range(1, self.count + 1):
            combo = self.fields.get(f"{self.key}[{n}].level")
            if isinstance(combo, CatalogCombo):
                combo.fill(self.tr("— choose —"))
        for rm in self.remove_buttons:
            rm.setToolTip(self.tr("Remove this row"))

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def add_row(self) -> None:
        """One more row at the end."""
        n = self.count + 1
        self.count = n
        for c, name in enumerate(self.cols):
            fk = f"{self.key}[{n}].{name}"
            if name == "level":
                combo = CatalogCombo(self.ctx, "education_levels", self.tr("— choose —"))
                combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
                w: QWidget = combo
            else:
                line = QLineEdit()
                if name in ("start", "end"):
                    line.setMaximumWidth(110)
                    line.setPlaceholderText(self.tr("dd.mm.yyyy"))
                line.textChanged.connect(lambda _t: self.changed.emit())
                w = line
            w.setObjectName(fk)
            self.fields[fk] = w
            self.grid.addWidget(w, 2 * n - 1, c)
        rm = QPushButton("✕")
        rm.setObjectName(f"remove_{self.key}[{n}]")
        rm.setToolTip(self.tr("Remove this row"))
        rm.setMaximumWidth(32)
        rm.clicked.connect(lambda _c=False, n=n: self.remove_row(n))
        self.remove_buttons.append(rm)
        self.grid.addWidget(rm, 2 * n - 1, len(self.cols))
        msg = QLabel()
        msg.setObjectName(f"msg_{self.key}[{n}]")
        msg.setProperty("role", "error")
        msg.setWordWrap(True)
        msg.setVisible(False)
        self.msgs[f"{self.key}[{n}]"] = msg
        self.grid.addWidget(msg, 2 * n, 0, 1, len(self.cols) + 1)
        self.changed.emit()

    def remove_row(self, n: int) -> None:
        """Remove row ``n``; the rows below move up."""
        last, key = self.count, self.key
        if not 1 <= n <= last:
            return
        for m in range(n, last):
            for c in self.cols:
                value = field_text(self.fields[f"{key}[{m + 1}].{c}"])
                set_field(self.fields[f"{key}[{m}].{c}"], value)
        for c in self.cols:
            self.fields.pop(f"{key}[{last}].{c}").deleteLater()
        self.remove_buttons.pop().deleteLater()
        self.msgs.pop(f"{key}[{last}]").deleteLater()
        self.count = last - 1
        self.changed.emit()

    def set_rows(self, n: int) -> None:
        """Exactly ``n`` rows (added or removed at the end)."""
        while self.count < n:
            self.add_row()
        while self.count > n:
            self.remove_row(self.count)
