"""The unexpected-error dialog with the log's location, and the trace of an earlier crash."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.dialogs.error import ErrorDialog


class CrashDialog(ErrorDialog):
    """:class:`ErrorDialog` that also says where the log is (support asks for it)."""

    def __init__(self, details: str, log_path: Path, parent: QWidget | None = None,
                 *, earlier_crash: Path | None = None) -> None:
        super().__init__(details, parent)
        self.log_path = log_path
        self.earlier_crash = earlier_crash
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setObjectName("CrashDialog")
        lay = self.layout()
        assert isinstance(lay, QVBoxLayout)
        lay.insertWidget(1, self.where)
        self.retranslate()
        if earlier_crash is not None:  # the trace is the point: show it at once
            self.show_button.setChecked(True)

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "where"):  # called by the base class before ours is built
            return
        if self.earlier_crash is not None:
            self.setWindowTitle(self.tr("Tizilim closed unexpectedly"))
            self.message.setText(self.tr(
                "Tizilim closed unexpectedly the last time it ran. It left a technical trace "
                "(no personal data); copy it for your administrator."))
            self.where.setText(self.tr("Trace: {0}\nLog: {1}").format(
                str(self.earlier_crash), str(self.log_path)))
        else:
            self.where.setText(self.tr("Log: {0}").format(str(self.log_path)))
