"""The screen lock: personal data hidden until the same user enters the password again.

:class:`LockDialog` is application-modal, so it takes the input even when a decision dialog
is open (that dialog keeps its half-filled state under a :class:`Cover`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.common import grow_to_content


class Cover(QWidget):
    """Hides everything in ``target`` (a window) without touching its state."""

    def __init__(self, target: QWidget, text: str) -> None:
        super().__init__(target)
        self.setObjectName("lock_cover")
        self.setAutoFillBackground(True)
        self.target = target
        self.title = target.windowTitle()
        label = QLabel(text)
        label.setObjectName("lock_cover_text")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        target.setWindowTitle("Tizilim")
        self.setGeometry(target.rect())
        target.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if obj is self.target and e.type() == QEvent.Type.Resize:
            self.setGeometry(self.target.rect())
            self.raise_()
        return False

    def remove(self) -> None:
        self.target.removeEventFilter(self)
        self.target.setWindowTitle(self.title)
        self.hide()
        self.deleteLater()


class LockDialog(QDialog):
    unlock_requested = Signal(str, str)  # login, password
    sign_out_requested = Signal()

    def __init__(self, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LockDialog")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.owner = login
        self.intro = QLabel()
        self.intro.setObjectName("lock_intro")
        self.intro.setWordWrap(True)
        self.login = QLineEdit(login)
        self.login.setObjectName("login")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.sign_out_button = QPushButton()
        self.sign_out_button.setObjectName("sign_out")
        self.login_label = QLabel()
        self.password_label = QLabel()
        form = QFormLayout()
        form.addRow(self.login_label, self.login)
        form.addRow(self.password_label, self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        self.unlock_button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self._closing = False
        self.setMinimumWidth(480)
        self.retranslate()
        self.password.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tizilim — locked"))
        self.intro.setText(
            self.tr(
                "The window is locked: personal data is hidden. {0} can go on after entering "
                "the password; unsaved input is kept. Another user must sign {0} out first."
            ).format(self.owner)
        )
        self.login_label.setText(self.tr("Login:"))
        self.password_label.setText(self.tr("Password:"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.sign_out_button.setText(self.tr("Sign out"))

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def _submit(self) -> None:
        self.unlock_requested.emit(self.login.text().strip(), self.password.text())

    def fail(self, text: str) -> None:
        self.busy(False)
        self.password.clear()
        self.error.setText(text)
        self.error.setVisible(True)
        grow_to_content(self)
        self.password.setFocus()

    def busy(self, on: bool) -> None:
        self.unlock_button.setEnabled(not on)
        self.sign_out_button.setEnabled(not on)

    # the lock goes away only through finish(): not with Esc, not with the close button
    def reject(self) -> None:
        if self._closing:
            super().reject()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(e)

    def closeEvent(self, e: QCloseEvent) -> None:
        if self._closing:
            super().closeEvent(e)
        else:
            e.ignore()

    def finish(self) -> None:
        self._closing = True
        self.password.clear()
        self.accept()
