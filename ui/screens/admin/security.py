"""Administration, the security settings tab: shared by every workstation of the database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.screens.admin.common import run

if TYPE_CHECKING:
    from models.people.security_settings import SecuritySettings

C = "SecurityTab"
#: setting name → its spin box label (the ranges come from models.settings.LIMITS)
SETTING_LABELS = {
    "idle_lock_minutes": QT_TRANSLATE_NOOP("SecurityTab", "Lock the screen after idle minutes:"),
    "hold_expiry_minutes": QT_TRANSLATE_NOOP(
        "SecurityTab", "A hold on an application expires after idle minutes:"
    ),
    "max_failed_attempts": QT_TRANSLATE_NOOP(
        "SecurityTab", "Failed sign-in attempts before the account locks:"
    ),
    "lockout_minutes": QT_TRANSLATE_NOOP("SecurityTab", "The account stays locked for minutes:"),
}


class SecurityTab(QWidget):
    """Read each time the tab is shown; Save stores every value at once."""

    saved = Signal(object)  # the SecuritySettings now in effect

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from models.people.security_settings import LIMITS

        self.ctx = ctx
        self.spins: dict[str, QSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for name in SETTING_LABELS:
            spin = QSpinBox()
            spin.setObjectName(name)
            spin.setRange(*LIMITS[name])
            spin.setMinimumWidth(100)
            label = QLabel()
            self.spins[name] = spin
            self.labels[name] = label
            form.addRow(label, spin)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_settings")
        self.result = QLabel()
        self.result.setObjectName("settings_result")
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(form)
        bar = QHBoxLayout()
        bar.addWidget(self.save_button)
        bar.addWidget(self.result, 1)
        lay.addLayout(bar)
        lay.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("These settings apply to every workstation of this database."))
        for name, label in self.labels.items():
            label.setText(QCoreApplication.translate(C, SETTING_LABELS[name]))
        self.save_button.setText(self.tr("Save"))

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def load(self) -> None:
        svc = self.ctx.services.security
        run(self, self.ctx, lambda job: svc.get(), self._show)

    def _show(self, settings: SecuritySettings) -> None:
        for name, spin in self.spins.items():
            spin.setValue(int(getattr(settings, name)))

    def save(self) -> None:
        svc, actor = self.ctx.services.security, self.ctx.actor
        changes = {name: spin.value() for name, spin in self.spins.items()}
        self.result.setText("")
        run(self, self.ctx, lambda job: svc.update(actor, **changes), self._saved)

    def _saved(self, settings: SecuritySettings) -> None:
        self._show(settings)
        self.result.setText(self.tr("Saved."))
        self.result.setProperty("role", "ok")
        self.result.style().polish(self.result)
        self.saved.emit(settings)
