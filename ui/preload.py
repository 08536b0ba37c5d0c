"""Modules the main window needs, loaded while the password is typed.

Importing them when sign-in succeeds put their import time (tens of milliseconds, Qt's enums
created on first use) between the click and the first worklist page. The launcher calls
:func:`preload` on the GUI thread once the database is open; nothing here touches data.
"""

from __future__ import annotations

import importlib

MODULES = (
    "ui.context",
    "ui.shell.window",
    "ui.tables.worklist",
    "ui.screens.worklist",
    "ui.screens.review",
    "ui.dialogs.reason",
)


def preload() -> None:
    """Import the main window's modules and warm Qt up (see :func:`warm_widgets`); the
    imports are idempotent, the warm-up runs once per process."""
    global _warmed
    for name in MODULES:
        importlib.import_module(name)
    if not _warmed:
        _warmed = True
        init_qt_types()
        warm_widgets()


_warmed = False


def init_qt_types() -> None:
    """Have PySide6 make every Qt type of the three modules now (about 90 ms here).

    PySide6 creates a type, and the Python enums it holds, the first time it is needed; building
    the main window needed some 140 of them, about 20 ms spread over the first window.
    """
    from PySide6 import QtCore, QtGui, QtWidgets

    for module in (QtCore, QtGui, QtWidgets):
        for name in dir(module):
            getattr(module, name)


def warm_widgets() -> None:
    """Build, lay out and paint (off screen, never shown) a small tree of the widget kinds
    the main window uses, then drop it: Qt's and PySide's first-use work (styles, fonts,
    the Python enums of wrapped types) is done before the window is needed."""
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QDateEdit,
        QHBoxLayout,
        QLabel,
        QLineEdit,
        QMainWindow,
        QPushButton,
        QSplitter,
        QStackedWidget,
        QTableView,
        QTreeWidget,
        QTreeWidgetItem,
        QVBoxLayout,
        QWidget,
    )

    win = QMainWindow()
    split = QSplitter()
    nav = QTreeWidget()
    QTreeWidgetItem(nav, ["·"])
    stack = QStackedWidget()
    page = QWidget()
    lay = QVBoxLayout(page)
    row = QHBoxLayout()
    for w in (QLineEdit(), QComboBox(), QCheckBox("·"), QDateEdit(), QPushButton("·"), QLabel("·")):
        row.addWidget(w)
    lay.addLayout(row)
    table = QTableView()
    model = QStringListModel(["·"] * 30, table)
    table.setModel(model)
    table.setSortingEnabled(True)
    lay.addWidget(table)
    stack.addWidget(page)
    split.addWidget(nav)
    split.addWidget(stack)
    win.setCentralWidget(split)
    win.statusBar().showMessage("·")
    win.menuBar().addMenu("·")
    win.resize(800, 500)
    win.grab()
    win.deleteLater()
