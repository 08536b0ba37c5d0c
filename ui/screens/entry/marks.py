"""Which messages of the entry form show: a field's once the user has left it, every one
after Save was pressed; nothing is marked before anything was typed."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from ui.screens.entry.record import DateProblem

_ROW_RE = re.compile(r"^(education|employment)\[(\d+)\]")


def line_of(field: str) -> str:
    """The message line a field's messages show on: ``education[2].end`` → ``education[2]``,
    the spin boxes' → ``experience``, others their own."""
    m = _ROW_RE.match(field)
    if m:
        return f"{m[1]}[{m[2]}]"
    if field.startswith("experience"):
        return "experience"
    return field


class Marks(QObject):
    """Watches the fields; ``changed`` when a line is to show now."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.left: set[str] = set()  # message lines of the fields the user has left
        self.show_all = False  # Save was pressed
        self._watched: dict[QWidget, str] = {}

    def watch(self, fields: dict[str, QWidget]) -> None:
        """Watch the fields not watched yet (rows are added as the user goes)."""
        for key, w in fields.items():
            if w not in self._watched:
                self._watched[w] = key
                w.installEventFilter(self)
                w.destroyed.connect(lambda _o=None, w=w: self._watched.pop(w, None))
                if isinstance(w, QComboBox):  # a choice made is a field left
                    w.activated.connect(lambda _i, key=key: self.leave(key))

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if (
            e.type() == QEvent.Type.FocusOut
            and isinstance(e, QFocusEvent)
            and e.reason() != Qt.FocusReason.PopupFocusReason  # a combo's list opened
            and obj in self._watched
        ):
            self.leave(self._watched[obj])
        return False

    def leave(self, field: str) -> None:
        line = line_of(field)
        if line not in self.left:
            self.left.add(line)
            self.changed.emit()

    def save_pressed(self) -> None:
        self.show_all = True
        self.changed.emit()

    def reset(self) -> None:
        """A new, empty form: nothing is marked."""
        self.left.clear()
        self.show_all = False

    def shows(self, line: str) -> bool:
        """Whether message line ``line`` shows now."""
        if self.show_all or line in self.left:
            return True
        if line in ("education", "employment"):  # the list's own line: a row of it was left
            return any(x.startswith(line + "[") for x in self.left)
        if line == "phone":  # "a phone or an e-mail": the e-mail left counts too
            return "email" in self.left
        return False

    def any_left(self) -> bool:
        return self.show_all or bool(self.left)

    def date_text(self, problem: DateProblem) -> str:
        """What is wrong with a typed date, in words."""
        if problem.kind == "day":
            return self.tr("No such date: this month has %n day(s).", "", problem.days)
        if problem.kind == "month":
            return self.tr("No such date: a year has 12 months.")
        return self.tr("Enter the date as dd.mm.yyyy (04.03.1990) or ddmmyyyy (04031990).")

    @staticmethod
    def first_shown(
        msgs: dict[str, QLabel], fields: dict[str, QWidget], form: QWidget
    ) -> QWidget | None:
        """The field of the first message line shown (in the form's order)."""
        for key, lab in msgs.items():
            if lab.isVisibleTo(form) and lab.text():
                w = fields.get(key) or next(
                    (f for k, f in fields.items() if k.startswith(key + ".")), None
                )
                if w is not None:
                    return w
        return None
