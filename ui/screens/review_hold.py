"""Who holds the application shown in the review: the line telling it, "Take" and "Release"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.context import AppContext
from ui.dialogs import messages
from ui.dialogs.release import ReleaseDialog
from ui.text import fmt_since

if TYPE_CHECKING:
    from models.applications.summaries import ApplicationDetail


class HoldBar(QWidget):
    """The hold of one application; takes and releases it in a worker."""

    changed = Signal(str)  # taken or released: the portal id
    failed = Signal()  # the service refused (the message was shown)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: ApplicationDetail | None = None
        self.label = QLabel()
        self.label.setObjectName("hold")
        self.label.setWordWrap(True)
        self.take_button = QPushButton()
        self.take_button.setObjectName("take")
        self.release_button = QPushButton()
        self.release_button.setObjectName("release")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.take_button)
        lay.addWidget(self.release_button)
        self.take_button.clicked.connect(self.take)
        self.release_button.clicked.connect(self.release)

    def retranslate(self) -> None:
        self.take_button.setText(self.tr("Take"))

    def held_by_other(self) -> str:
        """The login of someone else holding the shown application ("" if nobody else)."""
        d = self.detail
        held = d.summary.held_by if d is not None else None
        return held if held and held != self.ctx.actor.login else ""

    def show_hold(self, d: ApplicationDetail, is_open: bool, reviewer: bool) -> None:
        self.detail = d
        s = d.summary
        actor = self.ctx.actor
        since = fmt_since(s.held_since)
        if not is_open:
            text = ""
        elif not s.held_by:
            text = self.tr("Nobody is working on this application.")
        elif s.held_by == actor.login:
            text = self.tr("You hold this application (since {0}).").format(since)
        else:
            text = self.tr("{0} is working on this application (since {1}).").format(
                s.held_by, since
            )
        self.label.setText(text)
        self.label.setProperty("role", "error" if self.held_by_other() else "")
        self.label.style().polish(self.label)
        self.take_button.setVisible(is_open and reviewer and not s.held_by)
        mine = bool(s.held_by) and s.held_by == actor.login
        self.release_button.setVisible(is_open and (mine or (bool(s.held_by) and actor.is_admin)))
        self.release_button.setText(self.tr("Release") if mine else self.tr("Release…"))

    def take(self) -> None:
        if self.detail is None:
            return
        pid = self.detail.summary.portal_id
        svc, actor = self.ctx.services.holds, self.ctx.actor
        self.ctx.workers.start(
            lambda job: svc.take(actor, pid),
            on_done=lambda _r: self.changed.emit(pid),
            on_error=self._failed,
            name="take",
        )

    def make_release_dialog(self, holder: str) -> ReleaseDialog:
        pid = self.detail.summary.portal_id if self.detail is not None else ""
        return ReleaseDialog(pid, holder, self.window())

    def release(self) -> None:
        d = self.detail
        if d is None or not d.summary.held_by:
            return
        pid, holder = d.summary.portal_id, d.summary.held_by
        reason = ""
        if holder != self.ctx.actor.login:
            dlg = self.make_release_dialog(holder)
            got = dlg.launch()
            dlg.deleteLater()
            if got is None:
                return
            reason = got
        svc, actor = self.ctx.services.holds, self.ctx.actor
        self.ctx.workers.start(
            lambda job: svc.release(actor, pid, reason),
            on_done=lambda _r: self.changed.emit(pid),
            on_error=self._failed,
            name="release",
        )

    def _failed(self, exc: BaseException) -> None:
        messages.show_failure(self, exc, self.ctx.lang, self.tr("Work queue"))
        self.failed.emit()
