"""Sign-in: login, password and the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import LANGUAGE_NAMES, LANGUAGES, QT_TRANSLATE_NOOP
from ui.widgets.common import Details, grow_to_content, technical_detail

READ_ONLY_TITLE = QT_TRANSLATE_NOOP("SignInDialog", "Read-only workstation")
READ_ONLY_TEXT = QT_TRANSLATE_NOOP(
    "SignInDialog",
    "The database cannot be written from this workstation (a read-only file or connection, a "
    "full disk, or a long lock). You can look up and print, but decisions and other changes "
    "will be refused, and this sign-in is not in the audit log.",
)


def read_only_notice() -> tuple[str, str]:
    """The title and text shown after signing in to a database that cannot be written."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("SignInDialog", text)

    return tr(READ_ONLY_TITLE), tr(READ_ONLY_TEXT)


class SignInDialog(QDialog):
    """Emits ``submitted(login, password)``; the caller checks it in a worker and calls
    :meth:`fail` or accepts. Changing the language emits ``language_chosen`` at once."""

    submitted = Signal(str, str)
    language_chosen = Signal(str)

    def __init__(self, lang: str, login: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SignInDialog")
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.login = QLineEdit(login)
        self.login.setObjectName("login")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(lang) if lang in LANGUAGES else 1)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.details = Details()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.form = QFormLayout()
        self.login_label, self.password_label, self.language_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.login_label, self.login)
        self.form.addRow(self.password_label, self.password)
        self.form.addRow(self.language_label, self.language)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(self.form)
        lay.addWidget(self.error)
        lay.addWidget(self.details)
        lay.addWidget(self.buttons)

        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData())
        )
        self.setMinimumWidth(420)
        self.retranslate()
        (self.password if login else self.login).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tizilim — sign in"))
        self.title.setText(self.tr("Registry of specialists who provide special social services"))
        self.login_label.setText(self.tr("Login:"))
        self.password_label.setText(self.tr("Password:"))
        self.language_label.setText(self.tr("Language:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _submit(self) -> None:
        if not self.login.text().strip() or not self.password.text():
            self.fail(self.tr("Enter your login and password."))
            return
        self.set_busy(True)
        self.submitted.emit(self.login.text().strip(), self.password.text())

    def set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        if busy:
            self.error.setVisible(False)
            self.details.set_details("")
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def fail_database(self, exc: BaseException) -> None:
        """The database could not be opened: a plain sentence, the driver's text under
        "Details"."""
        self.fail(
            self.tr(
                "Cannot open the database. Check that the database file or server is "
                "available and try again; ask your administrator if it persists."
            ),
            technical_detail(exc),
        )

    def fail(self, message: str, details: str = "") -> None:
        self.set_busy(False)
        self.error.setText(message)
        self.error.setVisible(True)
        self.details.set_details(details)
        grow_to_content(self)  # the fields keep their height under a long message
        self.password.selectAll()
        self.password.setFocus()
