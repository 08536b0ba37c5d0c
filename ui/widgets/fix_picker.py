"""The fields and documents a return marks for correction, each with an optional short note:
a tree of the registry form's columns, their sub-fields and each education and employment
record of the application, with a check box on each and the note beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.applications.fixes import MAX_NOTE, FixField, field_label, field_names

FIELD_ROLE = Qt.ItemDataRole.UserRole
#: fields whose parent is not written in their name
PARENT = {"last_name": "full_name", "first_name": "full_name", "middle_name": "full_name",
          "phone": "contacts", "email": "contacts"}
#: what names a record in the tree (its institution, its organisation)
RECORD_NAME = {"education": "institution", "employment": "organization"}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def fields_of(data: dict[str, Any]) -> list[tuple[str, str | None]]:
    """Every field a return of ``data`` can mark, with its parent (None: a column), in the
    form's order; records once per record the revision has."""
    out: list[tuple[str, str | None]] = []
    for name in field_names():
        if "[n]" not in name:
            parent = PARENT.get(name) or (name.rsplit(".", 1)[0] if "." in name else None)
            out.append((name, parent))
            continue
        group, _, sub = name.partition("[n]")
        for n in range(1, len(data.get(group) or []) + 1):
            record = f"{group}[{n}]"
            out.append((record + sub, record if sub else group))
    return out


class FixPicker(QWidget):
    """Check what the applicant must correct; the note of the current field is typed below."""

    changed = Signal()

    def __init__(self, data: dict[str, Any], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data, self.lang = data, lang
        self.tree = QTreeWidget()
        self.tree.setObjectName("fix_fields")
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 130)
        self.items: dict[str, QTreeWidgetItem] = {}
        for field, above in fields_of(data):
            owner = self.items.get(above) if above else None
            item = (QTreeWidgetItem(owner) if owner is not None
                    else QTreeWidgetItem(self.tree))
            item.setData(0, FIELD_ROLE, field)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            self.items[field] = item
        for item in self.items.values():
            if item.parent() is None:
                item.setExpanded(True)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setObjectName("fix_note")
        self.note.setMaxLength(MAX_NOTE)
        self.note.setClearButtonEnabled(True)
        self.note_label.setBuddy(self.note)
        self.count = QLabel()
        self.count.setObjectName("fix_count")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.count)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.note_label)
        lay.addWidget(self.note)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(lambda _c, _p: self._show_note())
        self.note.textEdited.connect(self._note_edited)
        self.retranslate()
        first = next(iter(self.items.values()), None)
        if first is not None:
            self.tree.setCurrentItem(first)

    # -- text -------------------------------------------------------------------------------
    def label(self, field: str) -> str:
        """The field's name in the tree: a sub-field without its column's name."""
        full = field_label(field, self.lang)
        item = self.items[field]
        if item.parent() is None:
            return _cap(full)
        if field.endswith("]"):  # a record: its number and what it is
            group = field.split("[", 1)[0]
            n = int(field[field.index("[") + 1:-1])
            records = self.data.get(group) or []
            name = records[n - 1].get(RECORD_NAME[group]) if n <= len(records) else ""
            short = full.rsplit(", ", 1)[-1]
            return _cap(f"{short} — {name}" if name else short)
        return _cap(full.rsplit(": ", 1)[-1])

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Field or document"), self.tr("Note")])
        self.tree.blockSignals(True)
        for field, item in self.items.items():
            item.setText(0, self.label(field))
            item.setToolTip(0, _cap(field_label(field, self.lang)))
        self.tree.blockSignals(False)
        self.note.setPlaceholderText(self.tr("optional, up to {0} characters").format(MAX_NOTE))
        self._show_note()
        self._count()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    # -- state ------------------------------------------------------------------------------
    def check(self, field: str, on: bool = True) -> None:
        self.items[field].setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def marked(self) -> list[str]:
        return [f for f, item in self.items.items()
                if item.checkState(0) == Qt.CheckState.Checked]

    def fixes(self) -> tuple[FixField, ...]:
        """The marked fields with their notes, in the form's order."""
        return tuple(FixField(f, " ".join(self.items[f].text(1).split())) for f in self.marked())

    def _current_field(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, FIELD_ROLE) if item is not None else None

    def _show_note(self) -> None:
        field = self._current_field()
        self.note.setEnabled(field is not None)
        self.note_label.setText(
            self.tr("Note on «{0}»:").format(self.label(field)) if field
            else self.tr("Note:"))
        self.note.setText(self.items[field].text(1) if field else "")

    def _note_edited(self, text: str) -> None:
        field = self._current_field()
        if field is None:
            return
        item = self.items[field]
        self.tree.blockSignals(True)
        item.setText(1, text)
        item.setToolTip(1, text)
        if text.strip():  # a note marks its field
            item.setCheckState(0, Qt.CheckState.Checked)
        self.tree.blockSignals(False)
        self._count()
        self.changed.emit()

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            self.tree.setCurrentItem(item)
            self._count()
            self.changed.emit()

    def _count(self) -> None:
        self.count.setText(self.tr("Marked: %n", "", len(self.marked())))
