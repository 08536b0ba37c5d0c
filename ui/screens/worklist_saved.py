"""Saved filters of the worklist: save the current one under a name, apply, delete."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QInputDialog, QPushButton, QWidget

from ui.context import AppContext
from ui.screens.worklist_filter import FilterState

if TYPE_CHECKING:
    from models.applications.worklist import WorklistFilter
    from ui.tables.worklist import WorklistModel


class SavedFilters(QWidget):
    """The saved-filter part of :class:`~ui.screens.worklist.WorklistView` (a mixin: the
    view has the combo, the buttons and the filter state)."""

    filter_changed = Signal(str)  # the status choice now shown: "open", "all" or a status
    ctx: AppContext
    model: WorklistModel
    saved: QComboBox
    delete_button: QPushButton

    # the view's own methods, declared for the type checker (no stubs at run time)
    state: Callable[[], FilterState]
    apply_state: Callable[[FilterState], None]
    current_filter: Callable[[], WorklistFilter]
    current_status: Callable[[], str]
    show_sort_indicator: Callable[[], None]

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
