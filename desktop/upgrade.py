"""Upgrading an older SQLite schema at start: a checked copy first, then each migration,
with a progress dialog; the sign-in goes on when it is done."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.workstation import Launcher
    from models.db.schema import UpgradeReport

log = logging.getLogger("tizilim")


def run_upgrade(launcher: Launcher) -> None:
    """Upgrade ``launcher.services``' database in a worker; then warm up again."""
    from models.db.schema import schema_status, upgrade_sqlite
    from ui.dialogs.upgrade import UpgradeDialog

    services = launcher.services
    assert services is not None
    status = schema_status(services.db.engine)
    dialog = UpgradeDialog(str(status.current), status.head, launcher.signin)
    launcher.upgrade_dialog = dialog
    dialog.show()

    def work(job: Any) -> UpgradeReport:
        def progress(step: int, steps: int, revision: str) -> None:
            job.report(int(step * 100 / steps) if steps else 100, revision)

        return upgrade_sqlite(services.db, progress)

    def done(report: UpgradeReport) -> None:
        log.info("database upgraded from schema %s to %s; copy kept: %s", report.before,
                 report.after, report.backup)
        _close(launcher)
        services.close()  # warm_up opens the upgraded database afresh
        launcher.upgraded.emit(report)
        launcher.warm_up()

    def failed(exc: BaseException) -> None:
        from models.errors import DomainError

        _close(launcher)
        log.error("database upgrade failed: %s", type(exc).__name__)
        if not isinstance(exc, DomainError):
            raise exc
        if launcher.signin is not None:
            launcher.signin.fail(exc.message(launcher.language.code))

    launcher.workers.start(work, on_done=done, on_error=failed, on_progress=dialog.step,
                           name="upgrade")


def _close(launcher: Launcher) -> None:
    dialog = launcher.upgrade_dialog
    launcher.upgrade_dialog = None
    if dialog is not None:
        dialog.accept()
        dialog.deleteLater()
