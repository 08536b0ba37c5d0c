"""Help → About: the program's version and the database in use (kind, where, schema)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


@dataclass(frozen=True)
class AboutFacts:
    """What the dialog shows (gathered off the GUI thread)."""

    version: str
    db_kind: str
    db_location: str
    revision: str | None
    program_revision: str
    log_path: str
    settings_path: str


class AboutDialog(QDialog):
    def __init__(self, facts: AboutFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.facts = facts
        self.text = QLabel()
        self.text.setObjectName("about_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(buttons)
        self.setWindowTitle(self.tr("About Tizilim"))
        f = facts
        lines = [
            self.tr("Tizilim {0} — the registry of specialists who provide special social "
                    "services.").format(f.version),
            self.tr("Database: {0}, {1}").format(f.db_kind, f.db_location),
            self.tr("Schema revision: {0} (this program: {1})").format(
                f.revision or "—", f.program_revision),
            self.tr("Log: {0}").format(f.log_path),
            self.tr("Settings: {0}").format(f.settings_path),
        ]
        self.text.setText("\n".join(lines))
        self.resize(560, 200)
