"""A line above the worklist while it lists the applications behind a figure of the
statistics: what they are, and a button that goes back to the usual list. It keeps the
narrowing (``drill``) the worklist's filter takes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

if TYPE_CHECKING:
    from models.statistics.drill import Drill


class DrillBanner(QWidget):
    """Hidden until :meth:`show_caption`; ``cleared`` when the user asks for the usual list."""

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drill_banner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("drill_clear")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.button)
        self.button.clicked.connect(self.cleared)
        self.caption = ""
        self.drill: Drill | None = None
        self.retranslate()
        self.setVisible(False)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Clear this filter"))
        self.label.setText(self.tr("From the statistics: {0}").format(self.caption))

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def set_drill(self, drill: Drill | None, caption: str = "") -> None:
        """Narrow the worklist to ``drill`` (None: not any more), saying ``caption``."""
        self.drill = drill
        self.caption = caption
        self.retranslate()
        self.setVisible(bool(caption))
