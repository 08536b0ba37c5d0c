"""File dialogs: the platform's own where it has one (Windows, a desktop with a portal);
else Qt's, every word in the interface language (Qt's qtbase translations and our
overrides, :mod:`ui.i18n`) and its columns wide enough for the dates."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QHeaderView, QTreeView, QWidget


class FileDialog(QFileDialog):
    """Qt's file dialog with its detail columns sized to their content when it is Qt's own
    (a native dialog draws itself)."""

    _watching = False

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        model = self.findChild(QFileSystemModel)
        if model is not None and not self._watching:
            self._watching = True
            model.directoryLoaded.connect(
                lambda _p: QTimer.singleShot(0, self, self.fit_columns)
            )
        self.fit_columns()

    def fit_columns(self) -> None:
        tree = self.findChild(QTreeView, "treeView")
        if tree is None:
            return
        header = tree.header()
        for col in range(1, header.count()):  # size, type, date: whole
            tree.resizeColumnToContents(col)
            header.resizeSection(col, max(header.sectionSize(col), header.sectionSizeHint(col)))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def _run(dlg: FileDialog) -> str:
    chosen = dlg.selectedFiles() if dlg.exec() == QFileDialog.DialogCode.Accepted else []
    dlg.deleteLater()
    return chosen[0] if chosen else ""


def open_file(parent: QWidget | None, title: str, filters: str, directory: str = "") -> str:
    """An existing file chosen by the user ("" when cancelled)."""
    dlg = FileDialog(parent, title, directory, filters)
    dlg.setFileMode(QFileDialog.FileMode.ExistingFile)
    dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _run(dlg)


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """Where to save ("" when cancelled); ``suggested``: a file name or a whole path."""
    dlg = FileDialog(parent, title, suggested, filters)
    dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dlg.setFileMode(QFileDialog.FileMode.AnyFile)
    return _run(dlg)
