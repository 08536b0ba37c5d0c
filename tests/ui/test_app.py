"""Start-up, sign-in, first run, language switch, errors and the PySide6 refcount check;
the language chosen at sign-in and first run, a database that cannot be opened."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from tests.ui.conftest import PASSWORD


def test_void_qt_calls_do_not_eat_none_references(qtbot: Any) -> None:
    """PySide6 6.12 took a reference from None on every void call (DESIGN.md)."""
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(20_000):
        label.setText("x" if i % 2 else "y")
    assert sys.getrefcount(None) >= before - 100


def make_launcher(qapp: Any, db_url: str) -> Any:
    from desktop.app import Launcher

    return Launcher(qapp, argparse.Namespace(db=db_url, lang="ru"))


def finish(launcher: Any) -> None:
    for w in (launcher.window, launcher.signin, launcher.wizard):
        if w is not None:
            w.blockSignals(True)
            w.close()
    launcher.shutdown()
    launcher.language.uninstall()


def test_sign_in_wrong_then_right_password(qtbot: Any, qapp: Any, seeded: Any, db_url: str) -> None:
    launcher = make_launcher(qapp, db_url)
    try:
        launcher.start()
        dlg = launcher.signin
        assert dlg.isVisible()
        dlg.login.setText("admin")
        dlg.password.setText("wrong password 123")
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=20000)
        assert "Неверный логин или пароль" in dlg.error.text()
        dlg.password.setText(PASSWORD)
        with qtbot.waitSignal(launcher.signed_in, timeout=20000) as sig:
            dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        win = sig.args[0]
        qtbot.addWidget(win)
        assert win.ctx.actor.login == "admin" and win.isVisible()
        assert "admin" in win.nav.items
        # the sign-in opened a session (the admin's "Signed in" list)
        sessions = launcher.services.sessions
        sid = win.ctx.session_id
        assert sid in {x.id for x in sessions.list_active(win.ctx.actor)}
        win.close()  # quitting ends it
        qtbot.waitUntil(
            lambda: sid not in {x.id for x in sessions.list_active(win.ctx.actor)}, timeout=15000
        )
    finally:
        finish(launcher)


def test_first_run_creates_schema_and_admin(qtbot: Any, qapp: Any, db_url: str) -> None:
    launcher = make_launcher(qapp, db_url)
    try:
        launcher.start()
        qtbot.waitUntil(lambda: launcher.wizard is not None, timeout=20000)
        wiz = launcher.wizard
        page = wiz.admin_page
        page.login.setText("boss")
        page.full_name.setText("Бас әкімші")
        page.password.setText(PASSWORD)
        page.repeat.setText(PASSWORD)
        assert not page.isComplete() and "должность" in page.hint.text()  # signs the letters
        page.position.setText("Тізілім бөлімінің басшысы")
        page.password.setText("short")
        assert not page.isComplete() and "12" in page.hint.text()
        page.password.setText(PASSWORD)
        page.repeat.setText(PASSWORD)
        assert page.isComplete()
        wiz.accept()
        qtbot.waitUntil(
            lambda: launcher.signin is not None and launcher.wizard is None, timeout=30000
        )
        assert launcher.signin.login.text() == "boss"
        qtbot.waitUntil(lambda: launcher.services is not None, timeout=20000)
        assert launcher.services.users.authenticate("boss", PASSWORD).is_admin
        boss = launcher.services.users.authenticate("boss", PASSWORD)
        (info,) = [u for u in launcher.services.users.list(boss) if u.login == "boss"]
        assert (info.full_name, info.position) == ("Бас әкімші", "Тізілім бөлімінің басшысы")
        assert info.can_sign
    finally:
        finish(launcher)


def test_wizard_database_page_tests_the_connection(
    qtbot: Any, qapp: Any, tmp_path: Path, db_url: str
) -> None:
    from ui.dialogs.wizard import FirstRunWizard
    from ui.workers import Workers

    def check(url: str) -> None:
        from desktop.wiring import check_connection

        check_connection(url)

    workers = Workers()
    wiz = FirstRunWizard(str(tmp_path / "t.db"), check, lambda fr: None, workers, lambda: "ru")
    qtbot.addWidget(wiz)
    page = wiz.db_page
    assert page.local.isChecked() and page.chosen_url().startswith("sqlite:///")
    page.server.setChecked(True)
    page.url.setText("postgresql://nobody@127.0.0.1:1/none")
    assert page.isComplete()
    page.test.click()
    qtbot.waitUntil(lambda: page.test.isEnabled(), timeout=20000)
    assert "Could not connect" in page.status.text() or "подключ" in page.status.text()
    workers.wait()


def test_language_switch_retranslates_everything(qtbot: Any, admin_window: Any) -> None:
    w = admin_window
    assert w.nav.items["registry"].text(0) == "Реестр"
    assert w.worklist.overdue.text() == "Просрочено"
    header = w.worklist.model.headerData(
        5, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal
    )
    assert header == "ФИО"
    model = w.worklist.model
    status_col = [c.key for c in model.columns].index("status")
    first_status = model.data(model.index(0, status_col))  # painted once: kept per row
    assert first_status in ("Подана", "Подана повторно"), first_status
    w.switch_language("kk")
    qtbot.waitUntil(lambda: w.nav.items["registry"].text(0) == "Тізілім", timeout=5000)
    assert w.worklist.overdue.text() == "Мерзімі өткен"
    # the table's cells follow too (the per-row cache of painted cells was dropped)
    assert model.data(model.index(0, status_col)) in ("Берілді", "Қайта берілді")
    assert w.menuBar().actions()[2].text().replace("&", "") == "Тіл"
    # Qt's own buttons follow, with the glossary's Cancel (never "Бас тарту")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Болдырмау"
    assert w.ctx.settings.value("language") == "kk"
    w.switch_language("ru")
    qtbot.waitUntil(lambda: w.nav.items["registry"].text(0) == "Реестр", timeout=5000)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"


def test_unexpected_error_shows_dialog_logs_without_personal_data(
    qtbot: Any, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.app import install_excepthook, setup_logging
    from desktop.config import log_dir

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    import threading

    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        setup_logging()
        install_excepthook(qapp)
        try:
            raise ValueError("bad IIN 860412301234 for asel@example.kz")
        except ValueError:
            sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: bool(qapp._dialogs) and qapp._dialogs[-1].isVisible(), timeout=5000)
        dlg = qapp._dialogs[-1]
        qtbot.addWidget(dlg)
        dlg.copy_button.click()
        assert "ValueError" in qapp.clipboard().text()
        assert "860412301234" not in dlg.details and "asel@example.kz" not in dlg.details
        for h in root.handlers:
            h.flush()
        text = (log_dir() / "tizilim.log").read_text(encoding="utf-8")
        assert "ValueError" in text and "860412301234" not in text
        assert "asel@example.kz" not in text
    finally:
        for h in list(root.handlers):
            if h not in handlers:
                root.removeHandler(h)
                h.close()
        root.setLevel(level)
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(None)


def test_first_run_wizard_offers_the_language_and_switches_live(
    qtbot: Any, qapp: Any, db_url: str
) -> None:
    import argparse

    from desktop.app import Launcher

    launcher = Launcher(qapp, argparse.Namespace(db=db_url, lang="ru"))
    try:
        launcher.start()
        qtbot.waitUntil(lambda: launcher.wizard is not None, timeout=20000)
        wiz = launcher.wizard
        first = wiz.page(wiz.pageIds()[0])
        assert wiz.language.isVisibleTo(wiz) and first.isAncestorOf(wiz.language)
        assert [wiz.language.itemText(i) for i in range(2)] == ["Қазақша", "Русский"]
        assert wiz.windowTitle() == "Tizilim — первый запуск"
        wiz.language.setCurrentIndex(wiz.language.findData("kk"))
        qtbot.waitUntil(lambda: wiz.windowTitle() != "Tizilim — первый запуск", timeout=5000)
        assert launcher.language.code == "kk" and launcher.settings.value("language") == "kk"
        assert wiz.admin_page.title() == "Бірінші әкімші"
    finally:
        wiz.blockSignals(True)
        wiz.close()
        launcher.shutdown()
        launcher.language.uninstall()


def test_database_failure_has_a_plain_lead_and_the_driver_text_under_details(
    qtbot: Any, qapp: Any
) -> None:
    import argparse

    from desktop.app import Launcher

    launcher = Launcher(
        qapp, argparse.Namespace(db="postgresql://nobody@127.0.0.1:1/none", lang="ru")
    )
    try:
        launcher.start()
        dlg = launcher.signin
        qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=30000)
        assert dlg.error.text().startswith("Не удаётся открыть базу данных.")
        assert "127.0.0.1" not in dlg.error.text()
        assert dlg.details.isVisibleTo(dlg) and not dlg.details.text.isVisibleTo(dlg)
        dlg.details.toggle.click()
        assert dlg.details.text.isVisibleTo(dlg) and "Error" in dlg.details.text.text()
        assert dlg.details.toggle.text() == "Подробности"
    finally:
        dlg.blockSignals(True)
        dlg.close()
        launcher.shutdown()
        launcher.language.uninstall()


def test_sign_in_dialog_language_choice_switches_live_and_is_kept(
    qtbot: Any, qapp: Any, seeded: Any, db_url: str
) -> None:
    import argparse

    from desktop.app import Launcher

    launcher = Launcher(qapp, argparse.Namespace(db=db_url, lang="ru"))
    try:
        launcher.settings.setValue("last_login", "admin")  # (kept by older versions)
        launcher.start()
        dlg = launcher.signin
        assert dlg.windowTitle() == "Tizilim — вход"
        assert dlg.login.text() == ""  # a shared workstation: nobody else's login offered
        dlg.language.setCurrentIndex(dlg.language.findData("kk"))
        qtbot.waitUntil(lambda: dlg.windowTitle() == "Tizilim — кіру", timeout=5000)
        assert launcher.language.code == "kk" and launcher.settings.value("language") == "kk"
        assert dlg.login_label.text() == "Логин:" and dlg.password_label.text() == "Құпиясөз:"
    finally:
        launcher.signin.blockSignals(True)
        launcher.signin.close()
        launcher.shutdown()
        launcher.language.uninstall()


def test_sign_in_on_a_read_only_database_like_the_cli(
    qtbot: Any, qapp: Any, seeded: Any, db_url: str, tmp_path: Path, shown_messages: Any
) -> None:
    """Issue 13: the sign-in is recorded where possible, and its absence never blocks a read;
    the user is told the workstation is read-only."""
    if db_url.startswith("sqlite"):
        ro = f"sqlite:///file:{tmp_path / 'tizilim.db'}?mode=ro&uri=true"
    else:
        from sqlalchemy.engine import make_url

        ro = make_url(db_url).update_query_dict(
            {"options": "-c default_transaction_read_only=on"}
        ).render_as_string(hide_password=False)
    events = seeded.services.audit.count(seeded.admin)
    launcher = make_launcher(qapp, ro)
    try:
        launcher.start()
        dlg = launcher.signin
        dlg.login.setText("admin")
        dlg.password.setText(PASSWORD)
        with qtbot.waitSignal(launcher.signed_in, timeout=30000) as sig:
            dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        win = sig.args[0]
        qtbot.addWidget(win)
        assert win.ctx.session_id is None and win.ctx.extra.get("read_only")
        qtbot.waitUntil(lambda: bool(shown_messages), timeout=10000)
        kind, title, text = shown_messages[-1]
        assert kind == "warning" and "только для чтения" in title and "журнал" in text
        qtbot.waitUntil(lambda: not win.worklist.model.is_loading(), timeout=20000)
        assert win.worklist.model.rowCount() > 0  # reading works
        win.guard.lock()  # the idle lock: unlocking writes nothing either
        lock = win.guard.lock_dialog
        assert lock is not None
        lock.login.setText("admin")
        lock.password.setText(PASSWORD)
        lock.unlock_button.click()
        qtbot.waitUntil(lambda: not win.guard.locked, timeout=20000)
    finally:
        finish(launcher)
    assert seeded.services.audit.count(seeded.admin) == events  # nothing was written
