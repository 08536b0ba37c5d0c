"""The window's File → Settings and Help → About, answered by the desktop program (which
knows the settings file, the log and the version; the window only asks)."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import SignalInstance

from desktop import settings as prefs
from desktop.config import config_dir
from desktop.settings import Settings
from desktop.version import version

if TYPE_CHECKING:
    from models.services import Services
    from ui.dialogs.about import AboutFacts
    from ui.i18n import Language
    from ui.workers import Workers


class Launcher(Protocol):
    """What these helpers use of :class:`desktop.launcher.Launcher` (no import circle)."""

    prefs: Settings
    language: Language
    window: Any
    signin: Any
    services: Services | None
    url: str | None
    log_path: Path
    workers: Workers
    about_dialog: Any
    upgrade_dialog: Any
    upgraded: SignalInstance

    def save_prefs(self, new: Settings) -> None: ...

    def warm_up(self) -> None: ...

log = logging.getLogger("tizilim")


def edit_settings(launcher: Launcher) -> None:
    """Show the settings dialog; save what was chosen and apply what applies at once."""
    from ui.dialogs.workstation import WorkstationChoices, WorkstationSettingsDialog

    p = launcher.prefs
    current = WorkstationChoices(p.database_url, launcher.language.code, p.idle_lock_minutes,
                                 p.log_level)
    dlg = WorkstationSettingsDialog(current, str(prefs.settings_path(config_dir())),
                                    launcher.window)
    chosen = dlg.launch()
    dlg.deleteLater()
    if chosen is None:
        return
    launcher.save_prefs(dataclasses.replace(
        p, database_url=chosen.database_url, language=chosen.language,
        idle_lock_minutes=chosen.idle_lock_minutes, log_level=chosen.log_level))
    logging.getLogger().setLevel(getattr(logging, chosen.log_level, logging.INFO))
    if chosen.language != launcher.language.code and launcher.window is not None:
        launcher.window.switch_language(chosen.language)
    log.info("workstation settings saved")


def about_facts(launcher: Launcher) -> AboutFacts:
    """Version, database and schema (read in a worker: it queries the database)."""
    from models.db.schema import describe, head_revision
    from ui.dialogs.about import AboutFacts

    services = launcher.services
    if services is None:
        kind, where, revision = "—", launcher.url or "—", None
    else:
        info = describe(services.db)
        kind, where, revision = info.kind, info.location, info.revision
    return AboutFacts(version(), kind, where, revision, head_revision(), str(launcher.log_path),
                      str(prefs.settings_path(config_dir())))


def show_about(launcher: Launcher) -> None:
    """Help → About (gathered off the GUI thread, then shown)."""
    from ui.dialogs.about import AboutDialog

    def shown(facts: AboutFacts) -> None:
        dlg = AboutDialog(facts, launcher.window)
        launcher.about_dialog = dlg
        dlg.show()

    def work(job: Any) -> AboutFacts:
        return about_facts(launcher)

    launcher.workers.start(work, on_done=shown, name="about")
