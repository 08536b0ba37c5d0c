"""The progress of a database upgrade at start (SQLite: a copy is saved first)."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget


class UpgradeDialog(QDialog):
    """Shown while the schema is upgraded; cannot be cancelled (each step is atomic)."""

    def __init__(self, current: str, head: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UpgradeDialog")
        self.setWindowTitle(self.tr("Upgrading the database"))
        self.text = QLabel(self.tr(
            "The database is at schema {0}; this version of Tizilim needs {1}. A copy of the "
            "database is saved beside it first.").format(current, head))
        self.text.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(self.bar)
        self.resize(480, 120)

    def step(self, percent: int, text: str) -> None:
        self.bar.setRange(0, 100)
        self.bar.setValue(percent)
        if text:
            self.bar.setFormat(f"%p% — {text}")

    def closeEvent(self, e: QCloseEvent) -> None:
        e.ignore()
