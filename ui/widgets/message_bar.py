"""A bar above the screens for things the user must not miss (a released hold)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message_bar")
        self.label = QLabel()
        self.label.setObjectName("message_text")
        self.label.setWordWrap(True)
        self.close_button = QToolButton()
        self.close_button.setObjectName("message_close")
        self.close_button.setText("×")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 4, 4)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.close_button)
        self.close_button.clicked.connect(self.dismiss)
        self.messages: list[str] = []
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Close"))

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def add(self, text: str) -> None:
        if text in self.messages:
            return
        self.messages.append(text)
        self.label.setText("\n".join(self.messages))
        self.setVisible(True)

    def text(self) -> str:
        return self.label.text()

    def dismiss(self) -> None:
        self.messages = []
        self.label.clear()
        self.setVisible(False)
