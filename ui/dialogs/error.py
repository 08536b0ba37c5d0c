"""The dialog for an unexpected error: a short message, details to copy, keep working."""

from __future__ import annotations

import platform
import sys

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.common import fit_to_screen


def details_text(tb: str) -> str:
    from PySide6 import __version__ as pyside

    return (
        f"Tizilim\nPython {sys.version.split()[0]}, PySide6 {pyside}, {platform.platform()}\n\n{tb}"
    )


class ErrorDialog(QDialog):
    """Shows what happened in one sentence; the technical details are folded and copyable."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setVisible(False)
        self.copy_button = QPushButton()
        self.show_button = QPushButton()
        self.show_button.setCheckable(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        lay = QVBoxLayout(self)
        lay.addWidget(self.message)
        lay.addWidget(self.text)
        lay.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button.toggled.connect(self._show_details)
        self.resize(520, 160)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unexpected error"))
        self.message.setText(
            self.tr(
                "Something went wrong. Your data is safe and the program keeps running. "
                "The details were written to the log file; copy them for the administrator."
            )
        )
        self.copy_button.setText(self.tr("Copy details"))
        self.show_button.setText(self.tr("Details"))

    def _show_details(self, on: bool) -> None:
        """The details open in a window tall enough to read them (within the screen)."""
        self.text.setVisible(on)
        if on:
            fit_to_screen(self, QSize(max(self.width(), 680), 440))
        else:
            self.resize(self.width(), self.minimumSizeHint().height())

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)
