"""Message boxes for expected problems (translated, never a traceback).

Every message goes through :func:`show` so tests can patch one place.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.text import domain_message


def show(parent: QWidget | None, kind: str, title: str, text: str) -> None:
    """``kind``: info, warning or error. Non-blocking for the caller's data (modal box)."""
    box = QMessageBox(parent)
    box.setIcon(
        {"info": QMessageBox.Icon.Information, "warning": QMessageBox.Icon.Warning}.get(
            kind, QMessageBox.Icon.Critical
        )
    )
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/No question; True for Yes."""
    r = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return r == QMessageBox.StandardButton.Yes


def show_failure(parent: QWidget | None, exc: BaseException, lang: str, title: str) -> None:
    """A domain error as a warning; anything else goes to the crash dialog via excepthook."""
    msg = domain_message(exc, lang)
    if msg is None:
        raise exc
    show(parent, "warning", title, msg)
