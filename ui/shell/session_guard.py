"""The idle lock: after the idle time of the shared settings (or Ctrl+L) personal data is
hidden until the same user enters the password again (checked by the user service)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QToolTip, QWidget

from ui.context import AppContext
from ui.dialogs import messages
from ui.dialogs.lock import Cover, LockDialog
from ui.shell.activity import ActivityMonitor
from ui.text import domain_message

if TYPE_CHECKING:
    from models.actor import Actor
    from models.people.security_settings import SecuritySettings

#: the idle lock until the shared setting has been read
DEFAULT_IDLE_LOCK_MINUTES = 15


class SessionGuard(QObject):
    """Locks ``window``: it swaps its screens out on ``locked_changed``; every other window
    of the program is covered (nothing is closed: a half-filled form or an open decision
    dialog keeps its input). Only the signed-in user unlocks; signing out is offered.

    ``activity`` watches the input: its ``idle`` locks, its ``tick`` drives the heartbeat."""

    locked_changed = Signal(bool)
    sign_out_requested = Signal()

    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        on_error: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.window, self.on_error = ctx, window, on_error
        self.locked = False
        self.lock_dialog: LockDialog | None = None
        self.covers: list[Cover] = []
        override = ctx.extra.get("idle_lock_ms")
        #: a fixed idle time (tests, scripts) instead of the shared setting
        self.idle_override_ms = int(override) if override is not None else None
        self.activity = ActivityMonitor(
            self.idle_override_ms or DEFAULT_IDLE_LOCK_MINUTES * 60_000, parent=self
        )
        self.activity.idle.connect(self.lock)

    # -- the shared settings -------------------------------------------------------------------
    def load_settings(self) -> None:
        """Read the idle time of the shared settings in a worker."""
        security = self.ctx.services.security
        self.ctx.workers.start(
            lambda job: security.get(),
            on_done=self.apply_settings,
            on_error=self.on_error,
            name="settings",
        )

    def apply_settings(self, settings: SecuritySettings) -> None:
        if self.idle_override_ms is None:
            minutes = settings.idle_lock_minutes  # a workstation may only lock sooner
            cap = self.ctx.extra.get("idle_lock_cap_minutes")
            if cap is not None:
                minutes = min(minutes, int(cap))
            self.activity.set_timeout_ms(minutes * 60_000)

    # -- locking -------------------------------------------------------------------------------
    def lock(self) -> None:
        """Hide every personal detail until the same user enters the password again."""
        if self.locked:
            return
        self.locked = True
        QToolTip.hideText()
        self.locked_changed.emit(True)
        text = self.tr("Locked")
        for top in QApplication.topLevelWidgets():
            if top is self.window or not top.isVisible() or isinstance(top, LockDialog):
                continue
            self.covers.append(Cover(top, text))
        dlg = LockDialog(self.ctx.actor.login, self.window)
        dlg.unlock_requested.connect(self._try_unlock)
        dlg.sign_out_requested.connect(self._sign_out_from_lock)
        self.lock_dialog = dlg
        dlg.show()
        dlg.raise_()
        dlg.activateWindow()

    def _try_unlock(self, login: str, password: str) -> None:
        dlg = self.lock_dialog
        if dlg is None:
            return
        me = self.ctx.actor
        if login != me.login:
            dlg.fail(
                self.tr(
                    "Only {0} can unlock this window. To work as {1}, sign {0} out first "
                    "(unsaved input is lost)."
                ).format(me.login, login or "…")
            )
            return
        dlg.busy(True)
        users = self.ctx.services.users
        read_only = bool(self.ctx.extra.get("read_only"))  # unlocking writes nothing there

        def done(actor: Actor) -> None:
            if actor.user_id != me.user_id:
                dlg.fail(self.tr("Only {0} can unlock this window.").format(me.login))
            else:
                self.unlock()

        def failed(exc: BaseException) -> None:
            msg = domain_message(exc, self.ctx.lang)
            if msg is None:
                raise exc
            dlg.fail(msg)

        self.ctx.workers.start(
            lambda job: users.authenticate(login, password, me.workstation,
                                           write_optional=read_only),
            on_done=done,
            on_error=failed,
            name="unlock",
        )

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        self._remove_covers()
        self.activity.reset()
        self.locked_changed.emit(False)

    def _remove_covers(self) -> None:
        for c in self.covers:
            c.remove()
        self.covers = []
        if self.lock_dialog is not None:
            self.lock_dialog.finish()
            self.lock_dialog.deleteLater()
            self.lock_dialog = None

    def _sign_out_from_lock(self) -> None:
        if not messages.ask(
            self.window,
            self.tr("Sign out"),
            self.tr("Sign {0} out? Unsaved input in this window is lost.").format(
                self.ctx.actor.login
            ),
        ):
            return
        # dialogs under the covers are cancelled (their exec() returns), then we sign out
        covered = [c.target for c in self.covers]
        self._remove_covers()
        for w in covered:
            if isinstance(w, QDialog):
                w.reject()
        QTimer.singleShot(0, self.sign_out_requested.emit)
