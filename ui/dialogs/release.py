"""An administrator releases someone else's hold on an application: the reason is required."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class ReleaseDialog(QDialog):
    def __init__(self, portal_id: str, holder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReleaseDialog")
        self.setWindowTitle(self.tr("Release the hold — {0}").format(portal_id))
        self.intro = QLabel(
            self.tr(
                "{0} is working on application {1}. Release it so that someone else can take "
                "it? {0} will be told, with your reason."
            ).format(holder, portal_id)
        )
        self.intro.setWordWrap(True)
        self.reason_label = QLabel(self.tr("Reason:"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaximumHeight(100)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Release"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.reason_label)
        lay.addWidget(self.reason)
        lay.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        self.resize(460, 240)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.reason.toPlainText().strip()))

    def launch(self) -> str | None:
        """Show modally; the reason, or None when cancelled. Tests patch this."""
        if self.exec() == QDialog.DialogCode.Accepted:
            return self.reason.toPlainText().strip()
        return None
