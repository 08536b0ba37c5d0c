"""The desktop program: QApplication, logging, error handling, one program per database.

Only Qt is imported before the sign-in dialog shows; SQLAlchemy and the services load in a
worker while the user types the password (:mod:`desktop.launcher`).
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from desktop import settings as prefs
from desktop.config import config_dir, log_dir
from desktop.launcher import Launcher, configured_url
from desktop.logs import LOG_NAME, enable_fault_trace, take_crash_report
from desktop.logs import setup_logging as _setup_logging
from desktop.version import version
from models.privacy_log import mask
from resources import resource_path

__all__ = ["Launcher", "TizilimApp", "configured_url", "install_excepthook", "run",
           "setup_logging"]

log = logging.getLogger("tizilim")


class TizilimApp(QApplication):
    """Application name, icon and stylesheet; errors from anywhere are funnelled here."""

    error = Signal(str)  # details, personal data already masked

    def __init__(self, argv: list[str] | None = None) -> None:
        super().__init__(argv if argv is not None else sys.argv[:1])
        self.setApplicationName("Tizilim")
        self.setOrganizationName("Tizilim")
        self.setApplicationVersion(version())
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
        from ui.dialogs.crash import CrashDialog

        # no parent: the window that was active may be the one going away (a failed sign-out)
        dlg = CrashDialog(details, log_dir() / LOG_NAME)
        self._keep(dlg)

    def _keep(self, dlg: QWidget) -> None:
        """Show ``dlg`` and keep it referenced while it is open (closed ones are let go)."""
        self._dialogs = [d for d in self._dialogs if isValid(d) and d.isVisible()] + [dlg]
        dlg.show()

    def show_earlier_crash(self, trace: str, path: Path) -> None:
        """The trace a hard crash of an earlier run left (offered once)."""
        from ui.dialogs.crash import CrashDialog

        dlg = CrashDialog(trace, log_dir() / LOG_NAME, earlier_crash=path)
        self._keep(dlg)


# --- logging and errors -------------------------------------------------------------------


def setup_logging(verbose: bool = False, level: str = "INFO") -> Path:
    """A rotating log file in the user log folder, personal data masked; Qt messages too."""
    return _setup_logging(log_dir(), "DEBUG" if verbose else level)


def install_excepthook(app: TizilimApp) -> None:
    """Unexpected errors, in the GUI thread or a worker: logged and shown with the log's
    location and "copy details" (personal data masked); we keep running."""
    from ui.dialogs.error import details_text

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            app.quit()
            return
        text = "".join(traceback.format_exception(kind, exc, tb))
        worker = getattr(exc, "_tizilim_tb", None)  # where a worker's job really failed
        if worker:
            text = f"{worker}\n(delivered to the window)\n{text}"
        log.critical("unexpected error\n%s", text)
        app.error.emit(mask(details_text(text)))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook


def run(args: argparse.Namespace) -> int:
    """The bare ``tizilim`` command."""
    from desktop.single_instance import SingleInstance, server_name

    app = QApplication.instance() or TizilimApp()
    assert isinstance(app, TizilimApp)
    loaded = prefs.load(config_dir())
    setup_logging(getattr(args, "verbose", False), loaded.settings.log_level)
    for h in logging.getLogger().handlers:  # the console shows warnings; the log file the rest
        if not getattr(h, "_tizilim", False):
            h.setLevel(max(h.level, logging.WARNING))
    install_excepthook(app)
    launcher = Launcher(app, args)
    instance = SingleInstance(server_name(configured_url(args, launcher.prefs)), app)
    if instance.notify_running():
        print("tizilim: already running for this database; its window was brought forward",
              file=sys.stderr)
        return 0
    instance.listen()
    instance.activated.connect(launcher.bring_forward)
    earlier = take_crash_report(log_dir())
    fault = enable_fault_trace(log_dir())
    log.info("Tizilim %s starting", version())
    launcher.start()
    if earlier is not None:
        path, trace = earlier
        log.warning("an earlier run crashed; its trace: %s", path)
        QTimer.singleShot(500, lambda: app.show_earlier_crash(trace, path))
    app.aboutToQuit.connect(launcher.shutdown)
    try:
        return int(app.exec())
    finally:
        instance.close()
        fault.close()
