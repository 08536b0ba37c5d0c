"""File → Settings: this workstation's database, language, idle lock and log level.

The dialog edits plain values (:class:`WorkstationChoices`); the desktop program loads and
saves them (``desktop/settings.py``). A changed database takes effect at the next start.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.files import open_file
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, QT_TRANSLATE_NOOP

#: the logging levels offered, with what each keeps in the log
LOG_LEVELS = {
    "DEBUG": QT_TRANSLATE_NOOP("WorkstationSettingsDialog", "everything (for support)"),
    "INFO": QT_TRANSLATE_NOOP("WorkstationSettingsDialog", "usual"),
    "WARNING": QT_TRANSLATE_NOOP("WorkstationSettingsDialog", "warnings and errors"),
    "ERROR": QT_TRANSLATE_NOOP("WorkstationSettingsDialog", "errors only"),
}


@dataclass(frozen=True)
class WorkstationChoices:
    database_url: str | None  # None: the file in the user data folder
    language: str
    idle_lock_minutes: int | None  # None: the shared policy alone
    log_level: str


class WorkstationSettingsDialog(QDialog):
    """Edits :class:`WorkstationChoices`; ``choices()`` gives the result after ``exec``."""

    def __init__(self, current: WorkstationChoices, settings_file: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WorkstationSettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.database = QLineEdit(current.database_url or "")
        self.database.setObjectName("database")
        self.database.setMinimumWidth(360)  # a path or a server URL must be readable
        self.database.setPlaceholderText(self.tr("the file in the user data folder"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.database, 1)
        row.addWidget(browse)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(current.language), 0))
        self.idle = QSpinBox()
        self.idle.setObjectName("idle_lock_minutes")
        self.idle.setRange(0, 1440)
        self.idle.setSpecialValueText(self.tr("as the administrator set"))
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(current.idle_lock_minutes or 0)
        self.level = QComboBox()
        self.level.setObjectName("log_level")
        for level, words in LOG_LEVELS.items():
            self.level.addItem(QCoreApplication.translate("WorkstationSettingsDialog", words),
                               level)
        found = self.level.findData(current.log_level)
        self.level.setCurrentIndex(found if found >= 0 else 1)  # unknown: the usual
        form = QFormLayout()
        form.addRow(self.tr("Database (file or server URL):"), row)
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Lock the screen sooner, after:"), self.idle)
        form.addRow(self.tr("Log detail:"), self.level)
        note = QLabel(self.tr("A new database is used from the next start. Saved in {0}")
                      .format(settings_file))
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(buttons)

    def _browse(self) -> None:
        path = open_file(self, self.tr("Database file"), self.tr("SQLite database (*.db)"))
        if path:
            self.database.setText("sqlite:///" + path)

    def choices(self) -> WorkstationChoices:
        text = self.database.text().strip()
        if text and "://" not in text:  # a plain file path
            text = "sqlite:///" + text
        return WorkstationChoices(
            text or None,
            str(self.language.currentData()),
            self.idle.value() or None,
            str(self.level.currentData()),
        )

    def launch(self) -> WorkstationChoices | None:
        """Show modally; the choices if saved (tests patch this)."""
        return self.choices() if self.exec() == QDialog.DialogCode.Accepted else None
