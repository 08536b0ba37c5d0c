"""Issue 15 in the window: the crash dialog (from a worker too), an earlier hard crash offered,
the SQLite upgrade at start with progress, a newer schema refused, the settings notice and
dialog, Help → About, the workstation's shorter idle lock."""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import logging
import subprocess
import sys
import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def hooked(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Installs the desktop's log file and excepthook when called (in the test's body: pytest-qt
    restores the hooks it found around each phase); undone after the test."""
    from desktop.app import install_excepthook, setup_logging

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    qapp._dialogs.clear()  # dialogs of earlier tests (deleted by their qtbot) are not ours

    def install() -> Path:
        path = setup_logging()
        install_excepthook(qapp)
        return path

    yield install
    qapp._dialogs.clear()
    for h in list(root.handlers):
        if h not in handlers:
            root.removeHandler(h)
            h.close()
    root.setLevel(level)
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(None)


def _crash_dialog(qapp: Any) -> Any:
    from shiboken6 import isValid

    shown = [d for d in qapp._dialogs if isValid(d) and d.isVisible()
             and d.objectName() == "CrashDialog"]
    return shown[-1] if shown else None


@pytest.mark.qt_no_exception_capture  # the program's excepthook is what is tested
def test_an_error_in_a_worker_opens_the_crash_dialog_with_the_log(
        qtbot: Any, qapp: Any, hooked: Any) -> None:
    from ui.workers import Workers

    log_path = hooked()
    workers = Workers()

    def export_registry_in_the_background(job: Any) -> None:
        raise RuntimeError("disk full while writing for Төлеуова Әсел Серікқызы")

    workers.start(export_registry_in_the_background, name="export")
    qtbot.waitUntil(lambda: _crash_dialog(qapp) is not None, timeout=10000)
    dlg = _crash_dialog(qapp)
    qtbot.addWidget(dlg)
    assert str(log_path) in dlg.where.text()
    assert "export_registry_in_the_background" in dlg.details  # where the worker failed
    assert "Төлеуова" not in dlg.details  # names masked
    dlg.copy_button.click()
    assert "RuntimeError: disk full" in qapp.clipboard().text()
    for h in logging.getLogger().handlers:
        h.flush()
    log = log_path.read_text(encoding="utf-8")
    assert "export_registry_in_the_background" in log and "Әсел" not in log


def test_a_hard_crash_leaves_a_trace_the_next_start_offers(
        qtbot: Any, qapp: Any, tmp_path: Path) -> None:
    from desktop.logs import take_crash_report

    code = (f"import sys, faulthandler; sys.path.insert(0, {str(ROOT)!r})\n"
            "from pathlib import Path\nfrom desktop.logs import enable_fault_trace\n"
            f"enable_fault_trace(Path({str(tmp_path)!r}))\n"
            "def paint_the_worklist():\n    faulthandler._sigsegv()\n"
            "paint_the_worklist()\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert done.returncode != 0
    report = take_crash_report(tmp_path)
    assert report is not None
    path, trace = report
    assert path.name.startswith("crash-") and "paint_the_worklist" in trace
    assert "Segmentation fault" in trace
    assert take_crash_report(tmp_path) is None  # offered once
    qapp.show_earlier_crash(trace, path)
    dlg = _crash_dialog(qapp)
    qapp._dialogs.clear()
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Tizilim closed unexpectedly" or dlg.windowTitle()
    assert str(path) in dlg.where.text() and dlg.text.isVisibleTo(dlg)


def test_a_clean_exit_leaves_no_trace(tmp_path: Path) -> None:
    from desktop.logs import enable_fault_trace, previous_crashes

    fault = enable_fault_trace(tmp_path)
    fault.close()
    assert previous_crashes(tmp_path) == [] and list(tmp_path.iterdir()) == []


def _launcher(qapp: Any, url: str) -> Any:
    from desktop.app import Launcher

    return Launcher(qapp, argparse.Namespace(db=url, lang="ru"))


def _finish(launcher: Any) -> None:
    for w in (launcher.window, launcher.signin, launcher.wizard):
        if w is not None:
            w.blockSignals(True)
            w.close()
    launcher.shutdown()
    launcher.language.uninstall()


def test_an_older_sqlite_file_is_upgraded_at_start_with_progress(
        qtbot: Any, qapp: Any, tmp_path: Path) -> None:
    from models.db.schema import head_revision, probe_sqlite
    from tests.desktop.test_schema import oldest_schema_file

    path = oldest_schema_file(tmp_path / "old.db")
    launcher = _launcher(qapp, f"sqlite:///{path}")
    try:
        with qtbot.waitSignal(launcher.upgraded, timeout=60000) as sig:
            launcher.start()
            qtbot.waitUntil(lambda: launcher.upgrade_dialog is not None, timeout=30000)
            assert launcher.upgrade_dialog.isVisible()
        report = sig.args[0]
        assert report.before == "0001" and report.backup.exists()
        assert probe_sqlite(path) == head_revision()
        qtbot.waitUntil(lambda: launcher.wizard is not None, timeout=30000)  # no users yet
    finally:
        _finish(launcher)


def test_a_newer_schema_is_refused_at_sign_in_and_left_untouched(
        qtbot: Any, qapp: Any, tmp_path: Path) -> None:
    from tests.desktop.test_schema import newer_schema_file

    path = newer_schema_file(tmp_path / "new.db")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    launcher = _launcher(qapp, f"sqlite:///{path}")
    try:
        launcher.start()
        dlg = launcher.signin
        qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=30000)
        assert "9999_future" in dlg.error.text() and "не изменена" in dlg.error.text()
        assert launcher.state == "" and launcher.services is None
    finally:
        _finish(launcher)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_corrupt_settings_file_is_said_and_the_program_starts(
        qtbot: Any, qapp: Any, db_url: str, shown_messages: list[Any]) -> None:
    from desktop.config import config_dir

    (config_dir() / "settings.json").write_text("{not json", encoding="utf-8")
    launcher = _launcher(qapp, db_url)
    try:
        launcher.start()
        qtbot.waitUntil(lambda: bool(shown_messages), timeout=10000)
        kind, _title, text = shown_messages[-1]
        assert kind == "warning" and "settings.json" in text
        assert (config_dir() / "settings.json.bad").exists()
    finally:
        _finish(launcher)


def test_the_settings_dialog_saves_typed_json(qtbot: Any, qapp: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop import settings as prefs
    from desktop.config import config_dir
    from desktop.workstation import edit_settings
    from ui.dialogs.workstation import WorkstationChoices, WorkstationSettingsDialog

    dlg = WorkstationSettingsDialog(WorkstationChoices(None, "ru", None, "INFO"), "x")
    qtbot.addWidget(dlg)
    assert dlg.level.currentData() == "INFO"
    words = [dlg.level.itemText(i) for i in range(dlg.level.count())]
    assert not set(words) & {"DEBUG", "INFO", "WARNING", "ERROR"}, words  # said in words
    for level in ("DEBUG", "INFO", "WARNING", "ERROR"):  # a saved level is shown as saved
        again = WorkstationSettingsDialog(WorkstationChoices(None, "ru", None, level), "x")
        qtbot.addWidget(again)
        assert again.level.currentData() == level and again.choices().log_level == level
    dlg.database.setText("/srv/office/tizilim.db")
    dlg.idle.setValue(5)
    dlg.level.setCurrentIndex(dlg.level.findData("DEBUG"))
    dlg.language.setCurrentIndex(dlg.language.findData("kk"))
    chosen = dlg.choices()
    assert chosen == WorkstationChoices("sqlite:////srv/office/tizilim.db", "kk", 5, "DEBUG")
    monkeypatch.setattr(WorkstationSettingsDialog, "launch", lambda self: chosen)
    saved: list[Any] = []
    fake = SimpleNamespace(prefs=prefs.Settings(), language=SimpleNamespace(code="ru"),
                           window=None)
    fake.save_prefs = lambda new: (saved.append(new), prefs.save(config_dir(), new))
    level = logging.getLogger().level
    try:
        edit_settings(fake)  # type: ignore[arg-type]
    finally:
        logging.getLogger().setLevel(level)
    back = prefs.load(config_dir()).settings
    assert back == saved[0] and back.idle_lock_minutes == 5 and back.language == "kk"
    assert back.database_url == "sqlite:////srv/office/tizilim.db"


def test_file_settings_and_help_about_are_asked_of_the_program(qtbot: Any, admin_window: Any,
                                                               seeded: Any) -> None:
    from desktop.workstation import about_facts
    from models.db.schema import head_revision
    from ui.dialogs.about import AboutDialog

    w = admin_window
    menus = getattr(w, "menus", w)  # the actions: on the window, or on its Menus
    with qtbot.waitSignal(w.settings_requested, timeout=2000):
        menus.settings_action.trigger()
    with qtbot.waitSignal(w.about_requested, timeout=2000):
        menus.about_action.trigger()
    fake = SimpleNamespace(services=seeded.services, url=None, log_path=Path("/x/tizilim.log"))
    facts = about_facts(fake)  # type: ignore[arg-type]
    assert facts.revision == head_revision() == facts.program_revision
    dlg = AboutDialog(facts)
    qtbot.addWidget(dlg)
    text = dlg.text.text()
    assert facts.version in text and facts.db_kind in text and facts.db_location in text
    assert f"Schema revision: {head_revision()}" in text or head_revision() in text


def test_a_workstation_may_lock_sooner_than_the_policy(admin_window: Any) -> None:
    guard = admin_window.guard
    policy = admin_window.ctx.services.security.get()
    guard.ctx.extra["idle_lock_cap_minutes"] = 2.0
    guard.apply_settings(dataclasses.replace(policy, idle_lock_minutes=15))
    assert guard.activity.timeout_ms == 2 * 60_000
    guard.ctx.extra["idle_lock_cap_minutes"] = 30.0  # never later than the policy
    guard.apply_settings(dataclasses.replace(policy, idle_lock_minutes=15))
    assert guard.activity.timeout_ms == 15 * 60_000
