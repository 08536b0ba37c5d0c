"""The desktop program: QApplication, logging, error handling, first run → sign-in → window.

Only Qt is imported before the sign-in dialog shows; SQLAlchemy and the services load in a
worker while the user types the password.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desktop.config import config_dir, data_dir, log_dir
from models.privacy_log import install, mask
from resources import resource_path
from ui.i18n import Language
from ui.settings import open_settings
from ui.workers import Workers

if TYPE_CHECKING:  # SQLAlchemy and the services load in a worker, after the window shows
    from models.actor import Actor
    from models.services import Services

log = logging.getLogger("tizilim")
APP_VERSION = "0.1.0"


class TizilimApp(QApplication):
    """Application name, icon and stylesheet; errors from anywhere are funnelled here."""

    error = Signal(str)  # details, personal data already masked

    def __init__(self, argv: list[str] | None = None) -> None:
        super().__init__(argv if argv is not None else sys.argv[:1])
        self.setApplicationName("Tizilim")
        self.setOrganizationName("Tizilim")
        self.setApplicationVersion(APP_VERSION)
        self.setDesktopFileName("tizilim")
        icon = resource_path("icons", "tizilim.png")
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        qss = resource_path("style.qss")
        if qss.exists():
            self.setStyleSheet(qss.read_text(encoding="utf-8"))
        self.error.connect(self._show_error)
        self._dialogs: list[QWidget] = []

    def _show_error(self, details: str) -> None:
        from ui.dialogs.error import ErrorDialog

        dlg = ErrorDialog(details, self.activeWindow())
        dlg.setObjectName("ErrorDialog")
        self._dialogs = [d for d in self._dialogs if d.isVisible()] + [dlg]
        dlg.show()


# --- logging and errors -------------------------------------------------------------------


def setup_logging(verbose: bool = False) -> Path:
    """A rotating log file in the user log folder, personal data masked; Qt messages too."""
    path = log_dir() / "tizilim.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter(
            "%(asctime)s %(levelname)s %(name)s: %(message)s", datefmt="%Y%m%dT%H%M%S"
        )
    )
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_tizilim", False):
            root.removeHandler(h)
    handler._tizilim = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # IIN, phone, e-mail and dates are masked in every record (message and traceback)
    install(root)

    def qt_handler(mode: QtMsgType, _ctx: Any, message: str) -> None:
        level = {
            QtMsgType.QtDebugMsg: logging.DEBUG,
            QtMsgType.QtInfoMsg: logging.INFO,
            QtMsgType.QtWarningMsg: logging.WARNING,
        }.get(mode, logging.ERROR)
        logging.getLogger("qt").log(level, "%s", message)

    qInstallMessageHandler(qt_handler)
    return path


def install_excepthook(app: TizilimApp) -> None:
    """Unexpected errors: logged and shown with "copy details" (personal data masked);
    we keep running."""
    from ui.dialogs.error import details_text

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            app.quit()
            return
        text = "".join(traceback.format_exception(kind, exc, tb))
        log.critical("unexpected error\n%s", text)
        app.error.emit(mask(details_text(text)))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook


# --- start-up flow --------------------------------------------------------------------------


def configured_url(args: argparse.Namespace, settings: Any) -> str | None:
    """``--db``, ``TIZILIM_DB_URL``, the URL saved by the first-run wizard, or None."""
    url = getattr(args, "db", None) or os.environ.get("TIZILIM_DB_URL")
    if url:
        return str(url)
    saved = settings.value("database/url")
    if saved:
        return str(saved)
    default = data_dir() / "tizilim.db"
    return "sqlite:///" + str(default) if default.exists() else None


class Launcher(QObject):
    """First run → sign-in → main window; sign-out comes back to sign-in."""

    signed_in = Signal(object)  # the MainWindow
    ready = Signal()  # services built (tests, benchmarks)

    def __init__(self, app: QApplication, args: argparse.Namespace) -> None:
        super().__init__(app)
        self.app, self.args = app, args
        self.settings = open_settings(config_dir())
        self.language = Language(self)
        lang = self.settings.value("language") or getattr(args, "lang", None) or "ru"
        self.language.set(str(lang))
        self.workers = Workers(self)
        self.services: Services | None = None
        self.state = ""
        self.url: str | None = None
        self.signin: Any = None
        self.wizard: Any = None
        self.window: Any = None
        self._pending: tuple[str, str] | None = None

    def start(self) -> None:
        self.url = configured_url(self.args, self.settings)
        if self.url is None:
            self.show_wizard(None)
        else:
            self.show_signin()
            QTimer.singleShot(0, self.warm_up)

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
        log.error("cannot open the database: %s", type(exc).__name__)
        if self.signin is not None:
            self.signin.fail_database(exc)

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

        def work(job: Any) -> tuple[Actor, int]:
            actor = users.authenticate(login, password)
            return actor, sessions.start(actor)  # who is signed in where (admin's list)

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

    def _authenticated(self, result: tuple[Actor, int]) -> None:
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
        self.window = MainWindow(ctx)
        self.window.sign_out_requested.connect(self.sign_out)
        self.window.show()
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
                services.users.add(SYSTEM, fr.login, fr.password, "admin", None, fr.full_name)
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

    def _wizard_done(self) -> None:
        fr = self.wizard.result_value
        self.url = fr.url
        if not (getattr(self.args, "db", None) or os.environ.get("TIZILIM_DB_URL")):
            self.settings.setValue("database/url", fr.url)
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


def run(args: argparse.Namespace) -> int:
    """The bare ``tizilim`` command."""
    app = QApplication.instance() or TizilimApp()
    assert isinstance(app, TizilimApp)
    setup_logging(getattr(args, "verbose", False))
    install_excepthook(app)
    log.info("Tizilim %s starting", APP_VERSION)
    launcher = Launcher(app, args)
    launcher.start()
    app.aboutToQuit.connect(launcher.shutdown)
    return int(app.exec())
