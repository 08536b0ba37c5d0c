"""First run → sign-in (an older SQLite schema upgraded first) → main window; sign-out comes
back to sign-in. The workstation's settings are :mod:`desktop.settings`; the window's own
state stays in QSettings."""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from desktop import settings as prefs
from desktop.config import config_dir, data_dir, log_dir
from desktop.logs import LOG_NAME
from ui.i18n import Language
from ui.settings import open_settings
from ui.workers import Workers

if TYPE_CHECKING:  # SQLAlchemy and the services load in a worker, after the window shows
    from models.actor import Actor
    from models.services import Services

log = logging.getLogger("tizilim")


def _str(value: object) -> str | None:
    return str(value) if value else None


def configured_url(args: argparse.Namespace, settings: prefs.Settings) -> str | None:
    """``--db``, ``TIZILIM_DB_URL``, the workstation's settings (first-run wizard, File →
    Settings), the file in the user data folder if it exists, or None (first run)."""
    url = getattr(args, "db", None) or os.environ.get("TIZILIM_DB_URL")
    if url:
        return str(url)
    if settings.database_url:
        return settings.database_url
    default = data_dir() / "tizilim.db"
    return "sqlite:///" + str(default) if default.exists() else None


class Launcher(QObject):
    """First run → sign-in → main window; sign-out comes back to sign-in."""

    signed_in = Signal(object)  # the MainWindow
    ready = Signal()  # services built (tests, benchmarks)
    upgraded = Signal(object)  # an UpgradeReport: an older SQLite schema was upgraded

    def __init__(self, app: QApplication, args: argparse.Namespace) -> None:
        super().__init__(app)
        self.app, self.args = app, args
        self.settings = open_settings(config_dir())  # the window's state (QSettings)
        loaded = prefs.load(config_dir())
        self.prefs = prefs.with_legacy(loaded, {
            "database/url": _str(self.settings.value("database/url")),
            "language": _str(self.settings.value("language"))})
        self.settings_notice = loaded.notice
        self.language = Language(self)
        self.language.set(self.prefs.language or getattr(args, "lang", None) or "ru")
        self.language.changed.connect(self._language_saved)
        self.log_path = log_dir() / LOG_NAME
        self.workers = Workers(self)
        self.services: Services | None = None
        self.state = ""
        self.url: str | None = None
        self.signin: Any = None
        self.wizard: Any = None
        self.window: Any = None
        self._pending: tuple[str, str] | None = None
        self.upgrade_dialog: Any = None
        self.about_dialog: Any = None

    def start(self) -> None:
        self.url = configured_url(self.args, self.prefs)
        if self.url is None:
            self.show_wizard(None)
        else:
            self.show_signin()
            QTimer.singleShot(0, self.warm_up)
        if self.settings_notice:
            QTimer.singleShot(0, self._show_settings_notice)

    def _show_settings_notice(self) -> None:
        from ui.dialogs import messages

        messages.show(self.signin or self.wizard, "warning", self.tr("Settings"), self.tr(
            "The settings file could not be read; the defaults are used and the damaged "
            "file was kept beside it (.bad). Open File → Settings to choose again.\n{0}"
        ).format(self.settings_notice))

    def _language_saved(self, code: str) -> None:
        if code != self.prefs.language:
            self.save_prefs(dataclasses.replace(self.prefs, language=code))

    def save_prefs(self, new: prefs.Settings) -> None:
        self.prefs = new
        prefs.save(config_dir(), new)

    def bring_forward(self) -> None:
        """Another start on this database: show this program's window instead."""
        for w in (self.window, self.signin, self.wizard):
            if w is not None and w.isVisible():
                if w.isMinimized():
                    w.showNormal()
                w.raise_()
                w.activateWindow()
                return

    # -- services in the background ----------------------------------------------------------
    def warm_up(self) -> None:
        url = self.url
        assert url is not None

        def work(job: Any) -> tuple[Services, str]:
            from desktop.wiring import build_services, database_state, warm_caches

            services = build_services(url)
            state = database_state(services)
            if state == "ready":
                warm_caches(services)
            return services, state

        self.workers.start(work, on_done=self._warmed, on_error=self._warm_failed, name="warm-up")

    def _warmed(self, result: tuple[Services, str]) -> None:
        self.services, self.state = result
        if self.state == "upgrade":
            self.upgrade()
            return
        self.ready.emit()
        if self.state == "ready":  # while the password is typed: the window's modules
            from ui.preload import preload

            QTimer.singleShot(0, preload)
        if self.state != "ready":
            if self.signin is not None:
                self.signin.close()
                self.signin = None
            self.show_wizard(self.url)
            return
        if self._pending:
            login, password = self._pending
            self._pending = None
            self.authenticate(login, password)

    def _warm_failed(self, exc: BaseException) -> None:
        from models.errors import DomainError

        log.error("cannot open the database: %s", type(exc).__name__)
        if self.signin is None:
            return
        if isinstance(exc, DomainError):  # a schema this program may not use: say why
            self.signin.fail(exc.message(self.language.code))
        else:
            self.signin.fail_database(exc)

    # -- an older SQLite schema: a copy, then the migrations, with progress ------------------
    def upgrade(self) -> None:
        from desktop.upgrade import run_upgrade

        run_upgrade(self)

    # -- dialogs -------------------------------------------------------------------------------
    def show_signin(self, login: str = "") -> Any:
        from ui.dialogs.signin import SignInDialog

        dlg = SignInDialog(self.language.code, login)  # never the last user's login
        dlg.submitted.connect(self.authenticate)
        dlg.language_chosen.connect(self._choose_language)
        dlg.rejected.connect(self._signin_cancelled)
        self.signin = dlg
        dlg.show()
        return dlg

    def _choose_language(self, code: str) -> None:
        self.language.set(code)
        self.settings.setValue("language", code)

    def _signin_cancelled(self) -> None:
        if self.window is None:
            self.app.quit()

    def authenticate(self, login: str, password: str) -> None:
        if self.services is None:
            self._pending = (login, password)
            return
        users, sessions = self.services.users, self.services.sessions

        def work(job: Any) -> tuple[Actor, int | None]:
            from sqlalchemy.exc import DBAPIError

            from models.db.engine import cannot_write

            # like the CLI's reads: a database that cannot be written still lets one read
            actor = users.authenticate(login, password, write_optional=True)
            try:
                return actor, sessions.start(actor)  # who is signed in where (admin's list)
            except DBAPIError as exc:
                if not cannot_write(exc):
                    raise
                log.warning("session of %s not recorded: the database cannot be written",
                            actor.login)
                return actor, None  # read-only: no session row

        self.workers.start(
            work,
            on_done=self._authenticated,
            on_error=self._auth_failed,
            name="sign-in",
        )

    def _auth_failed(self, exc: BaseException) -> None:
        from ui.text import domain_message

        msg = domain_message(exc, self.language.code)
        if msg is None:
            raise exc
        if self.signin is not None:
            self.signin.fail(msg)

    def _authenticated(self, result: tuple[Actor, int | None]) -> None:
        from ui.context import AppContext
        from ui.shell.window import MainWindow

        actor, session_id = result
        assert self.services is not None  # signing in waits for the services
        log.info("signed in: %s (%s)", actor.login, actor.role.value)
        if self.signin is not None:
            self.signin.blockSignals(True)
            self.signin.accept()
            self.signin.deleteLater()
            self.signin = None
        ctx = AppContext(
            self.services,
            actor,
            self.language,
            self.settings,
            self.workers,
            session_id=session_id,
        )
        if self.prefs.idle_lock_minutes:  # this workstation locks sooner than the policy
            ctx.extra["idle_lock_cap_minutes"] = float(self.prefs.idle_lock_minutes)
        self.window = MainWindow(ctx)
        self.window.sign_out_requested.connect(self.sign_out)
        self.window.settings_requested.connect(self.edit_settings)
        self.window.about_requested.connect(self.show_about)
        self.window.show()
        if session_id is None:  # the database cannot be written: say so once
            from ui.dialogs import messages
            from ui.dialogs.signin import read_only_notice

            ctx.extra["read_only"] = 1.0
            window = self.window
            QTimer.singleShot(0, lambda: messages.show(window, "warning", *read_only_notice()))
        self.signed_in.emit(self.window)

    def sign_out(self) -> None:
        w = self.window
        self.window = None
        if w is not None:
            w.close()
            w.deleteLater()
        self.show_signin()

    def show_wizard(self, fixed_url: str | None) -> Any:
        from ui.dialogs.wizard import FirstRunWizard

        def check(url: str) -> None:
            from desktop.wiring import check_connection

            check_connection(url)

        def setup(fr: Any) -> Services:
            from desktop.wiring import build_services
            from models.actor import SYSTEM
            from models.db.migrate import init_database

            services = (
                self.services
                if (self.services is not None and self.services.url == fr.url)
                else build_services(fr.url)
            )
            init_database(services.db)
            if services.users.count() == 0:
                services.users.add(SYSTEM, fr.login, fr.password, "admin", None, fr.full_name,
                                   fr.position)
            return services

        wiz = FirstRunWizard(
            str(data_dir() / "tizilim.db"),
            check,
            setup,
            self.workers,
            lambda: self.language.code,
            fixed_url,
        )
        wiz.language_chosen.connect(self._choose_language)
        wiz.accepted.connect(self._wizard_done)
        wiz.rejected.connect(lambda: self.window is None and self.app.quit())
        self.wizard = wiz
        wiz.show()
        return wiz

    def edit_settings(self) -> None:
        from desktop.workstation import edit_settings

        edit_settings(self)

    def show_about(self) -> None:
        from desktop.workstation import show_about

        show_about(self)

    def _wizard_done(self) -> None:
        fr = self.wizard.result_value
        self.url = fr.url
        if not (getattr(self.args, "db", None) or os.environ.get("TIZILIM_DB_URL")):
            self.settings.setValue("database/url", fr.url)
            self.save_prefs(dataclasses.replace(self.prefs, database_url=fr.url))
        self.wizard.deleteLater()
        self.wizard = None
        self.services = None
        self.show_signin(fr.login)
        self.warm_up()

    def shutdown(self) -> None:
        self.workers.cancel_all()
        if self.window is not None:
            self.window.end_session()
        self.workers.wait(10000)
        if self.services is not None:
            self.services.close()
