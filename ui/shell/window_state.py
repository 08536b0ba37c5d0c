"""The main window's geometry, toolbars, splitter and table layouts, kept between runs."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtWidgets import QMainWindow, QSplitter

from ui.widgets.common import fit_to_screen


class HasLayout(Protocol):
    def save_layout(self) -> None: ...


def restore(w: QMainWindow, s: QSettings, splitter: QSplitter) -> None:
    """As the user left it; the first time, the whole screen (less the taskbar)."""
    geo = s.value("window/geometry")
    if isinstance(geo, QByteArray) and not geo.isEmpty():
        w.restoreGeometry(geo)  # (Qt moves it onto the screen if that changed)
    else:
        fit_to_screen(w, QSize(1360, 800))
        w.setWindowState(w.windowState() | Qt.WindowState.WindowMaximized)
    st = s.value("window/state")
    if isinstance(st, QByteArray) and not st.isEmpty():
        w.restoreState(st)
    sp = s.value("window/splitter")
    if isinstance(sp, QByteArray) and not sp.isEmpty():
        splitter.restoreState(sp)


def save(w: QMainWindow, s: QSettings, splitter: QSplitter, tables: Iterable[HasLayout]) -> None:
    """Everything :func:`restore` reads, and each table's columns."""
    s.setValue("window/geometry", w.saveGeometry())
    s.setValue("window/state", w.saveState())
    s.setValue("window/splitter", splitter.saveState())
    for t in tables:
        t.save_layout()
    s.sync()
