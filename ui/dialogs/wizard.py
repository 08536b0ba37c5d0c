"""First run: where the database lives, then the first administrator."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui.i18n import LANGUAGE_NAMES, LANGUAGES
from ui.text import domain_message, position_hint
from ui.widgets.common import Details, technical_detail
from ui.workers import Workers

MIN_PASSWORD = 12


@dataclass(frozen=True)
class FirstRun:
    url: str
    login: str
    full_name: str
    password: str
    position: str = ""  # with the full name, what the administrator's letters are signed with


class DatabasePage(QWizardPage):
    def __init__(
        self,
        default_file: str,
        check: Callable[[str], None],
        workers: Workers,
        lang: Callable[[], str],
    ) -> None:
        super().__init__()
        self._check, self._workers, self._lang = check, workers, lang
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.local = QRadioButton()
        self.local.setObjectName("local")
        self.server = QRadioButton()
        self.server.setObjectName("server")
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.local.setChecked(True)
        self.file = QLineEdit(default_file)
        self.file.setObjectName("file")
        self.url = QLineEdit()
        self.url.setObjectName("url")
        self.url.setPlaceholderText("postgresql://user@host:5432/tizilim")
        self.test = QPushButton()
        self.test.setObjectName("test")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.details = Details()
        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(self.test)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.local)
        lay.addWidget(self.file)
        lay.addSpacing(8)
        lay.addWidget(self.server)
        lay.addLayout(row)
        lay.addWidget(self.status)
        lay.addWidget(self.details)
        lay.addStretch(1)
        self.local.toggled.connect(self._toggle)
        self.test.clicked.connect(self.test_connection)
        self.url.textChanged.connect(lambda _t: self._clear_status())
        self._toggle()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Database"))
        self.intro.setText(
            self.tr(
                "Where should Tizilim keep its data? A single office can use a local file; "
                "several workstations share one PostgreSQL server."
            )
        )
        self.local.setText(self.tr("Local database file (recommended for one workstation)"))
        self.server.setText(self.tr("PostgreSQL server"))
        self.test.setText(self.tr("Test connection"))

    def _toggle(self) -> None:
        self.file.setEnabled(self.local.isChecked())
        self.url.setEnabled(self.server.isChecked())
        self.test.setEnabled(self.server.isChecked())
        self._clear_status()
        self.completeChanged.emit()

    def _clear_status(self) -> None:
        self.status.clear()
        self.details.set_details("")

    def chosen_url(self) -> str:
        if self.local.isChecked():
            return "sqlite:///" + self.file.text().strip()
        return self.url.text().strip()

    def isComplete(self) -> bool:
        if self.local.isChecked():
            return bool(self.file.text().strip())
        return self.url.text().strip().startswith(("postgresql://", "postgresql+psycopg://"))

    def test_connection(self) -> None:
        url = self.chosen_url()
        self.test.setEnabled(False)
        self.status.setText(self.tr("Connecting…"))
        self._workers.start(
            lambda job: self._check(url),
            on_done=self._tested_ok,
            on_error=self._tested_bad,
            name="check-connection",
        )

    def _tested_ok(self, _r: object) -> None:
        self.test.setEnabled(True)
        self.status.setText(self.tr("Connection succeeded."))

    def _tested_bad(self, exc: BaseException) -> None:
        self.test.setEnabled(True)
        msg = domain_message(exc, self._lang())
        self.status.setText(
            msg
            or self.tr(
                "Could not connect to the server. Check the address, the user name and "
                "password, and that the server is running."
            )
        )
        self.details.set_details("" if msg else technical_detail(exc))


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.login = QLineEdit("admin")
        self.login.setObjectName("login")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.full_name.setMaxLength(200)
        self.position = QLineEdit()
        self.position.setObjectName("position")
        self.position.setMaxLength(200)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        for w in (self.password, self.repeat):
            w.setEchoMode(QLineEdit.EchoMode.Password)
            w.textChanged.connect(self._changed)
        self.login.textChanged.connect(self._changed)
        self.full_name.textChanged.connect(self._changed)
        self.position.textChanged.connect(self._changed)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.details = Details()
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for lab, w in zip(
            self.labels,
            (self.login, self.full_name, self.position, self.password, self.repeat),
            strict=True,
        ):
            form.addRow(lab, w)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(form)
        lay.addWidget(self.hint)
        lay.addWidget(self.details)
        lay.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.position.setPlaceholderText(position_hint())
        self.setTitle(self.tr("First administrator"))
        self.intro.setText(
            self.tr(
                "Create the administrator's account. There is no default password: choose one "
                "of at least 12 characters. The full name and the position sign the decision "
                "letters."
            )
        )
        for lab, text in zip(
            self.labels,
            (
                self.tr("Login:"),
                self.tr("Full name:"),
                self.tr("Position:"),
                self.tr("Password:"),
                self.tr("Repeat password:"),
            ),
            strict=True,
        ):
            lab.setText(text)
        self._changed()

    def problem(self) -> str:
        if not self.login.text().strip() or " " in self.login.text().strip():
            return self.tr("Enter a login without spaces.")
        if not self.full_name.text().strip() or not self.position.text().strip():
            return self.tr(
                "Enter the administrator's full name and position: decision letters are "
                "signed with them."
            )
        if len(self.password.text()) < MIN_PASSWORD:
            return self.tr("The password must be at least 12 characters long.")
        if self.password.text() != self.repeat.text():
            return self.tr("The passwords do not match.")
        return ""

    def _changed(self, *_a: object) -> None:
        self.hint.setText(self.problem())
        self.details.set_details("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problem()


class FirstRunWizard(QWizard):
    """``setup(FirstRun)`` runs in a worker when Finish is pressed; the wizard closes when
    it succeeded and shows the problem otherwise. The first page offers the interface
    language; choosing one emits ``language_chosen`` at once (the texts switch live)."""

    language_chosen = Signal(str)

    def __init__(
        self,
        default_file: str,
        check: Callable[[str], None],
        setup: Callable[[FirstRun], object],
        workers: Workers,
        lang: Callable[[], str],
        fixed_url: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunWizard")
        self._setup, self._workers, self._lang = setup, workers, lang
        self.fixed_url = fixed_url
        self.db_page = DatabasePage(default_file, check, workers, lang)
        self.admin_page = AdminPage()
        if fixed_url is None:
            self.addPage(self.db_page)
        self.addPage(self.admin_page)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        current = lang()
        self.language.setCurrentIndex(LANGUAGES.index(current) if current in LANGUAGES else 1)
        self.language_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        first = self.db_page if fixed_url is None else self.admin_page
        layout = first.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, row)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(str(self.language.currentData()))
        )
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.result_value: FirstRun | None = None
        self.resize(620, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tizilim — first run"))
        self.language_label.setText(self.tr("Language:"))
        self.db_page.retranslate()
        self.admin_page.retranslate()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def value(self) -> FirstRun:
        url = self.fixed_url or self.db_page.chosen_url()
        p = self.admin_page
        return FirstRun(
            url,
            p.login.text().strip(),
            " ".join(p.full_name.text().split()),
            p.password.text(),
            " ".join(p.position.text().split()),
        )

    def accept(self) -> None:
        value = self.value()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.admin_page.hint.setText(self.tr("Creating the database…"))
        self._workers.start(
            lambda job: self._setup(value),
            on_done=self._done,
            on_error=self._failed,
            name="first-run",
        )

    def _done(self, _r: object) -> None:
        self.unsetCursor()
        self.result_value = self.value()
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.unsetCursor()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        msg = domain_message(exc, self._lang())
        self.admin_page.hint.setText(
            msg
            or self.tr(
                "The database could not be created. Check that the folder or server is "
                "available and that you may write to it."
            )
        )
        self.admin_page.details.set_details("" if msg else technical_detail(exc))
